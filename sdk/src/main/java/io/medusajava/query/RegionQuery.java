package io.medusajava.query;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Filters and paging for listing regions ({@code GET /store/regions}).
 *
 * <p>Immutable and safe to share between threads. The getters return exactly the types of the generated
 * {@code RegionsApi.list} parameters; pass them in that method's order.
 */
public final class RegionQuery implements PagedQuery<RegionQuery> {
  private static final String[] NAMES = {
    "offset", "limit", "created_at", "updated_at"
  };

  private final @Nullable Integer offset;
  private final @Nullable Integer limit;
  private final @Nullable DateRange createdAt;
  private final @Nullable DateRange updatedAt;

  private RegionQuery(Builder b) {
    offset = Checks.offset(b.offset);
    limit = Checks.limit(b.limit);
    createdAt = b.createdAt;
    updatedAt = b.updatedAt;
  }

  /**
   * Returns a builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this query's values, to derive a different query.
   *
   * @return a new builder
   */
  public Builder newBuilder() {
    return new Builder(this);
  }

  /**
   * Returns a copy of this query that differs only in its offset.
   *
   * @param offset the number of items to skip; at least 0
   * @return the new query
   * @throws IllegalArgumentException if {@code offset} is negative
   */
  @Override
  public RegionQuery withOffset(int offset) {
    return newBuilder().offset(offset).build();
  }

  /**
   * Returns the {@code offset} value (items to skip), or {@code null}.
   *
   * @return the value
   */
  @Override
  public @Nullable Integer getOffset() {
    return offset;
  }

  /**
   * Returns the {@code limit} value (the page size), or {@code null}.
   *
   * @return the value
   */
  @Override
  public @Nullable Integer getLimit() {
    return limit;
  }

  /**
   * Returns the creation time range, or {@code null}.
   *
   * @return the {@code created_at} range
   */
  public @Nullable DateRange getCreatedAt() {
    return createdAt;
  }

  /**
   * Returns the last update time range, or {@code null}.
   *
   * @return the {@code updated_at} range
   */
  public @Nullable DateRange getUpdatedAt() {
    return updatedAt;
  }

  private Object[] values() {
    return new Object[] {offset, limit, createdAt, updatedAt};
  }

  /**
   * Returns whether {@code o} is an equal {@code RegionQuery}.
   *
   * @param o the object to compare
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RegionQuery && Arrays.equals(values(), ((RegionQuery) o).values());
  }

  /**
   * Returns a hash of the values.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  /**
   * Returns the set parameters by wire name, for logs.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    return Checks.describe("RegionQuery", NAMES, values());
  }

  /**
   * Collects the values of a {@link RegionQuery}; {@link #build()} checks them.
   *
   * <p>Each setter replaces the earlier value; {@code null}, or no values at all, unsets the parameter.
   * Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private @Nullable Integer offset;
    private @Nullable Integer limit;
    private @Nullable DateRange createdAt;
    private @Nullable DateRange updatedAt;

    private Builder() {
    }

    private Builder(RegionQuery source) {
      offset = source.offset;
      limit = source.limit;
      createdAt = source.createdAt;
      updatedAt = source.updatedAt;
    }

    /**
     * Sets {@code offset}: items to skip. At least 0.
     *
     * @param offset the value
     * @return this builder
     */
    public Builder offset(@Nullable Integer offset) {
      this.offset = offset;
      return this;
    }

    /**
     * Sets {@code limit}: the page size. From 1 to {@link PagedQuery#MAX_LIMIT}.
     *
     * @param limit the value
     * @return this builder
     */
    public Builder limit(@Nullable Integer limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Sets {@code created_at}: creation time. Sends each bound the range sets.
     *
     * @param range the value
     * @return this builder
     */
    public Builder createdAt(@Nullable DateRange range) {
      this.createdAt = range;
      return this;
    }

    /**
     * Sets {@code updated_at}: last update time. Sends each bound the range sets.
     *
     * @param range the value
     * @return this builder
     */
    public Builder updatedAt(@Nullable DateRange range) {
      this.updatedAt = range;
      return this;
    }

    /**
     * Checks the values and returns the query.
     *
     * @return the query
     * @throws IllegalArgumentException naming the first parameter whose value is invalid
     */
    public RegionQuery build() {
      return new RegionQuery(this);
    }
  }
}

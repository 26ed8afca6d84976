package io.medusajava.query;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Filters and paging for listing product tags ({@code GET /store/product-tags}) or product types
 * ({@code GET /store/product-types}): the server reads the same parameters for both.
 *
 * <p>Immutable and safe to share between threads. The getters return exactly the types of the generated
 * {@code ProductTagsApi.list} and {@code ProductTypesApi.list} parameters, which take them in the same order.
 */
public final class LabelQuery implements PagedQuery<LabelQuery> {
  private static final String[] NAMES = {
    "limit", "offset", "order", "discount_condition_id", "value[]", "id[]", "q", "created_at", "updated_at"
  };

  private final @Nullable Integer limit;
  private final @Nullable Integer offset;
  private final @Nullable String order;
  private final @Nullable String discountConditionId;
  private final @Nullable List<String> values;
  private final @Nullable List<String> ids;
  private final @Nullable String q;
  private final @Nullable DateRange createdAt;
  private final @Nullable DateRange updatedAt;

  private LabelQuery(Builder b) {
    limit = Checks.limit(b.limit);
    offset = Checks.offset(b.offset);
    order = Checks.id("order", b.order);
    discountConditionId = Checks.id("discount_condition_id", b.discountConditionId);
    values = Checks.values("value[]", b.values);
    ids = Checks.values("id[]", b.ids);
    q = b.q;
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
  public LabelQuery withOffset(int offset) {
    return newBuilder().offset(offset).build();
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
   * Returns the {@code offset} value (items to skip), or {@code null}.
   *
   * @return the value
   */
  @Override
  public @Nullable Integer getOffset() {
    return offset;
  }

  /**
   * Returns the {@code order} value (a field to sort by, prefixed with {@code -} for descending), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getOrder() {
    return order;
  }

  /**
   * Returns the {@code discount_condition_id} value (a discount condition the tags or types belong to), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getDiscountConditionId() {
    return discountConditionId;
  }

  /**
   * Returns the {@code value[]} values (tag values), or {@code null}.
   *
   * @return the value
   */
  public @Nullable List<String> getValues() {
    return values;
  }

  /**
   * Returns the {@code id[]} values (tag ids), or {@code null}.
   *
   * @return the value
   */
  public @Nullable List<String> getIds() {
    return ids;
  }

  /**
   * Returns the {@code q} value (a free-text search), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getQ() {
    return q;
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
    return new Object[] {limit, offset, order, discountConditionId, values, ids, q, createdAt, updatedAt};
  }

  /**
   * Returns whether {@code o} is an equal {@code LabelQuery}.
   *
   * @param o the object to compare
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LabelQuery && Arrays.equals(values(), ((LabelQuery) o).values());
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
    return Checks.describe("LabelQuery", NAMES, values());
  }

  /**
   * Collects the values of a {@link LabelQuery}; {@link #build()} checks them.
   *
   * <p>Each setter replaces the earlier value; {@code null}, or no values at all, unsets the parameter.
   * Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private @Nullable Integer limit;
    private @Nullable Integer offset;
    private @Nullable String order;
    private @Nullable String discountConditionId;
    private @Nullable List<String> values;
    private @Nullable List<String> ids;
    private @Nullable String q;
    private @Nullable DateRange createdAt;
    private @Nullable DateRange updatedAt;

    private Builder() {
    }

    private Builder(LabelQuery source) {
      limit = source.limit;
      offset = source.offset;
      order = source.order;
      discountConditionId = source.discountConditionId;
      values = source.values;
      ids = source.ids;
      q = source.q;
      createdAt = source.createdAt;
      updatedAt = source.updatedAt;
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
     * Sets {@code order}: a field to sort by, prefixed with {@code -} for descending.
     *
     * @param order the value
     * @return this builder
     */
    public Builder order(@Nullable String order) {
      this.order = order;
      return this;
    }

    /**
     * Sets {@code discount_condition_id}: a discount condition the tags or types belong to.
     *
     * @param discountConditionId the value
     * @return this builder
     */
    public Builder discountConditionId(@Nullable String discountConditionId) {
      this.discountConditionId = discountConditionId;
      return this;
    }

    /**
     * Sets {@code value[]}: tag values.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder values(String @Nullable ... values) {
      this.values = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code value[]}: tag values.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder values(@Nullable Collection<String> values) {
      this.values = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code id[]}: tag ids.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder ids(String @Nullable ... values) {
      this.ids = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code id[]}: tag ids.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder ids(@Nullable Collection<String> values) {
      this.ids = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code q}: a free-text search.
     *
     * @param q the value
     * @return this builder
     */
    public Builder q(@Nullable String q) {
      this.q = q;
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
    public LabelQuery build() {
      return new LabelQuery(this);
    }
  }
}

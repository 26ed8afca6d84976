package io.medusajava.query;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Filters for listing shipping options ({@code GET /store/shipping-options}).
 *
 * <p>Immutable and safe to share between threads. The getters return exactly the types of the generated
 * {@code ShippingOptionsApi.list} parameters; pass them in that method's order.
 */
public final class ShippingOptionQuery {
  private static final String[] NAMES = {
    "is_return", "product_ids", "region_id"
  };

  private final @Nullable Boolean isReturn;
  private final @Nullable String productIds;
  private final @Nullable String regionId;

  private ShippingOptionQuery(Builder b) {
    isReturn = b.isReturn;
    productIds = Checks.joined("product_ids", b.productIds);
    regionId = Checks.id("region_id", b.regionId);
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
   * Returns the {@code is_return} value (whether to list return options instead of outbound ones), or {@code null}.
   *
   * @return the value
   */
  public @Nullable Boolean getIsReturn() {
    return isReturn;
  }

  /**
   * Returns the {@code product_ids} value (product ids the options must serve) joined with commas, or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getProductIds() {
    return productIds;
  }

  /**
   * Returns the {@code region_id} value (a region id), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getRegionId() {
    return regionId;
  }

  private Object[] values() {
    return new Object[] {isReturn, productIds, regionId};
  }

  /**
   * Returns whether {@code o} is an equal {@code ShippingOptionQuery}.
   *
   * @param o the object to compare
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ShippingOptionQuery && Arrays.equals(values(), ((ShippingOptionQuery) o).values());
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
    return Checks.describe("ShippingOptionQuery", NAMES, values());
  }

  /**
   * Collects the values of a {@link ShippingOptionQuery}; {@link #build()} checks them.
   *
   * <p>Each setter replaces the earlier value; {@code null}, or no values at all, unsets the parameter.
   * Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private @Nullable Boolean isReturn;
    private @Nullable List<String> productIds;
    private @Nullable String regionId;

    private Builder() {
    }

    private Builder(ShippingOptionQuery source) {
      isReturn = source.isReturn;
      productIds = Checks.split(source.productIds);
      regionId = source.regionId;
    }

    /**
     * Sets {@code is_return}: whether to list return options instead of outbound ones.
     *
     * @param isReturn the value
     * @return this builder
     */
    public Builder isReturn(@Nullable Boolean isReturn) {
      this.isReturn = isReturn;
      return this;
    }

    /**
     * Sets {@code product_ids}: product ids the options must serve.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder productIds(String @Nullable ... values) {
      this.productIds = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code product_ids}: product ids the options must serve.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder productIds(@Nullable Collection<String> values) {
      this.productIds = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code region_id}: a region id.
     *
     * @param regionId the value
     * @return this builder
     */
    public Builder regionId(@Nullable String regionId) {
      this.regionId = regionId;
      return this;
    }

    /**
     * Checks the values and returns the query.
     *
     * @return the query
     * @throws IllegalArgumentException naming the first parameter whose value is invalid
     */
    public ShippingOptionQuery build() {
      return new ShippingOptionQuery(this);
    }
  }
}

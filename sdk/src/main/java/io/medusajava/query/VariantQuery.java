package io.medusajava.query;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Filters, paging and pricing context for listing variants ({@code GET /store/variants}).
 *
 * <p>Immutable and safe to share between threads. The getters return exactly the types of the generated
 * {@code ProductVariantsApi.list} parameters; pass them in that method's order.
 */
public final class VariantQuery implements PagedQuery<VariantQuery> {
  private static final String[] NAMES = {
    "ids", "id[]", "sales_channel_id", "expand", "fields", "offset", "limit", "cart_id", "region_id", "currency_code", "title[]", "inventory_quantity", "inventory_quantity[lt]", "inventory_quantity[gt]", "inventory_quantity[lte]", "inventory_quantity[gte]"
  };

  private final @Nullable String idsJoined;
  private final @Nullable List<String> ids;
  private final @Nullable String salesChannelId;
  private final @Nullable String expand;
  private final @Nullable String fields;
  private final @Nullable Integer offset;
  private final @Nullable Integer limit;
  private final @Nullable String cartId;
  private final @Nullable String regionId;
  private final @Nullable String currencyCode;
  private final @Nullable List<String> titles;
  private final @Nullable Integer inventoryQuantity;
  private final @Nullable Integer inventoryQuantityLt;
  private final @Nullable Integer inventoryQuantityGt;
  private final @Nullable Integer inventoryQuantityLte;
  private final @Nullable Integer inventoryQuantityGte;

  private VariantQuery(Builder b) {
    idsJoined = Checks.joined("ids", b.idsJoined);
    ids = Checks.values("id[]", b.ids);
    salesChannelId = Checks.id("sales_channel_id", b.salesChannelId);
    expand = Checks.joined("expand", b.expand);
    fields = Checks.joined("fields", b.fields);
    offset = Checks.offset(b.offset);
    limit = Checks.limit(b.limit);
    cartId = Checks.id("cart_id", b.cartId);
    regionId = Checks.id("region_id", b.regionId);
    currencyCode = Checks.id("currency_code", b.currencyCode);
    titles = Checks.values("title[]", b.titles);
    inventoryQuantity = b.inventoryQuantity;
    inventoryQuantityLt = b.inventoryQuantityLt;
    inventoryQuantityGt = b.inventoryQuantityGt;
    inventoryQuantityLte = b.inventoryQuantityLte;
    inventoryQuantityGte = b.inventoryQuantityGte;
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
  public VariantQuery withOffset(int offset) {
    return newBuilder().offset(offset).build();
  }

  /**
   * Returns the {@code ids} value (variant ids sent as one comma-joined value) joined with commas, or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getIdsJoined() {
    return idsJoined;
  }

  /**
   * Returns the {@code id[]} values (variant ids), or {@code null}.
   *
   * @return the value
   */
  public @Nullable List<String> getIds() {
    return ids;
  }

  /**
   * Returns the {@code sales_channel_id} value (a sales channel id), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getSalesChannelId() {
    return salesChannelId;
  }

  /**
   * Returns the {@code expand} value (relations to include) joined with commas, or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getExpand() {
    return expand;
  }

  /**
   * Returns the {@code fields} value (attributes to return) joined with commas, or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getFields() {
    return fields;
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
   * Returns the {@code cart_id} value (a cart whose context prices the variants), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getCartId() {
    return cartId;
  }

  /**
   * Returns the {@code region_id} value (a region whose prices to show), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getRegionId() {
    return regionId;
  }

  /**
   * Returns the {@code currency_code} value (a currency to price in, such as {@code usd}), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getCurrencyCode() {
    return currencyCode;
  }

  /**
   * Returns the {@code title[]} values (variant titles), or {@code null}.
   *
   * @return the value
   */
  public @Nullable List<String> getTitles() {
    return titles;
  }

  /**
   * Returns the {@code inventory_quantity} value (an exact inventory quantity), or {@code null}.
   *
   * @return the value
   */
  public @Nullable Integer getInventoryQuantity() {
    return inventoryQuantity;
  }

  /**
   * Returns the {@code inventory_quantity[lt]} value (an exclusive upper bound on inventory), or {@code null}.
   *
   * @return the value
   */
  public @Nullable Integer getInventoryQuantityLt() {
    return inventoryQuantityLt;
  }

  /**
   * Returns the {@code inventory_quantity[gt]} value (an exclusive lower bound on inventory), or {@code null}.
   *
   * @return the value
   */
  public @Nullable Integer getInventoryQuantityGt() {
    return inventoryQuantityGt;
  }

  /**
   * Returns the {@code inventory_quantity[lte]} value (an inclusive upper bound on inventory), or {@code null}.
   *
   * @return the value
   */
  public @Nullable Integer getInventoryQuantityLte() {
    return inventoryQuantityLte;
  }

  /**
   * Returns the {@code inventory_quantity[gte]} value (an inclusive lower bound on inventory), or {@code null}.
   *
   * @return the value
   */
  public @Nullable Integer getInventoryQuantityGte() {
    return inventoryQuantityGte;
  }

  private Object[] values() {
    return new Object[] {idsJoined, ids, salesChannelId, expand, fields, offset, limit, cartId, regionId, currencyCode, titles, inventoryQuantity, inventoryQuantityLt, inventoryQuantityGt, inventoryQuantityLte, inventoryQuantityGte};
  }

  /**
   * Returns whether {@code o} is an equal {@code VariantQuery}.
   *
   * @param o the object to compare
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof VariantQuery && Arrays.equals(values(), ((VariantQuery) o).values());
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
    return Checks.describe("VariantQuery", NAMES, values());
  }

  /**
   * Collects the values of a {@link VariantQuery}; {@link #build()} checks them.
   *
   * <p>Each setter replaces the earlier value; {@code null}, or no values at all, unsets the parameter.
   * Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private @Nullable List<String> idsJoined;
    private @Nullable List<String> ids;
    private @Nullable String salesChannelId;
    private @Nullable List<String> expand;
    private @Nullable List<String> fields;
    private @Nullable Integer offset;
    private @Nullable Integer limit;
    private @Nullable String cartId;
    private @Nullable String regionId;
    private @Nullable String currencyCode;
    private @Nullable List<String> titles;
    private @Nullable Integer inventoryQuantity;
    private @Nullable Integer inventoryQuantityLt;
    private @Nullable Integer inventoryQuantityGt;
    private @Nullable Integer inventoryQuantityLte;
    private @Nullable Integer inventoryQuantityGte;

    private Builder() {
    }

    private Builder(VariantQuery source) {
      idsJoined = Checks.split(source.idsJoined);
      ids = source.ids;
      salesChannelId = source.salesChannelId;
      expand = Checks.split(source.expand);
      fields = Checks.split(source.fields);
      offset = source.offset;
      limit = source.limit;
      cartId = source.cartId;
      regionId = source.regionId;
      currencyCode = source.currencyCode;
      titles = source.titles;
      inventoryQuantity = source.inventoryQuantity;
      inventoryQuantityLt = source.inventoryQuantityLt;
      inventoryQuantityGt = source.inventoryQuantityGt;
      inventoryQuantityLte = source.inventoryQuantityLte;
      inventoryQuantityGte = source.inventoryQuantityGte;
    }

    /**
     * Sets {@code ids}: variant ids sent as one comma-joined value.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder idsJoined(String @Nullable ... values) {
      this.idsJoined = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code ids}: variant ids sent as one comma-joined value.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder idsJoined(@Nullable Collection<String> values) {
      this.idsJoined = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code id[]}: variant ids.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder ids(String @Nullable ... values) {
      this.ids = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code id[]}: variant ids.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder ids(@Nullable Collection<String> values) {
      this.ids = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code sales_channel_id}: a sales channel id.
     *
     * @param salesChannelId the value
     * @return this builder
     */
    public Builder salesChannelId(@Nullable String salesChannelId) {
      this.salesChannelId = salesChannelId;
      return this;
    }

    /**
     * Sets {@code expand}: relations to include.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder expand(String @Nullable ... values) {
      this.expand = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code expand}: relations to include.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder expand(@Nullable Collection<String> values) {
      this.expand = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code fields}: attributes to return.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder fields(String @Nullable ... values) {
      this.fields = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code fields}: attributes to return.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder fields(@Nullable Collection<String> values) {
      this.fields = Checks.copy(values);
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
     * Sets {@code cart_id}: a cart whose context prices the variants.
     *
     * @param cartId the value
     * @return this builder
     */
    public Builder cartId(@Nullable String cartId) {
      this.cartId = cartId;
      return this;
    }

    /**
     * Sets {@code region_id}: a region whose prices to show.
     *
     * @param regionId the value
     * @return this builder
     */
    public Builder regionId(@Nullable String regionId) {
      this.regionId = regionId;
      return this;
    }

    /**
     * Sets {@code currency_code}: a currency to price in, such as {@code usd}.
     *
     * @param currencyCode the value
     * @return this builder
     */
    public Builder currencyCode(@Nullable String currencyCode) {
      this.currencyCode = currencyCode;
      return this;
    }

    /**
     * Sets {@code title[]}: variant titles.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder titles(String @Nullable ... values) {
      this.titles = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code title[]}: variant titles.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder titles(@Nullable Collection<String> values) {
      this.titles = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code inventory_quantity}: an exact inventory quantity.
     *
     * @param inventoryQuantity the value
     * @return this builder
     */
    public Builder inventoryQuantity(@Nullable Integer inventoryQuantity) {
      this.inventoryQuantity = inventoryQuantity;
      return this;
    }

    /**
     * Sets {@code inventory_quantity[lt]}: an exclusive upper bound on inventory.
     *
     * @param inventoryQuantityLt the value
     * @return this builder
     */
    public Builder inventoryQuantityLt(@Nullable Integer inventoryQuantityLt) {
      this.inventoryQuantityLt = inventoryQuantityLt;
      return this;
    }

    /**
     * Sets {@code inventory_quantity[gt]}: an exclusive lower bound on inventory.
     *
     * @param inventoryQuantityGt the value
     * @return this builder
     */
    public Builder inventoryQuantityGt(@Nullable Integer inventoryQuantityGt) {
      this.inventoryQuantityGt = inventoryQuantityGt;
      return this;
    }

    /**
     * Sets {@code inventory_quantity[lte]}: an inclusive upper bound on inventory.
     *
     * @param inventoryQuantityLte the value
     * @return this builder
     */
    public Builder inventoryQuantityLte(@Nullable Integer inventoryQuantityLte) {
      this.inventoryQuantityLte = inventoryQuantityLte;
      return this;
    }

    /**
     * Sets {@code inventory_quantity[gte]}: an inclusive lower bound on inventory.
     *
     * @param inventoryQuantityGte the value
     * @return this builder
     */
    public Builder inventoryQuantityGte(@Nullable Integer inventoryQuantityGte) {
      this.inventoryQuantityGte = inventoryQuantityGte;
      return this;
    }

    /**
     * Checks the values and returns the query.
     *
     * @return the query
     * @throws IllegalArgumentException naming the first parameter whose value is invalid
     */
    public VariantQuery build() {
      return new VariantQuery(this);
    }
  }
}

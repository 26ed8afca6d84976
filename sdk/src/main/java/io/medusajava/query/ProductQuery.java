package io.medusajava.query;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Filters, paging and pricing context for listing products ({@code GET /store/products}).
 *
 * <p>Immutable and safe to share between threads. The getters return exactly the types of the generated
 * {@code ProductsApi.list} parameters; pass them in that method's order.
 */
public final class ProductQuery implements PagedQuery<ProductQuery> {
  private static final String[] NAMES = {
    "q", "id[]", "sales_channel_id[]", "collection_id[]", "type_id[]", "tags[]", "title", "description", "handle", "is_giftcard", "created_at", "updated_at", "category_id[]", "include_category_children", "offset", "limit", "expand", "fields", "order", "cart_id", "region_id", "currency_code"
  };

  private final @Nullable String q;
  private final @Nullable List<String> ids;
  private final @Nullable List<String> salesChannelIds;
  private final @Nullable List<String> collectionIds;
  private final @Nullable List<String> typeIds;
  private final @Nullable List<String> tags;
  private final @Nullable String title;
  private final @Nullable String description;
  private final @Nullable String handle;
  private final @Nullable Boolean isGiftcard;
  private final @Nullable DateRange createdAt;
  private final @Nullable DateRange updatedAt;
  private final @Nullable List<String> categoryIds;
  private final @Nullable Boolean includeCategoryChildren;
  private final @Nullable Integer offset;
  private final @Nullable Integer limit;
  private final @Nullable String expand;
  private final @Nullable String fields;
  private final @Nullable String order;
  private final @Nullable String cartId;
  private final @Nullable String regionId;
  private final @Nullable String currencyCode;

  private ProductQuery(Builder b) {
    q = b.q;
    ids = Checks.values("id[]", b.ids);
    salesChannelIds = Checks.values("sales_channel_id[]", b.salesChannelIds);
    collectionIds = Checks.values("collection_id[]", b.collectionIds);
    typeIds = Checks.values("type_id[]", b.typeIds);
    tags = Checks.values("tags[]", b.tags);
    title = b.title;
    description = b.description;
    handle = Checks.id("handle", b.handle);
    isGiftcard = b.isGiftcard;
    createdAt = b.createdAt;
    updatedAt = b.updatedAt;
    categoryIds = Checks.values("category_id[]", b.categoryIds);
    includeCategoryChildren = b.includeCategoryChildren;
    offset = Checks.offset(b.offset);
    limit = Checks.limit(b.limit);
    expand = Checks.joined("expand", b.expand);
    fields = Checks.joined("fields", b.fields);
    order = Checks.id("order", b.order);
    cartId = Checks.id("cart_id", b.cartId);
    regionId = Checks.id("region_id", b.regionId);
    currencyCode = Checks.id("currency_code", b.currencyCode);
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
  public ProductQuery withOffset(int offset) {
    return newBuilder().offset(offset).build();
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
   * Returns the {@code id[]} values (product ids), or {@code null}.
   *
   * @return the value
   */
  public @Nullable List<String> getIds() {
    return ids;
  }

  /**
   * Returns the {@code sales_channel_id[]} values (sales channel ids), or {@code null}.
   *
   * @return the value
   */
  public @Nullable List<String> getSalesChannelIds() {
    return salesChannelIds;
  }

  /**
   * Returns the {@code collection_id[]} values (collection ids), or {@code null}.
   *
   * @return the value
   */
  public @Nullable List<String> getCollectionIds() {
    return collectionIds;
  }

  /**
   * Returns the {@code type_id[]} values (product type ids), or {@code null}.
   *
   * @return the value
   */
  public @Nullable List<String> getTypeIds() {
    return typeIds;
  }

  /**
   * Returns the {@code tags[]} values (tag ids), or {@code null}.
   *
   * @return the value
   */
  public @Nullable List<String> getTags() {
    return tags;
  }

  /**
   * Returns the {@code title} value (a title to match exactly), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getTitle() {
    return title;
  }

  /**
   * Returns the {@code description} value (a description to match exactly), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getDescription() {
    return description;
  }

  /**
   * Returns the {@code handle} value (a product handle), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getHandle() {
    return handle;
  }

  /**
   * Returns the {@code is_giftcard} value (whether to list gift cards), or {@code null}.
   *
   * @return the value
   */
  public @Nullable Boolean getIsGiftcard() {
    return isGiftcard;
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

  /**
   * Returns the {@code category_id[]} values (category ids), or {@code null}.
   *
   * @return the value
   */
  public @Nullable List<String> getCategoryIds() {
    return categoryIds;
  }

  /**
   * Returns the {@code include_category_children} value (whether category_id[] also matches subcategories), or {@code null}.
   *
   * @return the value
   */
  public @Nullable Boolean getIncludeCategoryChildren() {
    return includeCategoryChildren;
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
   * Returns the {@code order} value (a field to sort by, prefixed with {@code -} for descending), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getOrder() {
    return order;
  }

  /**
   * Returns the {@code cart_id} value (a cart whose context prices the products), or {@code null}.
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

  private Object[] values() {
    return new Object[] {q, ids, salesChannelIds, collectionIds, typeIds, tags, title, description, handle, isGiftcard, createdAt, updatedAt, categoryIds, includeCategoryChildren, offset, limit, expand, fields, order, cartId, regionId, currencyCode};
  }

  /**
   * Returns whether {@code o} is an equal {@code ProductQuery}.
   *
   * @param o the object to compare
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProductQuery && Arrays.equals(values(), ((ProductQuery) o).values());
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
    return Checks.describe("ProductQuery", NAMES, values());
  }

  /**
   * Collects the values of a {@link ProductQuery}; {@link #build()} checks them.
   *
   * <p>Each setter replaces the earlier value; {@code null}, or no values at all, unsets the parameter.
   * Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private @Nullable String q;
    private @Nullable List<String> ids;
    private @Nullable List<String> salesChannelIds;
    private @Nullable List<String> collectionIds;
    private @Nullable List<String> typeIds;
    private @Nullable List<String> tags;
    private @Nullable String title;
    private @Nullable String description;
    private @Nullable String handle;
    private @Nullable Boolean isGiftcard;
    private @Nullable DateRange createdAt;
    private @Nullable DateRange updatedAt;
    private @Nullable List<String> categoryIds;
    private @Nullable Boolean includeCategoryChildren;
    private @Nullable Integer offset;
    private @Nullable Integer limit;
    private @Nullable List<String> expand;
    private @Nullable List<String> fields;
    private @Nullable String order;
    private @Nullable String cartId;
    private @Nullable String regionId;
    private @Nullable String currencyCode;

    private Builder() {
    }

    private Builder(ProductQuery source) {
      q = source.q;
      ids = source.ids;
      salesChannelIds = source.salesChannelIds;
      collectionIds = source.collectionIds;
      typeIds = source.typeIds;
      tags = source.tags;
      title = source.title;
      description = source.description;
      handle = source.handle;
      isGiftcard = source.isGiftcard;
      createdAt = source.createdAt;
      updatedAt = source.updatedAt;
      categoryIds = source.categoryIds;
      includeCategoryChildren = source.includeCategoryChildren;
      offset = source.offset;
      limit = source.limit;
      expand = Checks.split(source.expand);
      fields = Checks.split(source.fields);
      order = source.order;
      cartId = source.cartId;
      regionId = source.regionId;
      currencyCode = source.currencyCode;
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
     * Sets {@code id[]}: product ids.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder ids(String @Nullable ... values) {
      this.ids = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code id[]}: product ids.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder ids(@Nullable Collection<String> values) {
      this.ids = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code sales_channel_id[]}: sales channel ids.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder salesChannelIds(String @Nullable ... values) {
      this.salesChannelIds = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code sales_channel_id[]}: sales channel ids.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder salesChannelIds(@Nullable Collection<String> values) {
      this.salesChannelIds = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code collection_id[]}: collection ids.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder collectionIds(String @Nullable ... values) {
      this.collectionIds = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code collection_id[]}: collection ids.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder collectionIds(@Nullable Collection<String> values) {
      this.collectionIds = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code type_id[]}: product type ids.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder typeIds(String @Nullable ... values) {
      this.typeIds = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code type_id[]}: product type ids.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder typeIds(@Nullable Collection<String> values) {
      this.typeIds = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code tags[]}: tag ids.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder tags(String @Nullable ... values) {
      this.tags = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code tags[]}: tag ids.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder tags(@Nullable Collection<String> values) {
      this.tags = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code title}: a title to match exactly.
     *
     * @param title the value
     * @return this builder
     */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets {@code description}: a description to match exactly.
     *
     * @param description the value
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@code handle}: a product handle.
     *
     * @param handle the value
     * @return this builder
     */
    public Builder handle(@Nullable String handle) {
      this.handle = handle;
      return this;
    }

    /**
     * Sets {@code is_giftcard}: whether to list gift cards.
     *
     * @param isGiftcard the value
     * @return this builder
     */
    public Builder isGiftcard(@Nullable Boolean isGiftcard) {
      this.isGiftcard = isGiftcard;
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
     * Sets {@code category_id[]}: category ids.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder categoryIds(String @Nullable ... values) {
      this.categoryIds = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code category_id[]}: category ids.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder categoryIds(@Nullable Collection<String> values) {
      this.categoryIds = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code include_category_children}: whether category_id[] also matches subcategories.
     *
     * @param includeCategoryChildren the value
     * @return this builder
     */
    public Builder includeCategoryChildren(@Nullable Boolean includeCategoryChildren) {
      this.includeCategoryChildren = includeCategoryChildren;
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
     * Sets {@code cart_id}: a cart whose context prices the products.
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
     * Checks the values and returns the query.
     *
     * @return the query
     * @throws IllegalArgumentException naming the first parameter whose value is invalid
     */
    public ProductQuery build() {
      return new ProductQuery(this);
    }
  }
}

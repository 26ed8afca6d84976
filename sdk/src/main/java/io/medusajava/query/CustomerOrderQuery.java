package io.medusajava.query;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Filters and paging for the signed-in customer's orders ({@code GET /store/customers/me/orders}).
 *
 * <p>Immutable and safe to share between threads. The getters return exactly the types of the generated
 * {@code CustomersApi.listOrders} parameters; pass them in that method's order.
 */
public final class CustomerOrderQuery implements PagedQuery<CustomerOrderQuery> {
  private static final String[] NAMES = {
    "q", "id", "status[]", "fulfillment_status[]", "payment_status[]", "display_id", "cart_id", "email", "region_id", "currency_code", "tax_rate", "created_at", "updated_at", "canceled_at", "limit", "offset", "expand", "fields"
  };

  private final @Nullable String q;
  private final @Nullable String id;
  private final @Nullable List<String> statuses;
  private final @Nullable List<String> fulfillmentStatuses;
  private final @Nullable List<String> paymentStatuses;
  private final @Nullable String displayId;
  private final @Nullable String cartId;
  private final @Nullable String email;
  private final @Nullable String regionId;
  private final @Nullable String currencyCode;
  private final @Nullable String taxRate;
  private final @Nullable DateRange createdAt;
  private final @Nullable DateRange updatedAt;
  private final @Nullable DateRange canceledAt;
  private final @Nullable Integer limit;
  private final @Nullable Integer offset;
  private final @Nullable String expand;
  private final @Nullable String fields;

  private CustomerOrderQuery(Builder b) {
    q = b.q;
    id = Checks.id("id", b.id);
    statuses = Checks.values("status[]", b.statuses);
    fulfillmentStatuses = Checks.values("fulfillment_status[]", b.fulfillmentStatuses);
    paymentStatuses = Checks.values("payment_status[]", b.paymentStatuses);
    displayId = Checks.id("display_id", b.displayId);
    cartId = Checks.id("cart_id", b.cartId);
    email = Checks.id("email", b.email);
    regionId = Checks.id("region_id", b.regionId);
    currencyCode = Checks.id("currency_code", b.currencyCode);
    taxRate = Checks.id("tax_rate", b.taxRate);
    createdAt = b.createdAt;
    updatedAt = b.updatedAt;
    canceledAt = b.canceledAt;
    limit = Checks.limit(b.limit);
    offset = Checks.offset(b.offset);
    expand = Checks.joined("expand", b.expand);
    fields = Checks.joined("fields", b.fields);
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
  public CustomerOrderQuery withOffset(int offset) {
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
   * Returns the {@code id} value (an order id), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getId() {
    return id;
  }

  /**
   * Returns the {@code status[]} values (order statuses, such as {@code pending}), or {@code null}.
   *
   * @return the value
   */
  public @Nullable List<String> getStatuses() {
    return statuses;
  }

  /**
   * Returns the {@code fulfillment_status[]} values (fulfillment statuses, such as {@code shipped}), or {@code null}.
   *
   * @return the value
   */
  public @Nullable List<String> getFulfillmentStatuses() {
    return fulfillmentStatuses;
  }

  /**
   * Returns the {@code payment_status[]} values (payment statuses, such as {@code captured}), or {@code null}.
   *
   * @return the value
   */
  public @Nullable List<String> getPaymentStatuses() {
    return paymentStatuses;
  }

  /**
   * Returns the {@code display_id} value (an order display id), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getDisplayId() {
    return displayId;
  }

  /**
   * Returns the {@code cart_id} value (the cart the order was made from), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getCartId() {
    return cartId;
  }

  /**
   * Returns the {@code email} value (the order's email), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getEmail() {
    return email;
  }

  /**
   * Returns the {@code region_id} value (a region id), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getRegionId() {
    return regionId;
  }

  /**
   * Returns the {@code currency_code} value (a currency code, such as {@code usd}), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getCurrencyCode() {
    return currencyCode;
  }

  /**
   * Returns the {@code tax_rate} value (a tax rate), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getTaxRate() {
    return taxRate;
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
   * Returns the cancellation time range, or {@code null}.
   *
   * @return the {@code canceled_at} range
   */
  public @Nullable DateRange getCanceledAt() {
    return canceledAt;
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

  private Object[] values() {
    return new Object[] {q, id, statuses, fulfillmentStatuses, paymentStatuses, displayId, cartId, email, regionId, currencyCode, taxRate, createdAt, updatedAt, canceledAt, limit, offset, expand, fields};
  }

  /**
   * Returns whether {@code o} is an equal {@code CustomerOrderQuery}.
   *
   * @param o the object to compare
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CustomerOrderQuery && Arrays.equals(values(), ((CustomerOrderQuery) o).values());
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
    return Checks.describe("CustomerOrderQuery", NAMES, values());
  }

  /**
   * Collects the values of a {@link CustomerOrderQuery}; {@link #build()} checks them.
   *
   * <p>Each setter replaces the earlier value; {@code null}, or no values at all, unsets the parameter.
   * Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private @Nullable String q;
    private @Nullable String id;
    private @Nullable List<String> statuses;
    private @Nullable List<String> fulfillmentStatuses;
    private @Nullable List<String> paymentStatuses;
    private @Nullable String displayId;
    private @Nullable String cartId;
    private @Nullable String email;
    private @Nullable String regionId;
    private @Nullable String currencyCode;
    private @Nullable String taxRate;
    private @Nullable DateRange createdAt;
    private @Nullable DateRange updatedAt;
    private @Nullable DateRange canceledAt;
    private @Nullable Integer limit;
    private @Nullable Integer offset;
    private @Nullable List<String> expand;
    private @Nullable List<String> fields;

    private Builder() {
    }

    private Builder(CustomerOrderQuery source) {
      q = source.q;
      id = source.id;
      statuses = source.statuses;
      fulfillmentStatuses = source.fulfillmentStatuses;
      paymentStatuses = source.paymentStatuses;
      displayId = source.displayId;
      cartId = source.cartId;
      email = source.email;
      regionId = source.regionId;
      currencyCode = source.currencyCode;
      taxRate = source.taxRate;
      createdAt = source.createdAt;
      updatedAt = source.updatedAt;
      canceledAt = source.canceledAt;
      limit = source.limit;
      offset = source.offset;
      expand = Checks.split(source.expand);
      fields = Checks.split(source.fields);
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
     * Sets {@code id}: an order id.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code status[]}: order statuses, such as {@code pending}.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder statuses(String @Nullable ... values) {
      this.statuses = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code status[]}: order statuses, such as {@code pending}.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder statuses(@Nullable Collection<String> values) {
      this.statuses = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code fulfillment_status[]}: fulfillment statuses, such as {@code shipped}.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder fulfillmentStatuses(String @Nullable ... values) {
      this.fulfillmentStatuses = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code fulfillment_status[]}: fulfillment statuses, such as {@code shipped}.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder fulfillmentStatuses(@Nullable Collection<String> values) {
      this.fulfillmentStatuses = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code payment_status[]}: payment statuses, such as {@code captured}.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder paymentStatuses(String @Nullable ... values) {
      this.paymentStatuses = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code payment_status[]}: payment statuses, such as {@code captured}.
     *
     * @param values the values, in order
     * @return this builder
     */
    public Builder paymentStatuses(@Nullable Collection<String> values) {
      this.paymentStatuses = Checks.copy(values);
      return this;
    }

    /**
     * Sets {@code display_id}: an order display id.
     *
     * @param displayId the value
     * @return this builder
     */
    public Builder displayId(@Nullable String displayId) {
      this.displayId = displayId;
      return this;
    }

    /**
     * Sets {@code cart_id}: the cart the order was made from.
     *
     * @param cartId the value
     * @return this builder
     */
    public Builder cartId(@Nullable String cartId) {
      this.cartId = cartId;
      return this;
    }

    /**
     * Sets {@code email}: the order's email.
     *
     * @param email the value
     * @return this builder
     */
    public Builder email(@Nullable String email) {
      this.email = email;
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
     * Sets {@code currency_code}: a currency code, such as {@code usd}.
     *
     * @param currencyCode the value
     * @return this builder
     */
    public Builder currencyCode(@Nullable String currencyCode) {
      this.currencyCode = currencyCode;
      return this;
    }

    /**
     * Sets {@code tax_rate}: a tax rate.
     *
     * @param taxRate the value
     * @return this builder
     */
    public Builder taxRate(@Nullable String taxRate) {
      this.taxRate = taxRate;
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
     * Sets {@code canceled_at}: cancellation time. Sends each bound the range sets.
     *
     * @param range the value
     * @return this builder
     */
    public Builder canceledAt(@Nullable DateRange range) {
      this.canceledAt = range;
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
     * Checks the values and returns the query.
     *
     * @return the query
     * @throws IllegalArgumentException naming the first parameter whose value is invalid
     */
    public CustomerOrderQuery build() {
      return new CustomerOrderQuery(this);
    }
  }
}

package io.medusajava.query;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds a guest order by display id and email ({@code GET /store/orders}).
 *
 * <p>Immutable and safe to share between threads. The getters return exactly the types of the generated
 * {@code OrdersApi.lookupOrder} parameters; pass them in that method's order.
 */
public final class OrderLookup {
  private static final String[] NAMES = {
    "display_id", "fields", "expand", "email", "shipping_address[postal_code]"
  };

  private final int displayId;
  private final @Nullable String fields;
  private final @Nullable String expand;
  private final String email;
  private final @Nullable String shippingPostalCode;

  private OrderLookup(Builder b) {
    displayId = Checks.displayId("display_id", b.displayId);
    fields = Checks.joined("fields", b.fields);
    expand = Checks.joined("expand", b.expand);
    email = Checks.required("email", b.email);
    shippingPostalCode = Checks.id("shipping_address[postal_code]", b.shippingPostalCode);
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
   * Returns {@code display_id}.
   *
   * @return the order's display id (required)
   */
  public Integer getDisplayId() {
    return displayId;
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
   * Returns the {@code expand} value (relations to include) joined with commas, or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getExpand() {
    return expand;
  }

  /**
   * Returns the {@code email} value, the email the order was placed with (required).
   *
   * @return the value
   */
  public String getEmail() {
    return email;
  }

  /**
   * Returns the {@code shipping_address[postal_code]} value (the shipping address postal code), or {@code null}.
   *
   * @return the value
   */
  public @Nullable String getShippingPostalCode() {
    return shippingPostalCode;
  }

  private Object[] values() {
    return new Object[] {displayId, fields, expand, email, shippingPostalCode};
  }

  /**
   * Returns whether {@code o} is an equal {@code OrderLookup}.
   *
   * @param o the object to compare
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OrderLookup && Arrays.equals(values(), ((OrderLookup) o).values());
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
    return Checks.describe("OrderLookup", NAMES, values());
  }

  /**
   * Collects the values of a {@link OrderLookup}; {@link #build()} checks them.
   *
   * <p>Each setter replaces the earlier value; {@code null}, or no values at all, unsets the parameter.
   * Not thread-safe: use one builder per thread.
   */
  public static final class Builder {
    private @Nullable Integer displayId;
    private @Nullable List<String> fields;
    private @Nullable List<String> expand;
    private @Nullable String email;
    private @Nullable String shippingPostalCode;

    private Builder() {
    }

    private Builder(OrderLookup source) {
      displayId = source.displayId;
      fields = Checks.split(source.fields);
      expand = Checks.split(source.expand);
      email = source.email;
      shippingPostalCode = source.shippingPostalCode;
    }

    /**
     * Sets {@code display_id}: the order's display id (required). At least 1.
     *
     * @param displayId the value
     * @return this builder
     */
    public Builder displayId(int displayId) {
      this.displayId = displayId;
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
     * Sets {@code email}: the email the order was placed with (required).
     *
     * @param email the value
     * @return this builder
     */
    public Builder email(@Nullable String email) {
      this.email = email;
      return this;
    }

    /**
     * Sets {@code shipping_address[postal_code]}: the shipping address postal code.
     *
     * @param shippingPostalCode the value
     * @return this builder
     */
    public Builder shippingPostalCode(@Nullable String shippingPostalCode) {
      this.shippingPostalCode = shippingPostalCode;
      return this;
    }

    /**
     * Checks the values and returns the query.
     *
     * @return the query
     * @throws IllegalArgumentException naming the first parameter whose value is invalid
     */
    public OrderLookup build() {
      return new OrderLookup(this);
    }
  }
}

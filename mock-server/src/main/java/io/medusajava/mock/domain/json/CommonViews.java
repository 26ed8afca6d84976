package io.medusajava.mock.domain.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.model.Address;
import io.medusajava.mock.domain.model.Customer;
import io.medusajava.mock.domain.model.Discount;
import io.medusajava.mock.domain.model.GiftCard;
import io.medusajava.mock.domain.model.Payment;
import io.medusajava.mock.domain.model.PaymentSession;

/**
 * JSON of the rows carts and orders share: addresses, customers, payments, discounts and gift
 * cards.
 */
public final class CommonViews {
  private CommonViews() {}

  public static ObjectNode address(Address a) {
    if (a == null) {
      return null;
    }
    ObjectNode n = Json.entity(a.id, a.createdAt, a.updatedAt);
    n.put("customer_id", a.customerId);
    n.put("company", a.company);
    n.put("first_name", a.firstName);
    n.put("last_name", a.lastName);
    n.put("address_1", a.address1);
    n.put("address_2", a.address2);
    n.put("city", a.city);
    n.put("country_code", a.countryCode);
    n.put("province", a.province);
    n.put("postal_code", a.postalCode);
    n.put("phone", a.phone);
    n.putNull("metadata");
    return n;
  }

  /** A customer without the password, as orders and /customers/me show it. */
  public static ObjectNode customer(Customer c) {
    if (c == null) {
      return null;
    }
    ObjectNode n = Json.entity(c.id, c.createdAt, c.updatedAt);
    n.put("email", c.email);
    n.put("first_name", c.firstName);
    n.put("last_name", c.lastName);
    n.put("billing_address_id", c.billingAddress == null ? null : c.billingAddress.id);
    n.put("phone", c.phone);
    n.put("has_account", c.hasAccount);
    n.set("metadata", c.metadata == null ? null : Json.map(c.metadata));
    return n;
  }

  public static ObjectNode payment(Payment p) {
    if (p == null) {
      return null;
    }
    ObjectNode n = Json.object();
    n.put("id", p.id);
    n.put("created_at", p.createdAt);
    n.put("updated_at", p.updatedAt);
    n.putNull("swap_id");
    n.put("cart_id", p.cartId);
    n.put("order_id", p.orderId);
    n.put("amount", p.amount);
    n.put("currency_code", p.currencyCode);
    n.put("amount_refunded", 0);
    n.put("provider_id", p.providerId);
    n.putObject("data").put("status", "authorized");
    n.putNull("captured_at");
    n.putNull("canceled_at");
    n.putNull("metadata");
    n.putNull("idempotency_key");
    return n;
  }

  public static ObjectNode paymentSession(PaymentSession s, String authorizedAt) {
    ObjectNode n = Json.object();
    n.put("id", s.id);
    n.put("created_at", s.createdAt);
    n.put("updated_at", s.updatedAt);
    n.put("cart_id", s.cartId);
    n.put("provider_id", s.providerId);
    n.put("is_selected", s.isSelected);
    n.put("is_initiated", s.isInitiated);
    n.put("status", s.status);
    n.putObject("data").put("status", s.status);
    n.putNull("idempotency_key");
    n.put("amount", s.amount);
    n.put("payment_authorized_at", "authorized".equals(s.status) ? authorizedAt : null);
    return n;
  }

  /**
   * A discount with its rule inlined (Medusa 1.x keeps type/value/allocation on a separate rule
   * row).
   */
  public static ObjectNode discount(Discount d) {
    ObjectNode n = Json.entity(d.id, d.createdAt, d.updatedAt);
    n.put("code", d.code);
    n.put("is_dynamic", false);
    n.put("rule_id", Json.childId("dru", d.id, 0));
    n.put("is_disabled", d.isDisabled);
    n.putNull("parent_discount_id");
    n.put("starts_at", d.startsAt);
    n.putNull("ends_at");
    n.putNull("valid_duration");
    n.putNull("usage_limit");
    n.put("usage_count", 0);
    n.putNull("metadata");
    ObjectNode rule = Json.entity(Json.childId("dru", d.id, 0), d.createdAt, d.updatedAt);
    n.set("rule", rule);
    rule.putNull("description");
    rule.put("type", d.type);
    rule.put("value", d.value);
    rule.put("allocation", d.allocation);
    rule.putNull("metadata");
    return n;
  }

  public static ObjectNode giftCard(GiftCard g) {
    ObjectNode n = Json.entity(g.id, g.createdAt, g.updatedAt);
    n.put("code", g.code);
    n.put("value", g.value);
    n.put("balance", g.balance);
    n.put("region_id", g.regionId);
    n.putNull("order_id");
    n.put("is_disabled", g.isDisabled);
    n.putNull("ends_at");
    if (g.taxRate == null) {
      n.putNull("tax_rate");
    } else {
      Json.putRate(n, "tax_rate", g.taxRate);
    }
    n.putNull("metadata");
    return n;
  }
}

package io.medusajava.mock.domain.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.model.Customer;

/**
 * JSON of a customer for the customer and auth endpoints. The password never appears. Registration
 * and /customers/me add billing_address and shipping_addresses (transcripts 14, 19); a session
 * login adds orders and shipping_addresses instead (16).
 */
public final class CustomerViews {
  private CustomerViews() {}

  /** {@code {"customer": ...}} for POST /store/customers and GET/POST /store/customers/me. */
  public static ObjectNode customerResponse(Customer c) {
    ObjectNode n = CommonViews.customer(c);
    n.set("billing_address", CommonViews.address(c.billingAddress));
    n.set("shipping_addresses", Json.array(c.addresses, CommonViews::address));
    return wrap(n);
  }

  /** {@code {"customer": ...}} for POST /store/auth and GET /store/auth. */
  public static ObjectNode sessionResponse(Customer c) {
    ObjectNode n = CommonViews.customer(c);
    // The session view lists orders as an empty relation; the orders have their own endpoint.
    n.set("orders", Json.array());
    n.set("shipping_addresses", Json.array(c.addresses, CommonViews::address));
    return wrap(n);
  }

  /** {@code {"exists": ...}} for GET /store/auth/{email}. */
  public static ObjectNode exists(boolean exists) {
    ObjectNode n = Json.object();
    n.put("exists", exists);
    return n;
  }

  private static ObjectNode wrap(ObjectNode customer) {
    ObjectNode n = Json.object();
    n.set("customer", customer);
    return n;
  }
}

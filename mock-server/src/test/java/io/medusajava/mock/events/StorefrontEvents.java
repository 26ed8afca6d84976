package io.medusajava.mock.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.TestHttp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One storefront scenario (guest checkout, register, profile, password reset, guest-order claim,
 * return) run against a server, recording which events each step caused. The same scenario runs on
 * the mock and on a real Medusa; a {@link Server} says how to read each one's events. An event is
 * summed up as its name and its top-level data keys ({@code cart.updated [id]}); real's {@code
 * password_hash}, which the mock leaves out on purpose, is not counted.
 */
final class StorefrontEvents {
  /** How to reach a server's events. */
  interface Server {
    String baseUrl();

    /** A marker before a step: the mock's last seq, real's wall clock. */
    Object mark();

    /**
     * The token of the first {@code eventName} after {@code mark}, waiting for it as long as it may
     * take.
     */
    String token(String eventName, Object mark);

    /** The events each step caused, summed up, by step id. */
    Map<String, List<String>> eventsByStep(List<Step> steps);

    /** The seeded (mock) or placed (real) order to return from, and one of its items. */
    String[] returnableOrderAndItem(TestHttp owner, String placedOrder);
  }

  /** A step: what was sent, and the marks around it. */
  record Step(String id, Object before, Object after) {}

  final List<Step> steps = new ArrayList<>();
  private final Server server;
  private final String tag = Long.toString(System.nanoTime(), 36);

  StorefrontEvents(Server server) {
    this.server = server;
  }

  /** Runs the scenario; the answer of every step must be the expected status. */
  Map<String, List<String>> run() {
    TestHttp guest = new TestHttp(server.baseUrl());
    JsonNode regions = guest.get("/store/regions").json().get("regions");
    String na = null;
    for (JsonNode r : regions) {
      if (r.path("currency_code").asText().equals("usd")) {
        na = r.path("id").asText();
      }
    }
    String variant = inStockVariant(guest);
    String address =
        "{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"address_1\":\"1 Main St\",\"city\":\"Springfield\","
            + "\"country_code\":\"us\",\"postal_code\":\"12345\"}";

    String cart =
        send(guest, "carts.create", "POST", "/store/carts", "{\"region_id\":\"" + na + "\"}", 200)
            .at("/cart/id")
            .asText();
    send(
        guest,
        "carts.create.with-items",
        "POST",
        "/store/carts",
        "{\"region_id\":\""
            + na
            + "\",\"items\":[{\"variant_id\":\""
            + variant
            + "\",\"quantity\":1}]}",
        200);
    String item =
        send(
                guest,
                "line-items.add",
                "POST",
                "/store/carts/" + cart + "/line-items",
                "{\"variant_id\":\"" + variant + "\",\"quantity\":1}",
                200)
            .at("/cart/items/0/id")
            .asText();
    send(
        guest,
        "line-items.update",
        "POST",
        "/store/carts/" + cart + "/line-items/" + item,
        "{\"quantity\":2}",
        200);
    send(
        guest,
        "carts.update.email",
        "POST",
        "/store/carts/" + cart,
        "{\"email\":\"guest." + tag + "@example.com\"}",
        200);
    send(
        guest,
        "carts.update.address",
        "POST",
        "/store/carts/" + cart,
        "{\"shipping_address\":" + address + "}",
        200);
    String option = null;
    for (JsonNode o : guest.get("/store/shipping-options/" + cart).json().get("shipping_options")) {
      if (!o.path("is_return").asBoolean() && option == null) {
        option = o.path("id").asText();
      }
    }
    send(
        guest,
        "shipping-methods.add",
        "POST",
        "/store/carts/" + cart + "/shipping-methods",
        "{\"option_id\":\"" + option + "\"}",
        200);
    send(
        guest,
        "payment-sessions.create",
        "POST",
        "/store/carts/" + cart + "/payment-sessions",
        null,
        200);
    send(
        guest,
        "payment-session.select",
        "POST",
        "/store/carts/" + cart + "/payment-session",
        "{\"provider_id\":\"manual\"}",
        200);
    // Refreshing drops real's selection; updating the session's data selects it again.
    send(
        guest,
        "payment-sessions.refresh",
        "POST",
        "/store/carts/" + cart + "/payment-sessions/manual/refresh",
        null,
        200);
    send(
        guest,
        "payment-sessions.update",
        "POST",
        "/store/carts/" + cart + "/payment-sessions/manual",
        "{\"data\":{}}",
        200);
    send(guest, "taxes", "POST", "/store/carts/" + cart + "/taxes", null, 200);
    String order =
        send(guest, "complete", "POST", "/store/carts/" + cart + "/complete", null, 200)
            .at("/data/id")
            .asText();
    send(guest, "complete.again", "POST", "/store/carts/" + cart + "/complete", null, 200);

    TestHttp customer = new TestHttp(server.baseUrl());
    String email = "events." + tag + "@example.com";
    send(
        customer,
        "customers.register",
        "POST",
        "/store/customers",
        "{\"email\":\""
            + email
            + "\",\"password\":\"Passw0rd-1\",\"first_name\":\"Eve\",\"last_name\":\"Vents\"}",
        200);
    TestHttp.Res login =
        customer.post("/store/auth", "{\"email\":\"" + email + "\",\"password\":\"Passw0rd-1\"}");
    customer.with("Cookie", login.sessionCookie());
    send(customer, "me.update", "POST", "/store/customers/me", "{\"first_name\":\"Evelyn\"}", 200);
    send(
        customer,
        "me.addresses.add",
        "POST",
        "/store/customers/me/addresses",
        "{\"address\":" + address + "}",
        200);
    String own =
        send(
                customer,
                "carts.create.logged-in",
                "POST",
                "/store/carts",
                "{\"region_id\":\"" + na + "\"}",
                200)
            .at("/cart/id")
            .asText();
    send(customer, "carts.get.logged-in", "GET", "/store/carts/" + own, null, 200);
    String guestCart =
        send(
                guest,
                "carts.create.before-login",
                "POST",
                "/store/carts",
                "{\"region_id\":\"" + na + "\"}",
                200)
            .at("/cart/id")
            .asText();
    send(customer, "carts.get.guest-cart.logged-in", "GET", "/store/carts/" + guestCart, null, 200);

    Object beforeToken = server.mark();
    send(
        customer,
        "password-token",
        "POST",
        "/store/customers/password-token",
        "{\"email\":\"" + email + "\"}",
        204);
    send(
        customer,
        "password-token.unknown-email",
        "POST",
        "/store/customers/password-token",
        "{\"email\":\"nobody." + tag + "@example.com\"}",
        204);
    String resetToken = server.token("customer.password_reset", beforeToken);
    send(
        guest,
        "password-reset.malformed-token",
        "POST",
        "/store/customers/password-reset",
        "{\"email\":\"" + email + "\",\"password\":\"N3w-pass\",\"token\":\"not-a-token\"}",
        500);
    send(
        guest,
        "password-reset",
        "POST",
        "/store/customers/password-reset",
        "{\"email\":\"" + email + "\",\"password\":\"N3w-pass\",\"token\":\"" + resetToken + "\"}",
        200);
    send(
        guest,
        "password-reset.reused",
        "POST",
        "/store/customers/password-reset",
        "{\"email\":\""
            + email
            + "\",\"password\":\"N3w-pass-2\",\"token\":\""
            + resetToken
            + "\"}",
        500);
    send(
        new TestHttp(server.baseUrl()),
        "auth.new-password",
        "POST",
        "/store/auth",
        "{\"email\":\"" + email + "\",\"password\":\"N3w-pass\"}",
        200);

    Object beforeClaim = server.mark();
    send(
        customer,
        "claim.request",
        "POST",
        "/store/orders/batch/customer/token",
        "{\"order_ids\":[\"" + order + "\"]}",
        200);
    String claimToken = server.token("order-update-token.created", beforeClaim);
    if (ordersOf(customer).contains(order)) {
      throw new AssertionError("the guest order moved before the claim was confirmed");
    }
    send(
        guest,
        "claim.confirm.malformed",
        "POST",
        "/store/orders/customer/confirm",
        "{\"token\":\"not-a-token\"}",
        400);
    send(
        guest,
        "claim.confirm",
        "POST",
        "/store/orders/customer/confirm",
        "{\"token\":\"" + claimToken + "\"}",
        200);
    if (!ordersOf(customer).contains(order)) {
      throw new AssertionError("the confirmed claim did not move the guest order to the customer");
    }
    send(
        guest,
        "claim.confirm.again",
        "POST",
        "/store/orders/customer/confirm",
        "{\"token\":\"" + claimToken + "\"}",
        200);

    String[] returnable = server.returnableOrderAndItem(customer, order);
    send(
        customer,
        "returns",
        "POST",
        "/store/returns",
        "{\"order_id\":\""
            + returnable[0]
            + "\",\"items\":[{\"item_id\":\""
            + returnable[1]
            + "\",\"quantity\":1}]}",
        200);
    return server.eventsByStep(steps);
  }

  private static List<String> ordersOf(TestHttp customer) {
    List<String> ids = new ArrayList<>();
    customer
        .get("/store/customers/me/orders?limit=50")
        .json()
        .get("orders")
        .forEach(o -> ids.add(o.path("id").asText()));
    return ids;
  }

  private static String inStockVariant(TestHttp http) {
    for (JsonNode p : http.get("/store/products?limit=20").json().get("products")) {
      for (JsonNode v : p.get("variants")) {
        if (v.path("inventory_quantity").asInt() > 10
            || !v.path("manage_inventory").asBoolean(true)) {
          return v.path("id").asText();
        }
      }
    }
    throw new AssertionError("no variant in stock");
  }

  private JsonNode send(
      TestHttp http, String id, String method, String path, String body, int expected) {
    Object before = server.mark();
    TestHttp.Res r = http.send(method, path, body);
    steps.add(new Step(id, before, server.mark()));
    if (r.status() != expected) {
      throw new AssertionError(
          id + ": " + method + " " + path + " answered " + r.status() + " " + r.body());
    }
    return r.body().isEmpty() || !r.body().startsWith("{") ? null : r.json();
  }

  /**
   * {@code name [key,key]} for object data, {@code name "..."} for a bare string; password_hash
   * left out.
   */
  static String summary(String name, JsonNode data) {
    if (data.isTextual()) {
      return name + " \"...\"";
    }
    TreeSet<String> keys = new TreeSet<>();
    for (Iterator<String> it = data.fieldNames(); it.hasNext(); ) {
      keys.add(it.next());
    }
    keys.remove("password_hash");
    return name + " " + keys;
  }

  /**
   * The summaries of each step's events, sorted: real dispatches one operation's events in no fixed
   * order.
   */
  static Map<String, List<String>> sorted(Map<String, List<String>> byStep) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    byStep.forEach((k, v) -> out.put(k, v.stream().sorted().toList()));
    return out;
  }
}

package io.medusajava.mock.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.SeedIds;
import io.medusajava.mock.domain.events.StoreEvent;
import io.medusajava.mock.domain.model.LineItem;
import io.medusajava.mock.domain.seed.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mock's counterparts of what {@link RealFixture} makes on real, from what the mock offers:
 *
 * <ul>
 *   <li>its bundled seed: the discount {@code WELCOME10}, a gift card, return reasons, a fulfilled
 *       order of the seeded customer, a requested order edit with its payment collection;
 *   <li>a copy of that seed with a second requested edit (real's script makes one to complete and
 *       one to decline; the mock has no way to make an edit but its seed), and with its fulfilled
 *       order "pending" like real's shipped one;
 *   <li>its Store API, for the customers who reset a password or claim an order and the guest order
 *       to claim;
 *   <li>its event outbox for the tokens Medusa would e-mail ({@code customer.password_reset},
 *       {@code order-update-token.created}), read right after the step that issues them;
 *   <li>its clock, moved forward, for a claim token that has expired, and its Java API for a reset
 *       token that verifies but names someone else (real's script forges both from its database).
 * </ul>
 *
 * What the mock cannot provide at all (return-reason children, a shipped order) shows in the
 * allow-list.
 */
final class MockFixture implements Side.Fixture {
  static final String SECOND_EDIT_ORDER = "order_01KDVDNB4Q0000000000000001";
  static final String SECOND_EDIT = "oe_01KDVDNB4R0000000000000001";
  static final String SECOND_PAYMENT_COLLECTION = "paycol_01KDVDNB4S0000000000000001";

  private static final String CUSTOMER = "cus_01KDVDNB1PWKND5SDX18NM3D74";
  private static final String FULFILLED_ORDER = "order_01KDVDNB3WT1AC0QWAYM4S107Z";
  private static final String NA = SeedIds.REGION_NA;
  private static final String STANDARD_NA = SeedIds.SHIPPING_NA;
  private static final String RETURN_NA = "so_01KDVDNA1RWZ0BCKS6JDQK960H";
  private static final String TEE = SeedIds.VARIANT;
  private static final String HOODIE = "variant_01KDVDNAC8FV02HRP35WB6WGKM";
  static final String PASSWORD = "Fidelity-After-5ales";

  private final MedusaMockServer server;

  MockFixture(MedusaMockServer server) {
    this.server = server;
  }

  /**
   * The bundled seed plus a second order of the seeded customer with a requested edit, written to
   * {@code dir}.
   */
  static Path seedWithSecondEdit(Path dir) {
    try (InputStream in = Seed.class.getResourceAsStream(Seed.DEFAULT_RESOURCE)) {
      ObjectNode seed = (ObjectNode) Exchange.MAPPER.readTree(in);
      // Real's shipped order is still "pending" (an order completes when an admin archives it or it
      // is fully settled); the bundled seed calls its fulfilled order "completed".
      for (JsonNode o : seed.get("orders")) {
        if (o.path("id").asText().equals(FULFILLED_ORDER)) {
          ((ObjectNode) o).put("status", "pending");
        }
      }
      JsonNode firstEdit = seed.path("order_edits").get(0);
      JsonNode firstCollection = seed.path("payment_collections").get(0);
      ObjectNode order = ((ArrayNode) seed.get("orders")).addObject();
      order
          .put("id", SECOND_EDIT_ORDER)
          .put("customer_id", CUSTOMER)
          .put("region_id", NA)
          .put("email", SeedIds.CUSTOMER_EMAIL)
          .put("created_at", "2026-02-04T09:30:00.000Z")
          .put("shipping_option_id", STANDARD_NA);
      order.putArray("items").addObject().put("variant_id", TEE).put("quantity", 1);
      ObjectNode edit = ((ArrayNode) seed.get("order_edits")).addObject();
      edit.setAll((ObjectNode) firstEdit);
      edit.put("id", SECOND_EDIT)
          .put("order_id", SECOND_EDIT_ORDER)
          .put("payment_collection_id", SECOND_PAYMENT_COLLECTION)
          .put("internal_note", "A second edit, for the customer to decline.");
      ObjectNode collection = ((ArrayNode) seed.get("payment_collections")).addObject();
      collection.setAll((ObjectNode) firstCollection);
      collection.put("id", SECOND_PAYMENT_COLLECTION).put("amount", 2200);
      Files.createDirectories(dir);
      Path file = dir.resolve("mock-seed.json");
      Exchange.MAPPER.writeValue(file.toFile(), seed);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Fills the mock side's values; registers the reset and claim customers and places the guest
   * order.
   */
  void prepare(Side side, String tag) {
    Map<String, String> v = side.vars;
    Seed seed = Seed.loadDefault();
    v.put("gift_card_code", seed.giftCards.get(0).code);
    v.put("gift_card_code_lower", seed.giftCards.get(0).code.toLowerCase(Locale.ROOT));
    v.put("owner_email", seed.customers.get(0).email);
    v.put("owner_password", seed.customers.get(0).password);
    v.put("fulfilled_order", FULFILLED_ORDER);
    List<LineItem> items = server.state().orders().order(FULFILLED_ORDER).items;
    v.put(
        "fulfilled_display_id",
        String.valueOf(server.state().orders().order(FULFILLED_ORDER).displayId));
    v.put("fulfilled_item", items.get(0).id);
    v.put("fulfilled_item_b", items.get(1).id);
    v.put("swap_variant", HOODIE);
    v.put("return_option", RETURN_NA);
    v.put("return_reason", seed.returnReasons.get(0).id);
    v.put("return_reason_parent", seed.returnReasons.get(1).id);
    v.put("edit_complete", seed.orderEdits.get(0).id);
    v.put("edit_complete_order", seed.orderEdits.get(0).orderId);
    v.put("paycol_complete", seed.paymentCollections.get(0).id);
    v.put("paycol_complete_amount", String.valueOf(seed.paymentCollections.get(0).amount));
    v.put("edit_decline", SECOND_EDIT);
    v.put("edit_decline_order", SECOND_EDIT_ORDER);
    v.put("paycol_decline", SECOND_PAYMENT_COLLECTION);
    v.put("paycol_decline_amount", "2200");

    StepList setup = new StepList();
    String reset = "fidelity.reset." + tag + "@example.com";
    String claimer = "fidelity.claimer." + tag + "@example.com";
    register(setup, "reset", reset);
    register(setup, "claimer", claimer).save("claimer_id", "/customer/id");
    setup
        .post(
            "guest.cart",
            "/store/carts",
            "{\"region_id\":\""
                + NA
                + "\",\"items\":[{\"variant_id\":\""
                + TEE
                + "\",\"quantity\":1}]}")
        .save("_guest_cart", "/cart/id");
    setup.post(
        "guest.address",
        "/store/carts/${_guest_cart}",
        "{\"email\":\""
            + claimer
            + "\",\"shipping_address\":"
            + "{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"address_1\":\"1 Main St\",\"city\":\"Springfield\","
            + "\"country_code\":\"us\",\"postal_code\":\"12345\"}}");
    setup.post(
        "guest.shipping",
        "/store/carts/${_guest_cart}/shipping-methods",
        "{\"option_id\":\"" + STANDARD_NA + "\"}");
    setup.post("guest.sessions", "/store/carts/${_guest_cart}/payment-sessions", null);
    setup
        .post("guest.complete", "/store/carts/${_guest_cart}/complete", null)
        .save("claim_order", "/data/id");
    for (Step s : setup.steps()) {
      Exchange e = side.send(s);
      if (!e.ok()) {
        throw new IllegalStateException(
            "mock fixture: " + s.method + " " + s.path + " -> " + e.status() + " " + e.body());
      }
    }
    v.put("reset_email", reset);
    v.put("reset_password", PASSWORD);
    v.put("reset_new_password", PASSWORD + "-new");
    v.put("claimer_email", claimer);
    v.put("claimer_password", PASSWORD);
    // First, as it moves the clock 16 minutes on: tokens made before would expire with it.
    v.put("claim_token_expired", expiredClaimToken(side));
    v.put("foreign_email", claimer);
    v.put(
        "foreign_token",
        server
            .state()
            .passwordResets()
            .forgedToken(server.state().customers().customerByEmail(reset).id, claimer));
  }

  private static Step register(StepList setup, String who, String email) {
    return setup.post(
        "register." + who,
        "/store/customers",
        "{\"email\":\""
            + email
            + "\",\"password\":\""
            + PASSWORD
            + "\",\"first_name\":\""
            + who
            + "\",\"last_name\":\"Fidelity\"}");
  }

  /**
   * A claim token for the guest order issued 16 minutes ago: the claimer asks for one, and the
   * mock's clock moves past its 15 minutes (real's script signs one with an old date).
   */
  private String expiredClaimToken(Side side) {
    StepList s = new StepList();
    s.post(
            "claimer.login",
            "/store/auth",
            "{\"email\":\""
                + side.vars.get("claimer_email")
                + "\",\"password\":\""
                + PASSWORD
                + "\"}")
        .as("_expired_claimer");
    s.post(
            "claimer.request",
            "/store/orders/batch/customer/token",
            "{\"order_ids\":[\"" + side.vars.get("claim_order") + "\"]}")
        .as("_expired_claimer");
    s.steps().forEach(side::send);
    String token = server.events().events("order-update-token.created").get(0).string("token");
    server.clock().advance(Duration.ofMinutes(16));
    return token;
  }

  /**
   * Tokens Medusa would e-mail, read from the mock's event outbox right after the step that issued
   * them.
   */
  @Override
  public void refresh(String what, Side side) {
    String event =
        switch (what) {
          case "reset_token" -> "customer.password_reset";
          case "claim_token" -> "order-update-token.created";
          default -> throw new IllegalArgumentException("the mock fixture cannot refresh " + what);
        };
    List<StoreEvent> issued = server.events().events(event);
    if (!issued.isEmpty()) {
      side.vars.put(what, issued.get(issued.size() - 1).string("token"));
    }
  }
}

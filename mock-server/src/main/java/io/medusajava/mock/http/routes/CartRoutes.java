package io.medusajava.mock.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.StoreState;
import io.medusajava.mock.domain.cart.CartUpdate;
import io.medusajava.mock.domain.json.CartViews;
import io.medusajava.mock.domain.json.OrderViews;
import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.domain.model.Customer;
import io.medusajava.mock.domain.model.Order;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The cart and checkout operations (transcripts 11-13, 21-27, 44-51). */
public final class CartRoutes {
  private CartRoutes() {}

  public static void register(Routes routes) {
    routes.add("POST", "/store/carts", CartRoutes::create);
    routes.add(
        "GET",
        "/store/carts/{id}",
        call ->
            cart(
                call,
                s ->
                    s.carts()
                        .retrieveFor(
                            call.pathParam("id"),
                            call.customerId() == null
                                ? null
                                : s.customers().customer(call.customerId()))));
    routes.add("POST", "/store/carts/{id}", CartRoutes::update);
    routes.add(
        "POST",
        "/store/carts/{id}/line-items",
        call ->
            cart(
                call,
                CartViews.Shape.LINE_ITEM_ADDED,
                s ->
                    s.carts()
                        .addLineItem(
                            call.pathParam("id"),
                            call.body().get("variant_id").asText(),
                            RouteSupport.wholeNumber(call.body().get("quantity")),
                            RouteSupport.metadata(call.body()))));
    routes.add(
        "POST",
        "/store/carts/{id}/line-items/{line_id}",
        call ->
            cart(
                call,
                s ->
                    s.carts()
                        .updateLineItem(
                            call.pathParam("id"),
                            call.pathParam("line_id"),
                            RouteSupport.wholeNumber(call.body().get("quantity")),
                            RouteSupport.metadata(call.body()))));
    routes.add(
        "DELETE",
        "/store/carts/{id}/line-items/{line_id}",
        call ->
            cart(
                call,
                s -> s.carts().deleteLineItem(call.pathParam("id"), call.pathParam("line_id"))));
    routes.add(
        "DELETE",
        "/store/carts/{id}/discounts/{code}",
        call ->
            cart(
                call, s -> s.carts().removeDiscount(call.pathParam("id"), call.pathParam("code"))));
    routes.add(
        "POST",
        "/store/carts/{id}/shipping-methods",
        call ->
            cart(
                call,
                s ->
                    s.carts()
                        .addShippingMethod(
                            call.pathParam("id"), call.body().get("option_id").asText())));
    routes.add(
        "POST",
        "/store/carts/{id}/payment-sessions",
        call ->
            cart(
                call,
                CartViews.Shape.SESSIONS_CREATED,
                s -> s.checkout().createPaymentSessions(call.pathParam("id"))));
    routes.add(
        "POST",
        "/store/carts/{id}/payment-session",
        call ->
            cart(
                call,
                s ->
                    s.checkout()
                        .selectPaymentSession(
                            call.pathParam("id"), call.body().get("provider_id").asText())));
    routes.add(
        "DELETE",
        "/store/carts/{id}/payment-sessions/{provider_id}",
        call ->
            cart(
                call,
                s ->
                    s.checkout()
                        .deletePaymentSession(
                            call.pathParam("id"), call.pathParam("provider_id"))));
    routes.add(
        "POST",
        "/store/carts/{id}/complete",
        call ->
            call.state()
                .atomically(
                    () -> {
                      Order order = call.state().checkout().complete(call.pathParam("id"));
                      return Reply.ok(
                          new OrderViews(call.state().catalog()).completeResponse(order));
                    }));
  }

  /**
   * Runs a cart operation and renders the cart under the same lock, so no other request slips
   * between.
   */
  private static Reply cart(Call call, Function<StoreState, Cart> op) {
    return cart(call, CartViews.Shape.DEFAULT, op);
  }

  /** As above, rendering the cart in the shape the operation answers with. */
  static Reply cart(Call call, CartViews.Shape shape, Function<StoreState, Cart> op) {
    StoreState s = call.state();
    return s.atomically(
        () -> {
          Cart cart = op.apply(s);
          return Reply.ok(
              new CartViews(s.catalog())
                  .cartResponse(
                      cart,
                      s.carts().totals(cart),
                      shape,
                      s.customers().customerOrNull(cart.customerId)));
        });
  }

  /**
   * POST /store/carts: the sales channel comes from the body, else from the publishable key, else
   * the default channel; a logged-in customer owns the new cart.
   */
  private static Reply create(Call call) {
    JsonNode body = call.body();
    List<String> keyChannels = call.salesChannelIds();
    String channel = RouteSupport.text(body, "sales_channel_id");
    if (channel == null && !keyChannels.isEmpty()) {
      channel = keyChannels.get(0);
    }
    Map<String, Object> context = new LinkedHashMap<>(call.context());
    if (body.path("context").isObject()) {
      body.get("context").fields().forEachRemaining(e -> context.put(e.getKey(), e.getValue()));
    }
    String salesChannel = channel;
    String customerId = call.customerId();
    StoreState s = call.state();
    return s.atomically(
        () -> {
          Cart cart =
              s.carts()
                  .create(
                      RouteSupport.text(body, "region_id"),
                      salesChannel,
                      RouteSupport.text(body, "country_code"),
                      context);
          // Real creates the cart with its customer and adds the items in one call: cart.created,
          // then one cart.updated {id} when there were items, whatever the steps the mock takes to
          // get there.
          s.eventSink()
              .muted(
                  () -> {
                    if (customerId != null) {
                      Customer c = s.customers().customer(customerId);
                      CartUpdate u = new CartUpdate();
                      u.customerId = c.id;
                      u.email = c.email;
                      s.carts().update(cart.id, u);
                    }
                    for (JsonNode item : body.path("items")) {
                      s.carts()
                          .addLineItem(
                              cart.id,
                              item.path("variant_id").asText(),
                              RouteSupport.wholeNumber(item.get("quantity")),
                              RouteSupport.metadata(item));
                    }
                  });
          if (!body.path("items").isEmpty()) {
            s.eventSink().cartUpdated(cart);
          }
          return Reply.ok(new CartViews(s.catalog()).cartResponse(cart, s.carts().totals(cart)));
        });
  }

  private static Reply update(Call call) {
    JsonNode body = call.body();
    CartUpdate u = new CartUpdate();
    u.email = RouteSupport.text(body, "email");
    u.regionId = RouteSupport.text(body, "region_id");
    if (body.path("shipping_address").isObject()) {
      u.shippingAddress = RouteSupport.address(body.get("shipping_address"));
    }
    if (body.path("billing_address").isObject()) {
      u.billingAddress = RouteSupport.address(body.get("billing_address"));
    }
    if (body.has("discounts")) {
      u.discountCodes = codes(body.get("discounts"));
    }
    if (body.has("gift_cards")) {
      u.giftCardCodes = codes(body.get("gift_cards"));
    }
    String customerId = call.customerId();
    return cart(
        call,
        s -> {
          if (customerId != null) {
            // A logged-in customer keeps (or takes) the cart, with their own e-mail whatever was
            // sent.
            u.customerId = customerId;
            u.email = s.customers().customer(customerId).email;
          }
          return s.carts().update(call.pathParam("id"), u);
        });
  }

  /** Discounts and gift cards arrive as {@code [{"code": "..."}]}. */
  private static List<String> codes(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.isTextual() ? n.asText() : n.path("code").asText());
    }
    return out;
  }
}

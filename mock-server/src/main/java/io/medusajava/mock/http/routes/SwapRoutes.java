package io.medusajava.mock.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.StoreState;
import io.medusajava.mock.domain.aftersales.Returns;
import io.medusajava.mock.domain.aftersales.Swaps;
import io.medusajava.mock.domain.json.ReturnViews;
import io.medusajava.mock.domain.model.Swap;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.ArrayList;
import java.util.List;

/** POST /store/swaps and GET /store/swaps/{cart_id}: {@code {"swap": ...}} (StoreSwapsRes). */
public final class SwapRoutes {
  private SwapRoutes() {}

  public static void register(Routes routes) {
    routes.add("POST", "/store/swaps", SwapRoutes::create);
    routes.add("GET", "/store/swaps/{cart_id}", SwapRoutes::byCart);
  }

  static Reply create(Call call) {
    JsonNode body = call.body();
    String orderId = RouteSupport.text(body, "order_id");
    List<Returns.Line> returnItems = ReturnRoutes.lines(body.get("return_items"));
    List<Swaps.NewItem> additional = new ArrayList<>();
    for (JsonNode i : body.get("additional_items")) {
      additional.add(
          new Swaps.NewItem(
              RouteSupport.text(i, "variant_id"), RouteSupport.wholeNumber(i.get("quantity"))));
    }
    String option = RouteSupport.text(body, "return_shipping_option");
    return swap(
        call,
        ReturnViews.SwapShape.CREATED,
        () -> call.state().swaps().create(orderId, returnItems, additional, option));
  }

  static Reply byCart(Call call) {
    return swap(
        call,
        ReturnViews.SwapShape.GET,
        () -> call.state().swaps().byCart(call.pathParam("cart_id")));
  }

  /** Finds or makes the swap and renders it with its return, cart and order, under one lock. */
  private static Reply swap(
      Call call, ReturnViews.SwapShape shape, java.util.function.Supplier<Swap> find) {
    StoreState s = call.state();
    return Reply.ok(
        s.atomically(
            () -> {
              Swap swap = find.get();
              return new ReturnViews(s.catalog())
                  .swapResponse(
                      swap,
                      s.swaps().returnOf(swap),
                      s.carts().cart(swap.cartId),
                      s.orders().order(swap.orderId),
                      shape);
            }));
  }
}

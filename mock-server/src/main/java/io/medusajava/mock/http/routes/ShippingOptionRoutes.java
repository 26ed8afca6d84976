package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.StoreState;
import io.medusajava.mock.domain.json.CartViews;
import io.medusajava.mock.domain.json.CatalogViews;
import io.medusajava.mock.domain.json.Json;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;

/** Shipping options for a cart (transcripts 22, 69) or for a region. */
public final class ShippingOptionRoutes {
  private ShippingOptionRoutes() {}

  public static void register(Routes routes) {
    routes.add(
        "GET",
        "/store/shipping-options/{cart_id}",
        call -> {
          StoreState s = call.state();
          return s.atomically(
              () ->
                  Reply.ok(
                      new CartViews(s.catalog())
                          .shippingOptionsResponse(
                              s.carts().shippingOptionsFor(call.pathParam("cart_id")))));
        });
    routes.add(
        "GET",
        "/store/shipping-options",
        call -> {
          StoreState s = call.state();
          String isReturn = call.query().get("is_return");
          return s.atomically(
              () -> {
                CatalogViews views = new CatalogViews(s.catalog());
                return Reply.ok(
                    RouteSupport.wrap(
                        "shipping_options",
                        Json.array(
                            s.catalog()
                                .shippingOptionsForRegion(
                                    call.query().get("region_id"),
                                    isReturn == null ? null : Boolean.valueOf(isReturn)),
                            o -> views.pricedShippingOption(o, false))));
              });
        });
  }
}

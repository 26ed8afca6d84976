package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.json.VariantViews;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;

/**
 * POST /store/products/search: {@code {"hits": [...]}} (StorePostSearchRes) from the in-memory text
 * match.
 */
public final class ProductSearchRoutes {
  private ProductSearchRoutes() {}

  public static void register(Routes routes) {
    routes.add("POST", "/store/products/search", ProductSearchRoutes::search);
  }

  /**
   * With a publishable key that scopes the request to sales channels, Medusa's check that a product
   * belongs to them runs on {@code /products/:id} before the search route is reached, and takes
   * "search" for a product id.
   */
  static Reply search(Call call) {
    if (!call.salesChannelIds().isEmpty()) {
      throw MedusaError.notFound("Product with id: search was not found");
    }
    String q = RouteSupport.text(call.body(), "q");
    int offset = number(call, "offset", 0);
    int limit = number(call, "limit", 20);
    return Reply.ok(
        call.state()
            .atomically(
                () ->
                    new VariantViews(call.state().catalog())
                        .searchResponse(call.state().search().search(q, offset, limit))));
  }

  /** Offset and limit come in the JSON body here, not in the query. */
  private static int number(Call call, String field, int fallback) {
    var v = call.body().get(field);
    // A number past int is clamped, never wrapped: limit 4294967297 means "all", not 1.
    return v == null || v.isNull()
        ? fallback
        : (int)
            Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, RouteSupport.wholeNumber(v)));
  }
}

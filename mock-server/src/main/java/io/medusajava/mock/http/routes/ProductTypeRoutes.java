package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.Page;
import io.medusajava.mock.domain.json.CatalogResponses;
import io.medusajava.mock.domain.json.CatalogViews;
import io.medusajava.mock.domain.json.Selection;
import io.medusajava.mock.domain.model.ProductType;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.List;

/** Product types, 20 to a page by default, newest first unless {@code order} says otherwise. */
public final class ProductTypeRoutes {
  private ProductTypeRoutes() {}

  public static void register(Routes routes) {
    routes.add(
        "GET",
        "/store/product-types",
        call -> {
          RouteSupport.Paging p = RouteSupport.paging(call, 20);
          Selection selection =
              Selection.of(CatalogViews.VALUE_ROW_QUERY, null, null, call.query().get("order"));
          List<ProductType> all =
              call.state().catalog().listTypes().stream()
                  .filter(
                      t ->
                          RouteSupport.matchesAny(call, "value", t.value)
                              && RouteSupport.matchesAny(call, "id", t.id)
                              && RouteSupport.matchesText(call, t.value))
                  .toList();
          List<ProductType> sorted = selection.sort(all, CatalogViews::type);
          return Reply.ok(
              new CatalogResponses(call.state().catalog())
                  .types(Page.of(sorted, p.offset(), p.limit()), selection));
        });
  }
}

package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.Page;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.json.CatalogResponses;
import io.medusajava.mock.domain.json.CatalogViews;
import io.medusajava.mock.domain.json.Selection;
import io.medusajava.mock.domain.model.ValueRow;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.List;
import java.util.function.Function;

/**
 * Product tags and product types, listed alike: 20 to a page by default, filtered by value, id and
 * {@code q}, newest first unless {@code order} says otherwise.
 */
public final class ValueRowRoutes {
  private ValueRowRoutes() {}

  public static void register(Routes routes) {
    list(routes, "/store/product-tags", "product_tags", Catalog::listTags);
    list(routes, "/store/product-types", "product_types", Catalog::listTypes);
  }

  private static void list(
      Routes routes, String path, String field, Function<Catalog, List<? extends ValueRow>> rows) {
    routes.add(
        "GET",
        path,
        call -> {
          RouteSupport.Paging p = RouteSupport.paging(call, 20);
          Selection selection =
              Selection.of(CatalogViews.VALUE_ROW_QUERY, null, null, call.query().get("order"));
          List<ValueRow> all =
              rows.apply(call.state().catalog()).stream()
                  .filter(
                      r ->
                          RouteSupport.matchesAny(call, "value", r.value)
                              && RouteSupport.matchesAny(call, "id", r.id)
                              && RouteSupport.matchesText(call, r.value))
                  .map(ValueRow.class::cast)
                  .toList();
          List<ValueRow> sorted = selection.sort(all, CatalogViews::valueRow);
          return Reply.ok(
              new CatalogResponses(call.state().catalog())
                  .valueRows(field, Page.of(sorted, p.offset(), p.limit()), selection));
        });
  }
}

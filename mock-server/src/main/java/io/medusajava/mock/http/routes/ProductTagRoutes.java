package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.Page;
import io.medusajava.mock.domain.json.CatalogResponses;
import io.medusajava.mock.domain.json.CatalogViews;
import io.medusajava.mock.domain.json.Selection;
import io.medusajava.mock.domain.model.Tag;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.List;

/** Product tags, 20 to a page by default, newest first unless {@code order} says otherwise. */
public final class ProductTagRoutes {
  private ProductTagRoutes() {}

  public static void register(Routes routes) {
    routes.add(
        "GET",
        "/store/product-tags",
        call -> {
          RouteSupport.Paging p = RouteSupport.paging(call, 20);
          Selection selection =
              Selection.of(CatalogViews.VALUE_ROW_QUERY, null, null, call.query().get("order"));
          List<Tag> all =
              call.state().catalog().listTags().stream()
                  .filter(
                      t ->
                          RouteSupport.matchesAny(call, "value", t.value)
                              && RouteSupport.matchesAny(call, "id", t.id)
                              && RouteSupport.matchesText(call, t.value))
                  .toList();
          List<Tag> sorted = selection.sort(all, CatalogViews::tag);
          return Reply.ok(
              new CatalogResponses(call.state().catalog())
                  .tags(Page.of(sorted, p.offset(), p.limit()), selection));
        });
  }
}

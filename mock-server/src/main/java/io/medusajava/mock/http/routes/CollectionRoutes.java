package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.Page;
import io.medusajava.mock.domain.json.CatalogResponses;
import io.medusajava.mock.domain.json.CatalogViews;
import io.medusajava.mock.domain.model.Collection;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.List;

/** Product collections; the store lists them 10 to a page by default. */
public final class CollectionRoutes {
  private CollectionRoutes() {}

  public static void register(Routes routes) {
    routes.add(
        "GET",
        "/store/collections",
        call -> {
          RouteSupport.Paging p = RouteSupport.paging(call, 10);
          List<Collection> all =
              call.state().catalog().listCollections().stream()
                  .filter(
                      c ->
                          RouteSupport.matchesAny(call, "handle", c.handle)
                              && RouteSupport.matchesAny(call, "id", c.id))
                  .toList();
          return Reply.ok(
              new CatalogResponses(call.state().catalog())
                  .collections(Page.of(all, p.offset(), p.limit())));
        });
    routes.add(
        "GET",
        "/store/collections/{id}",
        call ->
            Reply.ok(
                RouteSupport.wrap(
                    "collection",
                    CatalogViews.collection(
                        call.state().catalog().collection(call.pathParam("id"))))));
  }
}

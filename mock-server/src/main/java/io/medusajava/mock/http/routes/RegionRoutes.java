package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.Page;
import io.medusajava.mock.domain.json.CatalogResponses;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;

/** Regions (transcripts 06, 65, 68). */
public final class RegionRoutes {
  private RegionRoutes() {}

  public static void register(Routes routes) {
    routes.add(
        "GET",
        "/store/regions",
        call -> {
          RouteSupport.Paging paging = RouteSupport.paging(call, 100);
          Page<Region> page =
              Page.of(call.state().catalog().listRegions(), paging.offset(), paging.limit());
          return Reply.ok(new CatalogResponses(call.state().catalog()).regions(page));
        });
    routes.add(
        "GET",
        "/store/regions/{id}",
        call ->
            Reply.ok(
                new CatalogResponses(call.state().catalog())
                    .region(call.state().catalog().region(call.pathParam("id")))));
  }
}

package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.json.CatalogResponses;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;

/** Regions (transcripts 06, 65, 68). */
public final class RegionRoutes {
    private RegionRoutes() {
    }

    public static void register(Routes routes) {
        routes.add("GET", "/store/regions", call -> {
            RouteSupport.Paging paging = RouteSupport.paging(call, 100);
            return Reply.ok(new CatalogResponses(call.state())
                    .regions(call.state().listRegions(), paging.offset(), paging.limit()));
        });
        routes.add("GET", "/store/regions/{id}", call ->
                Reply.ok(new CatalogResponses(call.state()).region(call.state().region(call.pathParam("id")))));
    }
}

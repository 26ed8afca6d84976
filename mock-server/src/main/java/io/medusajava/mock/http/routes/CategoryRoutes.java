package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.Page;
import io.medusajava.mock.domain.json.CatalogResponses;
import io.medusajava.mock.domain.json.CatalogViews;
import io.medusajava.mock.domain.model.Category;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.List;

/** Product categories. Inactive and internal ones are hidden from the store, as in Medusa. */
public final class CategoryRoutes {
    private CategoryRoutes() {
    }

    public static void register(Routes routes) {
        routes.add("GET", "/store/product-categories", call -> {
            RouteSupport.Paging p = RouteSupport.paging(call, 100);
            String parent = call.query().get("parent_category_id");
            List<Category> all = call.state().catalog().listCategories().stream()
                    .filter(c -> c.isActive && !c.isInternal
                            && RouteSupport.matchesAny(call, "handle", c.handle)
                            && RouteSupport.matchesText(call, c.name)
                            // qs cannot send a null, so storefronts send the string "null" for top-level ones.
                            && (parent == null || ("null".equals(parent) ? c.parentCategoryId == null
                                    : parent.equals(c.parentCategoryId)))).toList();
            return Reply.ok(new CatalogResponses(call.state().catalog()).categories(Page.of(all, p.offset(), p.limit())));
        });
        routes.add("GET", "/store/product-categories/{id}", call -> {
            Category c = call.state().catalog().category(call.pathParam("id"));
            if (!c.isActive || c.isInternal) {
                throw MedusaError.notFound("ProductCategory with id: " + c.id + " was not found");
            }
            return Reply.ok(RouteSupport.wrap("product_category", CatalogViews.category(c, call.state().catalog().listCategories())));
        });
    }
}

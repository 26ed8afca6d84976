package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.Page;
import io.medusajava.mock.domain.json.CatalogResponses;
import io.medusajava.mock.domain.json.CatalogViews;
import io.medusajava.mock.domain.json.Selection;
import io.medusajava.mock.domain.model.Category;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Product categories. Inactive and internal ones are hidden from the store, as in Medusa, and the
 * list comes by rank then handle whatever {@code order} says: Medusa's category query sorts that
 * way and ignores it.
 */
public final class CategoryRoutes {
  /** Relations a category has; expanding anything else fails in Medusa's query builder (a 500). */
  private static final Set<String> RELATIONS =
      Set.of("parent_category", "category_children", "products");

  private CategoryRoutes() {}

  public static void register(Routes routes) {
    routes.add(
        "GET",
        "/store/product-categories",
        call -> {
          RouteSupport.Paging p = RouteSupport.paging(call, 100);
          Selection selection = selection(call, CatalogViews.CATEGORY_LIST_QUERY);
          String parent = call.query().get("parent_category_id");
          List<Category> all =
              call.state().catalog().listCategories().stream()
                  .filter(
                      c ->
                          CatalogViews.visible(c)
                              && RouteSupport.matchesAny(call, "handle", c.handle)
                              && RouteSupport.matchesText(call, c.name)
                              // qs cannot send a null, so storefronts send the string "null" for
                              // top-level ones.
                              && (parent == null
                                  || ("null".equals(parent)
                                      ? c.parentCategoryId == null
                                      : parent.equals(c.parentCategoryId))))
                  .sorted(
                      Comparator.<Category>comparingInt(c -> c.rank).thenComparing(c -> c.handle))
                  .toList();
          boolean tree = "true".equals(call.query().get("include_descendants_tree"));
          return Reply.ok(
              new CatalogResponses(call.state().catalog())
                  .categories(Page.of(all, p.offset(), p.limit()), selection, tree));
        });
    routes.add(
        "GET",
        "/store/product-categories/{id}",
        call -> {
          Selection selection = selection(call, CatalogViews.CATEGORY_RETRIEVE_QUERY);
          Category c = call.state().catalog().category(call.pathParam("id"));
          return Reply.ok(
              RouteSupport.wrap(
                  "product_category",
                  CatalogViews.retrievedCategory(
                      c, call.state().catalog().listCategories(), selection)));
        });
  }

  private static Selection selection(Call call, Selection.Config config) {
    Selection selection =
        Selection.of(config, call.query().get("fields"), call.query().get("expand"), null);
    String expand = call.query().get("expand");
    if (expand != null
        && java.util.Arrays.stream(expand.split(","))
            .anyMatch(r -> !r.isEmpty() && !RELATIONS.contains(r))) {
      throw MedusaError.unknown();
    }
    return selection;
  }
}

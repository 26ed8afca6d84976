package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.Page;
import io.medusajava.mock.domain.StoreState;
import io.medusajava.mock.domain.catalog.ProductQuery;
import io.medusajava.mock.domain.json.CatalogResponses;
import io.medusajava.mock.domain.json.CatalogViews;
import io.medusajava.mock.domain.json.Selection;
import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.RenderedPages;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Product listing with its filters, paging and pricing, and one product by id (transcripts 07-10,
 * 62-66, 71-72).
 */
public final class ProductRoutes {
  /** Medusa's store default page size for products. */
  private static final int DEFAULT_LIMIT = 100;

  private ProductRoutes() {}

  public static void register(Routes routes) {
    routes.add("GET", "/store/products", ProductRoutes::list);
    routes.add("GET", "/store/products/{id}", ProductRoutes::get);
  }

  /** Filters whose values reach the products query in the database. */
  private static final List<String> SQL_FILTERS =
      List.of(
          "id",
          "q",
          "handle",
          "region_id",
          "cart_id",
          "collection_id",
          "tags",
          "type_id",
          "category_id",
          "sales_channel_id");

  private static Reply list(Call call) {
    RouteSupport.Paging paging = RouteSupport.paging(call, DEFAULT_LIMIT);
    failLikeTheDatabase(call);
    ProductQuery q = new ProductQuery();
    q.offset = paging.offset();
    q.limit = paging.limit();
    q.ids = listOf(call, "id");
    q.collectionIds = listOf(call, "collection_id");
    q.tagIds = listOf(call, "tags");
    q.typeIds = listOf(call, "type_id");
    q.categoryIds = listOf(call, "category_id");
    q.q = call.query().get("q");
    q.handle = call.query().get("handle");
    String giftcard = call.query().get("is_giftcard");
    q.isGiftcard = giftcard == null ? null : Boolean.valueOf(giftcard);
    // Given only as a[99999999999], these reach Medusa's query as an empty IN (), which matches no
    // product.
    if (emptyArray(call, "collection_id")) {
      q.collectionIds = List.of("");
    }
    if (emptyArray(call, "type_id")) {
      q.typeIds = List.of("");
    }
    Map<String, String> created = call.query().nested("created_at");
    q.createdAfter = created.get("gt");
    q.createdBefore = created.get("lt");
    List<String> channels = listOf(call, "sales_channel_id");
    q.salesChannelIds = channels.isEmpty() ? new ArrayList<>(call.salesChannelIds()) : channels;
    StoreState s = call.state();
    String fields = call.query().get("fields");
    String expand = call.query().get("expand");
    String order = call.query().get("order");
    Selection selection = Selection.of(CatalogViews.PRODUCT_QUERY, fields, expand, order);
    Region pricing = pricingRegion(call);
    String regionId = pricing == null ? null : pricing.id;
    String currency = currency(call);
    boolean keyScoped = !call.salesChannelIds().isEmpty();
    // Everything the page depends on besides the catalog itself.
    List<?> key =
        Arrays.asList(
            "products",
            q.offset,
            q.limit,
            q.ids,
            q.collectionIds,
            q.tagIds,
            q.typeIds,
            q.categoryIds,
            q.salesChannelIds,
            q.q,
            q.handle,
            q.isGiftcard,
            q.createdAfter,
            q.createdBefore,
            regionId,
            currency,
            fields,
            expand,
            order,
            keyScoped);
    Supplier<RenderedPages.Rendered> render =
        () ->
            s.atomically(
                () -> {
                  Region region = regionId == null ? null : s.catalog().region(regionId);
                  List<Product> sorted =
                      selection.sort(s.catalog().findProducts(q), CatalogViews::productBasics);
                  byte[] page =
                      Reply.ok(
                              new CatalogResponses(s.catalog())
                                  .products(
                                      Page.of(sorted, q.offset, q.limit),
                                      region,
                                      currency,
                                      selection,
                                      keyScoped))
                          .body();
                  return new RenderedPages.Rendered(s.catalog().version(), page);
                });
    RenderedPages pages = call.pages();
    return Reply.rendered(
        200, pages == null ? render.get().bytes() : pages.page(key, s.catalog()::version, render));
  }

  /** A product outside the publishable key's sales channels does not exist for that storefront. */
  private static Reply get(Call call) {
    StoreState s = call.state();
    Selection selection =
        Selection.of(
            CatalogViews.PRODUCT_RETRIEVE_QUERY,
            call.query().get("fields"),
            call.query().get("expand"),
            null);
    return s.atomically(
        () -> {
          Product p = s.catalog().product(call.pathParam("id"));
          List<String> channels = call.salesChannelIds();
          if (!"published".equals(p.status)
              || !channels.isEmpty() && p.salesChannelIds.stream().noneMatch(channels::contains)) {
            throw MedusaError.notFound("Product with id: " + p.id + " was not found");
          }
          return Reply.ok(
              new CatalogResponses(s.catalog())
                  .product(p, pricingRegion(call), currency(call), selection));
        });
  }

  /**
   * Inputs the real server passes on to Postgres or to code that then fails, answering its 500: a
   * NUL character in a filter (Postgres refuses it in text), and an {@code id}, {@code tags} or
   * {@code is_giftcard} given only with an index no JavaScript array can hold ({@code
   * id[99999999999]=x}), which Medusa turns into an empty array or an object its query cannot use.
   */
  private static void failLikeTheDatabase(Call call) {
    for (String name : SQL_FILTERS) {
      String single = call.query().get(name);
      if (single != null && single.indexOf('\0') >= 0
          || call.query().list(name).stream().anyMatch(v -> v.indexOf('\0') >= 0)) {
        throw MedusaError.unknown();
      }
    }
    if (emptyArray(call, "id") || emptyArray(call, "tags") || emptyArray(call, "is_giftcard")) {
      throw MedusaError.unknown();
    }
  }

  /**
   * A parameter that was sent but holds no value at all: only indexes past any array ({@code
   * a[99999999999]}).
   */
  private static boolean emptyArray(Call call, String name) {
    return call.query().has(name)
        && call.query().list(name).isEmpty()
        && call.query().nested(name).isEmpty();
  }

  /**
   * Prices follow {@code region_id}, or the region of {@code cart_id}; without either they are not
   * computed. An unknown cart is a 404 here. The real list route answers 500 for it, but only after
   * validating filters the mock does not (dates), so a 500 here could answer with a 5xx what real
   * refuses with a 400.
   */
  private static Region pricingRegion(Call call) {
    String regionId = call.query().get("region_id");
    String cartId = call.query().get("cart_id");
    if (regionId == null && cartId != null) {
      regionId = call.state().carts().cart(cartId).regionId;
    }
    return regionId == null ? null : call.state().catalog().region(regionId);
  }

  private static String currency(Call call) {
    return call.query().get("currency_code");
  }

  /** A filter given as {@code a=x}, {@code a[]=x} or {@code a[0]=x}; a comma list counts too. */
  private static List<String> listOf(Call call, String name) {
    List<String> out = new ArrayList<>();
    for (String v : call.query().list(name)) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }
}

package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.catalog.VariantQuery;
import io.medusajava.mock.domain.json.Selection;
import io.medusajava.mock.domain.json.VariantViews;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.Variant;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.QueryParams;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * GET /store/variants and GET /store/variants/{id}. Prices follow region_id, else the region of
 * cart_id, else currency_code, like the product endpoints.
 */
public final class VariantRoutes {
  private VariantRoutes() {}

  public static void register(Routes routes) {
    routes.add("GET", "/store/variants", VariantRoutes::list);
    routes.add("GET", "/store/variants/{id}", VariantRoutes::get);
  }

  static Reply list(Call call) {
    QueryParams q = call.query();
    Selection selection =
        Selection.of(VariantViews.VARIANT_QUERY, q.get("fields"), q.get("expand"), null);
    VariantQuery query = new VariantQuery();
    if (q.get("ids") != null) {
      // ids is a comma-separated string, unlike the id[] array form.
      Arrays.stream(q.get("ids").split(","))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .forEach(query.ids::add);
    }
    query.ids.addAll(q.list("id"));
    query.titles.addAll(q.list("title"));
    query.salesChannelId = q.get("sales_channel_id");
    query.offset = RouteSupport.queryInt(call, "offset", 0);
    query.limit = RouteSupport.queryInt(call, "limit", 100);
    inventory(q, query);
    return Reply.ok(
        call.state()
            .atomically(
                () -> {
                  List<Variant> variants = call.state().variants().list(query).items();
                  Region region = region(call);
                  return new VariantViews(call.state().catalog())
                      .variantsResponse(variants, region, currency(call, region), selection);
                }));
  }

  static Reply get(Call call) {
    Selection selection =
        Selection.of(
            VariantViews.VARIANT_RETRIEVE_QUERY,
            call.query().get("fields"),
            call.query().get("expand"),
            null);
    return Reply.ok(
        call.state()
            .atomically(
                () -> {
                  Variant v =
                      call.state()
                          .variants()
                          .get(call.pathParam("id"), call.query().get("sales_channel_id"));
                  Region region = region(call);
                  return new VariantViews(call.state().catalog())
                      .variantResponse(v, region, currency(call, region), selection);
                }));
  }

  /** inventory_quantity=5 or inventory_quantity[lt]=5 and friends. */
  private static void inventory(QueryParams q, VariantQuery query) {
    Map<String, String> ops = q.nested("inventory_quantity");
    String plain = ops.isEmpty() ? q.get("inventory_quantity") : null;
    if (plain != null) {
      ops = Map.of("eq", plain);
    }
    ops.forEach((op, value) -> query.inventory.put(op, Integer.parseInt(value.trim())));
  }

  private static Region region(Call call) {
    String regionId = call.query().get("region_id");
    if (regionId != null) {
      return call.state().catalog().region(regionId);
    }
    String cartId = call.query().get("cart_id");
    if (cartId != null) {
      return call.state().catalog().region(call.state().carts().cart(cartId).regionId);
    }
    return null;
  }

  private static String currency(Call call, Region region) {
    if (region != null) {
      return region.currencyCode;
    }
    String c = call.query().get("currency_code");
    if (c != null && c.isBlank()) {
      throw MedusaError.invalidData("currency_code must be a string");
    }
    return c == null ? null : c.toLowerCase();
  }
}

package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.catalog.ProductQuery;
import io.medusajava.mock.domain.StoreState;
import io.medusajava.mock.domain.json.CatalogResponses;
import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Product listing with its filters, paging and pricing, and one product by id (transcripts 07-10, 62-66, 71-72). */
public final class ProductRoutes {
    /** Medusa's store default page size for products. */
    private static final int DEFAULT_LIMIT = 100;

    private ProductRoutes() {
    }

    public static void register(Routes routes) {
        routes.add("GET", "/store/products", ProductRoutes::list);
        routes.add("GET", "/store/products/{id}", ProductRoutes::get);
    }

    private static Reply list(Call call) {
        RouteSupport.Paging paging = RouteSupport.paging(call, DEFAULT_LIMIT);
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
        Map<String, String> created = call.query().nested("created_at");
        q.createdAfter = created.get("gt");
        q.createdBefore = created.get("lt");
        List<String> channels = listOf(call, "sales_channel_id");
        q.salesChannelIds = channels.isEmpty() ? new ArrayList<>(call.salesChannelIds()) : channels;
        StoreState s = call.state();
        return s.atomically(() -> {
            Region region = pricingRegion(call);
            return Reply.ok(new CatalogResponses(s.catalog()).products(s.catalog().listProducts(q), region, currency(call)));
        });
    }

    /** A product outside the publishable key's sales channels does not exist for that storefront. */
    private static Reply get(Call call) {
        StoreState s = call.state();
        return s.atomically(() -> {
            Product p = s.catalog().product(call.pathParam("id"));
            List<String> channels = call.salesChannelIds();
            if (!"published".equals(p.status)
                    || !channels.isEmpty() && p.salesChannelIds.stream().noneMatch(channels::contains)) {
                throw MedusaError.notFound("Product with id: " + p.id + " was not found");
            }
            return Reply.ok(new CatalogResponses(s.catalog()).product(p, pricingRegion(call), currency(call)));
        });
    }

    /** Prices follow {@code region_id}, or the region of {@code cart_id}; without either they are not computed. */
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

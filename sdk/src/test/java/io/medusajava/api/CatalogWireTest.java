package io.medusajava.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.Page;
import io.medusajava.json.MedusaJson;
import io.medusajava.model.CategoryListParams;
import io.medusajava.model.CategoryRetrieveParams;
import io.medusajava.model.CollectionListParams;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.PricedVariant;
import io.medusajava.model.ProductCategory;
import io.medusajava.model.ProductCollection;
import io.medusajava.model.ProductListParams;
import io.medusajava.model.ProductRetrieveParams;
import io.medusajava.model.ProductSearchParams;
import io.medusajava.model.ProductSearchResult;
import io.medusajava.model.ProductTag;
import io.medusajava.model.ProductTagListParams;
import io.medusajava.model.ProductType;
import io.medusajava.model.ProductTypeListParams;
import io.medusajava.model.Region;
import io.medusajava.model.VariantListParams;
import io.medusajava.model.VariantRetrieveParams;
import io.medusajava.query.DateRange;
import io.medusajava.testing.Transcripts;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Products, variants, categories, collections, tags, types and regions on the wire. */
class CatalogWireTest extends WireTest {
  private static final String REGION = "reg_01M8K2MGS712QAJH0WQXSFJWD7";
  private static final String PRODUCT = "prod_01M8K2MHCME8ZAYVYVAWY6B54W";
  private static final OffsetDateTime NEW_YEAR =
      OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void productListSendsArrayAndRangeFilters() throws Exception {
    captured("07-");
    Page<PricedProduct> res =
        store
            .products()
            .list(
                ProductListParams.builder()
                    .ids("prod_a", "prod_b")
                    .tags("ptag_1")
                    .createdAt(DateRange.after(NEW_YEAR))
                    .offset(0)
                    .limit(2)
                    .expand("variants")
                    .regionId(REGION)
                    .currencyCode("usd")
                    .build())
            .execute();

    RecordedRequest request = taken();
    assertEquals("GET", request.getMethod());
    assertEquals("/store/products", request.getRequestUrl().encodedPath());
    assertEquals(
        "id[]=prod_a&id[]=prod_b&tags[]=ptag_1&created_at[gt]=2024-01-01T00:00:00Z&offset=0&limit=2"
            + "&expand=variants&region_id="
            + REGION
            + "&currency_code=usd",
        decodedQuery(request));
    assertEquals(4, res.count());
    assertEquals(2, res.limit());
    assertEquals(2, res.items().size());
    PricedProduct first = res.items().get(0);
    assertEquals(PRODUCT, first.getId());
    assertEquals("Medusa T-Shirt", first.getTitle());
    assertEquals(8, first.getVariants().size());
  }

  @Test
  void productListWithNoFiltersSendsNoQuery() throws Exception {
    captured("07-");
    store.products().list().execute();

    assertLine("GET /store/products", taken());
  }

  @Test
  void timestampWithOffsetTravelsInUtc() throws Exception {
    captured("07-");
    OffsetDateTime summer = OffsetDateTime.of(2024, 6, 30, 23, 59, 0, 0, ZoneOffset.ofHours(2));
    store
        .products()
        .list(ProductListParams.builder().createdAt(DateRange.before(summer)).build())
        .execute();

    RecordedRequest request = taken();
    assertEquals("created_at[lt]=2024-06-30T21:59:00Z", decodedQuery(request));
    // Medusa decodes a bare '+' in a query as a space; a range is normalised to UTC, so none is
    // sent.
    assertFalse(request.getRequestUrl().encodedQuery().contains("+"), request.getPath());
  }

  @Test
  void productRetrieveSendsRegionAndDecodesPrices() throws Exception {
    captured("10-");
    PricedProduct product =
        store
            .products()
            .retrieve(PRODUCT, ProductRetrieveParams.builder().regionId(REGION).build())
            .execute();

    assertLine("GET /store/products/" + PRODUCT + "?region_id=" + REGION, taken());
    assertEquals("t-shirt", product.getHandle());
    PricedVariant variant = product.getVariants().get(0);
    assertEquals("variant_01M8K2MHEPTD36SW2P2RKMKP14", variant.getId());
    assertEquals(2200.0, variant.getCalculatedPrice());
    assertEquals(2200.0, variant.getOriginalPrice());
  }

  @Test
  void productSearchPostsQuery() throws Exception {
    json(
        "{\"hits\":[{\"id\":\""
            + PRODUCT
            + "\",\"title\":\"Medusa T-Shirt\",\"handle\":\"t-shirt\"}]}");
    ProductSearchResult res =
        store.products().search(ProductSearchParams.builder().q("shirt").build()).execute();

    RecordedRequest request = taken();
    assertLine("POST /store/products/search", request);
    assertJsonBody("{\"q\":\"shirt\"}", request);
    assertEquals(PRODUCT, ((Map<?, ?>) res.getHits().get(0)).get("id"));
  }

  @Test
  void variantListSendsIdsRegionAndInventoryRange() throws Exception {
    json(
        "{\"variants\":[{\"id\":\"variant_01M8K2MHEPTD36SW2P2RKMKP14\",\"title\":\"S / Black\","
            + "\"product_id\":\""
            + PRODUCT
            + "\",\"prices\":[],\"sku\":\"SHIRT-S-BLACK\",\"inventory_quantity\":98,"
            + "\"allow_backorder\":false,\"manage_inventory\":true,\"original_price\":2200,\"calculated_price\":1980,"
            + "\"created_at\":\"2026-11-29T07:17:13.391Z\",\"updated_at\":\"2026-11-29T07:17:48.906Z\"}]}");
    Page<PricedVariant> res =
        store
            .variants()
            .list(
                VariantListParams.builder()
                    .idsJoined("variant_1", "variant_2")
                    .regionId(REGION)
                    .inventoryQuantityGt(0)
                    .build())
            .execute();

    RecordedRequest request = taken();
    assertEquals("/store/variants", request.getRequestUrl().encodedPath());
    assertEquals(
        "ids=variant_1,variant_2&region_id=" + REGION + "&inventory_quantity[gt]=0",
        decodedQuery(request));
    PricedVariant variant = res.items().get(0);
    assertEquals("SHIRT-S-BLACK", variant.getSku());
    assertEquals(98, variant.getInventoryQuantity());
    assertEquals(1980.0, variant.getCalculatedPrice());
  }

  @Test
  void variantRetrieveSendsCurrency() throws Exception {
    json(
        "{\"variant\":{\"id\":\"variant_01M8K2MHEPTD36SW2P2RKMKP14\",\"title\":\"S / Black\","
            + "\"product_id\":\""
            + PRODUCT
            + "\",\"prices\":[],\"inventory_quantity\":98,\"calculated_price\":2200}}");
    PricedVariant variant =
        store
            .variants()
            .retrieve(
                "variant_01M8K2MHEPTD36SW2P2RKMKP14",
                VariantRetrieveParams.builder().currencyCode("usd").build())
            .execute();

    assertLine("GET /store/variants/variant_01M8K2MHEPTD36SW2P2RKMKP14?currency_code=usd", taken());
    assertEquals(PRODUCT, variant.getProductId());
    assertEquals(2200.0, variant.getCalculatedPrice());
  }

  @Test
  void categoryListSendsHandleAndTreeFlag() throws Exception {
    json(
        "{\"product_categories\":[{\"id\":\"pcat_01HSHIRTS\",\"name\":\"Shirts\",\"description\":\"\","
            + "\"handle\":\"shirts\",\"mpath\":\"pcat_01HSHIRTS.\",\"is_internal\":false,\"is_active\":true,\"rank\":0,"
            + "\"category_children\":[],\"parent_category_id\":null,\"created_at\":\"2026-11-29T07:17:13.000Z\","
            + "\"updated_at\":\"2026-11-29T07:17:13.000Z\",\"metadata\":null}],\"count\":1,\"offset\":0,\"limit\":10}");
    Page<ProductCategory> res =
        store
            .categories()
            .list(
                CategoryListParams.builder()
                    .handle("shirts")
                    .includeDescendantsTree(true)
                    .limit(10)
                    .build())
            .execute();

    assertLine(
        "GET /store/product-categories?handle=shirts&include_descendants_tree=true&limit=10",
        taken());
    ProductCategory category = res.items().get(0);
    assertEquals("pcat_01HSHIRTS", category.getId());
    assertTrue(category.getIsActive());
    assertEquals(1, res.count());
  }

  @Test
  void categoryRetrieveSendsExpand() throws Exception {
    json(
        "{\"product_category\":{\"id\":\"pcat_01HSHIRTS\",\"name\":\"Shirts\",\"handle\":\"shirts\","
            + "\"mpath\":\"pcat_01HSHIRTS.\",\"is_internal\":false,\"is_active\":true,\"rank\":0,"
            + "\"category_children\":[],\"parent_category_id\":null}}");
    ProductCategory category =
        store
            .categories()
            .retrieve(
                "pcat_01HSHIRTS",
                CategoryRetrieveParams.builder().expand("category_children").build())
            .execute();

    assertLine("GET /store/product-categories/pcat_01HSHIRTS?expand=category_children", taken());
    assertEquals("Shirts", category.getName());
  }

  @Test
  void collectionListSendsHandleArrayAndUpdatedRange() throws Exception {
    json(
        "{\"collections\":[{\"id\":\"pcol_01HSUMMER\",\"title\":\"Summer\",\"handle\":\"summer\","
            + "\"created_at\":\"2026-11-29T07:17:13.000Z\",\"updated_at\":\"2026-11-29T07:17:13.000Z\","
            + "\"deleted_at\":null,\"metadata\":null}],\"count\":1,\"offset\":0,\"limit\":10}");
    Page<ProductCollection> res =
        store
            .collections()
            .list(
                CollectionListParams.builder()
                    .limit(10)
                    .handles("summer", "winter")
                    .updatedAt(DateRange.atOrAfter(NEW_YEAR))
                    .build())
            .execute();

    assertEquals(
        "limit=10&handle[]=summer&handle[]=winter&updated_at[gte]=2024-01-01T00:00:00Z",
        decodedQuery(taken()));
    ProductCollection collection = res.items().get(0);
    assertEquals("pcol_01HSUMMER", collection.getId());
    assertEquals("summer", collection.getHandle());
    assertEquals(2026, collection.getCreatedAt().getYear());
  }

  @Test
  void collectionRetrieveUsesIdInPath() throws Exception {
    json("{\"collection\":{\"id\":\"pcol_01HSUMMER\",\"title\":\"Summer\",\"handle\":\"summer\"}}");
    ProductCollection collection = store.collections().retrieve("pcol_01HSUMMER").execute();

    assertLine("GET /store/collections/pcol_01HSUMMER", taken());
    assertEquals("Summer", collection.getTitle());
  }

  @Test
  void tagListSendsValuesAndOrder() throws Exception {
    json(
        "{\"product_tags\":[{\"id\":\"ptag_01HCOTTON\",\"value\":\"cotton\","
            + "\"created_at\":\"2026-11-29T07:17:13.000Z\","
            + "\"updated_at\":\"2026-11-29T07:17:13.000Z\",\"deleted_at\":null,\"metadata\":null}],"
            + "\"count\":1,\"offset\":0,\"limit\":20}");
    Page<ProductTag> res =
        store
            .productTags()
            .list(
                ProductTagListParams.builder()
                    .limit(20)
                    .order("value")
                    .values("cotton", "linen")
                    .build())
            .execute();

    RecordedRequest request = taken();
    assertEquals("/store/product-tags", request.getRequestUrl().encodedPath());
    assertEquals("limit=20&order=value&value[]=cotton&value[]=linen", decodedQuery(request));
    assertEquals("cotton", res.items().get(0).getValue());
    assertEquals(20, res.limit());
  }

  @Test
  void typeListSendsIdsAndSearch() throws Exception {
    json(
        "{\"product_types\":[{\"id\":\"ptyp_01HAPPAREL\",\"value\":\"Apparel\","
            + "\"created_at\":\"2026-11-29T07:17:13.000Z\",\"updated_at\":\"2026-11-29T07:17:13.000Z\"}],"
            + "\"count\":1,\"offset\":0,\"limit\":20}");
    Page<ProductType> res =
        store
            .productTypes()
            .list(ProductTypeListParams.builder().ids("ptyp_01HAPPAREL").q("app").build())
            .execute();

    RecordedRequest request = taken();
    assertEquals("/store/product-types", request.getRequestUrl().encodedPath());
    assertEquals("id[]=ptyp_01HAPPAREL&q=app", decodedQuery(request));
    assertEquals("Apparel", res.items().get(0).getValue());
  }

  @Test
  void regionListDecodesCountriesAndPaging() throws Exception {
    captured("06-");
    Page<Region> res = store.regions().list().execute();

    assertLine("GET /store/regions", taken());
    assertEquals(2, res.count());
    assertEquals(100, res.limit());
    Region northAmerica = res.items().get(0);
    assertEquals(REGION, northAmerica.getId());
    assertEquals("usd", northAmerica.getCurrencyCode());
    assertEquals("us", northAmerica.getCountries().get(1).getIso2());
  }

  @Test
  void regionRetrieveUsesIdInPath() throws Exception {
    Object regions =
        ((Map<?, ?>)
                MedusaJson.moshi().adapter(Object.class).fromJson(Transcripts.get("06-").body()))
            .get("regions");
    json(
        MedusaJson.moshi()
            .adapter(Object.class)
            .toJson(Map.of("region", ((List<?>) regions).get(1))));
    Region region = store.regions().retrieve("reg_01M8K2MGX74Z4QJ9R55EWZCXZG").execute();

    assertLine("GET /store/regions/reg_01M8K2MGX74Z4QJ9R55EWZCXZG", taken());
    assertEquals("Europe", region.getName());
    assertEquals("eur", region.getCurrencyCode());
    assertEquals(4, region.getCountries().size());
  }
}

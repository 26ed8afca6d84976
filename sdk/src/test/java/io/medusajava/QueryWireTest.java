package io.medusajava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.medusajava.model.CategoryListParams;
import io.medusajava.model.CollectionListParams;
import io.medusajava.model.CustomerOrderListParams;
import io.medusajava.model.OrderLookupParams;
import io.medusajava.model.OrderStatus;
import io.medusajava.model.PaymentStatus;
import io.medusajava.model.ProductListParams;
import io.medusajava.model.ProductTagListParams;
import io.medusajava.model.ProductTypeListParams;
import io.medusajava.model.RegionListParams;
import io.medusajava.model.ShippingOptionListParams;
import io.medusajava.model.VariantListParams;
import io.medusajava.query.DateRange;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pins the raw request line each query-bearing resource method puts on the wire when called through
 * {@link MedusaStore}: bracketed names stay literal, values stay percent-encoded, parameters come
 * in the order of the generated method.
 */
class QueryWireTest {
  private static final Instant JAN_1 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant FEB_1 = Instant.parse("2024-02-01T00:00:00Z");

  private MockWebServer server;
  private MedusaStore store;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(new EmptyListDispatcher());
    server.start();
    store = MedusaStore.builder().baseUrl(server.url("/").toString()).maxRetries(0).build();
  }

  @AfterEach
  void stop() throws Exception {
    store.close();
    server.shutdown();
  }

  /** The request line exactly as the server received it, path and raw query. */
  private String rawPath() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertNotNull(request, "no request reached the server");
    assertEquals(1, server.getRequestCount(), "exactly one request");
    return request.getPath();
  }

  @Test
  void productsListSendsBracketNamesLiterally() throws Exception {
    store
        .products()
        .list(
            ProductListParams.builder()
                .ids("a", "b")
                .collectionIds("c")
                .tags("t1")
                .createdAt(DateRange.after(JAN_1))
                .limit(20)
                .build())
        .execute();

    assertEquals(
        "/store/products?id[]=a&id[]=b&collection_id[]=c&tags[]=t1"
            + "&created_at[gt]=2024-01-01T00:00:00Z&limit=20",
        rawPath());
  }

  @Test
  void productsListPercentEncodesReservedCharactersInValues() throws Exception {
    store.products().list(ProductListParams.builder().q("a&b=c d+e").ids("x").build()).execute();

    assertEquals("/store/products?q=a%26b%3Dc%20d%2Be&id[]=x", rawPath());
  }

  @Test
  void productsListLeavesBracketsInsideValuesEncoded() throws Exception {
    store.products().list(ProductListParams.builder().q("[sale]").tags("t[1]").build()).execute();

    assertEquals("/store/products?q=%5Bsale%5D&tags[]=t%5B1%5D", rawPath());
  }

  @Test
  void productsListSendsOffsetTimestampInUtc() throws Exception {
    OffsetDateTime twoAmInBerlinSummer = OffsetDateTime.parse("2024-06-01T02:30:00+02:00");
    store
        .products()
        .list(
            ProductListParams.builder()
                .updatedAt(DateRange.atOrBefore(twoAmInBerlinSummer))
                .build())
        .execute();

    assertEquals("/store/products?updated_at[lte]=2024-06-01T00:30:00Z", rawPath());
  }

  @Test
  void productsListJoinsExpandAndFieldsWithCommas() throws Exception {
    store
        .products()
        .list(
            ProductListParams.builder()
                .expand("variants", "variants.prices")
                .fields("id", "title")
                .regionId("reg_1")
                .build())
        .execute();

    assertEquals(
        "/store/products?expand=variants,variants.prices&fields=id,title&region_id=reg_1",
        rawPath());
  }

  @Test
  void productsListWithoutBracketsIsSentUntouched() throws Exception {
    store
        .products()
        .list(ProductListParams.builder().offset(40).limit(20).order("-created_at").build())
        .execute();

    assertEquals("/store/products?offset=40&limit=20&order=-created_at", rawPath());
  }

  @Test
  void variantsList() throws Exception {
    store
        .variants()
        .list(
            VariantListParams.builder()
                .idsJoined("v1", "v2")
                .ids("v3")
                .titles("S / Black")
                .inventoryQuantityGt(5)
                .limit(10)
                .build())
        .execute();

    assertEquals(
        "/store/variants?ids=v1,v2&id[]=v3&limit=10&title[]=S%20%2F%20Black"
            + "&inventory_quantity[gt]=5",
        rawPath());
  }

  @Test
  void collectionsList() throws Exception {
    store
        .collections()
        .list(
            CollectionListParams.builder()
                .handles("summer", "winter")
                .createdAt(DateRange.between(JAN_1, FEB_1))
                .offset(5)
                .build())
        .execute();

    assertEquals(
        "/store/collections?offset=5&handle[]=summer&handle[]=winter"
            + "&created_at[lt]=2024-02-01T00:00:00Z&created_at[gte]=2024-01-01T00:00:00Z",
        rawPath());
  }

  @Test
  void categoriesList() throws Exception {
    store
        .categories()
        .list(
            CategoryListParams.builder()
                .q("shoes & socks")
                .parentCategoryId("pcat_1")
                .includeDescendantsTree(true)
                .expand("category_children")
                .fields("id", "handle")
                .build())
        .execute();

    assertEquals(
        "/store/product-categories?q=shoes%20%26%20socks&parent_category_id=pcat_1"
            + "&include_descendants_tree=true&expand=category_children&fields=id,handle",
        rawPath());
  }

  @Test
  void productTagsList() throws Exception {
    store
        .productTags()
        .list(
            ProductTagListParams.builder()
                .limit(5)
                .values("red", "blue")
                .ids("ptag_1")
                .updatedAt(DateRange.atOrAfter(JAN_1))
                .build())
        .execute();

    assertEquals(
        "/store/product-tags?limit=5&value[]=red&value[]=blue&id[]=ptag_1"
            + "&updated_at[gte]=2024-01-01T00:00:00Z",
        rawPath());
  }

  @Test
  void productTypesList() throws Exception {
    store
        .productTypes()
        .list(ProductTypeListParams.builder().order("value").values("shirt").q("sh").build())
        .execute();

    assertEquals("/store/product-types?order=value&value[]=shirt&q=sh", rawPath());
  }

  @Test
  void regionsList() throws Exception {
    store
        .regions()
        .list(RegionListParams.builder().limit(2).createdAt(DateRange.before(FEB_1)).build())
        .execute();

    assertEquals("/store/regions?limit=2&created_at[lt]=2024-02-01T00:00:00Z", rawPath());
  }

  @Test
  void customersListOrders() throws Exception {
    store
        .customers()
        .listOrders(
            CustomerOrderListParams.builder()
                .statuses(OrderStatus.PENDING, OrderStatus.COMPLETED)
                .paymentStatuses(PaymentStatus.CAPTURED)
                .canceledAt(DateRange.after(JAN_1))
                .limit(10)
                .expand("items")
                .build())
        .execute();

    assertEquals(
        "/store/customers/me/orders?status[]=pending&status[]=completed&payment_status[]=captured"
            + "&canceled_at[gt]=2024-01-01T00:00:00Z&limit=10&expand=items",
        rawPath());
  }

  @Test
  void ordersLookup() throws Exception {
    store
        .orders()
        .lookup(
            OrderLookupParams.builder()
                .displayId(1001)
                .email("jane+shop@example.com")
                .shippingPostalCode("10 115")
                .build())
        .execute();

    assertEquals(
        "/store/orders?display_id=1001&email=jane%2Bshop%40example.com"
            + "&shipping_address[postal_code]=10%20115",
        rawPath());
  }

  @Test
  void shippingOptionsList() throws Exception {
    store
        .shippingOptions()
        .list(
            ShippingOptionListParams.builder()
                .isReturn(false)
                .productIds("prod_1", "prod_2")
                .regionId("reg_1")
                .build())
        .execute();

    assertEquals(
        "/store/shipping-options?is_return=false&product_ids=prod_1,prod_2&region_id=reg_1",
        rawPath());
  }

  /** Answers every list route with an empty, well-formed body of the shape Medusa uses. */
  private static final class EmptyListDispatcher extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = request.getRequestUrl().encodedPath();
      String body;
      switch (path) {
        case "/store/products":
          body = "{\"products\":[],\"count\":0,\"offset\":0,\"limit\":100}";
          break;
        case "/store/variants":
          body = "{\"variants\":[]}";
          break;
        case "/store/collections":
          body = "{\"collections\":[],\"count\":0,\"offset\":0,\"limit\":10}";
          break;
        case "/store/product-categories":
          body = "{\"product_categories\":[],\"count\":0,\"offset\":0,\"limit\":100}";
          break;
        case "/store/product-tags":
          body = "{\"product_tags\":[],\"count\":0,\"offset\":0,\"limit\":10}";
          break;
        case "/store/product-types":
          body = "{\"product_types\":[],\"count\":0,\"offset\":0,\"limit\":10}";
          break;
        case "/store/regions":
          body = "{\"regions\":[],\"count\":0,\"offset\":0,\"limit\":100}";
          break;
        case "/store/customers/me/orders":
          body = "{\"orders\":[],\"count\":0,\"offset\":0,\"limit\":10}";
          break;
        case "/store/orders":
          body = "{\"order\":{\"id\":\"order_1\",\"display_id\":1001}}";
          break;
        case "/store/shipping-options":
          body = "{\"shipping_options\":[]}";
          break;
        default:
          return new MockResponse()
              .setResponseCode(404)
              .setHeader("Content-Type", "application/json")
              .setBody("{\"type\":\"not_found\",\"message\":\"no route " + path + "\"}");
      }
      return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }
  }
}

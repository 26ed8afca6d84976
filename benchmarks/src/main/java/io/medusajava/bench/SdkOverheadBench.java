package io.medusajava.bench;

import com.squareup.moshi.JsonAdapter;
import io.medusajava.MedusaStore;
import io.medusajava.Page;
import io.medusajava.json.MedusaJson;
import io.medusajava.model.Cart;
import io.medusajava.model.LineItemCreateParams;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.ProductListParams;
import io.medusajava.model.StoreCartsRes;
import io.medusajava.model.StoreProductsListRes;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The same two calls through the SDK and through a hand-written OkHttp + Moshi call, against one
 * MockWebServer that answers with fixed bodies: the difference is what the SDK's interceptors,
 * Retrofit and error mapping cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SdkOverheadBench {
  private static final MediaType JSON = MediaType.get("application/json");

  private MockWebServer server;
  private MedusaStore sdk;
  private OkHttpClient raw;
  private JsonAdapter<StoreProductsListRes> productsAdapter;
  private JsonAdapter<StoreCartsRes> cartAdapter;
  private JsonAdapter<LineItemCreateParams> lineItemAdapter;
  private String productsUrl;
  private String lineItemsUrl;
  private String variantId;

  @Setup(Level.Trial)
  public void start() throws IOException {
    Fixtures f = Fixtures.load();
    variantId = f.variantId;
    server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            byte[] body = "POST".equals(request.getMethod()) ? f.cart : f.products20;
            return new MockResponse()
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .setBody(new Buffer().write(body));
          }
        });
    server.start();
    String base = server.url("/").toString();
    sdk = MedusaStore.builder().baseUrl(base).build();
    raw = new OkHttpClient();
    productsAdapter = MedusaJson.moshi().adapter(StoreProductsListRes.class);
    cartAdapter = MedusaJson.moshi().adapter(StoreCartsRes.class);
    lineItemAdapter = MedusaJson.moshi().adapter(LineItemCreateParams.class);
    productsUrl = base + "store/products?limit=20";
    lineItemsUrl = base + "store/carts/cart_BENCH/line-items";
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException {
    sdk.close();
    raw.dispatcher().executorService().shutdown();
    raw.connectionPool().evictAll();
    server.shutdown();
  }

  @Benchmark
  public Page<PricedProduct> listProductsSdk() {
    return sdk.products().list(ProductListParams.builder().limit(20).build()).execute();
  }

  @Benchmark
  public StoreProductsListRes listProductsRaw() throws IOException {
    try (Response r = raw.newCall(new Request.Builder().url(productsUrl).build()).execute()) {
      return productsAdapter.fromJson(r.body().source());
    }
  }

  @Benchmark
  public Cart addLineItemSdk() {
    return sdk.carts()
        .addLineItem(
            "cart_BENCH", LineItemCreateParams.builder().variantId(variantId).quantity(1).build())
        .execute();
  }

  @Benchmark
  public StoreCartsRes addLineItemRaw() throws IOException {
    String body =
        lineItemAdapter.toJson(
            LineItemCreateParams.builder().variantId(variantId).quantity(1).build());
    try (Response r =
        raw.newCall(
                new Request.Builder()
                    .url(lineItemsUrl)
                    .post(RequestBody.create(body, JSON))
                    .build())
            .execute()) {
      return cartAdapter.fromJson(r.body().source());
    }
  }
}

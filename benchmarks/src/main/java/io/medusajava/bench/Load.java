package io.medusajava.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.medusajava.MedusaStore;
import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.MockServerOptions;
import io.medusajava.model.AddressParams;
import io.medusajava.model.PricedShippingOption;
import io.medusajava.model.Region;
import io.medusajava.model.CartCreateParams;
import io.medusajava.model.LineItemCreateParams;
import io.medusajava.model.PaymentSessionSetParams;
import io.medusajava.model.CartUpdateParams;
import io.medusajava.model.ShippingMethodAddParams;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Closed-loop load at 16 connections, only to 127.0.0.1, bounded by time and by count: the products list on the
 * mock, the same body as a static WireMock stub (the reference), and whole checkouts on the mock.
 */
public final class Load {
  static final int CONNECTIONS = 16;
  static final int MAX_PER_THREAD = 50_000;

  public static void main(String[] args) throws Exception {
    long warmMs = args.length > 0 ? Long.parseLong(args[0]) : 2_000;
    long runMs = args.length > 1 ? Long.parseLong(args[1]) : 5_000;
    try (MedusaMockServer mock = new MedusaMockServer(MockServerOptions.defaults().port(0).bindAddress("127.0.0.1")
        .seedFile(BigSeed.write(100))).start()) {
      OkHttpClient http = new OkHttpClient.Builder().connectionPool(new ConnectionPool(CONNECTIONS, 1,
          java.util.concurrent.TimeUnit.MINUTES)).callTimeout(Duration.ofSeconds(30)).build();
      String path = "/store/products?limit=20";
      byte[] body;
      try (Response r = http.newCall(new Request.Builder().url(mock.baseUrl() + path).build()).execute()) {
        body = r.body().bytes();
      }

      WireMockServer wiremock = new WireMockServer(WireMockConfiguration.options().port(0).bindAddress("127.0.0.1")
          .gzipDisabled(true).useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER));
      wiremock.start();
      try {
        wiremock.stubFor(get(urlPathEqualTo("/store/products")).willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body)));
        String wmUrl = "http://127.0.0.1:" + wiremock.port() + path;
        String mockUrl = mock.baseUrl() + path;
        // Alternate the two once each way, so neither only ever runs on a warmer JVM.
        run("products_wiremock", warmMs, 0, () -> fetch(http, wmUrl));
        run("products_mock", warmMs, 0, () -> fetch(http, mockUrl));
        run("products_wiremock", 0, runMs, () -> fetch(http, wmUrl)).print();
        run("products_mock", 0, runMs, () -> fetch(http, mockUrl)).print();
      } finally {
        wiremock.stop();
      }

      ThreadLocal<MedusaStore> stores = ThreadLocal.withInitial(() -> MedusaStore.builder()
          .baseUrl(mock.baseUrl()).readTimeout(Duration.ofSeconds(30)).build());
      Region region;
      List<String> variants;
      try (MedusaStore s = MedusaStore.builder().baseUrl(mock.baseUrl()).build()) {
        region = s.regions().list().execute().items().get(0);
        variants = s.products().list().execute().items().stream().limit(2)
            .map(p -> p.getVariants().get(0).getId()).toList();
      }
      run("checkout_mock", warmMs, 0, () -> checkout(stores.get(), region, variants));
      run("checkout_mock", 0, runMs, () -> checkout(stores.get(), region, variants)).print();
    }
  }

  private static void fetch(OkHttpClient http, String url) throws IOException {
    try (Response r = http.newCall(new Request.Builder().url(url).build()).execute()) {
      r.body().source().readByteArray(); // read it all, as a client would
      if (r.code() != 200) {
        throw new IOException("HTTP " + r.code());
      }
    }
  }

  /** The seven checkout steps plus the shipping-options read: nine requests. */
  static void checkout(MedusaStore store, Region region, List<String> variants) {
    String cart = store.carts().create(CartCreateParams.builder().regionId(region.getId()).build()).execute().getId();
    for (String v : variants) {
      store.carts().addLineItem(cart, LineItemCreateParams.builder().variantId(v).quantity(1).build()).execute();
    }
    store.carts().update(cart, CartUpdateParams.builder().email("load@example.com")
        .shippingAddress(AddressParams.builder().firstName("Jane").lastName("Doe").address1("1 Main St")
            .city("Springfield").postalCode("62701").countryCode(region.getCountries().get(0).getIso2()).build())
        .build())
        .execute();
    String option = store.shippingOptions().listForCart(cart).execute().stream()
        .min(Comparator.comparing(PricedShippingOption::getAmount)).get().getId();
    store.carts().addShippingMethod(cart, ShippingMethodAddParams.builder().optionId(option).build()).execute();
    store.carts().createPaymentSessions(cart).execute();
    store.carts().setPaymentSession(cart, PaymentSessionSetParams.builder().providerId("manual").build()).execute();
    if (store.carts().complete(cart).execute().getOrder() == null) {
      throw new IllegalStateException("no order for " + cart);
    }
  }

  interface Op {
    void run() throws Exception;
  }

  record Result(String name, long count, long errors, long millis, long[] nanos) {
    void print() {
      Arrays.sort(nanos);
      double p50 = nanos.length == 0 ? 0 : nanos[nanos.length / 2] / 1e6;
      double p99 = nanos.length == 0 ? 0 : nanos[(int) Math.min(nanos.length - 1, nanos.length * 0.99)] / 1e6;
      System.out.printf("RESULT load %s ops=%d errors=%d ms=%d per_s=%.1f p50_ms=%.2f p99_ms=%.2f%n",
          name, count, errors, millis, count * 1000.0 / millis, p50, p99);
    }
  }

  /** CONNECTIONS threads in a closed loop for warm + run milliseconds; only the run part is recorded. */
  static Result run(String name, long warmMs, long runMs, Op op) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
    long begin = System.nanoTime();
    long recordFrom = begin + warmMs * 1_000_000;
    long end = recordFrom + runMs * 1_000_000;
    List<Callable<long[]>> work = new ArrayList<>();
    long[] errors = new long[1];
    for (int t = 0; t < CONNECTIONS; t++) {
      work.add(() -> {
        long[] samples = new long[MAX_PER_THREAD];
        int n = 0;
        while (n < MAX_PER_THREAD) {
          long s = System.nanoTime();
          if (s >= end) {
            break;
          }
          boolean ok = true;
          try {
            op.run();
          } catch (Exception e) {
            ok = false;
            synchronized (errors) {
              if (s >= recordFrom) {
                errors[0]++;
              }
            }
          }
          // Only successes count towards throughput and latency; failures are reported apart.
          if (ok && s >= recordFrom) {
            samples[n++] = System.nanoTime() - s;
          }
        }
        return Arrays.copyOf(samples, n);
      });
    }
    List<long[]> parts = new ArrayList<>();
    for (Future<long[]> f : pool.invokeAll(work)) {
      parts.add(f.get());
    }
    pool.shutdown();
    long millis = Math.max(1, (System.nanoTime() - recordFrom) / 1_000_000);
    long[] all = parts.stream().flatMapToLong(Arrays::stream).toArray();
    return new Result(name, all.length, errors[0], millis, all);
  }
}

package io.medusajava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.errors.ConnectionException;
import io.medusajava.model.CartCreateParams;
import io.medusajava.model.PasswordTokenParams;
import io.medusajava.testing.Transcripts;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a built {@link MedusaStore} puts on the wire, and how it treats an OkHttp client it shares.
 */
class ClientTest {
  private static final Pattern USER_AGENT =
      Pattern.compile("medusa-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  private static final String CART = "cart_01M8K2NH4K4HHZ62CWS1JZ0V47";

  private MockWebServer server;
  private ExecutorService sharedExecutor;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
    if (sharedExecutor != null) {
      sharedExecutor.shutdownNow();
    }
  }

  private MedusaStore.Builder builder() {
    return MedusaStore.builder()
        .baseUrl(server.url("/").toString())
        .maxRetries(0)
        .sleeper(ms -> {});
  }

  private static MockResponse captured(String prefix) {
    return new MockResponse()
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(Transcripts.get(prefix).body());
  }

  private RecordedRequest taken() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertNotNull(request, "the server received no request");
    return request;
  }

  // ---- publishable key ----

  @Test
  void publishableKeyIsSentOnAGet() throws Exception {
    server.enqueue(captured("13-"));
    builder().publishableApiKey("pk_01TEST").build().carts().retrieve(CART).execute();
    assertEquals("pk_01TEST", taken().getHeader("x-publishable-api-key"));
  }

  @Test
  void publishableKeyIsSentOnAPostWithBody() throws Exception {
    server.enqueue(captured("11-"));
    builder()
        .publishableApiKey("pk_01TEST")
        .build()
        .carts()
        .create(CartCreateParams.builder().build())
        .execute();
    RecordedRequest request = taken();
    assertEquals("POST /store/carts HTTP/1.1", request.getRequestLine());
    assertEquals("pk_01TEST", request.getHeader("x-publishable-api-key"));
  }

  @Test
  void publishableKeyIsSentOnAListWithQuery() throws Exception {
    server.enqueue(captured("07-"));
    builder().publishableApiKey("pk_01TEST").build().products().list().execute();
    RecordedRequest request = taken();
    assertTrue(request.getPath().startsWith("/store/products"), request.getPath());
    assertEquals("pk_01TEST", request.getHeader("x-publishable-api-key"));
  }

  @Test
  void publishableKeyIsSentOnAVoidOperation() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(200));
    builder()
        .publishableApiKey("pk_01TEST")
        .build()
        .customers()
        .generatePasswordToken(PasswordTokenParams.builder().email("jane@example.com").build())
        .execute();
    assertEquals("pk_01TEST", taken().getHeader("x-publishable-api-key"));
  }

  @Test
  void publishableKeyIsSentOnTheLoginRequest() throws Exception {
    server.enqueue(captured("16-"));
    builder()
        .publishableApiKey("pk_01TEST")
        .build()
        .auth()
        .loginWithSession("jane@example.com", "secret")
        .execute();
    RecordedRequest request = taken();
    assertEquals("POST /store/auth HTTP/1.1", request.getRequestLine());
    assertEquals("pk_01TEST", request.getHeader("x-publishable-api-key"));
  }

  @Test
  void withoutAPublishableKeyNoHeaderIsSent() throws Exception {
    server.enqueue(captured("13-"));
    builder().build().carts().retrieve(CART).execute();
    assertNull(taken().getHeader("x-publishable-api-key"));
  }

  // ---- user agent ----

  @Test
  void userAgentCarriesTheMavenVersion() throws Exception {
    server.enqueue(captured("13-"));
    builder().build().carts().retrieve(CART).execute();
    String userAgent = taken().getHeader("User-Agent");
    assertTrue(USER_AGENT.matcher(userAgent).matches(), userAgent);
    assertNotEquals("medusa-java/unknown", userAgent);
  }

  @Test
  void userAgentSuffixIsAppendedAfterTheSdkToken() throws Exception {
    server.enqueue(captured("13-"));
    builder().userAgentSuffix("my-shop/2.1").build().carts().retrieve(CART).execute();
    String userAgent = taken().getHeader("User-Agent");
    assertTrue(
        Pattern.compile(USER_AGENT.pattern() + " my-shop/2\\.1").matcher(userAgent).matches(),
        userAgent);
  }

  // ---- default headers and interceptors ----

  @Test
  void defaultHeadersAreSentOnEveryRequest() throws Exception {
    server.enqueue(captured("13-"));
    server.enqueue(captured("07-"));
    MedusaStore store =
        builder().defaultHeader("X-Tenant", "north").defaultHeader("Accept-Language", "de").build();
    store.carts().retrieve(CART).execute();
    store.products().list().execute();
    RecordedRequest first = taken();
    RecordedRequest second = taken();
    assertEquals("north", first.getHeader("X-Tenant"));
    assertEquals("de", first.getHeader("Accept-Language"));
    assertEquals("north", second.getHeader("X-Tenant"));
    assertEquals("de", second.getHeader("Accept-Language"));
  }

  @Test
  void extraInterceptorRewritesTheRequest() throws Exception {
    server.enqueue(captured("13-"));
    MedusaStore store =
        builder()
            .addInterceptor(
                chain ->
                    chain.proceed(chain.request().newBuilder().header("X-Trace", "t-42").build()))
            .build();
    store.carts().retrieve(CART).execute();
    assertEquals("t-42", taken().getHeader("X-Trace"));
  }

  @Test
  void extraInterceptorSeesTheSdkHeaders() throws Exception {
    server.enqueue(captured("13-"));
    List<String> seen = new CopyOnWriteArrayList<>();
    MedusaStore store =
        builder()
            .publishableApiKey("pk_seen")
            .addInterceptor(
                chain -> {
                  seen.add(chain.request().header("x-publishable-api-key"));
                  return chain.proceed(chain.request());
                })
            .build();
    store.carts().retrieve(CART).execute();
    assertEquals(List.of("pk_seen"), seen);
  }

  // ---- base URL ----

  @Test
  void pathPrefixOfTheBaseUrlIsKept() throws Exception {
    server.enqueue(captured("13-"));
    MedusaStore store =
        MedusaStore.builder().baseUrl(server.url("/shop").toString()).maxRetries(0).build();
    store.carts().retrieve(CART).execute();
    assertEquals("GET /shop/store/carts/" + CART + " HTTP/1.1", taken().getRequestLine());
  }

  @Test
  void pathPrefixWithTrailingSlashIsNotDoubled() throws Exception {
    server.enqueue(captured("13-"));
    MedusaStore store =
        MedusaStore.builder().baseUrl(server.url("/shop/").toString()).maxRetries(0).build();
    store.carts().retrieve(CART).execute();
    assertEquals("GET /shop/store/carts/" + CART + " HTTP/1.1", taken().getRequestLine());
  }

  // ---- timeouts ----

  @Test
  void readTimeoutEndsASlowBodyWithConnectionException() {
    server.enqueue(captured("13-").setBodyDelay(1, TimeUnit.SECONDS));
    MedusaStore store = builder().readTimeout(Duration.ofMillis(200)).build();
    ConnectionException e =
        assertThrows(ConnectionException.class, () -> store.carts().retrieve(CART).execute());
    assertInstanceOf(SocketTimeoutException.class, e.getCause());
    assertEquals(0, e.getStatusCode());
    assertEquals("GET", e.getMethod());
    assertEquals("/store/carts/" + CART, e.getPath());
  }

  // ---- sharing an OkHttpClient ----

  @Test
  void sharedClientConnectionPoolCarriesTheStoresConnections() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    server.enqueue(captured("13-"));
    MedusaStore store = builder().okHttpClient(shared).build();
    assertEquals(0, shared.connectionPool().connectionCount());
    store.carts().retrieve(CART).execute();
    assertTrue(
        shared.connectionPool().connectionCount() > 0, "the store did not use the shared pool");
  }

  @Test
  void sharedClientDispatcherRunsAsyncCalls() throws Exception {
    // OkHttp renames dispatcher threads while they run a call, so threads are recognised by
    // identity.
    Set<Thread> sharedThreads = ConcurrentHashMap.newKeySet();
    sharedExecutor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r);
              sharedThreads.add(t);
              return t;
            });
    OkHttpClient shared =
        new OkHttpClient.Builder().dispatcher(new Dispatcher(sharedExecutor)).build();
    List<Thread> ranOn = new CopyOnWriteArrayList<>();
    server.enqueue(captured("13-"));
    MedusaStore store =
        builder()
            .okHttpClient(shared)
            .addInterceptor(
                chain -> {
                  ranOn.add(Thread.currentThread());
                  return chain.proceed(chain.request());
                })
            .build();
    store.carts().retrieve(CART).executeAsync().get(5, TimeUnit.SECONDS);
    assertEquals(1, ranOn.size());
    assertTrue(sharedThreads.contains(ranOn.get(0)), "the call ran on " + ranOn.get(0).getName());
  }

  @Test
  void closeLeavesASharedDispatcherRunning() throws Exception {
    sharedExecutor = Executors.newCachedThreadPool();
    OkHttpClient shared =
        new OkHttpClient.Builder().dispatcher(new Dispatcher(sharedExecutor)).build();
    server.enqueue(captured("13-"));
    MedusaStore store = builder().okHttpClient(shared).build();
    store.close();
    assertFalse(sharedExecutor.isShutdown());
    // The closed store and the caller's client can still run calls on it.
    assertEquals(
        CART, store.carts().retrieve(CART).executeAsync().get(5, TimeUnit.SECONDS).getId());
  }

  @Test
  void closeLeavesASharedConnectionPoolAlone() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    server.enqueue(captured("13-"));
    MedusaStore store = builder().okHttpClient(shared).build();
    store.carts().retrieve(CART).execute();
    store.close();
    assertTrue(
        shared.connectionPool().connectionCount() > 0, "close() evicted the caller's connections");
  }

  @Test
  void closeShutsDownTheDispatcherOfAnOwnedClient() throws Exception {
    server.enqueue(captured("13-"));
    MedusaStore store = builder().build();
    store.close();
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> store.carts().retrieve(CART).executeAsync().get(5, TimeUnit.SECONDS));
    ConnectionException failure = assertInstanceOf(ConnectionException.class, e.getCause());
    // OkHttp reports a rejected enqueue as an interrupted I/O failure.
    assertInstanceOf(InterruptedIOException.class, failure.getCause());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void storesSharingAClientKeepSeparateCookies() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    MedusaStore alice = builder().okHttpClient(shared).build();
    MedusaStore bob = builder().okHttpClient(shared).build();
    server.enqueue(
        captured("16-").addHeader("Set-Cookie", "connect.sid=s%3Aalice.sig; Path=/; HttpOnly"));
    server.enqueue(captured("20-"));
    server.enqueue(captured("13-"));

    alice.auth().loginWithSession("alice@example.com", "secret").execute();
    alice.customers().retrieve().execute();
    bob.carts().retrieve(CART).execute();

    RecordedRequest login = taken();
    RecordedRequest aliceNext = taken();
    RecordedRequest bobNext = taken();
    assertNull(login.getHeader("Cookie"));
    assertEquals("connect.sid=s%3Aalice.sig", aliceNext.getHeader("Cookie"));
    assertNull(bobNext.getHeader("Cookie"), "the second store sent the first store's session");
  }

  @Test
  void sharedClientsOwnCookieJarIsNotUsed() throws Exception {
    List<okhttp3.HttpUrl> jarAsked = new CopyOnWriteArrayList<>();
    okhttp3.CookieJar leaky =
        new okhttp3.CookieJar() {
          @Override
          public void saveFromResponse(okhttp3.HttpUrl url, List<okhttp3.Cookie> cookies) {
            jarAsked.add(url);
          }

          @Override
          public List<okhttp3.Cookie> loadForRequest(okhttp3.HttpUrl url) {
            jarAsked.add(url);
            return List.of(
                new okhttp3.Cookie.Builder()
                    .name("connect.sid")
                    .value("someone-else")
                    .domain(url.host())
                    .path("/")
                    .build());
          }
        };
    OkHttpClient shared = new OkHttpClient.Builder().cookieJar(leaky).build();
    server.enqueue(captured("13-").addHeader("Set-Cookie", "connect.sid=s%3Anew; Path=/"));
    builder().okHttpClient(shared).build().carts().retrieve(CART).execute();
    assertNull(taken().getHeader("Cookie"));
    assertEquals(List.of(), jarAsked);
  }
}

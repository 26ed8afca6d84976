package io.medusajava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.errors.ConnectionException;
import io.medusajava.errors.MedusaException;
import io.medusajava.errors.NotFoundException;
import io.medusajava.model.Cart;
import io.medusajava.model.CartCompletion;
import io.medusajava.model.CartCreateParams;
import io.medusajava.model.PasswordTokenParams;
import io.medusajava.model.StoreCartsRes;
import io.medusajava.model.StoreOrdersRes;
import io.medusajava.testing.Transcripts;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The three ways to run a {@code MedusaCall}, and cancelling one that is in flight. */
class CallTest {
  private static final String CART = "cart_01M8K2NH4K4HHZ62CWS1JZ0V47";

  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
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

  @Test
  void executeReturnsTheDecodedBody() throws Exception {
    server.enqueue(captured("11-"));
    Cart cart = builder().build().carts().create(CartCreateParams.builder().build()).execute();
    assertEquals(CART, cart.getId());
    assertEquals("POST /store/carts HTTP/1.1", server.takeRequest().getRequestLine());
  }

  @Test
  void theEnvelopeStaysReachable() throws Exception {
    server.enqueue(captured("11-"));
    MedusaResponse<Cart> res = builder().build().carts().create().executeRaw();
    assertEquals(CART, res.body().getId());
    assertEquals(CART, res.envelope(StoreCartsRes.class).getCart().getId());
    assertTrue(res.envelope() instanceof StoreCartsRes);
    assertThrows(ClassCastException.class, () -> res.envelope(StoreOrdersRes.class));
  }

  @Test
  void mapDerivesAResultFromTheAnswer() throws Exception {
    server.enqueue(captured("13-"));
    int items =
        builder().build().carts().retrieve(CART).map(cart -> cart.getItems().size()).execute();
    assertEquals(1, items);
  }

  /** Collects what a callback receives; the Android-friendly way to run a call. */
  private static final class Collected<T> implements MedusaCallback<T> {
    final CountDownLatch done = new CountDownLatch(1);
    final AtomicReference<T> body = new AtomicReference<>();
    final AtomicReference<MedusaException> error = new AtomicReference<>();

    @Override
    public void onSuccess(T value) {
      body.set(value);
      done.countDown();
    }

    @Override
    public void onFailure(MedusaException e) {
      error.set(e);
      done.countDown();
    }
  }

  @Test
  void enqueueCallsBackWithTheDecodedBody() throws Exception {
    server.enqueue(captured("11-"));
    Collected<Cart> callback = new Collected<>();
    builder().build().carts().create(CartCreateParams.builder().build()).enqueue(callback);
    assertTrue(callback.done.await(5, TimeUnit.SECONDS));
    assertEquals(CART, callback.body.get().getId());
    assertNull(callback.error.get());
  }

  @Test
  void enqueueCallsBackWithTypedFailures() throws Exception {
    server.enqueue(
        new MockResponse()
            .setResponseCode(404)
            .setHeader("Content-Type", "application/json")
            .setBody("{\"type\":\"not_found\",\"message\":\"Cart with cart_x was not found\"}"));
    Collected<Cart> notFound = new Collected<>();
    builder().build().carts().retrieve("cart_x").enqueue(notFound);
    assertTrue(notFound.done.await(5, TimeUnit.SECONDS));
    assertTrue(
        notFound.error.get() instanceof NotFoundException, String.valueOf(notFound.error.get()));

    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    Collected<Cart> dropped = new Collected<>();
    builder().build().carts().retrieve("cart_x").enqueue(dropped);
    assertTrue(dropped.done.await(5, TimeUnit.SECONDS));
    assertTrue(
        dropped.error.get() instanceof ConnectionException, String.valueOf(dropped.error.get()));
  }

  @Test
  void executeAsyncCompletesWithTheDecodedBody() throws Exception {
    server.enqueue(captured("11-"));
    CompletableFuture<Cart> future = builder().build().carts().create().executeAsync();
    assertEquals(CART, future.get(5, TimeUnit.SECONDS).getId());
  }

  @Test
  void executeRawAsyncCompletesWithStatusAndBody() throws Exception {
    server.enqueue(captured("11-"));
    MedusaResponse<Cart> res =
        builder()
            .build()
            .carts()
            .create(CartCreateParams.builder().build())
            .executeRawAsync()
            .get(5, TimeUnit.SECONDS);
    assertEquals(200, res.statusCode());
    assertEquals(CART, res.body().getId());
  }

  /** Records OkHttp's cancel and failure events for the one call a test makes. */
  private static final class CancelWatcher extends EventListener {
    final CountDownLatch canceled = new CountDownLatch(1);
    final CountDownLatch failed = new CountDownLatch(1);
    final AtomicReference<IOException> failure = new AtomicReference<>();

    @Override
    public void canceled(Call call) {
      canceled.countDown();
    }

    @Override
    public void callFailed(Call call, IOException ioe) {
      failure.set(ioe);
      failed.countDown();
    }
  }

  @Test
  void cancellingExecuteAsyncCancelsTheHttpCall() throws Exception {
    CancelWatcher watcher = new CancelWatcher();
    OkHttpClient shared = new OkHttpClient.Builder().eventListener(watcher).build();
    // The server reads the request and then never answers, so the call stays in flight until
    // cancelled.
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    CompletableFuture<Cart> future =
        builder().okHttpClient(shared).build().carts().retrieve(CART).executeAsync();
    assertNotNull(server.takeRequest(5, TimeUnit.SECONDS), "the request never reached the server");

    assertTrue(future.cancel(true));

    assertTrue(future.isCancelled());
    assertThrows(CancellationException.class, future::join);
    assertTrue(watcher.canceled.await(5, TimeUnit.SECONDS), "the OkHttp call was not cancelled");
    assertTrue(watcher.failed.await(5, TimeUnit.SECONDS), "the in-flight call did not stop");
  }

  @Test
  void cancellingExecuteRawAsyncCancelsTheHttpCall() throws Exception {
    CancelWatcher watcher = new CancelWatcher();
    OkHttpClient shared = new OkHttpClient.Builder().eventListener(watcher).build();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    CompletableFuture<MedusaResponse<Cart>> future =
        builder().okHttpClient(shared).build().carts().retrieve(CART).executeRawAsync();
    assertNotNull(server.takeRequest(5, TimeUnit.SECONDS), "the request never reached the server");

    assertTrue(future.cancel(true));

    assertTrue(future.isCancelled());
    assertThrows(CancellationException.class, future::join);
    assertTrue(watcher.canceled.await(5, TimeUnit.SECONDS), "the OkHttp call was not cancelled");
    // Closing the socket wakes the dispatcher thread that was waiting for the answer.
    assertTrue(watcher.failed.await(5, TimeUnit.SECONDS), "the in-flight call did not stop");
    assertEquals(0, runningCallsAfterSettling(shared));
  }

  @Test
  void executeRawExposesStatusHeadersAndIdempotencyKey() throws Exception {
    server.enqueue(
        captured("26-")
            .setHeader("Idempotency-Key", "7d1c1f26-6a3e-4b53-9a4e-2f1b3c0f9d11")
            .setHeader("X-Request-Id", "req-26"));
    MedusaResponse<CartCompletion> res = builder().build().carts().complete(CART).executeRaw();

    assertEquals(200, res.statusCode());
    assertEquals("7d1c1f26-6a3e-4b53-9a4e-2f1b3c0f9d11", res.idempotencyKey());
    assertEquals("7d1c1f26-6a3e-4b53-9a4e-2f1b3c0f9d11", res.header("idempotency-key"));
    assertEquals("req-26", res.headers().get("X-Request-Id"));
    assertEquals("application/json; charset=utf-8", res.header("Content-Type"));
    assertEquals(CartCompletion.TypeEnum.ORDER, res.body().getType());
    assertEquals("order_01M8K2NJWF5PPBT49C12FCNKMC", res.body().getOrder().getId());
  }

  @Test
  void executeRawWithoutAServerKeyHasNoIdempotencyKey() throws Exception {
    server.enqueue(captured("13-"));
    MedusaResponse<Cart> res = builder().build().carts().retrieve(CART).executeRaw();
    assertNull(res.idempotencyKey());
  }

  @Test
  void voidOperationAnsweredWithAnEmptyOkSucceeds() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(200));
    MedusaStore store = builder().build();
    Void nothing =
        store
            .customers()
            .generatePasswordToken(PasswordTokenParams.builder().email("jane@example.com").build())
            .execute();
    assertNull(nothing);
    RecordedRequest request = server.takeRequest();
    assertEquals("POST /store/customers/password-token HTTP/1.1", request.getRequestLine());
    assertEquals("{\"email\":\"jane@example.com\"}", request.getBody().readUtf8());
  }

  @Test
  void voidOperationAnsweredWithPlainOkTextSucceeds() {
    // Express's sendStatus(200) answers with the text "OK"; a Void operation ignores it.
    server.enqueue(
        new MockResponse()
            .setResponseCode(200)
            .setHeader("Content-Type", "text/plain; charset=utf-8")
            .setBody("OK"));
    MedusaResponse<Void> res =
        builder()
            .build()
            .customers()
            .generatePasswordToken(PasswordTokenParams.builder().email("jane@example.com").build())
            .executeRaw();
    assertEquals(200, res.statusCode());
    assertNull(res.body());
  }

  @Test
  void voidOperationAsyncCompletesWithNull() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(200));
    CompletableFuture<Void> future =
        builder()
            .build()
            .customers()
            .generatePasswordToken(PasswordTokenParams.builder().email("jane@example.com").build())
            .executeAsync();
    assertNull(future.get(5, TimeUnit.SECONDS));
    assertTrue(future.isDone() && !future.isCompletedExceptionally());
  }

  /**
   * OkHttp reports the failure before its dispatcher forgets the call, so give the dispatcher a
   * moment: the count must reach 0 within 5 seconds, and a call that really kept running never
   * would.
   */
  private static int runningCallsAfterSettling(OkHttpClient client) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (client.dispatcher().runningCallsCount() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    return client.dispatcher().runningCallsCount();
  }
}

package io.medusajava.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.MedusaCall;
import io.medusajava.MedusaCallback;
import io.medusajava.MedusaStore;
import io.medusajava.Page;
import io.medusajava.errors.ConnectionException;
import io.medusajava.errors.MedusaException;
import io.medusajava.errors.ServerException;
import io.medusajava.model.PricedProduct;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Case 4 of issue 12: waits between retries end at the call's deadline or on cancel, with the real
 * sleeper, and a call has an overall deadline by default.
 */
@Timeout(30)
class RetryWaitTest extends WatchedServerTest {

  /** Threads now inside a retry wait, found by their stacks. */
  private static int threadsWaitingToRetry() {
    int n = 0;
    for (Map.Entry<Thread, StackTraceElement[]> t : Thread.getAllStackTraces().entrySet()) {
      for (StackTraceElement frame : t.getValue()) {
        if (frame.getClassName().equals("io.medusajava.internal.RetryWaits")
            && frame.getMethodName().equals("await")) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  private static void awaitThreadsWaitingToRetry(int n) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (threadsWaitingToRetry() < n) {
      assertTrue(
          System.nanoTime() < end,
          "only " + threadsWaitingToRetry() + " of " + n + " calls wait to retry");
      Thread.sleep(5);
    }
  }

  @Test
  void retryAfterBeyondTheDeadlineEndsTheCallAtOnce() {
    for (String retryAfter : new String[] {"99999", "25"}) {
      server.enqueue(Answers.status(503).setHeader("Retry-After", retryAfter));
      try (MedusaStore store = builder().callTimeout(Duration.ofSeconds(20)).build()) {
        long start = System.nanoTime();
        ServerException e =
            assertThrows(ServerException.class, () -> store.products().list().execute());
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        // Had it waited, it would have taken the 20 s of the deadline; the bound is half of that,
        // not a guess at how fast a shared, loaded machine answers.
        assertEquals(503, e.getStatusCode());
        assertTrue(
            tookMs < 10_000, "Retry-After " + retryAfter + ": the call took " + tookMs + " ms");
      }
    }
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void cancelledAsyncCallsLeaveTheirRetryWaitsAndFreeTheHostsSlots() throws Exception {
    for (int i = 0; i < 5; i++) {
      server.enqueue(Answers.status(503).setHeader("Retry-After", "20"));
    }
    server.enqueue(Answers.json(Answers.PRODUCTS));
    try (MedusaStore store = builder().build()) {
      List<MedusaCall<Page<PricedProduct>>> calls = new ArrayList<>();
      List<CompletableFuture<MedusaException>> failures = new ArrayList<>();
      AtomicLong lastFailureAt = new AtomicLong();
      for (int i = 0; i < 5; i++) {
        MedusaCall<Page<PricedProduct>> call = store.products().list();
        CompletableFuture<MedusaException> failure = new CompletableFuture<>();
        call.enqueue(
            new MedusaCallback<Page<PricedProduct>>() {
              @Override
              public void onSuccess(Page<PricedProduct> body) {
                failure.completeExceptionally(new AssertionError("succeeded"));
              }

              @Override
              public void onFailure(MedusaException error) {
                lastFailureAt.accumulateAndGet(System.nanoTime(), Math::max);
                failure.complete(error);
              }
            });
        calls.add(call);
        failures.add(failure);
      }
      // All five of OkHttp's per-host slots are taken by calls waiting 20 s to retry.
      awaitThreadsWaitingToRetry(5);
      assertEquals(5, dispatcher.client.dispatcher().runningCallsCount());

      long cancelledAt = System.nanoTime();
      calls.forEach(MedusaCall::cancel);
      for (CompletableFuture<MedusaException> failure : failures) {
        MedusaException e = failure.get(5, TimeUnit.SECONDS);
        assertInstanceOf(ConnectionException.class, e);
        assertEquals("No response: Canceled (IOException) [GET /store/products]", e.getMessage());
      }
      long waitEndedMs = TimeUnit.NANOSECONDS.toMillis(lastFailureAt.get() - cancelledAt);
      System.out.printf(
          "retry waits: 5 cancelled calls all reported %d ms after cancel()%n", waitEndedMs);
      // Far below the 20 s the waits had left: generous, since these machines are shared and often
      // loaded.
      assertTrue(waitEndedMs < 10_000, waitEndedMs + " ms");

      long start = System.nanoTime();
      assertEquals(0, store.products().list().executeAsync().get(5, TimeUnit.SECONDS).count());
      assertTrue(
          System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10),
          "the next call waited for a slot");
    }
  }

  @Test
  void cancelEndsASynchronousRetryWaitAndLeavesTheThreadUninterrupted() throws Exception {
    server.enqueue(Answers.status(503).setHeader("Retry-After", "20"));
    try (MedusaStore store = builder().build()) {
      MedusaCall<Page<PricedProduct>> call = store.products().list();
      AtomicReference<Object> outcome = new AtomicReference<>();
      Thread caller =
          new Thread(
              () -> {
                try {
                  call.execute();
                  outcome.set("succeeded");
                } catch (MedusaException e) {
                  outcome.set(Thread.currentThread().isInterrupted() ? "left interrupted" : e);
                }
              });
      caller.start();
      awaitThreadsWaitingToRetry(1);

      long cancelledAt = System.nanoTime();
      call.cancel();
      caller.join(5000);
      long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelledAt);
      assertFalse(caller.isAlive(), "execute() still waits");
      assertInstanceOf(ConnectionException.class, outcome.get(), String.valueOf(outcome.get()));
      System.out.printf("retry waits: execute() returned %d ms after cancel()%n", tookMs);
    }
  }

  @Test
  void cancellingTheFutureEndsTheRetryWait() throws Exception {
    server.enqueue(Answers.status(503).setHeader("Retry-After", "20"));
    try (MedusaStore store = builder().build()) {
      CompletableFuture<Page<PricedProduct>> future = store.products().list().executeAsync();
      awaitThreadsWaitingToRetry(1);

      assertTrue(future.cancel(true));
      assertTrue(dispatcher.awaitIdle(), "the cancelled call kept its dispatcher thread");
      assertEquals(0, threadsWaitingToRetry());
    }
  }

  @Test
  void serverThatDripsItsAnswerIsCutAtTheCallTimeout() {
    // 400 bytes at one every 50 ms: 20 s in all, and never a pause that a read timeout would
    // notice.
    server.enqueue(
        Answers.json(
                "{\"products\":[],\"count\":0,\"offset\":0,\"limit\":100," + " ".repeat(340) + "}")
            .throttleBody(1, 50, TimeUnit.MILLISECONDS));
    try (MedusaStore store = builder().callTimeout(Duration.ofSeconds(2)).build()) {
      long start = System.nanoTime();
      ConnectionException e =
          assertThrows(ConnectionException.class, () -> store.products().list().execute());
      long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(tookMs >= 1900 && tookMs < 6000, tookMs + " ms: " + e.getMessage());
    }
  }

  @Test
  void everyCallHasADeadlineUnlessTurnedOff() throws Exception {
    assertEquals(Duration.ofSeconds(60), MedusaStore.DEFAULT_CALL_TIMEOUT);
    assertEquals(TimeUnit.SECONDS.toMillis(60), callTimeoutSeenBy(builder()));
    assertEquals(
        5_000,
        callTimeoutSeenBy(
            MedusaStore.builder()
                .baseUrl(server.url("/"))
                .okHttpClient(
                    new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(5)).build())));
    assertEquals(90_000, callTimeoutSeenBy(builder().callTimeout(Duration.ofSeconds(90))));
    assertEquals(0, callTimeoutSeenBy(builder().callTimeout(Duration.ZERO)));
  }

  /**
   * The call timeout OkHttp applies to a call of a store built by {@code builder}, in milliseconds.
   */
  private long callTimeoutSeenBy(MedusaStore.Builder builder) throws Exception {
    server.enqueue(Answers.json(Answers.PRODUCTS));
    AtomicLong timeoutNanos = new AtomicLong(-1);
    try (MedusaStore store =
        builder
            .addInterceptor(
                chain -> {
                  timeoutNanos.set(chain.call().timeout().timeoutNanos());
                  return chain.proceed(chain.request());
                })
            .build()) {
      store.products().list().execute();
    }
    return TimeUnit.NANOSECONDS.toMillis(timeoutNanos.get());
  }
}

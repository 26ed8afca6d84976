package io.medusajava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.CookieSessionTest.FakeMedusa;
import io.medusajava.auth.AuthMode;
import io.medusajava.errors.AuthenticationException;
import io.medusajava.model.CustomerOrderListParams;
import io.medusajava.model.Order;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two customers' clients used at once, from many threads, never see each other's session. */
class SessionIsolationTest {
  private static final int THREADS = 16;
  private static final int CALLS_PER_THREAD = 50;
  private static final String ANN = "cus_01ANN";
  private static final String BOB = "cus_02BOB";

  private final MockWebServer server = new MockWebServer();
  private final FakeMedusa medusa = new FakeMedusa();
  private final List<MedusaStore> stores = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    medusa.addCustomer(ANN, "ann@example.com", "ann-Pa55", "Ann");
    medusa.addCustomer(BOB, "bob@example.com", "bob-Pa55", "Bob");
    server.setDispatcher(medusa);
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    stores.forEach(MedusaStore::close);
    server.shutdown();
  }

  private MedusaStore client(AuthMode mode) {
    MedusaStore store =
        MedusaStore.builder().baseUrl(server.url("/")).authMode(mode).maxRetries(0).build();
    stores.add(store);
    return store;
  }

  @Test
  void cookieClientAndJwtClientKeepTheirOwnCustomerUnderLoad() throws Exception {
    MedusaStore ann = client(AuthMode.COOKIE_SESSION);
    MedusaStore bob = client(AuthMode.JWT);
    ann.auth().login("ann@example.com", "ann-Pa55").execute();
    bob.auth().login("bob@example.com", "bob-Pa55").execute();

    hammer(ann, bob);
  }

  @Test
  void twoCookieClientsKeepTheirOwnCustomerUnderLoad() throws Exception {
    MedusaStore ann = client(AuthMode.COOKIE_SESSION);
    MedusaStore bob = client(AuthMode.COOKIE_SESSION);
    ann.auth().login("ann@example.com", "ann-Pa55").execute();
    bob.auth().login("bob@example.com", "bob-Pa55").execute();

    hammer(ann, bob);
  }

  @Test
  void clientsFromOneBuilderDoNotShareACookieSession() throws Exception {
    MedusaStore.Builder builder = MedusaStore.builder().baseUrl(server.url("/")).maxRetries(0);
    MedusaStore first = builder.build();
    MedusaStore second = builder.build();
    stores.add(first);
    stores.add(second);
    first.auth().login("ann@example.com", "ann-Pa55").execute();
    server.takeRequest();

    assertThrows(AuthenticationException.class, () -> second.customers().retrieve().execute());

    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertNotNull(r);
    assertNull(r.getHeader("Cookie"));
    assertEquals(ANN, first.customers().retrieve().execute().getId());
  }

  @Test
  void clientsFromOneBuilderDoNotShareAToken() throws Exception {
    MedusaStore.Builder builder =
        MedusaStore.builder().baseUrl(server.url("/")).authMode(AuthMode.JWT).maxRetries(0);
    MedusaStore first = builder.build();
    MedusaStore second = builder.build();
    stores.add(first);
    stores.add(second);
    first.auth().loginWithToken("ann@example.com", "ann-Pa55").execute();
    server.takeRequest();

    assertThrows(AuthenticationException.class, () -> second.customers().retrieve().execute());

    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertNotNull(r);
    assertNull(r.getHeader("Authorization"));
    assertEquals(ANN, first.customers().retrieve().execute().getId());
  }

  /**
   * Runs THREADS x CALLS_PER_THREAD calls, even threads on Ann's client and odd ones on Bob's,
   * cycling through the profile, the order list and the session, and fails on any answer about the
   * other customer.
   */
  private void hammer(MedusaStore ann, MedusaStore bob) throws Exception {
    CustomerOrderListParams orders = CustomerOrderListParams.builder().limit(10).build();
    int before = server.getRequestCount();
    Queue<String> wrong = new ConcurrentLinkedQueue<>();
    AtomicInteger done = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        boolean isAnn = t % 2 == 0;
        MedusaStore store = isAnn ? ann : bob;
        String expected = isAnn ? ANN : BOB;
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    String seen;
                    switch (i % 3) {
                      case 0:
                        seen = store.customers().retrieve().execute().getId();
                        break;
                      case 1:
                        List<Order> list = store.customers().listOrders(orders).execute().items();
                        seen = list.size() == 1 ? ownerOf(list.get(0)) : "orders:" + list;
                        break;
                      default:
                        seen = store.auth().session().execute().getId();
                        break;
                    }
                    if (!expected.equals(seen)) {
                      wrong.add(expected + " saw " + seen + " on call " + i);
                    }
                    done.incrementAndGet();
                  }
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of(), new ArrayList<>(wrong));
    assertEquals(THREADS * CALLS_PER_THREAD, done.get());
    assertEquals(THREADS * CALLS_PER_THREAD, server.getRequestCount() - before);
  }

  private static String ownerOf(Order order) {
    return order.getCustomerId();
  }
}

package io.medusajava.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.medusajava.MedusaStore;
import io.medusajava.TestSeams;
import io.medusajava.errors.MedusaException;
import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.MockServerOptions;
import io.medusajava.mock.domain.model.Order;
import io.medusajava.mock.http.FaultKind;
import io.medusajava.mock.http.FaultPlan;
import io.medusajava.reliability.Checkout.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every checkout step against every fault the mock can inject, once each. The SDK must either get
 * through on its own or throw a typed exception; after the storefront resumes, the store holds
 * exactly one order for the cart with every line item exactly once.
 */
@Timeout(value = 60)
class FaultMatrixTest {
  /** Short, so the slow-reply fault trips it without making the suite slow. */
  private static final Duration READ_TIMEOUT = Duration.ofMillis(400);

  private static final long SLOW_REPLY_MS = 1_200;

  /**
   * The two steps the SDK may repeat by itself (they carry an Idempotency-Key); the rest are never
   * repeated.
   */
  private static final Set<Step> SDK_RETRIES =
      EnumSet.of(Step.CREATE_PAYMENT_SESSIONS, Step.COMPLETE);

  private static final Map<String, BiConsumer<FaultPlan, String>> FAULTS =
      Map.of(
          "reset", (plan, path) -> plan.fault("POST", path, FaultKind.CONNECTION_RESET_BY_PEER, 1),
          "empty reply", (plan, path) -> plan.fault("POST", path, FaultKind.EMPTY_RESPONSE, 1),
          "random data",
              (plan, path) -> plan.fault("POST", path, FaultKind.RANDOM_DATA_THEN_CLOSE, 1),
          "503 Retry-After", (plan, path) -> plan.httpError("POST", path, 503, "1", 1),
          "slower than read timeout", (plan, path) -> plan.latency("POST", path, SLOW_REPLY_MS, 1),
          "dropped after processing",
              (plan, path) -> plan.fault("POST", path, FaultKind.DROP_AFTER_PROCESSING, 1));

  private static MedusaMockServer server;
  private static Checkout.Catalog catalog;

  @BeforeAll
  static void start() {
    server =
        new MedusaMockServer(MockServerOptions.defaults().port(0).bindAddress("127.0.0.1")).start();
    // A relaxed client for the set-up: the first requests to a cold JVM can outlast the short read
    // timeout.
    try (MedusaStore store = MedusaStore.builder().baseUrl(server.baseUrl()).build()) {
      catalog = Checkout.Catalog.load(store);
      new Checkout(store, catalog, "warm-up@example.com").runAll();
    }
    assertEquals(2, catalog.variantIds.size());
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static MedusaStore client() {
    // Retries must never sleep in a test.
    return TestSeams.withoutSleeping(
            MedusaStore.builder().baseUrl(server.baseUrl()).readTimeout(READ_TIMEOUT))
        .build();
  }

  static Stream<Arguments> matrix() {
    List<Arguments> cases = new ArrayList<>();
    for (Step step : Step.values()) {
      for (String fault : FAULTS.keySet().stream().sorted().toList()) {
        cases.add(Arguments.of(step, fault));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("matrix")
  void stepSurvivesFault(Step broken, String fault) {
    server.reset();
    int ordersBefore = server.state().orders().all().size();
    try (MedusaStore store = client()) {
      Checkout checkout = new Checkout(store, catalog, "fault@example.com");
      MedusaException thrown = null;
      for (Step step : Step.values()) {
        if (step == broken) {
          FAULTS.get(fault).accept(server.faults(), step.path);
          try {
            checkout.run(step);
          } catch (MedusaException e) {
            thrown = e;
          } finally {
            server.faults().clear();
          }
          if (thrown != null) {
            // A typed subclass, never the bare base class: callers must be able to tell failures
            // apart.
            assertNotEquals(MedusaException.class, thrown.getClass(), thrown.toString());
            // Resume as a storefront would: the step reads the cart back and only does what is
            // missing.
            checkout.run(step);
          }
        } else {
          checkout.run(step);
        }
      }
      if (SDK_RETRIES.contains(broken)) {
        assertNull(thrown, "the SDK retries " + broken + " itself, yet threw " + thrown);
      }

      List<Order> placed = server.state().orders().all().stream().skip(ordersBefore).toList();
      assertEquals(1, placed.size(), "orders placed: " + placed.size());
      Order order = placed.get(0);
      assertEquals(checkout.cartId, order.cartId);
      Map<String, Integer> quantities =
          order.items.stream()
              .collect(Collectors.toMap(i -> i.variantId, i -> i.quantity, Integer::sum));
      assertEquals(
          Map.of(catalog.variantIds.get(0), 1, catalog.variantIds.get(1), 1),
          quantities,
          "every line item exactly once");
      assertEquals(2, order.items.size(), "no line item doubled or lost");
    }
  }
}

package io.medusajava.mock.http;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class FaultPlanTest {

  @Test
  void templatesMatchAnySegmentAndCountDown() {
    FaultPlan plan = new FaultPlan();
    plan.fault("POST", "/store/carts/{id}/complete", FaultKind.EMPTY_RESPONSE, 2);
    assertNull(plan.take("GET", "/store/carts/c1/complete"));
    assertNull(plan.take("POST", "/store/carts/c1"));
    assertNotNull(plan.take("POST", "/store/carts/c1/complete"));
    assertNotNull(plan.take("post", "/store/carts/c2/complete/"));
    assertNull(plan.take("POST", "/store/carts/c3/complete"));
  }

  @Test
  void rejectsNonsense() {
    FaultPlan plan = new FaultPlan();
    assertThrows(IllegalArgumentException.class, () -> plan.httpError("GET", "/x", 200, null, 1));
    assertThrows(IllegalArgumentException.class, () -> plan.latency("GET", "/x", 10, 0));
    assertThrows(
        IllegalArgumentException.class, () -> plan.fault("GET", "/x", FaultKind.LATENCY, 1));
  }
}

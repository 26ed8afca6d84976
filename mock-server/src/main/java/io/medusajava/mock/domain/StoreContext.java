package io.medusajava.mock.domain;

import io.medusajava.mock.domain.events.StoreEvents;

/**
 * What every part of the store shares: the one lock that makes each operation atomic across all
 * parts (a cart completion touches catalog stock, the cart and the orders at once), the id
 * generator, the clock, and the sink for the events each operation announces.
 */
public final class StoreContext {
  private final Object lock = new Object();
  private final IdGenerator ids;
  private final MockClock clock;
  private final StoreEvents events;

  public StoreContext(IdGenerator ids, MockClock clock, StoreEvents events) {
    this.ids = ids;
    this.clock = clock;
    this.events = events;
  }

  /** Where operations announce what they did, one call per event. */
  public StoreEvents events() {
    return events;
  }

  public MockClock clock() {
    return clock;
  }

  /**
   * The monitor every public store operation holds; it is reentrant, so operations may call each
   * other.
   */
  public Object lock() {
    return lock;
  }

  public String nextId(String prefix) {
    return ids.next(prefix);
  }

  public String now() {
    return clock.now();
  }

  /** Restarts the id sequence (part of a reset to the seed). */
  public void resetIds() {
    ids.reset();
  }

  /** {@code value}, or a 404 not_found with {@code notFoundMessage} when it is null. */
  public static <T> T require(T value, String notFoundMessage) {
    if (value == null) {
      throw MedusaError.notFound(notFoundMessage);
    }
    return value;
  }
}

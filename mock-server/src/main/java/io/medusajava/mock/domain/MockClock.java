package io.medusajava.mock.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The store's time: created_at/updated_at, and when tokens expire. A test can move it forward with
 * {@link #advance} (to see a 15-minute token expire without waiting); a reset of the store moves it
 * back. Medusa prints times as ISO-8601 UTC with milliseconds.
 */
public final class MockClock {
  private final Clock clock;
  private volatile Duration offset = Duration.ZERO;

  public MockClock(Clock clock) {
    this.clock = clock;
  }

  public static MockClock system() {
    return new MockClock(Clock.systemUTC());
  }

  /** The store's now: the underlying clock plus however far it was {@link #advance advanced}. */
  public Instant instant() {
    return clock.instant().plus(offset);
  }

  /** Now, formatted like {@code 2026-11-29T07:17:46.753Z}. */
  public String now() {
    Instant t = instant().truncatedTo(ChronoUnit.MILLIS);
    String s = t.toString();
    // Instant.toString drops a zero millisecond part; Medusa always prints three digits.
    return s.length() == 20 ? s.substring(0, 19) + ".000Z" : s;
  }

  /** Moves the store's time forward; time never goes back, as real clocks do not. */
  public synchronized void advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("the clock only moves forward, not by " + by);
    }
    offset = offset.plus(by);
  }

  /** Back to the underlying clock (part of a reset to the seed). */
  public synchronized void resetOffset() {
    offset = Duration.ZERO;
  }
}

package io.medusajava.mock.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The time source for created_at/updated_at; Medusa prints them as ISO-8601 UTC with milliseconds. */
public final class MockClock {
    private final Clock clock;

    public MockClock(Clock clock) {
        this.clock = clock;
    }

    public static MockClock system() {
        return new MockClock(Clock.systemUTC());
    }

    /** Now, formatted like {@code 2026-11-29T07:17:46.753Z}. */
    public String now() {
        Instant t = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String s = t.toString();
        // Instant.toString drops a zero millisecond part; Medusa always prints three digits.
        return s.length() == 20 ? s.substring(0, 19) + ".000Z" : s;
    }
}

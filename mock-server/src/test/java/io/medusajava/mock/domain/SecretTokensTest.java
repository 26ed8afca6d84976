package io.medusajava.mock.domain;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.mock.domain.seed.Seed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Reset tokens are secrets: two stores started exactly alike, whose ids match one for one, still differ in them. */
class SecretTokensTest {

    private static StoreState store() {
        return new StoreState(Seed::loadDefault, new IdGenerator(5),
                new MockClock(Clock.fixed(Instant.parse("2026-11-29T08:00:00.000Z"), ZoneOffset.UTC)));
    }

    @Test
    void resetTokensAreNotTheDeterministicIdSequence() {
        StoreState a = store();
        StoreState b = store();
        a.customers().register("same@example.com", "secret1", "A", "B", null);
        b.customers().register("same@example.com", "secret1", "A", "B", null);
        String tokenA = a.passwordResets().requestToken("same@example.com");
        String tokenB = b.passwordResets().requestToken("same@example.com");
        assertNotEquals(tokenA, tokenB);
        assertTrue(tokenA.matches("pwreset_[A-Za-z0-9_-]{43}"), tokenA);
        assertNotEquals(new IdGenerator(5).next("x").substring(0, 12), tokenA.substring(0, 12));
    }
}

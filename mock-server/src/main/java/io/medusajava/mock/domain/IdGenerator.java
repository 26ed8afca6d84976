package io.medusajava.mock.domain;

import java.util.Random;

/**
 * Makes Medusa-looking ids ({@code cart_01...}): a prefix, an underscore and 26 Crockford base-32
 * characters, 10 for a millisecond clock and 16 pseudo-random, like a ULID. Unlike a real ULID the
 * sequence is deterministic for a given seed, so two mock instances started alike hand out the same
 * ids and tests can rely on them.
 */
public final class IdGenerator {
  private static final char[] B32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

  /**
   * 2026-06-01T00:00:00Z: after every id in the bundled seed, so new ids sort after seeded ones.
   */
  private static final long EPOCH_MS = 1780272000000L;

  private final long seed;
  private Random random;
  private long tick;

  public IdGenerator(long seed) {
    this.seed = seed;
    reset();
  }

  /** Restarts the sequence from the beginning. */
  public synchronized void reset() {
    random = new Random(seed);
    tick = 0;
  }

  /** The next id with the given prefix, e.g. {@code next("item")}. */
  public synchronized String next(String prefix) {
    tick += 1;
    long time = EPOCH_MS + tick;
    StringBuilder sb = new StringBuilder(prefix.length() + 27).append(prefix).append('_');
    for (int i = 9; i >= 0; i--) {
      sb.append(B32[(int) ((time >> (5 * i)) & 31)]);
    }
    for (int i = 0; i < 16; i++) {
      sb.append(B32[random.nextInt(32)]);
    }
    return sb.toString();
  }
}

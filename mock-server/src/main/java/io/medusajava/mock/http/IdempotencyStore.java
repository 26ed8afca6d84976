package io.medusajava.mock.http;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Idempotency keys as Medusa 1.20 treats them: every answer to an idempotent operation carries a
 * key; the server only honours keys it issued itself, and a known key replays the stored answer
 * whatever cart the request names (transcripts 26-27, 39-44). A client-made key it has never issued
 * is replaced by a new one.
 *
 * <p>Real Medusa keeps keys in its database for good; a mock that runs for hours cannot. Answers
 * are kept as rendered bytes, at most {@link #MAX_KEYS} of them and {@link #MAX_BYTES} in all, and
 * the least recently used go first; a replay counts as a use. A key is needed by a client retrying
 * a request whose answer it lost, seconds later, so only a key left unused while thousands of newer
 * ones were issued can be forgotten; it then behaves as a key the server never issued.
 */
public final class IdempotencyStore {
  /**
   * The operations that take an Idempotency-Key (POST only); matched on the path so any route group
   * fits.
   */
  private static final Pattern IDEMPOTENT =
      Pattern.compile(
          "^/store/(carts/[^/]+/(complete|taxes|payment-sessions|line-items)|returns|swaps)/?$");

  static final int MAX_KEYS = 10_000;
  static final long MAX_BYTES = 16L * 1024 * 1024;

  /** Key to stored answer, in access order. Guarded by this. */
  private final LinkedHashMap<String, Reply> replies = new LinkedHashMap<>(16, 0.75f, true);

  private long bytes;

  /** Whether the request takes part in idempotency at all. */
  public static boolean applies(String method, String path) {
    return "POST".equalsIgnoreCase(method) && IDEMPOTENT.matcher(path).matches();
  }

  /** The stored answer for a key this server issued and still holds, or null. */
  public synchronized Reply replay(String key) {
    return key == null ? null : replies.get(key);
  }

  /** A fresh uuid v4 for a request whose key is missing or unknown. */
  public String issue() {
    return UUID.randomUUID().toString();
  }

  /**
   * Keeps a compact copy of the answer under the key, making room by forgetting the least recently
   * used.
   *
   * @return the copy kept; callers copy it again before adding headers
   */
  public synchronized Reply remember(String key, Reply reply) {
    Reply kept = reply.compact();
    Reply old = replies.put(key, kept);
    bytes += kept.retainedBytes() - (old == null ? 0 : old.retainedBytes());
    Iterator<Map.Entry<String, Reply>> eldest = replies.entrySet().iterator();
    while ((replies.size() > MAX_KEYS || bytes > MAX_BYTES) && replies.size() > 1) {
      bytes -= eldest.next().getValue().retainedBytes();
      eldest.remove();
    }
    return kept;
  }

  public synchronized void clear() {
    replies.clear();
    bytes = 0;
  }

  /** How many answers are held. */
  synchronized int size() {
    return replies.size();
  }
}

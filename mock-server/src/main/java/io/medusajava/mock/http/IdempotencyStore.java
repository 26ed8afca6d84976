package io.medusajava.mock.http;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Idempotency keys as Medusa 1.20 treats them: every answer to an idempotent operation carries a key; the
 * server only honours keys it issued itself, and a known key replays the stored answer whatever cart the
 * request names (transcripts 26-27, 39-44). A client-made key it has never issued is replaced by a new one.
 */
public final class IdempotencyStore {
    /** The operations that take an Idempotency-Key (POST only); matched on the path so any route group fits. */
    private static final Pattern IDEMPOTENT = Pattern.compile(
            "^/store/(carts/[^/]+/(complete|taxes|payment-sessions|line-items)|returns|swaps)/?$");

    private final Map<String, Reply> replies = new ConcurrentHashMap<>();

    /** Whether the request takes part in idempotency at all. */
    public static boolean applies(String method, String path) {
        return "POST".equalsIgnoreCase(method) && IDEMPOTENT.matcher(path).matches();
    }

    /** The stored answer for a key this server issued, or null. */
    public Reply replay(String key) {
        return key == null ? null : replies.get(key);
    }

    /** A fresh uuid v4 for a request whose key is missing or unknown. */
    public String issue() {
        return UUID.randomUUID().toString();
    }

    public void remember(String key, Reply reply) {
        replies.put(key, reply);
    }

    public void clear() {
        replies.clear();
    }
}

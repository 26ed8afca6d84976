package io.medusajava.mock.http;

import static org.junit.jupiter.api.Assertions.*;

import io.medusajava.mock.domain.json.Json;
import org.junit.jupiter.api.Test;

class IdempotencyStoreTest {

  @Test
  void keepsRenderedBytesNotTheTree() {
    IdempotencyStore store = new IdempotencyStore();
    var tree = Json.object().put("total", 100);
    store.remember("k", Reply.ok(tree).header("X", "1"));
    tree.put("total", 999); // the cart changes afterwards; the stored answer must not
    Reply replay = store.replay("k");
    assertEquals(
        "{\"total\":100}", new String(replay.body(), java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("1", replay.headers().get("X"));
    assertEquals(100, replay.json().get("total").asInt());
  }

  /** Bounded by count, least recently used out first; a replay is a use. */
  @Test
  void forgetsTheLeastRecentlyUsedPastItsBound() {
    IdempotencyStore store = new IdempotencyStore();
    store.remember("first", Reply.ok(Json.object()));
    store.remember("second", Reply.ok(Json.object()));
    for (int i = 0; i < IdempotencyStore.MAX_KEYS - 2; i++) {
      store.remember("k" + i, Reply.ok(Json.object()));
    }
    assertNotNull(store.replay("first"));
    store.remember("one-more", Reply.ok(Json.object()));
    assertEquals(IdempotencyStore.MAX_KEYS, store.size());
    assertNotNull(store.replay("first"));
    assertNull(store.replay("second"));
  }

  @Test
  void boundedByBytesToo() {
    IdempotencyStore store = new IdempotencyStore();
    byte[] big = new byte[1024 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    big[0] = '{';
    big[big.length - 1] = '}';
    for (int i = 0; i < 100; i++) {
      store.remember("k" + i, Reply.rendered(200, big));
    }
    assertTrue(store.size() <= IdempotencyStore.MAX_BYTES / big.length, "held " + store.size());
    assertNotNull(store.replay("k99"));
    assertNull(store.replay("k0"));
  }
}

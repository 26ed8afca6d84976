package io.medusajava.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class InMemoryTokenStoreTest {
  @Test
  void startsEmpty() {
    assertNull(new InMemoryTokenStore().get());
  }

  @Test
  void returnsTheTokenSetLast() {
    InMemoryTokenStore store = new InMemoryTokenStore();
    store.set("first");
    store.set("second");
    assertEquals("second", store.get());
  }

  @Test
  void clearForgetsTheToken() {
    InMemoryTokenStore store = new InMemoryTokenStore();
    store.set("jwt");
    store.clear();
    assertNull(store.get());
  }
}

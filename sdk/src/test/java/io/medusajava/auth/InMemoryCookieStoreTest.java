package io.medusajava.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import okhttp3.Cookie;
import org.junit.jupiter.api.Test;

class InMemoryCookieStoreTest {
  private static final Cookie SESSION =
      new Cookie.Builder()
          .name("connect.sid")
          .value("s%3Aabc")
          .hostOnlyDomain("api.example.com")
          .build();
  private static final Cookie OTHER =
      new Cookie.Builder().name("theme").value("dark").hostOnlyDomain("api.example.com").build();

  @Test
  void startsEmpty() {
    assertEquals(List.of(), new InMemoryCookieStore().load());
  }

  @Test
  void saveReplacesTheWholeSet() {
    InMemoryCookieStore store = new InMemoryCookieStore();
    store.save(List.of(SESSION, OTHER));
    store.save(List.of(OTHER));
    assertEquals(List.of(OTHER), store.load());
  }

  @Test
  void laterChangesToTheSavedListAreNotSeen() {
    InMemoryCookieStore store = new InMemoryCookieStore();
    List<Cookie> cookies = new ArrayList<>(List.of(SESSION));
    store.save(cookies);
    cookies.add(OTHER);
    assertEquals(List.of(SESSION), store.load());
  }

  @Test
  void clearForgetsAllCookies() {
    InMemoryCookieStore store = new InMemoryCookieStore();
    store.save(List.of(SESSION));
    store.clear();
    assertEquals(List.of(), store.load());
  }
}

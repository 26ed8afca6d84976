package io.medusajava.mock.http;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionStoreTest {

  /** The {@code connect.sid=...} pair a client sends back. */
  private static String cookie(SessionStore store, String sid) {
    String set = store.setCookie(sid);
    return set.substring(0, set.indexOf(';'));
  }

  @Test
  void anonymousSessionsCostNothingAndNeverPushOutALogin() {
    SessionStore store = new SessionStore();
    String shopper = store.create();
    store.logIn(shopper, "cus_1");
    String shopperCookie = cookie(store, shopper);
    // Far more cookie-less visitors than the store holds logins: none of them is kept.
    for (int i = 0; i < SessionStore.MAX_LOGGED_IN + 10_000; i++) {
      store.create();
    }
    assertEquals(1, store.retained());
    assertEquals(Optional.of(shopper), store.resolve(shopperCookie));
    assertEquals("cus_1", store.customerOf(shopper));
  }

  @Test
  void anonymousCookieIsValidBySignatureAlone() {
    SessionStore store = new SessionStore();
    String sid = store.create();
    assertEquals(Optional.of(sid), store.resolve("theme=dark; " + cookie(store, sid)));
    assertNull(store.customerOf(sid));
    String forged = "connect.sid=s%3A" + sid + ".AAAA";
    assertEquals(Optional.empty(), store.resolve(forged));
  }

  @Test
  void cookiesThatAreNotSignedSessionsAreIgnored() {
    SessionStore store = new SessionStore();
    for (String header :
        new String[] {
          "connect.sid=%zz",
          "connect.sid=%",
          "connect.sid=%E0%A4%A",
          "connect.sid=",
          "connect.sid=s%3A",
          "connect.sid=s:abc",
          "connect.sid=s:.",
          ";;;",
          "connect.sid=\u00e9\u00ff",
          null
        }) {
      assertEquals(Optional.empty(), store.resolve(header), String.valueOf(header));
    }
  }

  /** A lookup refreshes a login: the least recently used one goes first, not the oldest. */
  @Test
  void loginsAreEvictedLeastRecentlyUsedFirst() {
    SessionStore store = new SessionStore();
    String first = store.create();
    store.logIn(first, "cus_first");
    String firstCookie = cookie(store, first);
    String second = store.create();
    store.logIn(second, "cus_second");
    for (int i = 0; i < SessionStore.MAX_LOGGED_IN - 2; i++) {
      store.logIn(store.create(), "cus_" + i);
    }
    store.resolve(firstCookie); // the first shopper comes back
    store.logIn(store.create(), "cus_one_more");
    assertEquals("cus_first", store.customerOf(first));
    assertNull(store.customerOf(second));
    assertEquals(SessionStore.MAX_LOGGED_IN, store.retained());
  }

  @Test
  void destroyedSessionAndResetRejectOldCookies() {
    SessionStore store = new SessionStore();
    String sid = store.create();
    store.logIn(sid, "cus_1");
    String old = cookie(store, sid);
    store.destroy(sid);
    assertEquals(Optional.empty(), store.resolve(old));
    assertNull(store.customerOf(sid));

    String other = store.create();
    String otherCookie = cookie(store, other);
    store.clear();
    assertEquals(Optional.empty(), store.resolve(otherCookie), "a reset is a restart for sessions");
  }
}

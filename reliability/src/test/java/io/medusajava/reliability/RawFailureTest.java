package io.medusajava.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.MedusaCall;
import io.medusajava.MedusaCallback;
import io.medusajava.MedusaStore;
import io.medusajava.auth.AuthMode;
import io.medusajava.auth.FileCookieStore;
import io.medusajava.auth.FileTokenStore;
import io.medusajava.auth.InMemoryTokenStore;
import io.medusajava.auth.TokenStore;
import io.medusajava.errors.AuthenticationException;
import io.medusajava.errors.ClientSideException;
import io.medusajava.errors.MedusaException;
import io.medusajava.errors.ServerException;
import io.medusajava.errors.UnexpectedResponseException;
import io.medusajava.model.CartCompleteParams;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Case 2 of issue 12: values no HTTP header can carry, from the server, a file or the caller, and
 * exceptions thrown inside the call. Each gives a typed exception (or an argument error before
 * anything is sent), on the synchronous and the asynchronous paths, and no dispatcher thread dies.
 */
@Timeout(30)
class RawFailureTest extends WatchedServerTest {
  @TempDir Path dir;

  /** Runs a call all three ways (execute, enqueue, executeAsync) and returns the three failures. */
  private static <T> MedusaException[] failAllThreeWays(
      Function<MedusaStore, MedusaCall<T>> call, MedusaStore store) throws Exception {
    MedusaException sync = assertThrows(MedusaException.class, () -> call.apply(store).execute());
    CompletableFuture<MedusaException> callback = new CompletableFuture<>();
    call.apply(store)
        .enqueue(
            new MedusaCallback<T>() {
              @Override
              public void onSuccess(T body) {
                callback.completeExceptionally(new AssertionError("succeeded"));
              }

              @Override
              public void onFailure(MedusaException error) {
                callback.complete(error);
              }
            });
    CompletableFuture<T> future = call.apply(store).executeAsync();
    Throwable async =
        assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS)).getCause();
    return new MedusaException[] {
      sync, callback.get(10, TimeUnit.SECONDS), assertInstanceOf(MedusaException.class, async)
    };
  }

  @Test
  void retryAfterBeyondIntegerRangeIsAServerErrorEveryWay() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(Answers.status(503).setHeader("Retry-After", "99999999999"));
    }
    try (MedusaStore store = builder().maxRetries(0).build()) {
      for (MedusaException e : failAllThreeWays(s -> s.products().list(), store)) {
        assertInstanceOf(ServerException.class, e);
        assertEquals(503, e.getStatusCode());
      }
    }
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void tokenFromTheServerThatNoHeaderCanCarryIsRefusedAndNotStored() throws Exception {
    for (String bad :
        new String[] {"eyJ.abc\\r\\nX-Injected: 1", "eyJ.t\u00f6k\u20acn", "eyJ abc", ""}) {
      InMemoryTokenStore tokens = new InMemoryTokenStore();
      server.enqueue(Answers.token(bad));
      server.enqueue(Answers.json(Answers.PRODUCTS));
      try (MedusaStore store = builder().authMode(AuthMode.JWT).tokenStore(tokens).build()) {
        UnexpectedResponseException e =
            assertThrows(
                UnexpectedResponseException.class,
                () ->
                    store.auth().loginWithToken("jane@example.com", "Very-Secret-4711").execute());
        assertEquals(
            "200: unusable answer: the access_token is missing or has a character no header can carry;"
                + " it was not stored [POST /store/auth/token]",
            e.getMessage());
        assertNull(tokens.get());
        // The client goes on working, logged out.
        assertEquals(0, store.products().list().execute().count());
      }
      server.takeRequest();
      assertNull(server.takeRequest().getHeader("Authorization"));
    }
  }

  @Test
  void tokenFileWithATrailingLineBreakIsUsed() throws Exception {
    File file = dir.resolve("token").toFile();
    Files.write(file.toPath(), "eyJ.from-an-editor\n".getBytes(StandardCharsets.UTF_8));
    server.enqueue(Answers.json(Answers.CUSTOMER));
    try (MedusaStore store =
        builder().authMode(AuthMode.JWT).tokenStore(new FileTokenStore(file)).build()) {
      store.customers().retrieve().execute();
    }
    assertEquals("Bearer eyJ.from-an-editor", server.takeRequest().getHeader("Authorization"));
  }

  @Test
  void damagedTokenFileIsDiscardedAsLoggedOutWithATypedError() throws Exception {
    File file = dir.resolve("token").toFile();
    String secret = "eyJ.secret-part";
    Files.write(file.toPath(), (secret + "\r\nX-Injected: 1").getBytes(StandardCharsets.UTF_8));
    server.enqueue(Answers.json(Answers.PRODUCTS));
    try (MedusaStore store =
        builder().authMode(AuthMode.JWT).tokenStore(new FileTokenStore(file)).build()) {
      AuthenticationException e =
          assertThrows(AuthenticationException.class, () -> store.customers().retrieve().execute());
      assertEquals(0, e.getStatusCode());
      assertFalse(e.getMessage().contains(secret), e.getMessage());
      assertFalse(file.exists(), "the damaged token file was kept");
      // Logged out from now on, also after a restart: the next call goes without a token.
      store.products().list().execute();
    }
    assertEquals(1, server.getRequestCount());
    assertNull(server.takeRequest().getHeader("Authorization"));
  }

  @Test
  void damagedTokenFileFailsTheAsyncCallTypedToo() throws Exception {
    File file = dir.resolve("token").toFile();
    Files.write(file.toPath(), "eyJ.t\u00f6ken".getBytes(StandardCharsets.UTF_8));
    try (MedusaStore store =
        builder().authMode(AuthMode.JWT).tokenStore(new FileTokenStore(file)).build()) {
      Throwable e =
          assertThrows(
                  ExecutionException.class,
                  () -> store.customers().retrieve().executeAsync().get(10, TimeUnit.SECONDS))
              .getCause();
      assertInstanceOf(AuthenticationException.class, e);
    }
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void cookieFileWithAValueNoHeaderCanCarryIsDroppedOnLoad() throws Exception {
    File file = dir.resolve("cookies.json").toFile();
    String host = server.getHostName();
    String attributes =
        "\"expiresAt\":253402300799999,\"domain\":\""
            + host
            + "\",\"path\":\"/\",\"secure\":false,"
            + "\"httpOnly\":true,\"hostOnly\":true,\"persistent\":true";
    Files.write(
        file.toPath(),
        ("{\"version\":1,\"cookies\":["
                + "{\"name\":\"connect.sid\",\"value\":\"s%3A\u00e9t\u00e9\","
                + attributes
                + "},"
                + "{\"name\":\"theme\",\"value\":\"dark\","
                + attributes
                + "}]}")
            .getBytes(StandardCharsets.UTF_8));
    server.enqueue(Answers.json(Answers.PRODUCTS));
    try (MedusaStore store = builder().cookieStore(new FileCookieStore(file)).build()) {
      store.products().list().execute();
    }
    // The sendable cookie still goes, so the file was read and its cookies match this server.
    assertEquals("theme=dark", server.takeRequest().getHeader("Cookie"));
  }

  @Test
  void builderRefusesHeaderValuesNoRequestCouldCarryWithoutRepeatingThem() {
    String key = "pk_01SECRETKEY";
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MedusaStore.builder().publishableApiKey(key + "\n"));
    assertEquals(
        "publishableApiKey has a character an HTTP header cannot carry (a line break, another control"
            + " character or non-ASCII) at index 14",
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MedusaStore.builder().defaultHeader("X-Tenant", "north\r\nX-Injected: 1"));
    assertEquals(
        "value of header X-Tenant has a character an HTTP header cannot carry (a line break, another"
            + " control character or non-ASCII) at index 5",
        e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MedusaStore.builder().defaultHeader("X Tenant", "v"));
    assertEquals("name is not a valid header name: bad character at index 1", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MedusaStore.builder().userAgentSuffix("caf\u00e9/1.0"));
    assertEquals(
        "product has a character an HTTP header cannot carry (a line break, another control character"
            + " or non-ASCII) at index 3",
        e.getMessage());
  }

  @Test
  void idempotencyKeyNoHeaderCanCarryFailsWhenTheCallIsMadeBeforeAnythingIsSent() {
    try (MedusaStore store = builder().build()) {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              store
                  .carts()
                  .complete(
                      "cart_01",
                      CartCompleteParams.builder().idempotencyKey("key\r\nX-Injected: 1").build()));
    }
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void serverIdempotencyKeyNoHeaderCanCarryIsNotSentBack() throws Exception {
    server.enqueue(
        Answers.status(503)
            .addHeaderLenient("Idempotency-Key", "cl\u00e9-\u20ac")
            .setHeader("Retry-After", "0"));
    server.enqueue(Answers.json("{\"type\":\"cart\",\"data\":{\"id\":\"cart_01\"}}"));
    try (MedusaStore store = builder().build()) {
      store.carts().complete("cart_01").execute();
    }
    RecordedRequest first = server.takeRequest();
    RecordedRequest retry = server.takeRequest();
    assertEquals(first.getHeader("Idempotency-Key"), retry.getHeader("Idempotency-Key"));
  }

  /** A bug, and what an Android device without an API the interceptor uses would throw. */
  static Stream<Throwable> thrownByAnInterceptor() {
    return Stream.of(
        new IllegalStateException("interceptor bug"),
        new NoClassDefFoundError("java/util/Missing"));
  }

  @ParameterizedTest
  @MethodSource("thrownByAnInterceptor")
  void exceptionThrownByAnInterceptorIsTypedEveryWay(Throwable thrown) throws Exception {
    try (MedusaStore store =
        builder()
            .addInterceptor(
                chain -> {
                  if (thrown instanceof Error) {
                    throw (Error) thrown;
                  }
                  throw (RuntimeException) thrown;
                })
            .build()) {
      for (MedusaException e : failAllThreeWays(s -> s.products().list(), store)) {
        assertInstanceOf(ClientSideException.class, e);
        assertEquals(thrown, e.getCause());
        assertEquals(
            "Failed on the client side: "
                + thrown.getClass().getName()
                + " thrown by an interceptor, a"
                + " session store or the SDK (see the cause) [GET /store/products]",
            e.getMessage());
      }
    }
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void tokenStoreThatThrowsGivesATypedErrorEveryWay() throws Exception {
    try (MedusaStore store =
        builder()
            .authMode(AuthMode.JWT)
            .tokenStore(
                new TokenStore() {
                  @Override
                  public String get() {
                    throw new IllegalStateException("cannot read the token file");
                  }

                  @Override
                  public void set(String token) {}

                  @Override
                  public void clear() {}
                })
            .build()) {
      for (MedusaException e : failAllThreeWays(s -> s.customers().retrieve(), store)) {
        assertInstanceOf(ClientSideException.class, e);
      }
    }
  }
}

package io.medusajava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.errors.AuthenticationException;
import io.medusajava.errors.ConflictException;
import io.medusajava.errors.ConnectionException;
import io.medusajava.errors.InvalidRequestException;
import io.medusajava.errors.MedusaException;
import io.medusajava.errors.NotFoundException;
import io.medusajava.errors.ServerException;
import io.medusajava.errors.UnexpectedResponseException;
import io.medusajava.errors.UnprocessableException;
import io.medusajava.model.Cart;
import io.medusajava.model.CustomerCreateParams;
import io.medusajava.model.LineItemCreateParams;
import io.medusajava.testing.Transcripts;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failures seen through the whole client: each HTTP outcome becomes one typed {@link
 * MedusaException}.
 */
class ErrorHandlingTest {
  private static final String CART = "cart_01M8K2NMDC5GQMFPKCV7YS4RSC";
  private static final String JSON = "application/json; charset=utf-8";
  private static final String HTML = "text/html; charset=utf-8";
  private static final String SERVER_ERROR_PAGE =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
          + "<meta charset=\"utf-8\">\n<title>Error</title>\n</head>\n<body>\n"
          + "<pre>Error: connect ECONNREFUSED 127.0.0.1:5432<br> &nbsp; &nbsp;at TCPConnectWrap.afterConnect"
          + " (node:net:1555:16)</pre>\n</body>\n</html>\n";

  private MockWebServer server;
  private MedusaStore store;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    store =
        MedusaStore.builder()
            .baseUrl(server.url("/").toString())
            .maxRetries(0)
            .sleeper(ms -> {})
            .build();
  }

  @AfterEach
  void stop() throws IOException {
    store.close();
    server.shutdown();
  }

  private void answer(int status, String contentType, String body) {
    MockResponse response = new MockResponse().setResponseCode(status).setBody(body);
    if (contentType != null) {
      response.setHeader("Content-Type", contentType);
    }
    server.enqueue(response);
  }

  private void answerCaptured(String prefix) {
    Transcripts.Exchange exchange = Transcripts.get(prefix);
    answer(
        exchange.status(),
        exchange.contentType().isEmpty() ? null : exchange.contentType(),
        exchange.body());
  }

  private MedusaCall<Cart> addInsufficientItem() {
    return store
        .carts()
        .addLineItem(
            CART,
            LineItemCreateParams.builder()
                .variantId("variant_01M8K2MHEPTD36SW2P2RKMKP14")
                .quantity(1000)
                .build());
  }

  private MedusaCall<Cart> retrieveCart() {
    return store.carts().retrieve(CART);
  }

  /** Runs the call asynchronously and returns what the future failed with. */
  private static Throwable asyncFailure(MedusaCall<?> call) {
    CompletableFuture<?> future = call.executeAsync();
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
    assertTrue(future.isCompletedExceptionally());
    return e.getCause();
  }

  // ---- error statuses ----

  @Test
  void insufficientInventoryIsInvalidRequestWithMedusasFields() {
    answerCaptured("50-");
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> addInsufficientItem().execute());
    assertEquals(400, e.getStatusCode());
    assertEquals("not_allowed", e.getType());
    assertEquals("insufficient_inventory", e.getCode());
    assertEquals(
        "Variant with id: variant_01M8K2MHEPTD36SW2P2RKMKP14 does not have the required inventory",
        e.getServerMessage());
    assertEquals("POST", e.getMethod());
    assertEquals("/store/carts/" + CART + "/line-items", e.getPath());
    assertEquals(
        "400 not_allowed (insufficient_inventory): Variant with id: variant_01M8K2MHEPTD36SW2P2RKMKP14"
            + " does not have the required inventory [POST /store/carts/"
            + CART
            + "/line-items]",
        e.getMessage());
    assertEquals(Transcripts.get("50-").body(), e.getRawBody());
  }

  @Test
  void plainTextUnauthorizedIsAuthenticationException() {
    answerCaptured("55-");
    AuthenticationException e =
        assertThrows(
            AuthenticationException.class,
            () -> store.auth().loginWithSession("jane@example.com", "wrong").execute());
    assertEquals(401, e.getStatusCode());
    assertEquals("Unauthorized", e.getServerMessage());
    assertNull(e.getType());
    assertEquals("POST", e.getMethod());
    assertEquals("/store/auth", e.getPath());
  }

  @Test
  void unauthorizedWithoutContentTypeIsAuthenticationException() {
    answerCaptured("59-");
    AuthenticationException e =
        assertThrows(AuthenticationException.class, () -> store.customers().retrieve().execute());
    assertEquals(401, e.getStatusCode());
    assertEquals("GET", e.getMethod());
    assertEquals("/store/customers/me", e.getPath());
  }

  @Test
  void jsonNotFoundIsNotFoundException() {
    answerCaptured("45-");
    NotFoundException e =
        assertThrows(
            NotFoundException.class,
            () -> store.carts().retrieve("cart_01DOESNOTEXIST000000000000").execute());
    assertEquals(404, e.getStatusCode());
    assertEquals("not_found", e.getType());
    assertEquals("Cart with cart_01DOESNOTEXIST000000000000 was not found", e.getServerMessage());
    assertEquals("GET", e.getMethod());
    assertEquals("/store/carts/cart_01DOESNOTEXIST000000000000", e.getPath());
  }

  @Test
  void conflictWithoutRetriesIsConflictException() {
    answer(
        409,
        JSON,
        "{\"type\":\"conflict\",\"message\":\"The cart is being completed by another request\"}");
    ConflictException e = assertThrows(ConflictException.class, () -> retrieveCart().execute());
    assertEquals(409, e.getStatusCode());
    assertEquals("conflict", e.getType());
    assertEquals("The cart is being completed by another request", e.getServerMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void duplicateEmailIsUnprocessableException() {
    answerCaptured("54-");
    CustomerCreateParams body =
        CustomerCreateParams.builder()
            .firstName("Jane")
            .lastName("Doe")
            .email("jane@example.com")
            .password("secret")
            .build();
    UnprocessableException e =
        assertThrows(UnprocessableException.class, () -> store.customers().create(body).execute());
    assertEquals(422, e.getStatusCode());
    assertEquals("duplicate_error", e.getType());
    assertEquals("invalid_request_error", e.getCode());
    assertEquals(
        "A customer with the given email already has an account. Log in instead",
        e.getServerMessage());
    assertEquals("POST", e.getMethod());
    assertEquals("/store/customers", e.getPath());
  }

  @Test
  void htmlServerErrorIsServerExceptionWithReadableMessage() {
    answer(500, HTML, SERVER_ERROR_PAGE);
    ServerException e = assertThrows(ServerException.class, () -> retrieveCart().execute());
    assertEquals(500, e.getStatusCode());
    assertEquals(
        "500: HTML page: Error: connect ECONNREFUSED 127.0.0.1:5432 [GET /store/carts/"
            + CART
            + "]",
        e.getMessage());
    assertNull(e.getServerMessage());
    assertEquals(SERVER_ERROR_PAGE, e.getRawBody());
  }

  // ---- undecodable success bodies ----

  @Test
  void truncatedJsonIsUnexpectedResponse() {
    answer(200, JSON, "{\"cart\":{\"id\":\"cart_01M8K2NMDC5GQMFPKCV7YS4RSC\",\"ema");
    UnexpectedResponseException e =
        assertThrows(UnexpectedResponseException.class, () -> retrieveCart().execute());
    assertEquals(200, e.getStatusCode());
    assertEquals("GET", e.getMethod());
    assertEquals("/store/carts/" + CART, e.getPath());
    assertTrue(e.getMessage().startsWith("200: could not decode the response ("), e.getMessage());
  }

  @Test
  void htmlPageWithOkStatusIsUnexpectedResponse() {
    answer(
        200,
        HTML,
        "<!DOCTYPE html><html><head><title>Maintenance</title></head><body>Back soon</body></html>");
    UnexpectedResponseException e =
        assertThrows(UnexpectedResponseException.class, () -> retrieveCart().execute());
    assertEquals(200, e.getStatusCode());
    assertTrue(
        e.getMessage().contains("text/html; charset=utf-8 body starting \"<!DOCTYPE html>"),
        e.getMessage());
  }

  @Test
  void emptyOkBodyIsUnexpectedResponse() {
    answer(200, JSON, "");
    UnexpectedResponseException e =
        assertThrows(UnexpectedResponseException.class, () -> retrieveCart().execute());
    assertEquals(200, e.getStatusCode());
    assertTrue(e.getMessage().contains("empty body"), e.getMessage());
    assertNull(e.getRawBody());
  }

  @Test
  void emptyOkBodyWithoutContentTypeIsUnexpectedResponse() {
    server.enqueue(new MockResponse().setResponseCode(200));
    UnexpectedResponseException e =
        assertThrows(UnexpectedResponseException.class, () -> retrieveCart().execute());
    assertEquals(200, e.getStatusCode());
  }

  @Test
  void jsonNullBodyIsUnexpectedResponse() {
    answer(200, JSON, "null");
    UnexpectedResponseException e =
        assertThrows(UnexpectedResponseException.class, () -> retrieveCart().execute());
    assertEquals(200, e.getStatusCode());
    assertEquals("/store/carts/" + CART, e.getPath());
  }

  @Test
  void stringWhereTheCartBelongsIsUnexpectedResponse() {
    answer(200, JSON, "{\"cart\":\"cart_01M8K2NMDC5GQMFPKCV7YS4RSC\"}");
    UnexpectedResponseException e =
        assertThrows(UnexpectedResponseException.class, () -> retrieveCart().execute());
    assertEquals(200, e.getStatusCode());
    assertEquals("{\"cart\":\"cart_01M8K2NMDC5GQMFPKCV7YS4RSC\"}", e.getRawBody());
  }

  @Test
  void bareStringBodyIsUnexpectedResponse() {
    answer(200, JSON, "\"ok\"");
    assertThrows(UnexpectedResponseException.class, () -> retrieveCart().execute());
  }

  @Test
  void stringWhereAListBelongsIsUnexpectedResponse() {
    answer(200, JSON, "{\"cart\":{\"id\":\"c\",\"items\":\"none\"}}");
    UnexpectedResponseException e =
        assertThrows(UnexpectedResponseException.class, () -> retrieveCart().execute());
    assertNotNull(e.getCause());
    assertFalse(e.getCause() instanceof MedusaException);
  }

  @Test
  void badTimestampIsUnexpectedResponse() {
    answer(200, JSON, "{\"cart\":{\"id\":\"c\",\"created_at\":\"yesterday\"}}");
    assertThrows(UnexpectedResponseException.class, () -> retrieveCart().execute());
  }

  // ---- no response ----

  @Test
  void connectionResetIsConnectionException() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    ConnectionException e = assertThrows(ConnectionException.class, () -> retrieveCart().execute());
    assertEquals(0, e.getStatusCode());
    assertEquals("GET", e.getMethod());
    assertEquals("/store/carts/" + CART, e.getPath());
    assertInstanceOf(IOException.class, e.getCause());
    assertTrue(e.getMessage().startsWith("No response: "), e.getMessage());
  }

  // ---- the same through executeAsync ----

  @Test
  void asyncInsufficientInventoryFailsWithInvalidRequest() {
    answerCaptured("50-");
    InvalidRequestException e =
        assertInstanceOf(InvalidRequestException.class, asyncFailure(addInsufficientItem()));
    assertEquals("insufficient_inventory", e.getCode());
    assertEquals("POST", e.getMethod());
    assertEquals("/store/carts/" + CART + "/line-items", e.getPath());
  }

  @Test
  void asyncUnauthorizedFailsWithAuthenticationException() {
    answerCaptured("59-");
    assertInstanceOf(AuthenticationException.class, asyncFailure(store.customers().retrieve()));
  }

  @Test
  void asyncNotFoundFailsWithNotFoundException() {
    answerCaptured("45-");
    assertInstanceOf(NotFoundException.class, asyncFailure(retrieveCart()));
  }

  @Test
  void asyncConflictFailsWithConflictException() {
    answer(409, JSON, "{\"type\":\"conflict\",\"message\":\"busy\"}");
    assertInstanceOf(ConflictException.class, asyncFailure(retrieveCart()));
  }

  @Test
  void asyncDuplicateEmailFailsWithUnprocessableException() {
    answerCaptured("54-");
    CustomerCreateParams body =
        CustomerCreateParams.builder()
            .firstName("Jane")
            .lastName("Doe")
            .email("jane@example.com")
            .password("secret")
            .build();
    assertInstanceOf(UnprocessableException.class, asyncFailure(store.customers().create(body)));
  }

  @Test
  void asyncHtmlServerErrorFailsWithServerException() {
    answer(500, HTML, SERVER_ERROR_PAGE);
    ServerException e = assertInstanceOf(ServerException.class, asyncFailure(retrieveCart()));
    assertEquals(
        "500: HTML page: Error: connect ECONNREFUSED 127.0.0.1:5432 [GET /store/carts/"
            + CART
            + "]",
        e.getMessage());
  }

  @Test
  void asyncTruncatedJsonFailsWithUnexpectedResponse() {
    answer(200, JSON, "{\"cart\":{\"id\":\"cart_");
    UnexpectedResponseException e =
        assertInstanceOf(UnexpectedResponseException.class, asyncFailure(retrieveCart()));
    assertEquals("/store/carts/" + CART, e.getPath());
  }

  @Test
  void asyncHtmlPageWithOkStatusFailsWithUnexpectedResponse() {
    answer(200, HTML, "<html><body>Back soon</body></html>");
    assertInstanceOf(UnexpectedResponseException.class, asyncFailure(retrieveCart()));
  }

  @Test
  void asyncEmptyOkBodyFailsWithUnexpectedResponse() {
    answer(200, JSON, "");
    assertInstanceOf(UnexpectedResponseException.class, asyncFailure(retrieveCart()));
  }

  @Test
  void asyncJsonNullBodyFailsWithUnexpectedResponse() {
    answer(200, JSON, "null");
    assertInstanceOf(UnexpectedResponseException.class, asyncFailure(retrieveCart()));
  }

  @Test
  void asyncWrongTypeFailsWithUnexpectedResponse() {
    answer(200, JSON, "{\"cart\":\"cart_01M8K2NMDC5GQMFPKCV7YS4RSC\"}");
    assertInstanceOf(UnexpectedResponseException.class, asyncFailure(retrieveCart()));
  }

  @Test
  void asyncConnectionResetFailsWithConnectionException() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    ConnectionException e =
        assertInstanceOf(ConnectionException.class, asyncFailure(retrieveCart()));
    assertEquals(0, e.getStatusCode());
    assertEquals("GET", e.getMethod());
  }
}

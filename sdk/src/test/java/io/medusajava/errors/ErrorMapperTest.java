package io.medusajava.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonEncodingException;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bodies and failures the captures do not cover: odd statuses, broken or absent bodies, and no
 * response.
 */
class ErrorMapperTest {
  private static final String JSON = "application/json; charset=utf-8";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "400, InvalidRequestException",
    "401, AuthenticationException",
    "403, UnexpectedResponseException",
    "404, NotFoundException",
    "409, ConflictException",
    "418, UnexpectedResponseException",
    "422, UnprocessableException",
    "429, RateLimitException",
    "500, ServerException",
    "502, ServerException",
    "503, ServerException",
    "599, ServerException",
    "600, UnexpectedResponseException",
    "302, UnexpectedResponseException",
    "200, UnexpectedResponseException"
  })
  void statusPicksTheExceptionClass(int status, String simpleName) {
    MedusaException e =
        ErrorMapper.fromResponse(status, JSON, "{\"type\":\"x\",\"message\":\"m\"}", "GET", "/p");
    assertEquals(simpleName, e.getClass().getSimpleName());
    assertEquals(status, e.getStatusCode());
  }

  @Test
  void emptyBody() {
    MedusaException e = ErrorMapper.fromResponse(502, "text/html", "", "GET", "/store/products");
    assertInstanceOf(ServerException.class, e);
    assertEquals("502: empty body [GET /store/products]", e.getMessage());
    assertNull(e.getRawBody());
    assertNull(e.getServerMessage());
  }

  @Test
  void nullBodyAndNullContentType() {
    MedusaException e = ErrorMapper.fromResponse(429, null, null, "POST", "/store/carts");
    assertInstanceOf(RateLimitException.class, e);
    assertEquals("429: empty body [POST /store/carts]", e.getMessage());
    assertNull(e.getType());
    assertNull(e.getCode());
    assertNull(e.getRawBody());
  }

  @Test
  void truncatedJson() {
    String body = "{\"type\":\"invalid_data\",\"mess";
    MedusaException e = ErrorMapper.fromResponse(400, JSON, body, "POST", "/store/carts");
    assertInstanceOf(InvalidRequestException.class, e);
    assertEquals(
        "400: unreadable JSON body: {\"type\":\"invalid_data\",\"mess [POST /store/carts]",
        e.getMessage());
    assertNull(e.getType());
    assertEquals(body, e.getRawBody());
  }

  @Test
  void jsonArrayBody() {
    MedusaException e =
        ErrorMapper.fromResponse(400, JSON, "[{\"message\":\"no\"}]", "GET", "/store/regions");
    assertInstanceOf(InvalidRequestException.class, e);
    assertEquals(
        "400: JSON body of an unexpected shape: [{\"message\":\"no\"}] [GET /store/regions]",
        e.getMessage());
    assertNull(e.getServerMessage());
  }

  @Test
  void jsonScalarAndForeignObjectBodies() {
    assertEquals(
        "404: JSON body of an unexpected shape: \"gone\" [GET /x]",
        ErrorMapper.fromResponse(404, JSON, "\"gone\"", "GET", "/x").getMessage());
    MedusaException foreign =
        ErrorMapper.fromResponse(500, JSON, "{\"error\":{\"type\":1}}", "GET", "/x");
    assertEquals(
        "500: JSON body without an error message: {\"error\":{\"type\":1}} [GET /x]",
        foreign.getMessage());
    // Fields of the wrong JSON type are ignored rather than fatal.
    MedusaException numbers =
        ErrorMapper.fromResponse(400, JSON, "{\"type\":7,\"message\":\"m\"}", "GET", "/x");
    assertNull(numbers.getType());
    assertEquals("m", numbers.getServerMessage());
  }

  @Test
  void multipleErrorsBody() {
    String body =
        "{\"errors\":[{\"type\":\"invalid_data\",\"message\":\"email must be an email\"},"
            + "{\"message\":\"password should not be empty\"}],\"message\":\"Provided request body contains errors.\"}";
    MedusaException e = ErrorMapper.fromResponse(400, JSON, body, "POST", "/store/auth");
    assertEquals("invalid_data", e.getType());
    assertEquals(
        "Provided request body contains errors.: email must be an email; password should not be empty",
        e.getServerMessage());
  }

  @Test
  void conflictKeepsMedusaFields() {
    String body =
        "{\"code\":\"invalid_state_error\",\"type\":\"conflict\",\"message\":\"Retry with the key.\"}";
    MedusaException e =
        ErrorMapper.fromResponse(409, JSON, body, "POST", "/store/carts/c/complete");
    assertInstanceOf(ConflictException.class, e);
    assertEquals(
        "409 conflict (invalid_state_error): Retry with the key. [POST /store/carts/c/complete]",
        e.getMessage());
  }

  @Test
  void teapotIsUnexpected() {
    MedusaException e =
        ErrorMapper.fromResponse(418, "text/plain", "I'm a teapot", "GET", "/store/teapot");
    assertInstanceOf(UnexpectedResponseException.class, e);
    assertEquals("418: I'm a teapot [GET /store/teapot]", e.getMessage());
    assertEquals("I'm a teapot", e.getServerMessage());
  }

  @Test
  void hugeHtmlPageKeepsTheMessageShort() {
    String body =
        "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><pre>"
            + "x".repeat(2 * 1024 * 1024)
            + "</pre></body></html>";
    long start = System.nanoTime();
    MedusaException e = ErrorMapper.fromResponse(502, "text/html", body, "GET", "/store/products");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertInstanceOf(ServerException.class, e);
    // The <pre> closes beyond the scanned head, so the title names the page.
    assertEquals("502: HTML page: 502 Bad Gateway [GET /store/products]", e.getMessage());
    assertEquals(body.length(), e.getRawBody().length());
    assertTrue(millis < 2_000, "took " + millis + " ms");
  }

  @Test
  void longHtmlHeadlineIsCut() {
    String body = "<html><body><h1>" + "y".repeat(5_000) + "</h1></body></html>";
    MedusaException e = ErrorMapper.fromResponse(503, null, body, "GET", "/");
    assertEquals("503: HTML page: " + "y".repeat(200) + "... [GET /]", e.getMessage());
  }

  @Test
  void htmlBehindAJsonContentTypeIsStillAnHtmlPage() {
    String body = "<html><head><title>Service &amp; Maintenance</title></head><body></body></html>";
    MedusaException e = ErrorMapper.fromResponse(503, JSON, body, "GET", "/store/regions");
    assertEquals("503: HTML page: Service & Maintenance [GET /store/regions]", e.getMessage());
  }

  @Test
  void hugePlainTextIsCutInMessageAndServerMessage() {
    String body = "z".repeat(2 * 1024 * 1024);
    MedusaException e = ErrorMapper.fromResponse(500, "text/plain", body, "GET", "/");
    assertEquals("z".repeat(200) + "...", e.getServerMessage());
    assertTrue(e.getMessage().length() < 250, e.getMessage());
  }

  @Test
  void hugeMedusaMessageIsKeptButCutInGetMessage() {
    String message = "w".repeat(10_000);
    MedusaException e =
        ErrorMapper.fromResponse(
            400,
            JSON,
            "{\"type\":\"invalid_data\",\"message\":\"" + message + "\"}",
            "POST",
            "/store/carts");
    assertEquals(message, e.getServerMessage());
    assertEquals(
        "400 invalid_data: " + "w".repeat(200) + "... [POST /store/carts]", e.getMessage());
  }

  @Test
  void timeoutIsAConnectionException() {
    SocketTimeoutException timeout = new SocketTimeoutException("timeout");
    ConnectionException e =
        ErrorMapper.connectionFailure(timeout, "GET", "/store/products?limit=1");
    assertEquals(
        "No response: timeout (SocketTimeoutException) [GET /store/products?limit=1]",
        e.getMessage());
    assertEquals(0, e.getStatusCode());
    assertSame(timeout, e.getCause());
    assertNull(e.getType());
    assertNull(e.getRawBody());
    assertEquals("GET", e.getMethod());
    assertEquals("/store/products?limit=1", e.getPath());
  }

  @Test
  void connectionFailureNamesTheFailure() {
    assertEquals(
        "No response: timeout [POST /store/carts]",
        ErrorMapper.connectionFailure(new SocketTimeoutException(), "POST", "/store/carts")
            .getMessage());
    assertEquals(
        "No response: Connection reset (SocketException) [POST /store/carts]",
        ErrorMapper.connectionFailure(
                new SocketException("Connection reset"), "POST", "/store/carts")
            .getMessage());
    assertEquals(
        "No response: IOException [GET /]",
        ErrorMapper.connectionFailure(new IOException(), "GET", "/").getMessage());
  }

  @Test
  void undecodableTruncatedSuccessBody() {
    JsonEncodingException cause = new JsonEncodingException("End of input at path $.cart.id");
    UnexpectedResponseException e =
        ErrorMapper.undecodable(
            200, JSON, "{\"cart\":{\"id\":", cause, "GET", "/store/carts/cart_1");
    assertEquals(
        "200: could not decode the response (End of input at path $.cart.id (JsonEncodingException)); "
            + "application/json; charset=utf-8 body starting \"{\"cart\":{\"id\":\" [GET /store/carts/cart_1]",
        e.getMessage());
    assertSame(cause, e.getCause());
    assertEquals(200, e.getStatusCode());
  }

  @Test
  void undecodableEmptySuccessBody() {
    UnexpectedResponseException e =
        ErrorMapper.undecodable(200, null, "", new EOFException(), "GET", "/store/regions");
    assertEquals(
        "200: could not decode the response (EOFException); empty body [GET /store/regions]",
        e.getMessage());
    assertNull(e.getRawBody());
  }

  @Test
  void undecodableHtmlExcerptIsCut() {
    String html = "<html>" + "<p>lorem</p>".repeat(500) + "</html>";
    UnexpectedResponseException e =
        ErrorMapper.undecodable(
            200,
            "text/html",
            html,
            new JsonEncodingException("Use JsonReader.setLenient(true)"),
            "GET",
            "/store/products");
    assertTrue(e.getMessage().length() < 400, e.getMessage());
    assertTrue(e.getMessage().contains("text/html body starting \"<html><p>lorem"), e.getMessage());
  }

  @Test
  void everyExceptionIsUnchecked() {
    assertInstanceOf(RuntimeException.class, ErrorMapper.fromResponse(500, null, null, "GET", "/"));
  }
}

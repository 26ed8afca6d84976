package io.medusajava.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.testing.Transcripts;
import io.medusajava.testing.Transcripts.Exchange;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error response captured from a real Medusa 1.20.11 maps to the right exception, filled from
 * its body.
 */
class ErrorMapperTranscriptTest {
  record Expected(
      Class<? extends MedusaException> type,
      String medusaType,
      String code,
      String serverMessage) {}

  private static final String UNKNOWN = "An unknown error occurred.";
  private static final String LIMIT_NOT_A_NUMBER =
      "limit must be a number conforming to the specified constraints";
  private static final String LINE_ITEM_FIELDS =
      "variant_id must be a string, quantity must be an integer number";

  // What each captured body says, read by eye from the files; keyed by file-name prefix.
  private static final Map<String, Expected> EXPECTED =
      Map.ofEntries(
          Map.entry("44-", invalid("invalid_data", null, "Cannot create order from empty cart")),
          Map.entry("45-", notFound("Cart with cart_01DOESNOTEXIST000000000000 was not found")),
          Map.entry("46-", notFound("Cart with cart_01DOESNOTEXIST000000000000 was not found")),
          Map.entry("47-", invalid("invalid_data", null, LINE_ITEM_FIELDS)),
          Map.entry("48-", invalid("invalid_data", null, LINE_ITEM_FIELDS)),
          Map.entry(
              "49-",
              invalid(
                  "invalid_data",
                  null,
                  "Unable to generate the line items, some variant has not been found: variant_01DOESNOTEXIST00000000000")),
          Map.entry(
              "50-",
              invalid(
                  "not_allowed",
                  "insufficient_inventory",
                  "Variant with id: variant_01M8K2MHEPTD36SW2P2RKMKP14 does not have the required inventory")),
          Map.entry("51-", notFound("Region with reg_01DOESNOTEXIST0000000000000 was not found")),
          Map.entry("52-", invalid(null, null, null)),
          Map.entry("53-", invalid("invalid_data", null, "email must be an email")),
          Map.entry(
              "54-",
              new Expected(
                  UnprocessableException.class,
                  "duplicate_error",
                  "invalid_request_error",
                  "A customer with the given email already has an account. Log in instead")),
          Map.entry("55-", unauthorized()),
          Map.entry("56-", unauthorized()),
          Map.entry("57-", unauthorized()),
          Map.entry(
              "58-",
              invalid(
                  "invalid_data", null, "email must be an email, password should not be empty")),
          Map.entry("59-", unauthorized()),
          Map.entry("60-", unauthorized()),
          Map.entry("61-", unauthorized()),
          Map.entry("62-", invalid("invalid_data", null, LIMIT_NOT_A_NUMBER)),
          Map.entry(
              "63-",
              new Expected(ServerException.class, "unknown_error", "unknown_error", UNKNOWN)),
          Map.entry("64-", invalid("invalid_data", null, "Requested fields [nope] are not valid")),
          Map.entry("65-", invalid("invalid_data", null, LIMIT_NOT_A_NUMBER)),
          Map.entry(
              "66-", notFound("Product with id: prod_01DOESNOTEXIST00000000000 was not found")),
          Map.entry("67-", notFound("Order with id order_01DOESNOTEXIST0000000000 was not found")),
          Map.entry("68-", notFound("Region with reg_01DOESNOTEXIST00000000000 was not found")),
          Map.entry(
              "69-",
              new Expected(ServerException.class, "unknown_error", "unknown_error", UNKNOWN)),
          Map.entry("70-", new Expected(NotFoundException.class, null, null, null)),
          Map.entry("75-", unauthorized()));

  private static Expected invalid(String medusaType, String code, String serverMessage) {
    return new Expected(InvalidRequestException.class, medusaType, code, serverMessage);
  }

  private static Expected notFound(String serverMessage) {
    return new Expected(NotFoundException.class, "not_found", null, serverMessage);
  }

  private static Expected unauthorized() {
    return new Expected(AuthenticationException.class, null, null, "Unauthorized");
  }

  static Stream<Exchange> errorExchanges() {
    return Transcripts.all().stream().filter(e -> e.status() >= 400);
  }

  private static MedusaException map(Exchange exchange) {
    return ErrorMapper.fromResponse(
        exchange.status(),
        exchange.contentType(),
        exchange.body(),
        exchange.method(),
        exchange.path());
  }

  @Test
  void everyCapturedErrorHasAnExpectation() {
    List<String> missing =
        errorExchanges()
            .map(Exchange::file)
            .filter(file -> !EXPECTED.containsKey(file.substring(0, 3)))
            .collect(Collectors.toList());
    assertEquals(List.of(), missing);
    assertEquals(EXPECTED.size(), errorExchanges().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorExchanges")
  void mapsCapturedError(Exchange exchange) {
    Expected expected = EXPECTED.get(exchange.file().substring(0, 3));
    MedusaException e = map(exchange);

    assertEquals(expected.type(), e.getClass());
    assertEquals(exchange.status(), e.getStatusCode());
    assertEquals(expected.medusaType(), e.getType());
    assertEquals(expected.code(), e.getCode());
    assertEquals(expected.serverMessage(), e.getServerMessage());
    assertEquals(exchange.method(), e.getMethod());
    assertEquals(exchange.path(), e.getPath());
    assertNotNull(e.getRawBody());
    assertTrue(e.getMessage().startsWith(String.valueOf(exchange.status())), e.getMessage());
    assertTrue(
        e.getMessage().endsWith("[" + exchange.method() + " " + exchange.path() + "]"),
        e.getMessage());
    assertTrue(e.getMessage().length() < 400, e.getMessage());
    assertNull(e.getCause());
  }

  @Test
  void insufficientInventoryMessageNamesTypeCodeAndRequest() {
    MedusaException e = map(Transcripts.get("50-"));
    assertEquals(
        "400 not_allowed (insufficient_inventory): Variant with id: variant_01M8K2MHEPTD36SW2P2RKMKP14 "
            + "does not have the required inventory [POST /store/carts/cart_01M8K2NMDC5GQMFPKCV7YS4RSC/line-items]",
        e.getMessage());
  }

  @Test
  void duplicateEmailMessage() {
    assertEquals(
        "422 duplicate_error (invalid_request_error): A customer with the given email already has an "
            + "account. Log in instead [POST /store/customers]",
        map(Transcripts.get("54-")).getMessage());
  }

  @Test
  void unknownErrorCodeIsNotRepeated() {
    assertEquals(
        "500 unknown_error: An unknown error occurred. [GET /store/products?offset=-1]",
        map(Transcripts.get("63-")).getMessage());
  }

  @Test
  void plainTextUnauthorized() {
    assertEquals(
        "401: Unauthorized [POST /store/auth/token]", map(Transcripts.get("56-")).getMessage());
    assertEquals(
        "401: Unauthorized [GET /store/customers/me]", map(Transcripts.get("59-")).getMessage());
  }

  @Test
  void malformedJsonRequestGivesHtmlPageWithFirstLineOfTheTrace() {
    MedusaException e = map(Transcripts.get("52-"));
    assertEquals(
        "400: HTML page: SyntaxError: Unexpected end of JSON input [POST /store/carts]",
        e.getMessage());
    assertTrue(e.getRawBody().contains("<pre>SyntaxError"));
  }

  @Test
  void unknownRouteGivesHtmlPageText() {
    MedusaException e = map(Transcripts.get("70-"));
    assertEquals(
        "404: HTML page: Cannot GET /store/does-not-exist [GET /store/does-not-exist]",
        e.getMessage());
  }
}

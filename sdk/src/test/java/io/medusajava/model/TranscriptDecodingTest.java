package io.medusajava.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.squareup.moshi.JsonAdapter;
import io.medusajava.json.MedusaJson;
import io.medusajava.testing.StoreSpec;
import io.medusajava.testing.Transcripts;
import io.medusajava.testing.Transcripts.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON body a real Medusa 1.20.11 answered decodes into the model our spec names for it, and
 * every field the spec marks required is there after decoding.
 */
class TranscriptDecodingTest {
  static Stream<Exchange> successes() {
    return Transcripts.all().stream()
        .filter(e -> e.status() == 200 && e.contentType().equals("application/json"));
  }

  static Stream<Exchange> jsonErrors() {
    return Transcripts.all().stream()
        .filter(e -> e.status() >= 400 && e.contentType().equals("application/json"));
  }

  @Test
  void coversTheCapturedExchanges() {
    assertEquals(41, successes().count(), "successful JSON exchanges");
    assertEquals(19, jsonErrors().count(), "JSON error exchanges");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("successes")
  void successBodyDecodesWithRequiredFields(Exchange exchange) throws Exception {
    Map<String, Object> op =
        StoreSpec.operation(exchange.method(), exchange.path())
            .orElseThrow(
                () ->
                    new AssertionError(
                        "spec has no operation for " + exchange.method() + " " + exchange.path()))
            .getValue();
    String schema =
        StoreSpec.responseSchema(op, 200)
            .orElseThrow(
                () -> new AssertionError("spec declares no JSON 200 for " + exchange.path()));
    Object decoded = decode(StoreSpec.modelClass(schema), exchange.body());

    List<String> problems = new ArrayList<>();
    Object sent = MedusaJson.moshi().adapter(Object.class).fromJson(exchange.body());
    Object kept = reencode(decoded);
    RequiredFields.check(StoreSpec.schema(schema), sent, kept, "$", problems);
    if (!problems.isEmpty()) {
      fail(exchange + ": " + String.join("\n", problems));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonErrors")
  void errorBodyDecodesIntoError(Exchange exchange) throws Exception {
    Error error = decode(Error.class, exchange.body());
    assertNotNull(error.getType(), "type");
    assertNotNull(error.getMessage(), "message");
  }

  @Test
  void completeCartDataIsTheOrder() throws Exception {
    CartCompletion res = decode(CartCompletion.class, Transcripts.get("26-").body());
    assertEquals(CartCompletion.TypeEnum.ORDER, res.getType());
    Order order = res.getOrder();
    assertNotNull(order);
    assertEquals("order_01M8K2NJWF5PPBT49C12FCNKMC", order.getId());
    assertEquals(1, order.getDisplayId());
    assertTrue(res.getCart() == null && res.getSwap() == null);
  }

  private static <T> T decode(Class<T> type, String json) throws Exception {
    T value = MedusaJson.moshi().adapter(type).fromJson(json);
    assertNotNull(value, "decoded " + type.getSimpleName());
    return value;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object reencode(Object decoded) {
    JsonAdapter adapter = MedusaJson.moshi().adapter(decoded.getClass()).serializeNulls();
    return adapter.toJsonValue(decoded);
  }
}

package io.medusajava.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written reader of Medusa's timestamp form gives what {@code DateTimeFormatter} gives:
 * the same value for every text it accepts, and the same failure for every text it does not.
 */
class TimestampParsingTest {
  private final JsonAdapter<OffsetDateTime> adapter =
      MedusaJson.moshi().adapter(OffsetDateTime.class);

  @Test
  void medusaTimestampsDecodeAsTheFormatterReadsThem() throws Exception {
    Random random = new Random(14);
    for (int i = 0; i < 20_000; i++) {
      String text =
          String.format(
              "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
              random.nextInt(10_000),
              1 + random.nextInt(12),
              1 + random.nextInt(28),
              random.nextInt(24),
              random.nextInt(60),
              random.nextInt(60),
              random.nextInt(1000));
      assertEquals(
          OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME), decode(text), text);
    }
  }

  @Test
  void otherFormsAndEdgesAgreeWithTheFormatter() throws Exception {
    List<String> texts =
        Arrays.asList(
            "2024-02-29T23:59:59.999Z",
            "0000-01-01T00:00:00.000Z",
            "2026-11-29T08:00:00Z",
            "2026-11-29T08:00:00.5Z",
            "2026-11-29T08:00:00.000000Z",
            "2026-11-29T08:00:00.000+02:00",
            "2026-11-29T08:00:00.000-00:30",
            "+12026-11-29T08:00:00.000Z",
            "2026-11-29t08:00:00.000z");
    for (String text : texts) {
      assertEquals(
          OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME), decode(text), text);
    }
  }

  @Test
  void textTheFormatterRejectsIsRejectedWithTheSameMessage() {
    List<String> texts =
        Arrays.asList(
            "2026-02-29T08:00:00.000Z",
            "2026-13-01T08:00:00.000Z",
            "2026-11-31T08:00:00.000Z",
            "2026-11-29T24:00:00.000Z",
            "2026-11-29T08:60:00.000Z",
            "2026-11-29T08:00:60.000Z",
            "2026-11-29 08:00:00.000Z",
            "2026-1a-29T08:00:00.000Z",
            "2026-11-29T08:00:00.0-0Z",
            "2026-11-29T08:00:00.000",
            "",
            "yesterday");
    for (String text : texts) {
      assertThrows(
          DateTimeParseException.class,
          () -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME),
          text);
      JsonDataException e = assertThrows(JsonDataException.class, () -> decode(text), text);
      assertEquals("Expected an ISO-8601 timestamp but was " + text + " at path $", e.getMessage());
    }
  }

  private OffsetDateTime decode(String text) throws Exception {
    return adapter.fromJson("\"" + text + "\"");
  }
}

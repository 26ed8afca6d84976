package io.medusajava.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * ISO-8601 timestamps such as {@code 2026-11-29T07:17:48.451Z}, the only form Medusa writes.
 *
 * <p>That one fixed form is read by hand: {@code DateTimeFormatter} spent about half the client's
 * CPU on a products page (a map of parsed fields per value). Any other form, and any text the fast
 * path does not accept, goes through {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}, so what is
 * accepted and the error for what is not stay the same.
 */
final class OffsetDateTimeAdapter extends JsonAdapter<OffsetDateTime> {
  /** {@code yyyy-MM-ddTHH:mm:ss.SSSZ}. */
  private static final int MEDUSA_LENGTH = 24;

  @Override
  public OffsetDateTime fromJson(JsonReader reader) throws IOException {
    String text = reader.nextString();
    OffsetDateTime fast = parseMedusaForm(text);
    if (fast != null) {
      return fast;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new JsonDataException(
          "Expected an ISO-8601 timestamp but was " + text + " at path " + reader.getPath(), e);
    }
  }

  /**
   * Reads {@code yyyy-MM-ddTHH:mm:ss.SSSZ}; null for anything else, including out-of-range fields.
   */
  static @Nullable OffsetDateTime parseMedusaForm(String s) {
    if (s.length() != MEDUSA_LENGTH
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':'
        || s.charAt(19) != '.'
        || s.charAt(23) != 'Z') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    int millis = digits(s, 20, 3);
    if ((year | month | day | hour | minute | second | millis) < 0) {
      return null;
    }
    try {
      return OffsetDateTime.of(
          year, month, day, hour, minute, second, millis * 1_000_000, ZoneOffset.UTC);
    } catch (DateTimeException outOfRange) {
      return null; // e.g. February 30th: the formatter reports it
    }
  }

  /**
   * The decimal value of {@code count} ASCII digits at {@code from}, or -1 if one is not a digit.
   */
  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, OffsetDateTime value) throws IOException {
    writer.value(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
  }
}

package io.medusajava.internal;

import io.medusajava.query.DateRange;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns the values of generated params classes into the query values their Retrofit methods take.
 * Internal.
 */
public final class QueryValues {
  private QueryValues() {}

  /**
   * Joins values with commas, the way the server splits {@code expand} and {@code fields}.
   *
   * @param values the values, or null
   * @return the joined text, or null
   */
  public static @Nullable String csv(@Nullable List<String> values) {
    if (values == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String value : values) {
      out.append(out.length() == 0 ? "" : ",").append(value.trim());
    }
    return out.toString();
  }

  /**
   * The exclusive lower bound of a range that may be unset.
   *
   * @param range the range, or null
   * @return its {@code [gt]} bound, or null
   */
  public static @Nullable OffsetDateTime gt(@Nullable DateRange range) {
    return range == null ? null : range.getGt();
  }

  /**
   * The inclusive lower bound of a range that may be unset.
   *
   * @param range the range, or null
   * @return its {@code [gte]} bound, or null
   */
  public static @Nullable OffsetDateTime gte(@Nullable DateRange range) {
    return range == null ? null : range.getGte();
  }

  /**
   * The exclusive upper bound of a range that may be unset.
   *
   * @param range the range, or null
   * @return its {@code [lt]} bound, or null
   */
  public static @Nullable OffsetDateTime lt(@Nullable DateRange range) {
    return range == null ? null : range.getLt();
  }

  /**
   * The inclusive upper bound of a range that may be unset.
   *
   * @param range the range, or null
   * @return its {@code [lte]} bound, or null
   */
  public static @Nullable OffsetDateTime lte(@Nullable DateRange range) {
    return range == null ? null : range.getLte();
  }
}

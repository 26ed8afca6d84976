package io.medusajava.query;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An immutable filter on a timestamp, sent as up to four bounds ({@code created_at[gt]=...}).
 *
 * <p>Bounds are normalised to UTC so that equal instants give equal ranges and the same query
 * string. Start from a factory such as {@link #after(Instant)} or {@link #between(Instant,
 * Instant)} and add bounds with the {@code and...} methods, each of which returns a new range.
 */
public final class DateRange {
  private final @Nullable OffsetDateTime gt;
  private final @Nullable OffsetDateTime gte;
  private final @Nullable OffsetDateTime lt;
  private final @Nullable OffsetDateTime lte;

  private DateRange(
      @Nullable OffsetDateTime gt,
      @Nullable OffsetDateTime gte,
      @Nullable OffsetDateTime lt,
      @Nullable OffsetDateTime lte) {
    this.gt = gt;
    this.gte = gte;
    this.lt = lt;
    this.lte = lte;
    checkOrder(gt, lt);
    checkOrder(gt, lte);
    checkOrder(gte, lt);
    checkOrder(gte, lte);
  }

  /**
   * Returns a range of timestamps strictly after {@code instant}.
   *
   * @param instant the exclusive lower bound
   * @return the range
   */
  public static DateRange after(Instant instant) {
    return new DateRange(utc(instant), null, null, null);
  }

  /**
   * Returns a range of timestamps strictly after {@code time}.
   *
   * @param time the exclusive lower bound, in any offset
   * @return the range
   */
  public static DateRange after(OffsetDateTime time) {
    return new DateRange(utc(time), null, null, null);
  }

  /**
   * Returns a range of timestamps at or after {@code instant}.
   *
   * @param instant the inclusive lower bound
   * @return the range
   */
  public static DateRange atOrAfter(Instant instant) {
    return new DateRange(null, utc(instant), null, null);
  }

  /**
   * Returns a range of timestamps at or after {@code time}.
   *
   * @param time the inclusive lower bound, in any offset
   * @return the range
   */
  public static DateRange atOrAfter(OffsetDateTime time) {
    return new DateRange(null, utc(time), null, null);
  }

  /**
   * Returns a range of timestamps strictly before {@code instant}.
   *
   * @param instant the exclusive upper bound
   * @return the range
   */
  public static DateRange before(Instant instant) {
    return new DateRange(null, null, utc(instant), null);
  }

  /**
   * Returns a range of timestamps strictly before {@code time}.
   *
   * @param time the exclusive upper bound, in any offset
   * @return the range
   */
  public static DateRange before(OffsetDateTime time) {
    return new DateRange(null, null, utc(time), null);
  }

  /**
   * Returns a range of timestamps at or before {@code instant}.
   *
   * @param instant the inclusive upper bound
   * @return the range
   */
  public static DateRange atOrBefore(Instant instant) {
    return new DateRange(null, null, null, utc(instant));
  }

  /**
   * Returns a range of timestamps at or before {@code time}.
   *
   * @param time the inclusive upper bound, in any offset
   * @return the range
   */
  public static DateRange atOrBefore(OffsetDateTime time) {
    return new DateRange(null, null, null, utc(time));
  }

  /**
   * Returns the half-open range from {@code start} (inclusive) to {@code end} (exclusive).
   *
   * <p>Half-open ranges tile without overlap: consecutive days never count an item twice.
   *
   * @param start the inclusive lower bound
   * @param end the exclusive upper bound
   * @return the range
   * @throws IllegalArgumentException if {@code start} is after {@code end}
   */
  public static DateRange between(Instant start, Instant end) {
    return new DateRange(null, utc(start), utc(end), null);
  }

  /**
   * Returns the half-open range from {@code start} (inclusive) to {@code end} (exclusive).
   *
   * @param start the inclusive lower bound, in any offset
   * @param end the exclusive upper bound, in any offset
   * @return the range
   * @throws IllegalArgumentException if {@code start} is after {@code end}
   */
  public static DateRange between(OffsetDateTime start, OffsetDateTime end) {
    return new DateRange(null, utc(start), utc(end), null);
  }

  /**
   * Returns a copy with the exclusive lower bound set to {@code instant}.
   *
   * @param instant the {@code [gt]} bound
   * @return the new range
   */
  public DateRange andAfter(Instant instant) {
    return new DateRange(utc(instant), gte, lt, lte);
  }

  /**
   * Returns a copy with the inclusive lower bound set to {@code instant}.
   *
   * @param instant the {@code [gte]} bound
   * @return the new range
   */
  public DateRange andAtOrAfter(Instant instant) {
    return new DateRange(gt, utc(instant), lt, lte);
  }

  /**
   * Returns a copy with the exclusive upper bound set to {@code instant}.
   *
   * @param instant the {@code [lt]} bound
   * @return the new range
   */
  public DateRange andBefore(Instant instant) {
    return new DateRange(gt, gte, utc(instant), lte);
  }

  /**
   * Returns a copy with the inclusive upper bound set to {@code instant}.
   *
   * @param instant the {@code [lte]} bound
   * @return the new range
   */
  public DateRange andAtOrBefore(Instant instant) {
    return new DateRange(gt, gte, lt, utc(instant));
  }

  /**
   * Returns the exclusive lower bound in UTC, or {@code null}.
   *
   * @return the {@code [gt]} bound
   */
  public @Nullable OffsetDateTime getGt() {
    return gt;
  }

  /**
   * Returns the inclusive lower bound in UTC, or {@code null}.
   *
   * @return the {@code [gte]} bound
   */
  public @Nullable OffsetDateTime getGte() {
    return gte;
  }

  /**
   * Returns the exclusive upper bound in UTC, or {@code null}.
   *
   * @return the {@code [lt]} bound
   */
  public @Nullable OffsetDateTime getLt() {
    return lt;
  }

  /**
   * Returns the inclusive upper bound in UTC, or {@code null}.
   *
   * @return the {@code [lte]} bound
   */
  public @Nullable OffsetDateTime getLte() {
    return lte;
  }

  private static OffsetDateTime utc(Instant instant) {
    if (instant == null) {
      throw new NullPointerException("instant");
    }
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static OffsetDateTime utc(OffsetDateTime time) {
    if (time == null) {
      throw new NullPointerException("time");
    }
    return time.withOffsetSameInstant(ZoneOffset.UTC);
  }

  // An empty range matches nothing and is almost always swapped arguments, so fail early.
  private static void checkOrder(@Nullable OffsetDateTime lower, @Nullable OffsetDateTime upper) {
    if (lower != null && upper != null && lower.isAfter(upper)) {
      throw new IllegalArgumentException(
          "date range lower bound " + lower + " is after upper bound " + upper);
    }
  }

  /**
   * Returns whether {@code o} is a range with the same bounds.
   *
   * @param o the object to compare
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof DateRange)) {
      return false;
    }
    DateRange other = (DateRange) o;
    return Arrays.equals(bounds(), other.bounds());
  }

  /**
   * Returns a hash of the bounds.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Arrays.hashCode(bounds());
  }

  /**
   * Returns the set bounds, such as {@code [gt=2024-01-01T00:00Z, lt=2024-02-01T00:00Z]}.
   *
   * @return a readable form
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("[");
    String[] names = {"gt", "gte", "lt", "lte"};
    Object[] bounds = bounds();
    for (int i = 0; i < names.length; i++) {
      if (bounds[i] != null) {
        if (out.length() > 1) {
          out.append(", ");
        }
        out.append(names[i]).append('=').append(bounds[i]);
      }
    }
    return out.append(']').toString();
  }

  private Object[] bounds() {
    return new Object[] {gt, gte, lt, lte};
  }
}

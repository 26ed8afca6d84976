package io.medusajava.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateRangeTest {
  private static final Instant JAN_1 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant FEB_1 = Instant.parse("2024-02-01T00:00:00Z");
  private static final OffsetDateTime JAN_1_UTC =
      OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime FEB_1_UTC =
      OffsetDateTime.of(2024, 2, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void afterSetsOnlyTheExclusiveLowerBound() {
    DateRange range = DateRange.after(JAN_1);

    assertEquals(JAN_1_UTC, range.getGt());
    assertNull(range.getGte());
    assertNull(range.getLt());
    assertNull(range.getLte());
  }

  @Test
  void atOrAfterSetsTheInclusiveLowerBound() {
    assertEquals(JAN_1_UTC, DateRange.atOrAfter(JAN_1).getGte());
  }

  @Test
  void beforeSetsTheExclusiveUpperBound() {
    assertEquals(JAN_1_UTC, DateRange.before(JAN_1).getLt());
  }

  @Test
  void atOrBeforeSetsTheInclusiveUpperBound() {
    assertEquals(JAN_1_UTC, DateRange.atOrBefore(JAN_1).getLte());
  }

  @Test
  void offsetTimesAreNormalisedToUtc() {
    OffsetDateTime berlin = OffsetDateTime.of(2024, 1, 1, 1, 0, 0, 0, ZoneOffset.ofHours(1));

    assertEquals(JAN_1_UTC, DateRange.after(berlin).getGt());
    assertEquals(ZoneOffset.UTC, DateRange.before(berlin).getLt().getOffset());
  }

  @Test
  void sameInstantInDifferentOffsetsGivesEqualRanges() {
    OffsetDateTime newYork = OffsetDateTime.of(2023, 12, 31, 19, 0, 0, 0, ZoneOffset.ofHours(-5));

    assertEquals(DateRange.after(JAN_1), DateRange.after(newYork));
    assertEquals(DateRange.after(JAN_1).hashCode(), DateRange.after(newYork).hashCode());
  }

  @Test
  void betweenIsHalfOpen() {
    DateRange range = DateRange.between(JAN_1, FEB_1);

    assertEquals(JAN_1_UTC, range.getGte());
    assertEquals(FEB_1_UTC, range.getLt());
    assertNull(range.getGt());
    assertNull(range.getLte());
  }

  @Test
  void betweenOffsetTimesIsHalfOpen() {
    assertEquals(DateRange.between(JAN_1, FEB_1), DateRange.between(JAN_1_UTC, FEB_1_UTC));
  }

  @Test
  void betweenRejectsAStartAfterTheEnd() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DateRange.between(FEB_1, JAN_1));
    assertEquals(
        "date range lower bound 2024-02-01T00:00Z is after upper bound 2024-01-01T00:00Z",
        e.getMessage());
  }

  @Test
  void addingABoundReturnsANewRange() {
    DateRange after = DateRange.after(JAN_1);
    DateRange both = after.andBefore(FEB_1);

    assertEquals(FEB_1_UTC, both.getLt());
    assertNull(after.getLt());
  }

  @Test
  void addedBoundsMustNotCrossTheOthers() {
    DateRange after = DateRange.after(FEB_1);

    assertThrows(IllegalArgumentException.class, () -> after.andAtOrBefore(JAN_1));
  }

  @Test
  void toStringListsTheSetBounds() {
    assertEquals(
        "[gte=2024-01-01T00:00Z, lt=2024-02-01T00:00Z]",
        DateRange.between(JAN_1, FEB_1).toString());
  }

  @Test
  void nullInstantIsRejected() {
    assertThrows(NullPointerException.class, () -> DateRange.after((Instant) null));
  }
}

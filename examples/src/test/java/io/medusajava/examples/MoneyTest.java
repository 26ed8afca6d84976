package io.medusajava.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void dollarsHaveCents() {
    assertEquals("$22.00", Money.format(2200, "usd"));
    assertEquals("$0.05", Money.format(5, "usd"));
    assertEquals("$1,234,567.89", Money.format(123456789, "USD"));
    assertEquals("$0.00", Money.format(0, "usd"));
  }

  @Test
  void eurosHaveCentsToo() {
    assertEquals("€19.50", Money.format(1950, "eur"));
    assertEquals("€1,000.00", Money.format(100000, "eur"));
  }

  @Test
  void yenHaveNoFraction() {
    assertEquals("¥2,200", Money.format(2200, "jpy"));
    assertEquals("¥7", Money.format(7, "jpy"));
  }

  @Test
  void negativeAmountsPutTheSignFirst() {
    assertEquals("-$3.50", Money.format(-350, "usd"));
  }

  @Test
  void aMissingTotalIsADash() {
    assertEquals("-", Money.format((Integer) null, "usd"));
    assertEquals("$1.00", Money.format(Integer.valueOf(100), "usd"));
  }

  @Test
  void unknownCurrencyIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Money.format(100, "xyz"));
  }
}

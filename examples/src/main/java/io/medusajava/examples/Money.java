package io.medusajava.examples;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/**
 * Formats Medusa amounts. Medusa stores every amount as a whole number of the currency's minor unit
 * (cents for usd, yen for jpy), so 2200 usd is $22.00 and 2200 jpy is ¥2,200. {@link Currency}
 * knows how many fraction digits each currency has, and its symbol.
 */
public final class Money {
  // One fixed locale, so a receipt reads the same on every machine.
  private static final Locale LOCALE = Locale.US;

  private Money() {}

  /**
   * Formats an amount in minor units, e.g. {@code format(2200, "usd")} is {@code "$22.00"}.
   *
   * @param minorUnits the amount as Medusa sends it
   * @param currencyCode an ISO 4217 code, in either case (Medusa sends lower case)
   * @throws IllegalArgumentException for a code that is not ISO 4217
   */
  public static String format(long minorUnits, String currencyCode) {
    Currency currency = Currency.getInstance(currencyCode.toUpperCase(Locale.ROOT));
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    BigDecimal amount = BigDecimal.valueOf(Math.abs(minorUnits), digits);
    DecimalFormat number = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(LOCALE));
    number.setMinimumFractionDigits(digits);
    number.setMaximumFractionDigits(digits);
    return (minorUnits < 0 ? "-" : "") + currency.getSymbol(LOCALE) + number.format(amount);
  }

  /**
   * Like {@link #format(long, String)}, with {@code null} (a total the server left out) shown as
   * "-".
   */
  public static String format(Integer minorUnits, String currencyCode) {
    return minorUnits == null ? "-" : format(minorUnits.longValue(), currencyCode);
  }
}

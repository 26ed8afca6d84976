package io.medusajava.mock.domain.catalog;

import io.medusajava.mock.domain.model.Price;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.Variant;

/**
 * Picks a variant's price the way Medusa's default price selection does without price lists: a
 * price set for the region wins, otherwise the price in the requested currency (the region's
 * currency when a region is given).
 */
public final class Pricing {
  private Pricing() {}

  /** The amount, or {@code null} when the variant has no price for this region/currency. */
  public static Long priceFor(Variant v, Region region, String currencyCode) {
    String currency = region != null ? region.currencyCode : currencyCode;
    Long byCurrency = null;
    for (Price p : v.prices) {
      if (region != null && region.id.equals(p.regionId)) {
        return p.amount;
      }
      if (p.regionId == null && p.currencyCode.equalsIgnoreCase(String.valueOf(currency))) {
        byCurrency = p.amount;
      }
    }
    return byCurrency;
  }
}

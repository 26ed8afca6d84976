package io.medusajava.examples;

import io.medusajava.MedusaStore;
import io.medusajava.model.Region;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Chooses the region an example works in: the first one, or the first with a given currency. */
final class Regions {
  static final String REGION_CURRENCY = "--region-currency";

  private Regions() {}

  static Region pick(MedusaStore store, Optional<String> currency) {
    List<Region> regions = store.regions().list().execute().items();
    if (regions.isEmpty()) {
      throw new ExampleFailure("the store has no regions");
    }
    if (currency.isEmpty()) {
      return regions.get(0);
    }
    String wanted = currency.get().toLowerCase(Locale.ROOT);
    return regions.stream()
        .filter(r -> r.getCurrencyCode().equalsIgnoreCase(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new ExampleFailure(
                    "no region uses currency '"
                        + wanted
                        + "'; the store has "
                        + regions.stream()
                            .map(Region::getCurrencyCode)
                            .distinct()
                            .collect(Collectors.joining(", "))));
  }
}

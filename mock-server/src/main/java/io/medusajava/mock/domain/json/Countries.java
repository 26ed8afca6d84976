package io.medusajava.mock.domain.json;

import java.util.Map;

/**
 * The country rows Medusa seeds into its database (id, ISO codes, names), for the countries a mock
 * region may list. Unknown codes still render, with what can be derived from the code alone.
 */
final class Countries {
  record Country(int id, String iso2, String iso3, int numCode, String name, String displayName) {}

  private static final Map<String, Country> BY_ISO2 =
      Map.ofEntries(
          Map.entry("us", new Country(236, "us", "usa", 840, "UNITED STATES", "United States")),
          Map.entry("ca", new Country(39, "ca", "can", 124, "CANADA", "Canada")),
          Map.entry("de", new Country(82, "de", "deu", 276, "GERMANY", "Germany")),
          Map.entry("dk", new Country(60, "dk", "dnk", 208, "DENMARK", "Denmark")),
          Map.entry("se", new Country(215, "se", "swe", 752, "SWEDEN", "Sweden")),
          Map.entry("fr", new Country(75, "fr", "fra", 250, "FRANCE", "France")),
          Map.entry("gb", new Country(235, "gb", "gbr", 826, "UNITED KINGDOM", "United Kingdom")));

  private Countries() {}

  static Country of(String iso2) {
    Country c = BY_ISO2.get(iso2);
    return c != null ? c : new Country(0, iso2, iso2, 0, iso2.toUpperCase(), iso2.toUpperCase());
  }

  /** Symbol and name of the store currencies; others fall back to the code. */
  static String[] currency(String code) {
    return switch (code) {
      case "usd" -> new String[] {"$", "$", "US Dollar"};
      case "eur" -> new String[] {"€", "€", "Euro"};
      case "gbp" -> new String[] {"£", "£", "British Pound"};
      case "dkk" -> new String[] {"Dkr", "kr", "Danish Krone"};
      case "sek" -> new String[] {"Skr", "kr", "Swedish Krona"};
      default -> new String[] {code.toUpperCase(), code.toUpperCase(), code.toUpperCase()};
    };
  }
}

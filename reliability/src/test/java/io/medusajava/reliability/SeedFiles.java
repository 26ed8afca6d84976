package io.medusajava.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.seed.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Variants of the bundled seed for tests that need more than it holds. */
final class SeedFiles {
  private SeedFiles() {}

  /** The bundled seed with every variant stocked deep enough for thousands of checkouts. */
  static Path deepStock(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode seed;
    try (InputStream in = Seed.class.getResourceAsStream(Seed.DEFAULT_RESOURCE)) {
      seed = json.readTree(in);
    }
    for (JsonNode product : seed.path("products")) {
      for (JsonNode variant : product.path("variants")) {
        ((ObjectNode) variant).put("inventory_quantity", 10_000_000);
      }
    }
    Path file = dir.resolve("deep-stock-seed.json");
    json.writeValue(file.toFile(), seed);
    return file;
  }
}

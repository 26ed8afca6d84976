package io.medusajava.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.seed.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a seed with {@code products} products in all, most of them cloned from the bundled seed's
 * first product, at run time.
 */
public final class BigSeed {
  private BigSeed() {}

  public static Path write(int products) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode seed;
    try (InputStream in = Seed.class.getResourceAsStream(Seed.DEFAULT_RESOURCE)) {
      seed = (ObjectNode) json.readTree(in);
    }
    JsonNode template = seed.path("products").get(0);
    // The bundled products stay (the seed's orders point at their variants); clones make up the
    // rest.
    ArrayNode list = (ArrayNode) seed.path("products");
    // Deep stock everywhere, so load runs never sell out of the bundled products either.
    for (JsonNode product : list) {
      for (JsonNode variant : product.path("variants")) {
        ((ObjectNode) variant).put("inventory_quantity", 1_000_000);
      }
    }
    for (int i = list.size(); i < products; i++) {
      ObjectNode p = template.deepCopy();
      String n = String.format("%07d", i);
      p.put("id", "prod_BENCH" + n);
      p.put("handle", "bench-product-" + n);
      p.put("title", "Bench Product " + n);
      // One variant each keeps the file (and the mock's memory) proportional to the product count.
      ArrayNode variants = json.createArrayNode();
      ObjectNode v = ((ObjectNode) template.path("variants").get(0)).deepCopy();
      v.put("id", "variant_BENCH" + n);
      v.put("sku", "BENCH-" + n);
      v.put("inventory_quantity", 1_000_000);
      variants.add(v);
      p.set("variants", variants);
      list.add(p);
    }
    Path file = Files.createTempFile("medusa-bench-seed-" + products + "-", ".json");
    file.toFile().deleteOnExit();
    json.writeValue(file.toFile(), seed);
    return file;
  }
}

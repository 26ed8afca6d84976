package io.medusajava.mock.domain.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.capture.StoreCapture;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed format's JSON Schema (shipped in the jar for editors) accepts the bundled seed and a
 * saved capture, and refuses a misspelt key; a saved seed reads back as it was written.
 */
class SeedSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theBundledSeedFollowsTheSchema() throws Exception {
    try (InputStream in = Seed.class.getResourceAsStream(Seed.DEFAULT_RESOURCE)) {
      assertEquals(Set.of(), schema().validate(JSON.readTree(in)));
    }
  }

  @Test
  void aHandWrittenSeedThatNamesTheSchemaFollowsIt() throws Exception {
    try (InputStream in = SeedSchemaTest.class.getResourceAsStream("/capture/two-products.json")) {
      assertEquals(Set.of(), schema().validate(JSON.readTree(in)));
    }
  }

  @Test
  void aSavedCaptureFollowsTheSchemaAndReadsBack(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("capture.json");
    try (MedusaMockServer mock = new MedusaMockServer().start()) {
      StoreCapture.builder(mock.baseUrl()).build().capture().save(file);
    }
    assertEquals(Set.of(), schema().validate(JSON.readTree(file.toFile())));
    Seed again = Seed.load(file);
    assertEquals(Files.readString(file).trim(), new String(again.toJson(), "UTF-8"));
  }

  @Test
  void aMisspeltKeyIsFlagged() throws Exception {
    JsonNode seed =
        JSON.readTree(
            "{\"regions\": [{\"id\": \"reg_1\", \"name\": \"EU\", \"currency_code\": \"eur\","
                + " \"tax_rates\": 25}]}");
    Set<ValidationMessage> problems = schema().validate(seed);
    assertFalse(problems.isEmpty());
    assertEquals(
        List.of(
            "$.regions[0]: property 'tax_rates' is not defined in the schema and the schema does not"
                + " allow additional properties"),
        problems.stream().map(ValidationMessage::getMessage).toList());
  }

  private static JsonSchema schema() throws Exception {
    try (InputStream in = Seed.class.getResourceAsStream(Seed.SCHEMA_RESOURCE)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }
}

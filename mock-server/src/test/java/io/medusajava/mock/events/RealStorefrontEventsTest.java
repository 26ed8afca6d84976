package io.medusajava.mock.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.medusajava.mock.MedusaMockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The storefront scenario on a real Medusa 1.20.11 and on the mock: per step the same event names,
 * as many, with the same top-level data keys (real's from its events.jsonl, in {@code MEDUSA_DIR},
 * default {@code /tmp/medusa-real}), and the reset and claim flows passing on both with tokens read
 * from each one's events. Runs when {@code MEDUSA_URL} is set.
 */
@EnabledIfEnvironmentVariable(named = "MEDUSA_URL", matches = ".+")
class RealStorefrontEventsTest {

  @Test
  void mockAndRealAnnounceTheSameEventsPerStep() {
    Path events =
        Path.of(System.getenv().getOrDefault("MEDUSA_DIR", "/tmp/medusa-real"), "events.jsonl");
    if (!Files.isReadable(events)) {
      throw new AssertionError(
          events + " is not readable: start the real server with setup.sh, which records events");
    }
    Map<String, List<String>> real =
        new StorefrontEvents(
                new RealServerEvents(System.getenv("MEDUSA_URL").replaceAll("/+$", ""), events))
            .run();
    Map<String, List<String>> mock;
    try (MedusaMockServer server = new MedusaMockServer().start()) {
      mock = new StorefrontEvents(new MockServerEvents(server)).run();
    }
    List<String> differences = new ArrayList<>();
    real.forEach(
        (step, events1) -> {
          if (!events1.equals(mock.get(step))) {
            differences.add(step + ":\n  real " + events1 + "\n  mock " + mock.get(step));
          }
        });
    assertEquals(List.of(), differences, "steps whose events differ");
    assertEquals(
        StorefrontEventsTest.expected(),
        real,
        "real no longer announces what the mock's table says");
  }
}

package io.medusajava.mock.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okhttp3.MediaType;
import org.junit.jupiter.api.Test;

/**
 * The other half of the contract: what a real Medusa 1.20.11 answered (the captured exchanges the
 * SDK's tests keep) fits openapi/store.yaml too, checked by the same rules the mock's answers are.
 */
class TranscriptSpecTest {
  private static final Path TRANSCRIPTS = Path.of("../sdk/src/test/resources/transcripts");

  @Test
  void everyCapturedAnswerFitsTheSpec() throws IOException {
    SpecCheckingInterceptor spec = new SpecCheckingInterceptor();
    int checked = 0;
    for (String line : Files.readAllLines(TRANSCRIPTS.resolve("index.tsv"))) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String path = f[2].split("\\?")[0];
      if (f[2].startsWith("/store/does-not-exist")) {
        continue; // the unknown route has no operation by definition
      }
      MediaType type = f[4].isEmpty() ? null : MediaType.get(f[4]);
      spec.check(
          f[1], path, Integer.parseInt(f[3]), type, Files.readString(TRANSCRIPTS.resolve(f[0])));
      checked++;
    }
    assertEquals(69, checked, "captured Store exchanges");
    assertEquals(List.of(), spec.violations());
  }
}

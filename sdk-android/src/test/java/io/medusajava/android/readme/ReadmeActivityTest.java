package io.medusajava.android.readme;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.Test;

/**
 * The README's Android example is ReadmeActivity, word for word from its imports on, so the code
 * shown is code that compiles.
 */
public class ReadmeActivityTest {
  @Test
  public void readmeShowsTheCompiledActivity() throws IOException {
    String readme =
        new String(Files.readAllBytes(Paths.get("..", "README.md")), StandardCharsets.UTF_8);
    String android = readme.substring(readme.indexOf("## Android"));
    int start = android.indexOf("```java\n") + "```java\n".length();
    String shown = android.substring(start, android.indexOf("```", start)).trim();

    String source =
        new String(
            Files.readAllBytes(
                Paths.get("src/test/java/io/medusajava/android/readme/ReadmeActivity.java")),
            StandardCharsets.UTF_8);
    String compiled = source.substring(source.indexOf("\nimport ") + 1).trim();
    assertTrue(shown, shown.startsWith("import android.app.Activity;"));
    assertEquals(compiled, shown);
  }
}

package io.medusajava.android;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.Test;

/** The README's Android example is ReadmeActivity, word for word, so the code shown is code that compiles. */
public class ReadmeActivityTest {
  @Test
  public void readmeShowsTheCompiledActivity() throws IOException {
    String readme = new String(Files.readAllBytes(Paths.get("..", "README.md")), StandardCharsets.UTF_8);
    String android = readme.substring(readme.indexOf("## Android"));
    int start = android.indexOf("```java\n") + "```java\n".length();
    String shown = android.substring(start, android.indexOf("```", start)).trim();

    String source = new String(Files.readAllBytes(
        Paths.get("src/test/java/io/medusajava/android/ReadmeActivity.java")), StandardCharsets.UTF_8);
    String compiled = source.substring(source.indexOf("public class ReadmeActivity")).trim();
    assertTrue(shown.startsWith("public class ReadmeActivity"));
    assertEquals(compiled, shown);
  }
}

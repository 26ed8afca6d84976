package io.medusajava.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The README's Java blocks as a reader copies them: each shows its imports and compiles with
 * exactly those, against the published artifacts (this module's test class path holds the SDK, the
 * mock server and JUnit). What the blocks do is run elsewhere: ReadmeSnippetsTest (sdk), the mock
 * server's readme.CheckoutTest.
 */
class ReadmeTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern IMPORT =
      Pattern.compile("^import (static )?([\\w.]+)\\.(\\w+|\\*);$", Pattern.MULTILINE);

  /**
   * What a statement block may use without declaring it, as the prose around it says ("baseUrl",
   * "the store", ...); named in full here so that the block's own imports are all that is in scope.
   */
  private static final String CONTEXT =
      "  String baseUrl, email, password, regionId, cartId;\n"
          + "  io.medusajava.MedusaStore store;\n"
          + "  java.io.File home;\n";

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
  }

  private static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(markdown);
    while (block.find()) {
      blocks.add(block.group(1));
    }
    return blocks;
  }

  @Test
  void everyJavaBlockCompilesWithTheImportsItShows() throws IOException {
    List<String> blocks = javaBlocks(readme());
    int compiled = 0;
    for (String block : blocks) {
      if (block.contains(" extends Activity")) {
        continue; // needs Android's classes: sdk-android's readme.ReadmeActivityTest holds it to
        // its copy there
      }
      assertTrue(block.startsWith("import "), "a README block without its imports:\n" + block);
      String body = IMPORT.matcher(block).replaceAll("").strip();
      for (Matcher i = IMPORT.matcher(block); i.find(); ) {
        String name = i.group(3);
        assertTrue(
            name.equals("*") || Pattern.compile("\\b" + name + "\\b").matcher(body).find(),
            "README block imports " + i.group(2) + "." + name + " and does not use it:\n" + block);
      }
      String source =
          body.startsWith("@") || body.startsWith("class ") || body.startsWith("public class ")
              ? block
              : imports(block)
                  + "class Snippet {\n"
                  + CONTEXT
                  + "  void run() throws Exception {\n"
                  + body
                  + "\n  }\n}\n";
      String errors = compile(className(source), source);
      assertEquals("", errors, "README block does not compile on its own:\n" + block);
      compiled++;
    }
    assertTrue(compiled >= 9, "only " + compiled + " Java blocks compiled");
  }

  /**
   * The JUnit block runs in mock-server's build, as readme.CheckoutTest: the same text but for its
   * package.
   */
  @Test
  void theJunitBlockIsTheMockServersTest() throws IOException {
    String junit =
        javaBlocks(readme()).stream()
            .filter(b -> b.contains("@MedusaMockTest"))
            .findFirst()
            .orElseThrow();
    String test =
        Files.readString(
            ROOT.resolve("mock-server/src/test/java/io/medusajava/mock/readme/CheckoutTest.java"),
            StandardCharsets.UTF_8);
    assertEquals(test.substring(test.indexOf("\nimport ") + 1), junit);
  }

  /**
   * The JUnit section lists every artifact its block imports from, at test scope, and the JUnit it
   * names is the one this build tests with.
   */
  @Test
  void theJunitSectionListsWhatItsBlockNeeds() throws IOException {
    String readme = readme();
    String section = readme.substring(readme.indexOf("## The mock server in JUnit 5 tests"));
    section = section.substring(0, section.indexOf("\n## "));
    String xml =
        section.substring(
            section.indexOf("```xml"), section.indexOf("```", section.indexOf("```xml") + 6));
    String block = javaBlocks(section).get(0);

    Set<String> needed = new TreeSet<>();
    for (Matcher i = IMPORT.matcher(block); i.find(); ) {
      String pkg = i.group(2);
      if (pkg.startsWith("java.")) {
        continue; // the JDK's own
      }
      needed.add(
          pkg.startsWith("io.medusajava.mock")
              ? "medusa-mock-server"
              : pkg.startsWith("io.medusajava")
                  ? "medusa-sdk"
                  : pkg.startsWith("org.junit.jupiter") ? "junit-jupiter" : "unexpected: " + pkg);
    }
    assertEquals(Set.of("medusa-mock-server", "medusa-sdk", "junit-jupiter"), needed);
    for (String artifact : needed) {
      Matcher dependency =
          Pattern.compile(
                  "<artifactId>"
                      + artifact
                      + "</artifactId>\\s*<version>([^<]+)</version>\\s*"
                      + "<scope>test</scope>")
              .matcher(xml);
      assertTrue(dependency.find(), artifact + " at test scope, in:\n" + xml);
    }
    String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher junitVersion = Pattern.compile("<junit.version>([^<]+)</junit.version>").matcher(pom);
    assertTrue(junitVersion.find());
    assertTrue(
        xml.contains(
            "<artifactId>junit-jupiter</artifactId>\n  <version>"
                + junitVersion.group(1)
                + "</version>"),
        "the README's JUnit is not the build's " + junitVersion.group(1));
  }

  /**
   * A Kotlin block is an excerpt of the file its first line names, which examples/kotlin compiles
   * and runs.
   */
  @Test
  void theKotlinBlocksAreFromTheKotlinExample() throws IOException {
    Matcher block =
        Pattern.compile("```kotlin\n// from (\\S+)\n(.*?)```", Pattern.DOTALL).matcher(readme());
    int checked = 0;
    while (block.find()) {
      String source = Files.readString(ROOT.resolve(block.group(1)), StandardCharsets.UTF_8);
      assertTrue(
          unindented(source).contains(unindented(block.group(2))),
          "README's Kotlin block is not in " + block.group(1) + ":\n" + block.group(2));
      checked++;
    }
    assertEquals(1, checked, "Kotlin blocks naming their source");
  }

  private static String unindented(String text) {
    return text.lines().map(String::strip).collect(Collectors.joining("\n", "", "\n"));
  }

  private static String imports(String block) {
    StringBuilder out = new StringBuilder();
    for (Matcher i = IMPORT.matcher(block); i.find(); ) {
      out.append(i.group()).append('\n');
    }
    return out.append('\n').toString();
  }

  private static String className(String source) {
    Matcher name = Pattern.compile("class (\\w+)").matcher(source);
    assertTrue(name.find());
    return name.group(1);
  }

  /**
   * Compiles one source file against this test's class path; returns the compiler's errors, or "".
   */
  private static String compile(String className, String source) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavaFileObject file =
        new SimpleJavaFileObject(
            URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    Path out = Files.createTempDirectory("readme-block");
    try {
      StringWriter errors = new StringWriter();
      // Surefire sets java.class.path to the test class path.
      List<String> options =
          List.of(
              "-proc:none",
              "-d",
              out.toString(),
              "-classpath",
              System.getProperty("java.class.path"));
      boolean ok = javac.getTask(errors, null, null, options, null, List.of(file)).call();
      return ok ? "" : errors.toString();
    } finally {
      try (var files = Files.walk(out)) {
        files.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}

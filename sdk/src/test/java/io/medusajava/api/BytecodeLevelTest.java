package io.medusajava.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SDK targets Android and Java 8 runtimes, so both hand-written and generated main classes must
 * be Java 8 class files (major version 52) even though the build JDK and the tests are newer.
 */
class BytecodeLevelTest {
  private static final int JAVA_8 = 52;
  private static final Path CLASSES = Path.of("target/classes");

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "io/medusajava/json/MedusaJson.class",
        "io/medusajava/internal/QueryValueConverterFactory.class",
        "io/medusajava/model/Cart.class",
        "io/medusajava/CartsResource.class",
        "io/medusajava/CartsResource$Api.class",
        "io/medusajava/model/CartCreateParams.class"
      })
  void mainClassIsJava8(String file) throws IOException {
    try (InputStream raw = Files.newInputStream(CLASSES.resolve(file));
        DataInputStream in = new DataInputStream(raw)) {
      assertEquals(0xCAFEBABE, in.readInt(), file + " is not a class file");
      in.readUnsignedShort(); // minor version
      assertEquals(JAVA_8, in.readUnsignedShort(), file + " class-file major version");
    }
  }
}

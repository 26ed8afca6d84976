package io.medusajava.android;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Android's toolchain takes Java 8 class files from a library; the module is built with --release
 * 8.
 */
public class BytecodeLevelTest {
  @Test
  public void everyMainClassIsJava8() throws IOException {
    List<Path> classes;
    try (Stream<Path> files = Files.walk(Paths.get("target", "classes"))) {
      classes = files.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
    }
    assertFalse(classes.isEmpty());
    for (Path c : classes) {
      try (InputStream in = Files.newInputStream(c);
          DataInputStream data = new DataInputStream(in)) {
        data.readInt(); // magic
        data.readUnsignedShort(); // minor
        assertEquals(c.toString(), 52, data.readUnsignedShort());
      }
    }
  }
}

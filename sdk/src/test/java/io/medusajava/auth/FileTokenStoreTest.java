package io.medusajava.auth;

import static java.nio.file.attribute.PosixFilePermission.OWNER_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_WRITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTokenStoreTest {
  private static final String JWT =
      "eyJhbGciOiJIUzI1NiJ9.eyJjdXN0b21lcl9pZCI6ImN1c18wMSJ9.c2lnbmF0dXJl";

  @TempDir Path dir;

  @Test
  void missingFileReadsAsNull() {
    assertNull(new FileTokenStore(dir.resolve("token").toFile()).get());
  }

  @Test
  void tokenSurvivesANewInstance() {
    File file = dir.resolve("token").toFile();
    new FileTokenStore(file).set(JWT);
    assertEquals(JWT, new FileTokenStore(file).get());
  }

  @Test
  void fileHoldsExactlyTheToken() throws IOException {
    Path file = dir.resolve("token");
    new FileTokenStore(file.toFile()).set(JWT);
    assertEquals(JWT, Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void setReplacesTheEarlierToken() {
    FileTokenStore store = new FileTokenStore(dir.resolve("token").toFile());
    store.set("old");
    store.set("new");
    assertEquals("new", store.get());
  }

  @Test
  void clearDeletesTheFile() {
    File file = dir.resolve("token").toFile();
    FileTokenStore store = new FileTokenStore(file);
    store.set(JWT);
    store.clear();
    assertFalse(file.exists());
  }

  @Test
  void getAfterClearIsNull() {
    FileTokenStore store = new FileTokenStore(dir.resolve("token").toFile());
    store.set(JWT);
    store.clear();
    assertNull(store.get());
  }

  @Test
  void clearWithoutAFileDoesNothing() {
    FileTokenStore store = new FileTokenStore(dir.resolve("token").toFile());
    store.clear();
    assertNull(store.get());
  }

  @Test
  void fileIsReadableAndWritableByTheOwnerOnly() throws IOException {
    assumePosix();
    Path file = dir.resolve("token");
    new FileTokenStore(file.toFile()).set(JWT);
    assertEquals(Set.of(OWNER_READ, OWNER_WRITE), Files.getPosixFilePermissions(file));
  }

  @Test
  void replacingAWorldReadableFileLeavesItOwnerOnly() throws IOException {
    assumePosix();
    Path file = dir.resolve("token");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    new FileTokenStore(file.toFile()).set(JWT);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void writeLeavesNoTemporaryFileBehind() throws IOException {
    FileTokenStore store = new FileTokenStore(dir.resolve("token").toFile());
    store.set("old");
    store.set("new");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(dir.resolve("token")), files.toList());
    }
  }

  @Test
  void missingDirectoriesAreCreated() {
    File file = dir.resolve("a/b/token").toFile();
    new FileTokenStore(file).set(JWT);
    assertEquals(JWT, new FileTokenStore(file).get());
  }

  @Test
  void tokenNoHeaderCouldCarryIsRefusedAndTheFileKept() {
    File file = dir.resolve("token").toFile();
    FileTokenStore store = new FileTokenStore(file);
    store.set("eyJ.first");
    for (String bad : new String[] {"tök€n", "abc\r\nSet-Cookie: x=y", "two words", ""}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> store.set(bad));
      assertEquals(
          "token is empty or has a character no header can carry; not stored", e.getMessage());
    }
    assertEquals("eyJ.first", new FileTokenStore(file).get());
  }

  @Test
  void whitespaceAroundTheTokenInTheFileIsIgnored() throws Exception {
    File file = dir.resolve("token").toFile();
    Files.write(file.toPath(), "eyJ.hand-written\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("eyJ.hand-written", new FileTokenStore(file).get());
  }

  static void assumePosix() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
  }
}

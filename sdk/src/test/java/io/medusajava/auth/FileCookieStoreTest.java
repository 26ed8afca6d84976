package io.medusajava.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCookieStoreTest {
  /** Every attribute set away from its default, so a lost attribute shows. */
  private static final Cookie SESSION =
      new Cookie.Builder()
          .name("connect.sid")
          .value("s%3AXyZ.\"quoted\";\\slash")
          .expiresAt(1_900_000_000_000L)
          .hostOnlyDomain("api.example.com")
          .path("/store")
          .secure()
          .httpOnly()
          .build();

  /** All defaults: not persistent, not host-only, not secure, not HttpOnly, path "/". */
  private static final Cookie PLAIN =
      new Cookie.Builder().name("theme").value("dárk").domain("example.com").build();

  @TempDir Path dir;

  @Test
  void cookiesSurviveANewInstanceWithEveryAttribute() {
    File file = dir.resolve("cookies.json").toFile();
    new FileCookieStore(file).save(List.of(SESSION, PLAIN));
    assertEquals(List.of(SESSION, PLAIN), new FileCookieStore(file).load());
  }

  @Test
  void nonPersistentCookieStaysNonPersistent() {
    File file = dir.resolve("cookies.json").toFile();
    new FileCookieStore(file).save(List.of(PLAIN));
    assertFalse(new FileCookieStore(file).load().get(0).persistent());
  }

  @Test
  void missingFileLoadsAsEmpty() {
    assertEquals(List.of(), new FileCookieStore(dir.resolve("cookies.json").toFile()).load());
  }

  @Test
  void garbageFileLoadsAsEmpty() throws IOException {
    Path file = dir.resolve("cookies.json");
    Files.write(file, new byte[] {0, (byte) 0xff, 'x', '{'});
    assertEquals(List.of(), new FileCookieStore(file.toFile()).load());
  }

  @Test
  void truncatedFileLoadsAsEmpty() throws IOException {
    Path file = dir.resolve("cookies.json");
    new FileCookieStore(file.toFile()).save(List.of(SESSION));
    String json = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, json.substring(0, json.length() / 2));
    assertEquals(List.of(), new FileCookieStore(file.toFile()).load());
  }

  @Test
  void fileWithAnInvalidCookieLoadsAsEmpty() throws IOException {
    Path file = dir.resolve("cookies.json");
    Files.writeString(
        file,
        "{\"version\":1,\"cookies\":[{\"name\":\"connect.sid\",\"value\":\"v\","
            + "\"expiresAt\":1,\"domain\":\"api.example.com\",\"path\":\"no-slash\",\"secure\":false,"
            + "\"httpOnly\":true,\"hostOnly\":true,\"persistent\":false}]}");
    assertEquals(List.of(), new FileCookieStore(file.toFile()).load());
  }

  @Test
  void fileOfAnUnknownVersionLoadsAsEmpty() throws IOException {
    Path file = dir.resolve("cookies.json");
    Files.writeString(file, "{\"version\":2,\"cookies\":[]}");
    assertEquals(List.of(), new FileCookieStore(file.toFile()).load());
  }

  @Test
  void saveOverACorruptFileWorks() throws IOException {
    Path file = dir.resolve("cookies.json");
    Files.writeString(file, "not json");
    new FileCookieStore(file.toFile()).save(List.of(SESSION));
    assertEquals(List.of(SESSION), new FileCookieStore(file.toFile()).load());
  }

  @Test
  void saveReplacesTheWholeSet() {
    FileCookieStore store = new FileCookieStore(dir.resolve("cookies.json").toFile());
    store.save(List.of(SESSION, PLAIN));
    store.save(List.of(PLAIN));
    assertEquals(List.of(PLAIN), store.load());
  }

  @Test
  void clearDeletesTheFile() {
    File file = dir.resolve("cookies.json").toFile();
    FileCookieStore store = new FileCookieStore(file);
    store.save(List.of(SESSION));
    store.clear();
    assertFalse(file.exists());
  }

  @Test
  void fileIsReadableAndWritableByTheOwnerOnly() throws IOException {
    FileTokenStoreTest.assumePosix();
    Path file = dir.resolve("cookies.json");
    new FileCookieStore(file.toFile()).save(List.of(SESSION));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void saveLeavesNoTemporaryFileBehind() throws IOException {
    FileCookieStore store = new FileCookieStore(dir.resolve("cookies.json").toFile());
    store.save(List.of(SESSION));
    store.save(List.of(PLAIN));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(dir.resolve("cookies.json")), files.toList());
    }
  }
}

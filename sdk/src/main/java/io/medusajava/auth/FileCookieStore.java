package io.medusajava.auth;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.Cookie;
import okio.Buffer;

/**
 * A {@link CookieStore} that keeps cookies as JSON in a file only its owner may read or write, so that a
 * session outlives the process.
 *
 * <p>Writes replace the file atomically. A file that cannot be read or parsed loads as no cookies, which
 * means logged out. Pass a file in app-private storage (on Android, under {@code Context.getFilesDir()}).
 * One instance per file: instances do not coordinate with each other.
 */
public final class FileCookieStore implements CookieStore {
  private static final int FORMAT_VERSION = 1;

  private final File file;

  /**
   * Creates a store backed by {@code file}, which need not exist yet.
   *
   * @param file where the cookies are kept
   */
  public FileCookieStore(File file) {
    if (file == null) {
      throw new NullPointerException("file == null");
    }
    this.file = file;
  }

  /**
   * Returns the cookies in the file; a missing, unreadable or corrupt file yields an empty list.
   *
   * @return an unmodifiable list
   */
  @Override
  public synchronized List<Cookie> load() {
    try {
      byte[] bytes = PrivateFiles.readOrNull(file);
      if (bytes == null) {
        return Collections.emptyList();
      }
      return Collections.unmodifiableList(decode(new Buffer().write(bytes)));
    } catch (IOException | RuntimeException e) {
      // A damaged file must not break every request; losing the session only asks the user to log in again.
      return Collections.emptyList();
    }
  }

  /**
   * Writes {@code cookies} to the file, replacing its content atomically.
   *
   * @param cookies the cookies to keep
   * @throws IllegalStateException if the file cannot be written
   */
  @Override
  public synchronized void save(List<Cookie> cookies) {
    try {
      Buffer buffer = new Buffer();
      encode(cookies, buffer);
      PrivateFiles.writeAtomically(file, buffer.readByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the cookie file " + file, e);
    }
  }

  /**
   * Deletes the file.
   *
   * @throws IllegalStateException if the file exists and cannot be deleted
   */
  @Override
  public synchronized void clear() {
    try {
      PrivateFiles.delete(file);
    } catch (IOException e) {
      throw new IllegalStateException("cannot delete the cookie file " + file, e);
    }
  }

  private static void encode(List<Cookie> cookies, Buffer sink) throws IOException {
    JsonWriter writer = JsonWriter.of(sink);
    writer.beginObject();
    writer.name("version").value(FORMAT_VERSION);
    writer.name("cookies").beginArray();
    for (Cookie cookie : cookies) {
      writer.beginObject();
      writer.name("name").value(cookie.name());
      writer.name("value").value(cookie.value());
      writer.name("expiresAt").value(cookie.expiresAt());
      writer.name("domain").value(cookie.domain());
      writer.name("path").value(cookie.path());
      writer.name("secure").value(cookie.secure());
      writer.name("httpOnly").value(cookie.httpOnly());
      writer.name("hostOnly").value(cookie.hostOnly());
      writer.name("persistent").value(cookie.persistent());
      writer.endObject();
    }
    writer.endArray();
    writer.endObject();
    writer.close();
  }

  private static List<Cookie> decode(Buffer source) throws IOException {
    JsonReader reader = JsonReader.of(source);
    List<Cookie> cookies = new ArrayList<Cookie>();
    Integer version = null;
    boolean sawCookies = false;
    reader.beginObject();
    while (reader.hasNext()) {
      String key = reader.nextName();
      if (key.equals("version")) {
        version = reader.nextInt();
      } else if (key.equals("cookies")) {
        sawCookies = true;
        reader.beginArray();
        while (reader.hasNext()) {
          cookies.add(decodeCookie(reader));
        }
        reader.endArray();
      } else {
        reader.skipValue();
      }
    }
    reader.endObject();
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new IOException("trailing data");
    }
    if (version == null || version != FORMAT_VERSION || !sawCookies) {
      throw new IOException("unsupported cookie file");
    }
    return cookies;
  }

  private static Cookie decodeCookie(JsonReader reader) throws IOException {
    String name = null;
    String value = null;
    Long expiresAt = null;
    String domain = null;
    String path = null;
    Boolean secure = null;
    Boolean httpOnly = null;
    Boolean hostOnly = null;
    Boolean persistent = null;
    reader.beginObject();
    while (reader.hasNext()) {
      String key = reader.nextName();
      switch (key) {
        case "name": name = reader.nextString(); break;
        case "value": value = reader.nextString(); break;
        case "expiresAt": expiresAt = reader.nextLong(); break;
        case "domain": domain = reader.nextString(); break;
        case "path": path = reader.nextString(); break;
        case "secure": secure = reader.nextBoolean(); break;
        case "httpOnly": httpOnly = reader.nextBoolean(); break;
        case "hostOnly": hostOnly = reader.nextBoolean(); break;
        case "persistent": persistent = reader.nextBoolean(); break;
        default: reader.skipValue(); break;
      }
    }
    reader.endObject();
    if (name == null || value == null || expiresAt == null || domain == null || path == null
        || secure == null || httpOnly == null || hostOnly == null || persistent == null) {
      throw new IOException("incomplete cookie");
    }
    // The builder re-validates every field, so a tampered entry fails here instead of reaching a request.
    Cookie.Builder builder = new Cookie.Builder().name(name).value(value).path(path);
    if (persistent) {
      builder.expiresAt(expiresAt);
    }
    if (hostOnly) {
      builder.hostOnlyDomain(domain);
    } else {
      builder.domain(domain);
    }
    if (secure) {
      builder.secure();
    }
    if (httpOnly) {
      builder.httpOnly();
    }
    return builder.build();
  }
}

package io.medusajava.auth;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Cookie;
import okio.Buffer;

/**
 * The JSON form in which the persistent {@link CookieStore}s keep a session's cookies: the file
 * store here and the SharedPreferences store of {@code sdk-android}. One format, so a session moved
 * between them still reads.
 */
public final class CookieJson {
  private static final int FORMAT_VERSION = 1;

  private CookieJson() {}

  /**
   * Writes {@code cookies}, every attribute an {@link Cookie} needs to be rebuilt, as JSON.
   *
   * @param cookies the cookies
   * @param sink where the JSON goes
   * @throws IOException if the sink fails
   */
  public static void encode(List<Cookie> cookies, Buffer sink) throws IOException {
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

  /**
   * Reads cookies written by {@link #encode}; every cookie is rebuilt through {@link
   * Cookie.Builder}, which re-checks it.
   *
   * @param source the JSON
   * @return the cookies
   * @throws IOException if the JSON is not this format, or a cookie is incomplete or invalid
   */
  public static List<Cookie> decode(Buffer source) throws IOException {
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
        case "name":
          name = reader.nextString();
          break;
        case "value":
          value = reader.nextString();
          break;
        case "expiresAt":
          expiresAt = reader.nextLong();
          break;
        case "domain":
          domain = reader.nextString();
          break;
        case "path":
          path = reader.nextString();
          break;
        case "secure":
          secure = reader.nextBoolean();
          break;
        case "httpOnly":
          httpOnly = reader.nextBoolean();
          break;
        case "hostOnly":
          hostOnly = reader.nextBoolean();
          break;
        case "persistent":
          persistent = reader.nextBoolean();
          break;
        default:
          reader.skipValue();
          break;
      }
    }
    reader.endObject();
    if (name == null
        || value == null
        || expiresAt == null
        || domain == null
        || path == null
        || secure == null
        || httpOnly == null
        || hostOnly == null
        || persistent == null) {
      throw new IOException("incomplete cookie");
    }
    // The builder re-validates every field, so a tampered entry fails here instead of reaching a
    // request.
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

package io.medusajava.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK version, read from the resource Maven fills in at build time. Internal. */
public final class Version {
  private static final String VERSION = load();

  private Version() {}

  /** Returns the version, such as {@code 0.1.0}; {@code unknown} when the resource is missing. */
  public static String get() {
    return VERSION;
  }

  /** Returns the User-Agent the SDK sends, such as {@code medusa-java/0.1.0}. */
  public static String userAgent() {
    return "medusa-java/" + VERSION;
  }

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/io/medusajava/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException ignored) {
      // fall through to "unknown": a missing version must not stop the client
    }
    String v = p.getProperty("version", "unknown");
    return v.startsWith("${") ? "unknown" : v;
  }
}

package io.medusajava.android;

import android.content.Context;
import android.content.SharedPreferences;
import io.medusajava.auth.CookieJson;
import io.medusajava.auth.CookieStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.Cookie;
import okio.Buffer;

/**
 * A {@link CookieStore} that keeps the session cookies (Medusa's {@code connect.sid}) in a private
 * {@link SharedPreferences} file, so that a cookie session survives the app's process.
 *
 * <p>Give each {@code MedusaStore} its own file name. Saving is asynchronous ({@code apply()});
 * clearing, which is what logout does, is synchronous ({@code commit()}) so that a logged-out
 * session never comes back. Cookies are read from the file once and then served from memory. A
 * value that cannot be parsed loads as no cookies: logged out, not broken.
 */
public final class SharedPreferencesCookieStore implements CookieStore {
  /** The preferences file used when none is named. */
  public static final String DEFAULT_FILE_NAME = "io.medusajava.cookies";

  private static final String KEY = "cookies";
  private final SharedPreferences preferences;
  private List<Cookie> cached;

  /**
   * Creates a store over the private preferences file {@value #DEFAULT_FILE_NAME}.
   *
   * @param context any context; only its application context is kept
   */
  public SharedPreferencesCookieStore(Context context) {
    this(context, DEFAULT_FILE_NAME);
  }

  /**
   * Creates a store over the private preferences file {@code fileName}.
   *
   * @param context any context; only its application context is kept
   * @param fileName name of the preferences file, one per store
   */
  public SharedPreferencesCookieStore(Context context, String fileName) {
    this(Stores.open(context, fileName));
  }

  /**
   * Creates a store over {@code preferences}. The store owns the key {@code "cookies"} in it.
   *
   * @param preferences where the cookies are kept
   */
  public SharedPreferencesCookieStore(SharedPreferences preferences) {
    if (preferences == null) {
      throw new IllegalArgumentException("preferences must not be null");
    }
    this.preferences = preferences;
  }

  @Override
  public synchronized List<Cookie> load() {
    if (cached == null) {
      cached = decodeOrEmpty(preferences.getString(KEY, null));
    }
    return cached;
  }

  @Override
  public synchronized void save(List<Cookie> cookies) {
    cached = Collections.unmodifiableList(new ArrayList<Cookie>(cookies));
    preferences.edit().putString(KEY, encode(cached)).apply();
  }

  /**
   * Forgets all cookies and waits until the file is written.
   *
   * @throws IllegalStateException if the file could not be written
   */
  @Override
  public synchronized void clear() {
    cached = Collections.emptyList();
    if (!preferences.edit().remove(KEY).commit()) {
      throw new IllegalStateException("could not write the cookie preferences");
    }
  }

  private static String encode(List<Cookie> cookies) {
    Buffer buffer = new Buffer();
    try {
      CookieJson.encode(cookies, buffer);
    } catch (IOException e) {
      throw new AssertionError(e); // a Buffer does not fail
    }
    return buffer.readUtf8();
  }

  private static List<Cookie> decodeOrEmpty(String json) {
    if (json == null) {
      return Collections.emptyList();
    }
    try {
      return Collections.unmodifiableList(CookieJson.decode(new Buffer().writeUtf8(json)));
    } catch (IOException | RuntimeException e) {
      return Collections.emptyList();
    }
  }
}

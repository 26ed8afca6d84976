package io.medusajava.android;

import android.content.Context;
import android.content.SharedPreferences;
import io.medusajava.auth.TokenStore;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TokenStore} that keeps the customer's JWT in a private {@link SharedPreferences} file,
 * so that a logged-in customer stays logged in after the app's process is killed.
 *
 * <p>Give each {@code MedusaStore} its own file name: two stores over one file would share one
 * customer. Storing a token is asynchronous ({@code apply()}): losing it in a crash only asks for
 * another login. Clearing it is synchronous ({@code commit()}), because a logout that comes back
 * after a crash would be a security bug, not an inconvenience.
 */
public final class SharedPreferencesTokenStore implements TokenStore {
  /** The preferences file used when none is named. */
  public static final String DEFAULT_FILE_NAME = "io.medusajava.token";

  private static final String KEY = "token";

  private final SharedPreferences preferences;

  /**
   * Creates a store over the private preferences file {@value #DEFAULT_FILE_NAME}.
   *
   * @param context any context; only its application context is kept
   */
  public SharedPreferencesTokenStore(Context context) {
    this(context, DEFAULT_FILE_NAME);
  }

  /**
   * Creates a store over the private preferences file {@code fileName}.
   *
   * @param context any context; only its application context is kept
   * @param fileName name of the preferences file, one per store
   */
  public SharedPreferencesTokenStore(Context context, String fileName) {
    this(Stores.open(context, fileName));
  }

  /**
   * Creates a store over {@code preferences}, for apps that manage the file themselves (an
   * encrypted one, say). The store owns the key {@code "token"} in it.
   *
   * @param preferences where the token is kept
   */
  public SharedPreferencesTokenStore(SharedPreferences preferences) {
    if (preferences == null) {
      throw new IllegalArgumentException("preferences must not be null");
    }
    this.preferences = preferences;
  }

  @Override
  public @Nullable String get() {
    return preferences.getString(KEY, null);
  }

  @Override
  public void set(String token) {
    if (token == null) {
      throw new IllegalArgumentException("token must not be null");
    }
    preferences.edit().putString(KEY, token).apply();
  }

  /**
   * Removes the token and waits until the file is written.
   *
   * @throws IllegalStateException if the file could not be written
   */
  @Override
  public void clear() {
    if (!preferences.edit().remove(KEY).commit()) {
      throw new IllegalStateException("could not write the token preferences");
    }
  }
}

package io.medusajava.android;

import android.content.Context;
import android.content.SharedPreferences;

/** Opens the preferences files of the two stores the same way. */
final class Stores {
  private Stores() {}

  static SharedPreferences open(Context context, String fileName) {
    if (context == null) {
      throw new IllegalArgumentException("context must not be null");
    }
    if (fileName == null || fileName.trim().isEmpty()) {
      throw new IllegalArgumentException("fileName must not be blank");
    }
    // The application context: a store usually outlives the Activity that created it.
    Context app =
        context.getApplicationContext() != null ? context.getApplicationContext() : context;
    return app.getSharedPreferences(fileName, Context.MODE_PRIVATE);
  }
}

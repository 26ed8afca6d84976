package io.medusajava.auth;

import java.io.File;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import okhttp3.Cookie;
import okio.Buffer;

/**
 * A {@link CookieStore} that keeps cookies as JSON in a file only its owner may read or write, so
 * that a session outlives the process.
 *
 * <p>Writes replace the file atomically. A file that cannot be read or parsed loads as no cookies,
 * which means logged out. Pass a file in app-private storage (on Android, under {@code
 * Context.getFilesDir()}). One instance per file: instances do not coordinate with each other.
 */
public final class FileCookieStore implements CookieStore {
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
      return Collections.unmodifiableList(CookieJson.decode(new Buffer().write(bytes)));
    } catch (IOException | RuntimeException e) {
      // A damaged file must not break every request; losing the session only asks the user to log
      // in again.
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
      CookieJson.encode(cookies, buffer);
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
}

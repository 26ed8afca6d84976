package io.medusajava.auth;

import io.medusajava.internal.HeaderValues;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TokenStore} that keeps the token in a file only its owner may read or write, so that it
 * outlives the process.
 *
 * <p>Writes replace the file atomically. Pass a file in app-private storage (on Android, under
 * {@code Context.getFilesDir()}). One instance per file: instances do not coordinate with each
 * other.
 *
 * <p>Whitespace around the token is ignored, so a file written by hand or by {@code echo} (with its
 * trailing line break) works. A file holding anything else no header can carry is sent by no
 * request: the client discards it as "logged out" (see {@code AuthenticationException}).
 */
public final class FileTokenStore implements TokenStore {
  private static final Charset UTF_8 = Charset.forName("UTF-8");

  private final File file;

  /**
   * Creates a store backed by {@code file}, which need not exist yet.
   *
   * @param file where the token is kept
   */
  public FileTokenStore(File file) {
    if (file == null) {
      throw new NullPointerException("file == null");
    }
    this.file = file;
  }

  /**
   * Returns the token in the file without surrounding whitespace, or {@code null} when the file
   * does not exist.
   *
   * @return the token, or {@code null}
   * @throws IllegalStateException if the file exists but cannot be read
   */
  @Override
  public synchronized @Nullable String get() {
    byte[] bytes;
    try {
      bytes = PrivateFiles.readOrNull(file);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the token file " + file, e);
    }
    String token = bytes == null ? "" : new String(bytes, UTF_8).trim();
    return token.isEmpty() ? null : token;
  }

  /**
   * Writes {@code token} to the file, replacing its content atomically.
   *
   * @param token the token to keep
   * @throws IllegalArgumentException if the token is empty or has a space, a control character or
   *     non-ASCII, which no request could carry; the file is then left as it was
   * @throws IllegalStateException if the file cannot be written
   */
  @Override
  public synchronized void set(String token) {
    if (token == null) {
      throw new NullPointerException("token == null");
    }
    if (!HeaderValues.isToken(token)) {
      throw new IllegalArgumentException(
          "token is empty or has a character no header can carry; not stored");
    }
    try {
      PrivateFiles.writeAtomically(file, token.getBytes(UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the token file " + file, e);
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
      throw new IllegalStateException("cannot delete the token file " + file, e);
    }
  }
}

package io.medusajava.auth;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TokenStore} that keeps the token in a file only its owner may read or write, so that it outlives
 * the process.
 *
 * <p>Writes replace the file atomically. Pass a file in app-private storage (on Android, under
 * {@code Context.getFilesDir()}). One instance per file: instances do not coordinate with each other.
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
   * Returns the token in the file, or {@code null} when the file does not exist.
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
    return bytes == null ? null : new String(bytes, UTF_8);
  }

  /**
   * Writes {@code token} to the file, replacing its content atomically.
   *
   * @param token the token to keep
   * @throws IllegalStateException if the file cannot be written
   */
  @Override
  public synchronized void set(String token) {
    if (token == null) {
      throw new NullPointerException("token == null");
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

package io.medusajava.auth;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/** Reads and atomically replaces small files that only their owner may read or write. */
final class PrivateFiles {
  private PrivateFiles() {}

  /**
   * Returns the file's bytes, or {@code null} when it does not exist.
   *
   * @throws IOException if the file exists but cannot be read
   */
  static byte @Nullable [] readOrNull(File file) throws IOException {
    InputStream in;
    try {
      in = new FileInputStream(file);
    } catch (FileNotFoundException e) {
      if (!file.exists()) {
        return null;
      }
      throw e;
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) != -1) {
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } finally {
      in.close();
    }
  }

  /**
   * Replaces {@code target} with {@code data}, so that readers see either the old or the new
   * content in full.
   *
   * <p>The data goes to a temporary file in the same directory (a rename is only atomic within one
   * file system), which is made owner-only before any secret is written to it; the rename then
   * keeps those permissions.
   */
  static void writeAtomically(File target, byte[] data) throws IOException {
    File absolute = target.getAbsoluteFile();
    File dir = absolute.getParentFile();
    if (dir != null && !dir.isDirectory() && !dir.mkdirs() && !dir.isDirectory()) {
      throw new IOException("cannot create directory " + dir);
    }
    File temp = File.createTempFile("." + absolute.getName() + ".", ".tmp", dir);
    try {
      restrictToOwner(temp);
      FileOutputStream out = new FileOutputStream(temp);
      try {
        out.write(data);
        out.flush();
        // Without a sync, a crash soon after the rename can leave an empty file in place of the old
        // one.
        out.getFD().sync();
      } finally {
        out.close();
      }
      if (!temp.renameTo(absolute)) {
        // Windows will not rename onto an existing file; there the replacement is not atomic.
        if (!absolute.delete() || !temp.renameTo(absolute)) {
          throw new IOException("cannot rename " + temp + " to " + absolute);
        }
      }
    } finally {
      if (temp.exists() && !temp.delete()) {
        temp.deleteOnExit();
      }
    }
  }

  /** Deletes {@code file} if it exists. */
  static void delete(File file) throws IOException {
    if (!file.delete() && file.exists()) {
      throw new IOException("cannot delete " + file);
    }
  }

  private static void restrictToOwner(File file) throws IOException {
    // java.io.File cannot take rights away on Windows; elsewhere a failure would leave the secret
    // exposed.
    boolean enforce = File.separatorChar == '/';
    boolean revoked =
        file.setReadable(false, false)
            & file.setWritable(false, false)
            & file.setExecutable(false, false);
    if (enforce && !revoked) {
      throw new IOException("cannot restrict the permissions of " + file);
    }
    if (!file.setReadable(true, true) || !file.setWritable(true, true)) {
      throw new IOException("cannot grant the owner access to " + file);
    }
  }
}

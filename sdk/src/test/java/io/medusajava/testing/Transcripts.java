package io.medusajava.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The request/response exchanges captured from a real Medusa 1.20.11, kept under test resources.
 */
public final class Transcripts {
  /** One captured exchange. */
  public record Exchange(String file, String method, String path, int status, String contentType) {
    /** The response body exactly as the server sent it. */
    public String body() {
      return read("/transcripts/" + file);
    }

    @Override
    public String toString() {
      return file;
    }
  }

  private Transcripts() {}

  /** Every Store API exchange, in capture order. */
  public static List<Exchange> all() {
    List<Exchange> out = new ArrayList<>();
    for (String line : read("/transcripts/index.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      out.add(new Exchange(f[0], f[1], f[2], Integer.parseInt(f[3]), f[4]));
    }
    return out;
  }

  /** The exchange whose file name starts with {@code prefix}, such as {@code "26-"}. */
  public static Exchange get(String prefix) {
    return all().stream()
        .filter(e -> e.file().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no transcript " + prefix));
  }

  public static String read(String resource) {
    try (InputStream in = Transcripts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

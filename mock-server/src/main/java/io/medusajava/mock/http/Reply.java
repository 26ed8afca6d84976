package io.medusajava.mock.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a handler answers: a status, a body (a JSON tree, JSON already rendered to bytes, or text)
 * and extra headers. Immutable apart from headers (a JSON tree is rendered once, when its bytes are
 * first asked for).
 */
public final class Reply {
  private static final byte[] EMPTY = new byte[0];

  private final int status;
  private final JsonNode json;
  private final byte[] rendered;
  private final String text;
  private final String contentType;

  /** Whether Express's res.send writes this answer, which gives it an ETag (see {@link Etags}). */
  private final boolean tagged;

  private final Map<String, String> headers = new LinkedHashMap<>();

  /** The JSON tree rendered once, as both the ETag and the wire need the bytes. */
  private byte[] renderedTree;

  private Reply(
      int status, JsonNode json, byte[] rendered, String text, String contentType, boolean tagged) {
    this.status = status;
    this.json = json;
    this.rendered = rendered;
    this.text = text;
    this.contentType = contentType;
    this.tagged = tagged;
  }

  /** A 200 with a JSON body, as almost every Store operation answers. */
  public static Reply ok(JsonNode body) {
    return json(200, body);
  }

  public static Reply json(int status, JsonNode body) {
    return new Reply(status, body, null, null, "application/json; charset=utf-8", true);
  }

  /**
   * A JSON body already rendered to UTF-8 bytes (a cached page); the caller must not change the
   * array.
   */
  public static Reply rendered(int status, byte[] json) {
    return new Reply(status, null, json, null, "application/json; charset=utf-8", true);
  }

  public static Reply text(int status, String body) {
    return new Reply(status, null, null, body, "text/plain; charset=utf-8", true);
  }

  public static Reply html(int status, String body) {
    return new Reply(status, null, null, body, "text/html; charset=utf-8", true);
  }

  /**
   * An HTML page Express's final handler writes itself (an unknown route, a refused body): no ETag.
   */
  static Reply page(int status, String body) {
    return new Reply(status, null, null, body, "text/html; charset=utf-8", false);
  }

  /**
   * A body with no Content-Type at all (nor ETag), as passport writes its 401 "Unauthorized"
   * (transcripts 59-61).
   */
  public static Reply bare(int status, String body) {
    return new Reply(status, null, null, body, null, false);
  }

  /** A copy with its own header map, so a stored reply can be replayed with different headers. */
  public Reply copy() {
    Reply r = new Reply(status, json, rendered, text, contentType, tagged);
    r.headers.putAll(headers);
    return r;
  }

  /**
   * A copy that keeps a JSON body as rendered bytes rather than as a tree: a fraction of the
   * memory, and immune to later changes of the objects the tree was built from.
   */
  public Reply compact() {
    Reply r =
        json == null
            ? new Reply(status, null, rendered, text, contentType, tagged)
            : new Reply(status, null, body(), null, contentType, tagged);
    r.headers.putAll(headers);
    return r;
  }

  /** Adds a response header; returns this for chaining. */
  public Reply header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public int status() {
    return status;
  }

  /** The JSON body (parsed again if it is held rendered), or null for a text or HTML reply. */
  public JsonNode json() {
    if (json != null || rendered == null) {
      return json;
    }
    try {
      return Json.MAPPER.readTree(rendered);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text body, or null for a JSON reply. */
  public String text() {
    return text;
  }

  /** The bytes that go on the wire: rendered JSON, JSON rendered now, or the text as UTF-8. */
  public byte[] body() {
    if (rendered != null) {
      return rendered;
    }
    if (json != null) {
      if (renderedTree == null) {
        try {
          renderedTree = Json.MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      }
      return renderedTree;
    }
    return text == null ? EMPTY : text.getBytes(StandardCharsets.UTF_8);
  }

  /** Roughly the bytes this reply holds on to, for stores that keep replies within a budget. */
  long retainedBytes() {
    long h = 64;
    for (Map.Entry<String, String> e : headers.entrySet()) {
      h += 2L * (e.getKey().length() + e.getValue().length()) + 64;
    }
    return h + (rendered != null ? rendered.length : text != null ? 2L * text.length() : 0);
  }

  public String contentType() {
    return contentType;
  }

  boolean tagged() {
    return tagged;
  }

  public Map<String, String> headers() {
    return headers;
  }
}

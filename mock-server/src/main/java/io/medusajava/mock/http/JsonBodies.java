package io.medusajava.mock.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.json.Json;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns a raw request body into the JSON object handlers read, failing the way Express's body
 * parser does.
 */
final class JsonBodies {
  /**
   * Nesting the real server still reads: about 2,000 levels come back as a validation error there,
   * 3,000 as its 500, so the mock's limit sits between the two.
   */
  static final int MAX_DEPTH = 2_500;

  private static final ObjectReader READER =
      new ObjectMapper(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                  .build())
          .reader()
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The body could not be parsed; the edge answers with Express's HTML error page. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }

  /** A JSON body declared in a charset body-parser does not read; the edge answers 415. */
  static final class UnsupportedCharset extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnsupportedCharset(String charset) {
      super(charset);
    }
  }

  private JsonBodies() {}

  /**
   * An empty body is an empty object, as body-parser leaves {@code req.body = {}}. Non-JSON content
   * types are not parsed by Express at all, so their body reads as empty too. Like body-parser's
   * strict mode, only an object or an array is JSON here; anything after it is an error.
   */
  static JsonNode parse(String body, String contentType) {
    if (body == null || body.isBlank()) {
      return Json.object();
    }
    if (contentType != null && !contentType.toLowerCase(Locale.ROOT).contains("json")) {
      return Json.object();
    }
    String charset = charsetOf(contentType);
    if (charset != null && !charset.toLowerCase(Locale.ROOT).startsWith("utf-")) {
      throw new UnsupportedCharset(charset);
    }
    String trimmed = body.strip();
    char first = trimmed.charAt(0);
    if (first != '{' && first != '[') {
      String shown =
          trimmed.length() > 10 ? "\"" + trimmed.substring(0, 10) + "\"..." : "\"" + trimmed + "\"";
      throw new Malformed("Unexpected token '" + first + "', " + shown + " is not valid JSON");
    }
    JsonNode node;
    try {
      node = READER.readTree(body);
    } catch (StreamConstraintsException e) {
      // JSON.parse reads any depth: a broken document is its SyntaxError page like any other, while
      // a sound one this deep overflows the stack of what Medusa does with it next: its 500.
      String syntaxError = syntaxError(body);
      if (syntaxError != null) {
        throw new Malformed(syntaxError);
      }
      throw new MedusaError(500, "unknown_error", "An unknown error occurred.", "unknown_error");
    } catch (JsonProcessingException e) {
      throw new Malformed(e.getOriginalMessage());
    }
    if (node == null || node.isMissingNode()) {
      throw new Malformed("Unexpected end of JSON input");
    }
    if (!node.isObject()) {
      throw MedusaError.invalidData("The request body must be a JSON object");
    }
    return node;
  }

  /**
   * What is wrong with the document's syntax at any depth, or null when it is sound; reads tokens,
   * builds nothing.
   */
  private static String syntaxError(String body) {
    JsonFactory unlimited =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build();
    try (JsonParser p = unlimited.createParser(body)) {
      while (p.nextToken() != null) {
        // only the syntax matters
      }
      return null;
    } catch (IOException e) {
      return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }
  }

  /**
   * The charset a request body is written in: the one its Content-Type names when Java knows it,
   * else UTF-8.
   */
  static Charset bodyCharset(String contentType) {
    String name = charsetOf(contentType);
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException unknown) {
      return StandardCharsets.UTF_8;
    }
  }

  /** The {@code charset} parameter of a Content-Type, unquoted, or null. */
  private static String charsetOf(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String param : contentType.split(";")) {
      String p = param.trim();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String v = p.substring(8).trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1);
        }
        return v.isEmpty() ? null : v;
      }
    }
    return null;
  }
}

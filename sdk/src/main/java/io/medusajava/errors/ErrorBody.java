package io.medusajava.errors;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads whatever an error response carried: Medusa's JSON, a plain-text line, an HTML error page,
 * or nothing. Never throws; a body it cannot make sense of only yields a shorter description.
 */
final class ErrorBody {
  /**
   * Longest excerpt of a body that goes into a message; long enough to identify it, short enough to
   * log.
   */
  static final int EXCERPT_LIMIT = 200;

  // Only the head of an HTML page is searched, so a huge page costs no more than a small one.
  private static final int HTML_SCAN_LIMIT = 64 * 1024;

  private static final JsonAdapter<Object> ANY_JSON =
      new Moshi.Builder().build().adapter(Object.class);

  private static final Pattern FIRST_PRE_OR_H1 =
      Pattern.compile(
          "<(pre|h1)\\b[^>]*>(.*?)</\\1\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern TITLE =
      Pattern.compile(
          "<title\\b[^>]*>(.*?)</title\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern LINE_BREAK_TAG =
      Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");
  private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]{1,6});");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  final @Nullable String type;
  final @Nullable String code;
  final @Nullable String serverMessage;

  /** Says what the body was when it had no message of its own, such as "empty body". */
  final String description;

  private ErrorBody(
      @Nullable String type,
      @Nullable String code,
      @Nullable String serverMessage,
      String description) {
    this.type = type;
    this.code = code;
    this.serverMessage = serverMessage;
    this.description = description;
  }

  /**
   * The text to show after the status: Medusa's message if there was one, otherwise what the body
   * was.
   */
  String detail() {
    return serverMessage != null ? excerpt(serverMessage) : description;
  }

  static ErrorBody read(@Nullable String contentType, @Nullable String body) {
    String text = body == null ? "" : body.trim();
    if (text.isEmpty()) {
      return new ErrorBody(null, null, null, "empty body");
    }
    String mediaType = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    char first = text.charAt(0);
    // The first character is trusted over the header: proxies put HTML pages behind a JSON content
    // type.
    if (first == '<') {
      return readHtml(text);
    }
    if (first == '{' || first == '[' || mediaType.contains("json")) {
      return readJson(text);
    }
    return new ErrorBody(null, null, excerpt(text), "text body");
  }

  private static ErrorBody readJson(String text) {
    Object parsed;
    try {
      parsed = ANY_JSON.fromJson(text);
    } catch (IOException | RuntimeException e) {
      // Truncated, malformed or absurdly nested: the status still tells the caller what happened.
      return new ErrorBody(null, null, null, "unreadable JSON body: " + excerpt(text));
    }
    if (!(parsed instanceof Map)) {
      return new ErrorBody(null, null, null, "JSON body of an unexpected shape: " + excerpt(text));
    }
    Map<?, ?> object = (Map<?, ?>) parsed;
    String type = stringField(object, "type");
    String code = stringField(object, "code");
    String message = stringField(object, "message");
    // Medusa's MultipleErrors puts the details in an "errors" array next to a general message.
    Object errors = object.get("errors");
    if (errors instanceof List) {
      StringBuilder details = new StringBuilder();
      for (Object error : (List<?>) errors) {
        if (!(error instanceof Map)) {
          continue;
        }
        Map<?, ?> entry = (Map<?, ?>) error;
        if (type == null) {
          type = stringField(entry, "type");
        }
        if (code == null) {
          code = stringField(entry, "code");
        }
        String entryMessage = stringField(entry, "message");
        if (entryMessage != null) {
          details.append(details.length() == 0 ? "" : "; ").append(entryMessage);
        }
      }
      if (details.length() > 0) {
        message = message == null ? details.toString() : message + ": " + details;
      }
    }
    if (type == null && code == null && message == null) {
      return new ErrorBody(
          null, null, null, "JSON body without an error message: " + excerpt(text));
    }
    return new ErrorBody(type, code, message, "JSON body");
  }

  private static @Nullable String stringField(Map<?, ?> object, String name) {
    Object value = object.get(name);
    return value instanceof String && !((String) value).isEmpty() ? (String) value : null;
  }

  private static ErrorBody readHtml(String text) {
    String head = text.length() > HTML_SCAN_LIMIT ? text.substring(0, HTML_SCAN_LIMIT) : text;
    String headline = null;
    Matcher preOrH1 = FIRST_PRE_OR_H1.matcher(head);
    if (preOrH1.find()) {
      headline = firstLineOf(preOrH1.group(2));
    }
    if (headline == null) {
      Matcher title = TITLE.matcher(head);
      if (title.find()) {
        headline = firstLineOf(title.group(1));
      }
    }
    String description = headline == null ? "HTML page" : "HTML page: " + excerpt(headline);
    return new ErrorBody(null, null, null, description);
  }

  /**
   * The first non-blank line of an HTML fragment as plain text; Express pages put a stack trace
   * after it.
   */
  private static @Nullable String firstLineOf(String html) {
    String plain =
        decodeEntities(
            ANY_TAG.matcher(LINE_BREAK_TAG.matcher(html).replaceAll("\n")).replaceAll(""));
    for (String line : plain.split("\n")) {
      String collapsed = WHITESPACE.matcher(line).replaceAll(" ").trim();
      if (!collapsed.isEmpty()) {
        return collapsed;
      }
    }
    return null;
  }

  private static String decodeEntities(String text) {
    Matcher numeric = NUMERIC_ENTITY.matcher(text);
    StringBuffer out = new StringBuffer();
    while (numeric.find()) {
      String replacement;
      try {
        int codePoint = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
        replacement = new String(Character.toChars(codePoint));
      } catch (IllegalArgumentException e) {
        replacement = numeric.group();
      }
      numeric.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    numeric.appendTail(out);
    // &amp; last, so "&amp;lt;" stays the literal text "&lt;".
    return out.toString()
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }

  /**
   * Collapses whitespace and cuts the text to {@link #EXCERPT_LIMIT} characters, marking the cut.
   */
  static String excerpt(String text) {
    // Collapse only a bounded head: a megabyte body must not cost a megabyte of regex work.
    boolean cut = text.length() > 4 * EXCERPT_LIMIT;
    String head = cut ? text.substring(0, 4 * EXCERPT_LIMIT) : text;
    String collapsed = WHITESPACE.matcher(head).replaceAll(" ").trim();
    if (collapsed.length() <= EXCERPT_LIMIT) {
      return cut ? collapsed + "..." : collapsed;
    }
    int end = EXCERPT_LIMIT;
    if (Character.isHighSurrogate(collapsed.charAt(end - 1))) {
      end--;
    }
    return collapsed.substring(0, end) + "...";
  }
}

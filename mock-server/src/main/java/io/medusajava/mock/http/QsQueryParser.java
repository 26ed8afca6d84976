package io.medusajava.mock.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a raw query string into {@link QueryParams} the way the {@code qs} module behind Express
 * does for the shapes Medusa clients send: plain {@code a=1}, arrays {@code a[]=1&a[]=2} or {@code
 * a[0]=1}, and one level of nesting {@code a[gt]=1}. Keys and values are percent-decoded, with
 * {@code +} meaning a space; a key or value whose escapes do not decode (a lone {@code %}, {@code
 * %zz}, bytes that are not UTF-8) stays as it was sent.
 *
 * <p>An index ({@code a[7]=x}) is an array element wherever Medusa ends up with one: qs makes
 * indexes past 20 object keys, and Medusa's query transformer turns those back into array slots, in
 * index order. An index past the largest a JavaScript array can hold (2<sup>32</sup> - 2) cannot
 * become a slot and is dropped; the parameter is then {@linkplain #has present} with no values, and
 * what Medusa does with such an empty array is the route's business.
 */
public final class QsQueryParser implements QueryParams {
  /** The largest JavaScript array index. */
  private static final long MAX_ARRAY_INDEX = 4_294_967_294L;

  private final Map<String, List<String>> plain = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> nested = new LinkedHashMap<>();
  private final Set<String> names = new LinkedHashSet<>();

  private QsQueryParser() {}

  /** Parses the part after {@code ?}; null or empty gives an empty query. */
  public static QsQueryParser parse(String rawQuery) {
    QsQueryParser q = new QsQueryParser();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return q;
    }
    // Indexed entries (a[3]=x) are ordered by index, as qs does, so collect them apart first.
    Map<String, TreeMap<Long, String>> indexed = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      int open = key.indexOf('[');
      if (open > 0 && key.endsWith("]")) {
        String name = key.substring(0, open);
        String sub = key.substring(open + 1, key.length() - 1);
        q.names.add(name);
        long index = arrayIndex(sub);
        if (sub.isEmpty()) {
          q.plain.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        } else if (index >= 0) {
          indexed.computeIfAbsent(name, k -> new TreeMap<>()).put(index, value);
        } else if (index == -1) {
          q.nested.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(sub, value);
        }
        // index == -2: a number no array can hold; the parameter stays present without a value.
      } else {
        q.names.add(key);
        q.plain.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      }
    }
    indexed.forEach(
        (name, values) ->
            q.plain.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values.values()));
    return q;
  }

  /**
   * The index a bracket names: a canonical non-negative integer (no sign, no leading zero) up to
   * the largest array index; -2 for such an integer beyond it; -1 for anything else, which qs keeps
   * as an object key.
   */
  private static long arrayIndex(String sub) {
    if (sub.isEmpty() || sub.length() > 1 && sub.charAt(0) == '0') {
      return -1;
    }
    for (int i = 0; i < sub.length(); i++) {
      if (sub.charAt(i) < '0' || sub.charAt(i) > '9') {
        return -1;
      }
    }
    if (sub.length() > 10) {
      return -2;
    }
    long n = Long.parseLong(sub);
    return n <= MAX_ARRAY_INDEX ? n : -2;
  }

  /** qs's decoding: {@code +} is a space, and a component that does not decode is kept as sent. */
  private static String decode(String s) {
    String plus = s.indexOf('+') < 0 ? s : s.replace('+', ' ');
    String decoded = decodeOrNull(plus);
    return decoded == null ? plus : decoded;
  }

  /**
   * Strict percent-decoding as JavaScript's {@code decodeURIComponent} does it ({@code +} stays a
   * plus): null when an escape is malformed or the bytes are not UTF-8, where {@code
   * java.net.URLDecoder} would throw or silently substitute.
   */
  public static String decodeOrNull(String s) {
    int first = s.indexOf('%');
    if (first < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    out.append(s, 0, first);
    ByteBuffer bytes = ByteBuffer.allocate(s.length() / 3 + 1);
    var utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int i = first;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != '%') {
        out.append(c);
        i++;
        continue;
      }
      bytes.clear();
      while (i < s.length() && s.charAt(i) == '%') {
        if (i + 2 >= s.length()) {
          return null;
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        bytes.put((byte) (hi << 4 | lo));
        i += 3;
      }
      bytes.flip();
      try {
        CharBuffer chars = utf8.reset().decode(bytes);
        out.append(chars);
      } catch (CharacterCodingException e) {
        return null;
      }
    }
    return out.toString();
  }

  /**
   * The query with every key or value that would not decode made decodable to its literal self
   * ({@code %} written {@code %25}), so code that insists on valid escapes (WireMock's request log)
   * reads what qs reads. Returns the very same string when nothing needed it, which is the common
   * case.
   */
  public static String escapeUndecodable(String rawQuery) {
    if (rawQuery == null || rawQuery.indexOf('%') < 0) {
      return rawQuery;
    }
    StringBuilder out = new StringBuilder(rawQuery.length() + 16);
    boolean changed = false;
    String[] pairs = rawQuery.split("&", -1);
    for (int i = 0; i < pairs.length; i++) {
      String pair = pairs[i];
      if (i > 0) {
        out.append('&');
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String escapedKey = escapeIfUndecodable(key);
      out.append(escapedKey);
      changed |= escapedKey != key;
      if (eq >= 0) {
        String value = pair.substring(eq + 1);
        String escapedValue = escapeIfUndecodable(value);
        out.append('=').append(escapedValue);
        changed |= escapedValue != value;
      }
    }
    return changed ? out.toString() : rawQuery;
  }

  private static String escapeIfUndecodable(String part) {
    return part.indexOf('%') >= 0 && decodeOrNull(part) == null ? part.replace("%", "%25") : part;
  }

  @Override
  public String get(String name) {
    List<String> values = plain.get(name);
    return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
  }

  @Override
  public List<String> list(String name) {
    List<String> values = plain.get(name);
    return values == null ? List.of() : Collections.unmodifiableList(values);
  }

  @Override
  public Map<String, String> nested(String name) {
    Map<String, String> values = nested.get(name);
    return values == null ? Map.of() : Collections.unmodifiableMap(values);
  }

  @Override
  public boolean has(String name) {
    return names.contains(name);
  }

  @Override
  public Set<String> names() {
    return Collections.unmodifiableSet(names);
  }
}

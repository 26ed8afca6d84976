package io.medusajava.mock.http;

import java.net.URLDecoder;
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
 * Reads a raw query string into {@link QueryParams} the way the {@code qs} module behind Express does for the
 * shapes Medusa clients send: plain {@code a=1}, arrays {@code a[]=1&a[]=2} or {@code a[0]=1}, and one level of
 * nesting {@code a[gt]=1}. Keys and values are percent-decoded, with {@code +} meaning a space.
 */
public final class QsQueryParser implements QueryParams {
    private final Map<String, List<String>> plain = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> nested = new LinkedHashMap<>();
    private final Set<String> names = new LinkedHashSet<>();

    private QsQueryParser() {
    }

    /** Parses the part after {@code ?}; null or empty gives an empty query. */
    public static QsQueryParser parse(String rawQuery) {
        QsQueryParser q = new QsQueryParser();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return q;
        }
        // Indexed entries (a[3]=x) are ordered by index, as qs does, so collect them apart first.
        Map<String, TreeMap<Integer, String>> indexed = new LinkedHashMap<>();
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
                if (sub.isEmpty()) {
                    q.plain.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else if (sub.chars().allMatch(Character::isDigit)) {
                    indexed.computeIfAbsent(name, k -> new TreeMap<>()).put(Integer.parseInt(sub), value);
                } else {
                    q.nested.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(sub, value);
                }
            } else {
                q.names.add(key);
                q.plain.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        indexed.forEach((name, values) -> q.plain.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values.values()));
        return q;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // qs leaves a broken escape as it is rather than failing the request.
            return s;
        }
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

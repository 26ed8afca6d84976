package io.medusajava.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Validation and formatting shared by the query builders. */
final class Checks {
  private Checks() {
  }

  /** Copies varargs into a mutable list; no values at all means the parameter is unset. */
  static @Nullable List<String> copy(String @Nullable ... values) {
    if (values == null || values.length == 0) {
      return null;
    }
    return new ArrayList<>(Arrays.asList(values));
  }

  /** Copies a collection into a mutable list; an empty collection means the parameter is unset. */
  static @Nullable List<String> copy(@Nullable Collection<String> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    return new ArrayList<>(values);
  }

  /** Returns an unmodifiable copy after rejecting null or blank entries, naming the parameter. */
  static @Nullable List<String> values(String name, @Nullable List<String> values) {
    if (values == null) {
      return null;
    }
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value == null || isBlank(value)) {
        throw new IllegalArgumentException(name + " must not contain a blank value (index " + i + ")");
      }
    }
    return Collections.unmodifiableList(new ArrayList<>(values));
  }

  /** Joins the checked entries with commas, the way the server reads {@code expand} and {@code fields}. */
  static @Nullable String joined(String name, @Nullable List<String> values) {
    List<String> checked = values(name, values);
    if (checked == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String value : checked) {
      if (out.length() > 0) {
        out.append(',');
      }
      out.append(value.trim());
    }
    return out.toString();
  }

  /** Splits a comma-joined value back into entries, so a builder can be derived from a query. */
  static @Nullable List<String> split(@Nullable String joined) {
    return joined == null ? null : Arrays.asList(joined.split(","));
  }

  /** Requires a display id, which the server numbers from 1. */
  static int displayId(String name, @Nullable Integer value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
    return value;
  }

  /** Rejects a blank identifier; null passes as unset. */
  static @Nullable String id(String name, @Nullable String value) {
    if (value != null && isBlank(value)) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** Rejects a missing or blank required value. */
  static String required(String name, @Nullable String value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return id(name, value);
  }

  /** Checks a page size against 1..{@link PagedQuery#MAX_LIMIT}; null passes as unset. */
  static @Nullable Integer limit(@Nullable Integer limit) {
    if (limit != null && (limit < 1 || limit > PagedQuery.MAX_LIMIT)) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + PagedQuery.MAX_LIMIT + ", was " + limit);
    }
    return limit;
  }

  /** Checks that an offset is not negative; null passes as unset. */
  static @Nullable Integer offset(@Nullable Integer offset) {
    if (offset != null && offset < 0) {
      throw new IllegalArgumentException("offset must be at least 0, was " + offset);
    }
    return offset;
  }

  /** Rejects a negative count; null passes as unset. */
  static @Nullable Integer notNegative(String name, @Nullable Integer value) {
    if (value != null && value < 0) {
      throw new IllegalArgumentException(name + " must be at least 0, was " + value);
    }
    return value;
  }

  static boolean isBlank(String value) {
    return value.trim().isEmpty();
  }

  /** Lists the set parameters by wire name, so a logged query reads like the request it makes. */
  static String describe(String type, String[] names, Object[] values) {
    StringBuilder out = new StringBuilder(type).append('{');
    boolean first = true;
    for (int i = 0; i < names.length; i++) {
      if (values[i] == null) {
        continue;
      }
      if (!first) {
        out.append(", ");
      }
      first = false;
      out.append(names[i]).append('=').append(values[i]);
    }
    return out.append('}').toString();
  }
}

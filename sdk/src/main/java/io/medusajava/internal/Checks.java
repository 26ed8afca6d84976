package io.medusajava.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The argument and value checks of the SDK and its generated classes: each fails before anything is
 * sent, naming the parameter. Internal.
 */
public final class Checks {
  private Checks() {}

  /**
   * Returns {@code value} when it holds text, otherwise throws.
   *
   * @param value the argument
   * @param name the parameter name used in the message
   * @return value
   * @throws IllegalArgumentException when value is null or blank
   */
  public static String requireNonBlank(@Nullable String value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return notBlank(value, name);
  }

  /**
   * Returns {@code value} when it is not null, otherwise throws.
   *
   * @param value the argument
   * @param name the parameter name used in the message
   * @param <T> its type
   * @return value
   * @throws IllegalArgumentException when value is null
   */
  public static <T> T requireNonNull(@Nullable T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /**
   * Returns a value a builder must have been given.
   *
   * @param value the value
   * @param name its name on the wire
   * @param <T> its type
   * @return value
   * @throws IllegalArgumentException when it was not set
   */
  public static <T> T required(@Nullable T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  /**
   * Returns required text.
   *
   * @param value the value
   * @param name its name on the wire
   * @return value
   * @throws IllegalArgumentException when it was not set or is blank
   */
  public static String requiredText(@Nullable String value, String name) {
    return notBlank(required(value, name), name);
  }

  /**
   * Rejects blank text; null passes as unset.
   *
   * @param value the value
   * @param name its name on the wire
   * @return value
   * @throws IllegalArgumentException when it is blank
   */
  public static @Nullable String notBlank(@Nullable String value, String name) {
    if (value != null && value.trim().isEmpty()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * Checks a whole number against the bounds the spec gives it; null passes as unset.
   *
   * @param value the value
   * @param name its name on the wire
   * @param min the least value allowed, or null
   * @param max the greatest value allowed, or null
   * @return value
   * @throws IllegalArgumentException when it is out of bounds
   */
  public static @Nullable Integer range(
      @Nullable Integer value, String name, @Nullable Long min, @Nullable Long max) {
    if (value == null) {
      return null;
    }
    boolean low = min != null && value < min;
    boolean high = max != null && value > max;
    if (low || high) {
      throw new IllegalArgumentException(
          name
              + (min != null && max != null
                  ? " must be between " + min + " and " + max
                  : low ? " must be at least " + min : " must be at most " + max)
              + ", was "
              + value);
    }
    return value;
  }

  /**
   * Returns an unmodifiable copy of a list of text after rejecting null or blank entries.
   *
   * @param values the values, or null when unset
   * @param name their name on the wire
   * @return the copy, or null
   * @throws IllegalArgumentException naming the index of a null or blank entry
   */
  public static @Nullable List<String> values(@Nullable List<String> values, String name) {
    if (values != null) {
      for (int i = 0; i < values.size(); i++) {
        String value = values.get(i);
        if (value == null || value.trim().isEmpty()) {
          throw new IllegalArgumentException(
              name + " must not contain a blank value (index " + i + ")");
        }
      }
    }
    return elements(values, name);
  }

  /**
   * Returns an unmodifiable copy of a list after rejecting null entries.
   *
   * @param values the values, or null when unset
   * @param name their name on the wire
   * @param <T> the entry type
   * @return the copy, or null
   * @throws IllegalArgumentException naming the index of a null entry
   */
  public static <T> @Nullable List<T> elements(@Nullable List<T> values, String name) {
    if (values == null) {
      return null;
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new IllegalArgumentException(name + " must not contain null (index " + i + ")");
      }
    }
    return Collections.unmodifiableList(new ArrayList<>(values));
  }

  /**
   * Copies a builder's varargs; no values at all means unset.
   *
   * @param values the values
   * @param <T> the entry type
   * @return a mutable copy, or null
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, never stored or exposed
  public static <T> @Nullable List<T> copyOf(T @Nullable ... values) {
    return values == null || values.length == 0 ? null : new ArrayList<>(Arrays.asList(values));
  }

  /**
   * Copies a builder's collection; an empty one means unset.
   *
   * @param values the values
   * @param <T> the entry type
   * @return a mutable copy, or null
   */
  public static <T> @Nullable List<T> copyOf(@Nullable Collection<? extends T> values) {
    return values == null || values.isEmpty() ? null : new ArrayList<T>(values);
  }

  /**
   * Returns a field a model promises to hold, or explains why it cannot.
   *
   * @param value the field
   * @param model the model's name
   * @param field the field's name on the wire
   * @param <T> its type
   * @return value
   * @throws IllegalStateException when the server did not send it in this answer
   */
  public static <T> T sent(@Nullable T value, String model, String field) {
    if (value == null) {
      throw new IllegalStateException(
          model
              + "."
              + field
              + " is not in this answer: the server leaves it out where "
              + "the "
              + model
              + " is nested and not expanded, or where fields= does not name it");
    }
    return value;
  }

  /**
   * Lists the set values of a params object by their wire names, such as {@code
   * ProductListParams{q=shirt}}.
   *
   * @param type the class name
   * @param namesAndValues alternating names and values; null values are left out
   * @return the text
   */
  public static String describe(String type, @Nullable Object... namesAndValues) {
    StringBuilder out = new StringBuilder(type).append('{');
    boolean first = true;
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        continue;
      }
      out.append(first ? "" : ", ")
          .append(namesAndValues[i])
          .append('=')
          .append(namesAndValues[i + 1]);
      first = false;
    }
    return out.append('}').toString();
  }
}

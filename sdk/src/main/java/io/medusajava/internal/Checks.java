package io.medusajava.internal;

/** Argument checks that fail before any request is sent, naming the parameter. Internal. */
public final class Checks {
  private Checks() {
  }

  /**
   * Returns {@code value} when it holds text, otherwise throws.
   *
   * @param value the argument
   * @param name the parameter name used in the message
   * @return value
   * @throws IllegalArgumentException when value is null or blank
   */
  public static String requireNonBlank(String value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (value.trim().isEmpty()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
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
  public static <T> T requireNonNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }
}

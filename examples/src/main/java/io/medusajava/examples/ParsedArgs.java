package io.medusajava.examples;

import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/** The options found on a command line, by name (with the leading {@code --}). */
public final class ParsedArgs {
  private final Map<String, String> values;

  ParsedArgs(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** Whether the option (a flag or a valued option) was given. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** The option's value, if it was given. */
  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** The option's value, or {@code fallback} when it was not given. */
  public String get(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  /** The option's value as a positive number, or {@code fallback} when it was not given. */
  public int getPositiveInt(String name, int fallback) {
    String value = values.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new UsageException(name + " needs a positive whole number, not '" + value + "'");
  }

  /**
   * The option's value, which must be one of {@code allowed}; {@code fallback} when it was not
   * given.
   */
  public String getChoice(String name, String fallback, String... allowed) {
    String value = values.getOrDefault(name, fallback);
    for (String a : allowed) {
      if (a.equals(value)) {
        return value;
      }
    }
    throw new UsageException(
        name + " must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
  }

  /**
   * The option's value, if given, checked to be an http or https URL with a host. The check is
   * OkHttp's parser, the one the SDK uses, so a typo such as {@code localhost:9000} is a usage
   * error here rather than a failure inside the client.
   */
  public Optional<String> getHttpUrl(String name) {
    Optional<String> value = get(name);
    if (value.isPresent() && HttpUrl.parse(value.get()) == null) {
      throw new UsageException(
          name
              + " needs an http:// or https:// URL with a host, such as http://localhost:9000, "
              + "not '"
              + value.get()
              + "'");
    }
    return value;
  }

  /**
   * Checks a publishable key, which travels as an HTTP header: visible ASCII, no spaces. {@code
   * source} names where it came from (an option or an environment variable). The value is not
   * echoed: it may hold anything.
   */
  static String requirePublishableKey(String source, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new UsageException(
            source
                + " has a character that cannot go in an HTTP header (at position "
                + (i + 1)
                + "); a publishable key looks like pk_01H...");
      }
    }
    return value;
  }
}

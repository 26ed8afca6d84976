package io.medusajava.internal;

/**
 * What may travel in an HTTP header, checked where a value enters the client (the builder, a
 * server's answer, a token file) rather than where OkHttp would reject it on every call. Messages
 * name the setting and the position, never the value: it may be a key or a token. Internal.
 */
public final class HeaderValues {
  private HeaderValues() {}

  /**
   * Returns whether OkHttp accepts {@code value} as a header value: tab, space and visible ASCII
   * only.
   *
   * @param value the value
   * @return false for a line break, another control character or non-ASCII
   */
  public static boolean isValid(String value) {
    return firstInvalid(value, false) < 0;
  }

  /**
   * Returns whether {@code token} can be sent as a bearer token: one or more visible ASCII
   * characters, no spaces.
   *
   * @param token the token
   * @return whether it is usable
   */
  public static boolean isToken(String token) {
    return !token.isEmpty() && firstInvalid(token, true) < 0;
  }

  /**
   * Returns {@code value} when it is a valid header value, otherwise throws.
   *
   * @param value the value
   * @param name what the value is, for the message
   * @return value
   * @throws IllegalArgumentException naming {@code name} and the position of the first bad
   *     character
   */
  public static String requireValid(String value, String name) {
    int bad = firstInvalid(value, false);
    if (bad >= 0) {
      throw new IllegalArgumentException(
          name
              + " has a character an HTTP header cannot carry (a line break,"
              + " another control character or non-ASCII) at index "
              + bad);
    }
    return value;
  }

  /**
   * Returns {@code name} when it is a valid header name (visible ASCII, no colon), otherwise
   * throws.
   *
   * @param name the header name
   * @param what what the name is, for the message
   * @return name
   * @throws IllegalArgumentException naming the position of the first bad character
   */
  public static String requireName(String name, String what) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= ' ' || c >= 0x7f || c == ':') {
        throw new IllegalArgumentException(
            what + " is not a valid header name: bad character at index " + i);
      }
    }
    return name;
  }

  private static int firstInvalid(String value, boolean token) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = token ? c > ' ' && c < 0x7f : c == '\t' || (c >= ' ' && c < 0x7f);
      if (!ok) {
        return i;
      }
    }
    return -1;
  }
}

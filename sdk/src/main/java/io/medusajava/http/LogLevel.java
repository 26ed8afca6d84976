package io.medusajava.http;

/** How much of each exchange the SDK logs. Credentials are redacted at every level. */
public enum LogLevel {
  /** Nothing (the default). */
  NONE,
  /** Method, URL, status and duration. */
  BASIC,
  /** {@link #BASIC} plus headers, with credential values redacted. */
  HEADERS,
  /** {@link #HEADERS} plus bodies, with passwords and tokens redacted. */
  BODY
}

package io.medusajava.http;

/** Receives the SDK's log lines; plug in your logging framework. */
public interface MedusaLogger {
  /** Writes to {@code java.util.logging} under the name {@code io.medusajava}. */
  MedusaLogger JUL = line -> java.util.logging.Logger.getLogger("io.medusajava").info(line);

  /**
   * Logs one line.
   *
   * @param line the text, already redacted
   */
  void log(String line);
}

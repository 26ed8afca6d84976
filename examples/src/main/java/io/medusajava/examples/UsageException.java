package io.medusajava.examples;

/**
 * The command line was wrong: an unknown option, a missing value, a bad number. The CLI exits with
 * 2.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}

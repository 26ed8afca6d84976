package io.medusajava.mock.capture;

/**
 * A store whose catalog could not be captured. The message is one line, fit to print as it is;
 * {@link #reason()} tells the cases apart for code that reacts to them.
 */
public final class CaptureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a capture failed. */
  public enum Reason {
    /** No answer from the store: wrong address, refused connection, timeout. */
    UNREACHABLE,
    /** The store answered 401 or 403: a key or a proxy in front of it turned the request away. */
    REFUSED,
    /** The store lists no regions, and a mock store without one cannot price or sell anything. */
    NO_REGIONS,
    /** The store lists more products than the capture's limit allows. */
    TOO_LARGE,
    /** Anything else the store answered that a capture cannot use. */
    FAILED
  }

  private final Reason reason;

  CaptureException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** Which kind of failure this is. */
  public Reason reason() {
    return reason;
  }
}

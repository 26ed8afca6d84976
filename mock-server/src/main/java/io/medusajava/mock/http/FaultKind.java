package io.medusajava.mock.http;

/** What a planned fault does to a matching request. */
public enum FaultKind {
  /** Waits before answering normally. */
  LATENCY,
  /**
   * Answers with an HTTP error status (and optionally {@code Retry-After}) without running the
   * operation.
   */
  HTTP_ERROR,
  /** Resets the connection without running the operation. */
  CONNECTION_RESET_BY_PEER,
  /** Closes the connection without a response. */
  EMPTY_RESPONSE,
  /** Sends garbage bytes, then closes. */
  RANDOM_DATA_THEN_CLOSE,
  /**
   * Runs the operation, so state changes, then resets the connection: the client never learns the
   * outcome.
   */
  DROP_AFTER_PROCESSING
}

package io.medusajava.mock.domain;

/**
 * A failure the way Medusa 1.20 reports it: an error {@code type} ("not_found", "invalid_data",
 * "not_allowed", ...), a human message, an optional machine {@code code}, and the HTTP status the
 * real server answers with. The domain throws it; the HTTP layer turns it into {@code
 * {"type","message"[,"code"]}}.
 */
public final class MedusaError extends RuntimeException {
  private final String type;
  private final String code;
  private final int status;

  public MedusaError(int status, String type, String message, String code) {
    super(message);
    this.status = status;
    this.type = type;
    this.code = code;
  }

  public static MedusaError notFound(String message) {
    return new MedusaError(404, "not_found", message, null);
  }

  public static MedusaError invalidData(String message) {
    return new MedusaError(400, "invalid_data", message, null);
  }

  public static MedusaError notAllowed(String message) {
    return new MedusaError(400, "not_allowed", message, null);
  }

  /**
   * What Medusa answers when something fails that it did not check for, e.g. a database error
   * (transcripts 63, 69): 500 with the code repeated.
   */
  public static MedusaError unknown() {
    return new MedusaError(500, "unknown_error", "An unknown error occurred.", "unknown_error");
  }

  /**
   * A state Medusa's code did not expect: its error handler keeps the type and message and answers
   * 500, without a code.
   */
  public static MedusaError unexpectedState(String message) {
    return new MedusaError(500, "unexpected_state", message, null);
  }

  /** Transcript 50: the one error in the recorded flows that carries a {@code code}. */
  public static MedusaError insufficientInventory(String variantId) {
    return new MedusaError(
        400,
        "not_allowed",
        "Variant with id: " + variantId + " does not have the required inventory",
        "insufficient_inventory");
  }

  public String type() {
    return type;
  }

  /** The Medusa error code, or {@code null} when the real server sends none. */
  public String code() {
    return code;
  }

  public int status() {
    return status;
  }
}

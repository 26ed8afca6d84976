package io.medusajava.examples;

/**
 * An example could not finish for a reason of its own (no region in that currency, nothing to buy,
 * no backend). Failures of the API itself arrive as the SDK's {@code MedusaException}. Both exit
 * with 1.
 */
public final class ExampleFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExampleFailure(String message) {
    super(message);
  }
}

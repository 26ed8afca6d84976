package io.medusajava.mock.domain.cart;

import io.medusajava.mock.domain.MedusaError;

/**
 * Line quantities arrive as JSON numbers of any size but are stored, as in Medusa's database, in a
 * 32-bit integer column. The real server never wraps a large number around: Postgres refuses it
 * ("value ... is out of range for type integer") and the client gets Medusa's 500 unknown_error,
 * with nothing saved. The mock does the same.
 */
public final class Quantities {
  private Quantities() {}

  /** {@code quantity} as the int it is stored as, or the 500 the real insert fails with. */
  public static int storable(long quantity) {
    if (quantity < Integer.MIN_VALUE || quantity > Integer.MAX_VALUE) {
      throw MedusaError.unknown();
    }
    return (int) quantity;
  }

  /**
   * Whether {@code quantity} fits the column at all; rules about small values only apply to those
   * that do.
   */
  public static boolean fits(long quantity) {
    return quantity >= Integer.MIN_VALUE && quantity <= Integer.MAX_VALUE;
  }
}

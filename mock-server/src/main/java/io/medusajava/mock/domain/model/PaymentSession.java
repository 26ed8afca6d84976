package io.medusajava.mock.domain.model;

/** A payment session of a cart with one provider. */
public class PaymentSession {
  public String id;
  public String cartId;
  public String providerId;

  /**
   * Null after a refresh: Medusa's new session is neither selected nor unselected until chosen
   * again.
   */
  public Boolean isSelected = false;

  public boolean isInitiated = true;

  /** pending until the cart completes, then authorized. */
  public String status = "pending";

  public long amount;

  /**
   * Provider data set by POST /store/carts/{id}/payment-sessions/{provider}; null means the
   * default.
   */
  public java.util.Map<String, Object> data;

  public String createdAt;
  public String updatedAt;
}

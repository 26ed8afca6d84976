package io.medusajava.mock.domain.model;

/** A requested change to an order, kept for the order-edit endpoints. */
public class OrderEdit {
  public String id;
  public String orderId;
  public String status;
  public String internalNote;

  /** The payment collection for the difference due, when the edit costs more than the order. */
  public String paymentCollectionId;

  public String declinedReason;
  public String requestedAt;
  public String confirmedAt;
  public String declinedAt;

  /** The admin user who made the edit. */
  public String createdBy;

  public String createdAt;
  public String updatedAt;
}

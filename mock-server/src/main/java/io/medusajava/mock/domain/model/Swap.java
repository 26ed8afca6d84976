package io.medusajava.mock.domain.model;

/**
 * An exchange: some items of an order go back (the return) and new ones come (the swap's cart). The
 * cart's total is what the customer still owes, or is owed when negative.
 */
public class Swap {
  public String id;
  public String orderId;
  public String cartId;
  public String returnId;

  /** The cart lines that are new goods; the cart's other lines are the credited returned items. */
  public java.util.List<String> additionalItemIds = new java.util.ArrayList<>();

  public String fulfillmentStatus = "not_fulfilled";
  public String paymentStatus = "not_paid";

  /** Null until the swap's cart is paid; what the customer owes meanwhile is that cart's total. */
  public Long differenceDue;

  public String shippingAddressId;

  /** The Store API always creates swaps without notifications. */
  public boolean noNotification = true;

  public boolean allowBackorder;
  public String createdAt;
  public String updatedAt;
}

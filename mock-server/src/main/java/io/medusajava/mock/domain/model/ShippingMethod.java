package io.medusajava.mock.domain.model;

/** A shipping option chosen for a cart, with the price it was chosen at. */
public class ShippingMethod {
  public String id;
  public String shippingOptionId;
  public String cartId;
  public String orderId;
  public long price;

  /** Set when the cart becomes an order: Medusa persists tax lines then. */
  public String taxLineId;

  public String createdAt;
}

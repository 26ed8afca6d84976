package io.medusajava.mock.domain.model;

/** The payment an order was completed with (the manual provider authorizes at once). */
public class Payment {
  public String id;
  public String cartId;
  public String orderId;
  public long amount;
  public String currencyCode;
  public String providerId;
  public String createdAt;
  public String updatedAt;
}

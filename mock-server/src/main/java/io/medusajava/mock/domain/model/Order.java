package io.medusajava.mock.domain.model;

import io.medusajava.mock.domain.totals.CartTotals;
import java.util.ArrayList;
import java.util.List;

/**
 * An order made from a completed cart. It keeps the cart's items and shipping methods and a frozen
 * copy of the totals at completion time, because later gift-card balance changes must not move an
 * order's numbers.
 */
public class Order {
  public String id;
  public int displayId;
  public String cartId;
  public String customerId;
  public String email;
  public String regionId;
  public String currencyCode;
  public String salesChannelId;
  public String status = "pending";
  public String fulfillmentStatus = "not_fulfilled";
  public String paymentStatus = "awaiting";
  public Address billingAddress;
  public Address shippingAddress;
  public List<LineItem> items = new ArrayList<>();
  public List<ShippingMethod> shippingMethods = new ArrayList<>();
  public List<Discount> discounts = new ArrayList<>();
  public List<GiftCard> giftCards = new ArrayList<>();
  public List<Payment> payments = new ArrayList<>();
  public CartTotals totals;

  /** Returns requested against this order (swaps' returns included). */
  public List<Return> returns = new ArrayList<>();

  public List<Swap> swaps = new ArrayList<>();
  public String createdAt;
  public String updatedAt;
}

package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A shopping cart. Totals are not stored: they are computed on demand by the totals package. */
public class Cart {
  public String id;
  public String email;
  public String regionId;
  public String customerId;
  public String salesChannelId;
  public String type = "default";
  public Address billingAddress;
  public Address shippingAddress;
  public List<LineItem> items = new ArrayList<>();
  public List<ShippingMethod> shippingMethods = new ArrayList<>();
  public List<PaymentSession> paymentSessions = new ArrayList<>();
  public List<Discount> discounts = new ArrayList<>();
  public List<GiftCard> giftCards = new ArrayList<>();
  public Map<String, Object> context = new LinkedHashMap<>();

  /** Null until something sets it: a swap's cart names its swap and the order it came from. */
  public Map<String, Object> metadata;

  public String paymentId;

  /** The authorized payment, once the cart completed. */
  public Payment payment;

  public String completedAt;
  public String paymentAuthorizedAt;

  /** The order this cart became, once completed. */
  public String orderId;

  public String createdAt;
  public String updatedAt;

  public PaymentSession selectedPaymentSession() {
    for (PaymentSession s : paymentSessions) {
      if (Boolean.TRUE.equals(s.isSelected)) {
        return s;
      }
    }
    return null;
  }
}

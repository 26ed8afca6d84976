package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A customer's request to send items of an order back. It stays {@code requested} in the mock:
 * receiving a return is an admin operation the Store API never performs.
 */
public class Return {
  public String id;
  public String orderId;

  /** Set when the return is the returned half of a swap. */
  public String swapId;

  public String status = "requested";
  public List<ReturnItem> items = new ArrayList<>();

  /** The return shipping the customer chose, or null. */
  public ShippingMethod shippingMethod;

  public long refundAmount;
  public boolean noNotification;
  public String createdAt;
  public String updatedAt;
}

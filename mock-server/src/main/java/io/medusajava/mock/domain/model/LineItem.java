package io.medusajava.mock.domain.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** A line of a cart (and later of its order); unit_price is fixed when the item is added. */
public class LineItem {
  public String id;
  public String cartId;
  public String orderId;
  public String title;
  public String description;
  public String thumbnail;
  public String variantId;
  public long unitPrice;
  public int quantity;
  public boolean isGiftcard;
  public boolean allowDiscounts = true;
  public boolean hasShipping;

  /**
   * What the storefront attached to the line; Medusa keeps it as sent and merges later updates into
   * it.
   */
  public Map<String, Object> metadata = new LinkedHashMap<>();

  /** Medusa's is_return: the credit lines of a swap cart (and its return-shipping line). */
  public boolean isReturn;

  /** Set when the cart becomes an order: Medusa persists tax lines then. */
  public String taxLineId;

  public Integer fulfilledQuantity;
  public Integer shippedQuantity;
  public Integer returnedQuantity;
  public String createdAt;
  public String updatedAt;
}

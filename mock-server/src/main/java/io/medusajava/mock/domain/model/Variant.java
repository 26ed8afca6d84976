package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A purchasable variant with stock and prices. */
public class Variant {
  public String id;

  /** Filled in when the seed is loaded. */
  public String productId;

  public String title;
  public String sku;
  public int variantRank;
  public int inventoryQuantity;
  public boolean allowBackorder;
  public boolean manageInventory = true;

  /** Option title to chosen value, e.g. Size to M. */
  public Map<String, String> options = new LinkedHashMap<>();

  public List<Price> prices = new ArrayList<>();
  public String createdAt;
  public String updatedAt;

  /**
   * True when {@code quantity} more units may be sold, following Medusa: unmanaged or backorderable
   * always can.
   */
  public boolean canSell(long quantity) {
    return !manageInventory || allowBackorder || inventoryQuantity >= quantity;
  }
}

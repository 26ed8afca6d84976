package io.medusajava.mock.domain.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * A past order as the seed describes it: a recipe (who, where, which variants, which shipping
 * option) that the state replays through the normal cart rules, so seeded orders get the same
 * prices and totals as new ones.
 */
public final class SeedOrder {
  public String id;
  public String customerId;
  public String regionId;
  public String email;
  public String createdAt;
  public String shippingOptionId;
  public List<SeedLine> items = new ArrayList<>();
  public String status = "pending";
  public String fulfillmentStatus = "not_fulfilled";
  public String paymentStatus = "awaiting";

  /** One ordered variant. */
  public static final class SeedLine {
    public String variantId;
    public int quantity;
  }
}

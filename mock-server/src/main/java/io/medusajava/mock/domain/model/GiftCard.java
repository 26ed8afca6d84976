package io.medusajava.mock.domain.model;

/** A gift card: its code is what a customer types; balance shrinks as orders use it. */
public class GiftCard {
  public String id;
  public String code;
  public long value;
  public long balance;
  public String regionId;
  public boolean isDisabled;

  /**
   * Percent; null when the card is not taxed (Medusa sets it from the region when gift cards are
   * taxable).
   */
  public Double taxRate;

  public String createdAt;
  public String updatedAt;
}

package io.medusajava.mock.domain.catalog;

import static io.medusajava.mock.domain.StoreContext.require;

import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.StoreContext;
import io.medusajava.mock.domain.model.Discount;
import io.medusajava.mock.domain.model.GiftCard;
import io.medusajava.mock.domain.seed.Seed;
import java.util.ArrayList;
import java.util.List;

/**
 * Discounts and gift cards, looked up by code (case-insensitively, disabled ones hidden) and
 * checked against the region they are used in. Gift-card balances shrink when an order spends them.
 */
public final class Promotions {
  private final StoreContext ctx;
  private List<Discount> discounts = new ArrayList<>();
  private List<GiftCard> giftCards = new ArrayList<>();

  public Promotions(StoreContext ctx) {
    this.ctx = ctx;
  }

  public void load(Seed seed) {
    synchronized (ctx.lock()) {
      discounts = seed.discounts;
      giftCards = seed.giftCards;
    }
  }

  /** A usable gift card by code (GET /store/gift-cards/{code}). */
  public GiftCard giftCard(String code) {
    synchronized (ctx.lock()) {
      return require(usableGiftCard(code), "Gift card with code: " + code + " was not found");
    }
  }

  /** A discount to apply to a cart in {@code regionId}. */
  public Discount discountFor(String regionId, String code) {
    synchronized (ctx.lock()) {
      Discount d =
          require(
              discounts.stream()
                  .filter(x -> x.code.equalsIgnoreCase(code) && !x.isDisabled)
                  .findFirst()
                  .orElse(null),
              "Discount with code " + code + " was not found");
      if (!d.regionIds.contains(regionId)) {
        throw MedusaError.invalidData("The discount is not available in current region");
      }
      return d;
    }
  }

  /**
   * A gift card to apply to a cart in {@code regionId}; a card without a region works everywhere.
   */
  public GiftCard giftCardFor(String regionId, String code) {
    synchronized (ctx.lock()) {
      GiftCard g = require(usableGiftCard(code), "Gift card with code " + code + " was not found");
      if (g.regionId != null && !g.regionId.equals(regionId)) {
        throw MedusaError.invalidData("The gift card cannot be used in the current region");
      }
      return g;
    }
  }

  /** Takes {@code amount} from the cards in order, each down to zero at most. */
  public void spend(List<GiftCard> cards, long amount) {
    synchronized (ctx.lock()) {
      long left = amount;
      for (GiftCard g : cards) {
        long take = Math.min(left, g.balance);
        g.balance -= take;
        left -= take;
      }
    }
  }

  private GiftCard usableGiftCard(String code) {
    return giftCards.stream()
        .filter(g -> g.code.equalsIgnoreCase(code) && !g.isDisabled)
        .findFirst()
        .orElse(null);
  }
}

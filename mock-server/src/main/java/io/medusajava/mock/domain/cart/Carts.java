package io.medusajava.mock.domain.cart;

import static io.medusajava.mock.domain.StoreContext.require;

import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.StoreContext;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.catalog.Pricing;
import io.medusajava.mock.domain.catalog.Promotions;
import io.medusajava.mock.domain.customer.Customers;
import io.medusajava.mock.domain.events.CartRelations;
import io.medusajava.mock.domain.model.Address;
import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.domain.model.Customer;
import io.medusajava.mock.domain.model.Discount;
import io.medusajava.mock.domain.model.LineItem;
import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.ShippingMethod;
import io.medusajava.mock.domain.model.ShippingOption;
import io.medusajava.mock.domain.model.Variant;
import io.medusajava.mock.domain.totals.CartTotals;
import io.medusajava.mock.domain.totals.TotalsCalculator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Open carts: creating them, their contents (line items, shipping methods, discounts, gift cards,
 * addresses) and their totals. Paying and completing a cart is {@link Checkout}'s. Reads the
 * catalog, promotions and customers; nothing here reaches up to checkout or orders.
 */
public final class Carts {
  private final StoreContext ctx;
  private final Catalog catalog;
  private final Promotions promotions;
  private final Customers customers;
  private final Map<String, Cart> carts = new LinkedHashMap<>();

  public Carts(StoreContext ctx, Catalog catalog, Promotions promotions, Customers customers) {
    this.ctx = ctx;
    this.catalog = catalog;
    this.promotions = promotions;
    this.customers = customers;
  }

  public void clear() {
    synchronized (ctx.lock()) {
      carts.clear();
    }
  }

  /**
   * Creates a cart in the given region (the first region when null) and sales channel (the default
   * one when null). A country code, when given, starts a shipping address with just that country,
   * as Medusa does.
   */
  public Cart create(String regionId, String salesChannelId, String countryCode) {
    return create(regionId, salesChannelId, countryCode, Map.of());
  }

  /**
   * As above, with the request context Medusa records on the cart (ip and user_agent, transcript
   * 11).
   */
  public Cart create(
      String regionId, String salesChannelId, String countryCode, Map<String, Object> context) {
    synchronized (ctx.lock()) {
      Region region = regionId == null ? catalog.defaultRegion() : catalog.region(regionId);
      String now = ctx.now();
      if (countryCode != null && !region.countries.contains(countryCode.toLowerCase())) {
        throw MedusaError.notAllowed("Shipping country not in region");
      }
      Cart cart = new Cart();
      cart.id = ctx.nextId("cart");
      cart.regionId = region.id;
      cart.salesChannelId =
          salesChannelId != null ? salesChannelId : catalog.defaultSalesChannelId();
      if (countryCode != null) {
        cart.shippingAddress = new Address();
        cart.shippingAddress.id = ctx.nextId("addr");
        cart.shippingAddress.countryCode = countryCode.toLowerCase();
        cart.shippingAddress.createdAt = now;
        cart.shippingAddress.updatedAt = now;
      }
      cart.context.putAll(context);
      cart.createdAt = now;
      cart.updatedAt = now;
      carts.put(cart.id, cart);
      ctx.events().cartCreated(cart);
      return cart;
    }
  }

  public Cart cart(String id) {
    synchronized (ctx.lock()) {
      return require(carts.get(id), "Cart with " + id + " was not found");
    }
  }

  /**
   * GET /store/carts/{id}: Medusa's route gives the cart to the logged-in customer before
   * answering, through the same update as POST /store/carts/{id}. Its check reads an e-mail it
   * never loaded, so it updates on every logged-in read, even of the customer's own or a completed
   * cart: a new updated_at and a cart.updated each time (measured on 1.20.11).
   */
  public Cart retrieveFor(String cartId, Customer loggedIn) {
    synchronized (ctx.lock()) {
      Cart cart = cart(cartId);
      if (loggedIn != null) {
        String customerBefore = cart.customerId;
        cart.customerId = loggedIn.id;
        cart.email = loggedIn.email;
        cart.updatedAt = ctx.now();
        ctx.events().cartUpdated(cart, customerBefore, CartRelations.ALL);
      }
      return cart;
    }
  }

  /**
   * The cart a write goes to. Where the real server loads the cart inside a transaction that fails
   * for an unknown id (update, shipping methods, taxes, payment sessions, complete), it answers a
   * bare 500, not a 404.
   */
  Cart cartForWrite(String id) {
    Cart cart = carts.get(id);
    if (cart == null) {
      throw MedusaError.unknown();
    }
    return cart;
  }

  /**
   * A completed cart's contents belong to its order: Medusa refuses to change its line items or
   * shipping methods, with a 404 whose message is the text "null".
   */
  private static void requireOpen(Cart cart) {
    if (cart.completedAt != null) {
      throw MedusaError.notFound("null");
    }
  }

  /** The cart's current totals. */
  public CartTotals totals(Cart cart) {
    synchronized (ctx.lock()) {
      return TotalsCalculator.compute(
          catalog.region(cart.regionId),
          cart.items,
          cart.shippingMethods,
          cart.discounts,
          cart.giftCards);
    }
  }

  /** Applies the non-null fields of {@code update} (POST /store/carts/{id}). */
  public Cart update(String cartId, CartUpdate update) {
    synchronized (ctx.lock()) {
      Cart cart = cartForWrite(cartId);
      String now = ctx.now();
      String customerBefore = cart.customerId;
      if (update.customerId != null) {
        cart.customerId = update.customerId;
        cart.email = update.email != null ? update.email : cart.email;
      } else if (update.email != null) {
        // An e-mail alone never attaches the cart to an account, even one with that e-mail: Medusa
        // uses (or makes) the guest customer of the address.
        cart.customerId = customers.guestFor(update.email).id;
        cart.email = update.email.toLowerCase();
      }
      if (update.regionId != null && !update.regionId.equals(cart.regionId)) {
        changeRegion(cart, catalog.region(update.regionId));
      }
      if (update.shippingAddress != null) {
        if (update.shippingAddress.countryCode != null
            && !catalog
                .region(cart.regionId)
                .countries
                .contains(update.shippingAddress.countryCode)) {
          throw MedusaError.invalidData("Shipping country must be in the cart region");
        }
        cart.shippingAddress = update.shippingAddress.copyAs(ctx.nextId("addr"), now);
      }
      if (update.billingAddress != null) {
        cart.billingAddress = update.billingAddress.copyAs(ctx.nextId("addr"), now);
      }
      if (update.discountCodes != null) {
        cart.discounts.clear();
        update.discountCodes.forEach(
            code ->
                applyDiscount(
                    cart,
                    reworded(
                        () -> promotions.discountFor(cart.regionId, code),
                        "Discounts with code [" + code + "] was not found")));
        repriceShipping(cart);
      }
      if (update.giftCardCodes != null) {
        cart.giftCards.clear();
        update.giftCardCodes.forEach(
            code ->
                cart.giftCards.add(
                    reworded(
                        () -> promotions.giftCardFor(cart.regionId, code),
                        "Gift card with code: " + code + " was not found")));
      }
      touched(cart, now);
      ctx.events().cartUpdated(cart, customerBefore, CartRelations.ALL);
      return cart;
    }
  }

  /** DELETE /store/carts/{id}/discounts/{code}: an unknown code on the cart is simply ignored. */
  public Cart removeDiscount(String cartId, String code) {
    synchronized (ctx.lock()) {
      Cart cart = cartForWrite(cartId);
      cart.discounts.removeIf(d -> d.code.equalsIgnoreCase(code));
      repriceShipping(cart);
      touched(cart, ctx.now());
      ctx.events().cartUpdated(cart, CartRelations.DISCOUNT_REMOVED);
      return cart;
    }
  }

  /** A region change re-prices items and drops what belonged to the old region. */
  private void changeRegion(Cart cart, Region region) {
    cart.regionId = region.id;
    for (LineItem item : cart.items) {
      if (!item.isReturn) {
        item.unitPrice = unitPrice(catalog.variant(item.variantId), region);
      }
    }
    cart.shippingMethods.clear();
    cart.paymentSessions.clear();
    cart.discounts.removeIf(d -> !d.regionIds.contains(region.id));
    if (cart.shippingAddress != null
        && !region.countries.contains(cart.shippingAddress.countryCode)) {
      cart.shippingAddress = null;
    }
  }

  /**
   * Medusa 1.x keeps at most one free-shipping discount and one other discount on a cart: a new one
   * replaces the one of its kind.
   */
  private static void applyDiscount(Cart cart, Discount d) {
    boolean freeShipping = "free_shipping".equals(d.type);
    cart.discounts.removeIf(x -> "free_shipping".equals(x.type) == freeShipping);
    cart.discounts.add(d);
  }

  // ---------------------------------------------------------------- line items

  /**
   * Adds {@code quantity} of a variant, merging with an existing line of the same variant. The unit
   * price is the variant's price in the cart's region at this moment. Checked as Medusa does: the
   * variant, the stock for the merged quantity, then whether the merged line fits its integer
   * column ({@link Quantities}).
   */
  public Cart addLineItem(String cartId, String variantId, long quantity) {
    return addLineItem(cartId, variantId, quantity, null);
  }

  /**
   * As above, with the line's metadata (null for none). A negative quantity is not refused: Medusa
   * merges it into the line of the same variant, and only a line that would end below 1 fails, in
   * the database, as a 500. A quantity of 0 is "missing" to Medusa's line generator.
   */
  public Cart addLineItem(
      String cartId, String variantId, long quantity, Map<String, Object> metadata) {
    synchronized (ctx.lock()) {
      Cart cart = cart(cartId);
      requireOpen(cart);
      Variant v = catalog.variantOrNull(variantId);
      if (v == null) {
        throw MedusaError.invalidData(
            "Unable to generate the line items, some variant has not been found: " + variantId);
      }
      if (quantity == 0) {
        throw MedusaError.invalidData(
            "Unable to generate the line item because one or more required "
                + "argument(s) are missing. Ensure quantity, regionId, and variantId are passed");
      }
      LineItem existing =
          cart.items.stream()
              .filter(i -> !i.isReturn && variantId.equals(i.variantId))
              .findFirst()
              .orElse(null);
      long wanted = quantity + (existing == null ? 0 : existing.quantity);
      if (!v.canSell(wanted)) {
        throw MedusaError.insufficientInventory(variantId);
      }
      Quantities.storable(quantity);
      int stored = Quantities.storable(wanted);
      if (stored < 1) {
        throw MedusaError.unknown();
      }
      String now = ctx.now();
      if (existing != null) {
        existing.quantity = stored;
        existing.updatedAt = now;
      } else {
        LineItem item = newLineItem(cart, v, stored, now);
        if (metadata != null) {
          item.metadata.putAll(metadata);
        }
        cart.items.add(item);
      }
      touched(cart, now);
      ctx.events().cartUpdated(cart);
      return cart;
    }
  }

  private LineItem newLineItem(Cart cart, Variant v, int quantity, String now) {
    Product p = catalog.product(v.productId);
    LineItem item = new LineItem();
    item.id = ctx.nextId("item");
    item.cartId = cart.id;
    item.title = p.title;
    item.description = v.title;
    item.thumbnail = p.thumbnail;
    item.variantId = v.id;
    item.unitPrice = unitPrice(v, catalog.region(cart.regionId));
    item.quantity = quantity;
    item.isGiftcard = p.isGiftcard;
    item.allowDiscounts = p.discountable;
    item.hasShipping = !cart.shippingMethods.isEmpty();
    item.createdAt = now;
    item.updatedAt = now;
    return item;
  }

  private static long unitPrice(Variant v, Region region) {
    Long price = Pricing.priceFor(v, region, null);
    if (price == null) {
      throw MedusaError.invalidData(
          "Cannot generate line item for variant \"" + v.title + "\" without a price");
    }
    return price;
  }

  /**
   * Sets a line's quantity; 0 removes it, as Medusa does. Stock is checked before the quantity
   * meets its integer column, so a huge quantity of a stocked variant is refused for stock, of an
   * unstocked one with a 500.
   */
  public Cart updateLineItem(String cartId, String itemId, long quantity) {
    return updateLineItem(cartId, itemId, quantity, null);
  }

  /**
   * As above; {@code metadata}, when not null, is merged into the line's. A negative quantity
   * reaches the database, whose check fails: Medusa answers a 500.
   */
  public Cart updateLineItem(
      String cartId, String itemId, long quantity, Map<String, Object> metadata) {
    synchronized (ctx.lock()) {
      Cart cart = cartForWrite(cartId);
      requireOpen(cart);
      LineItem item =
          cart.items.stream()
              .filter(i -> i.id.equals(itemId))
              .findFirst()
              .orElseThrow(() -> MedusaError.invalidData("Could not find the line item"));
      if (quantity == 0) {
        return deleteLineItem(cartId, itemId);
      }
      if (quantity < 0) {
        throw MedusaError.unknown();
      }
      if (!catalog.variant(item.variantId).canSell(quantity)) {
        throw new MedusaError(
            400,
            "not_allowed",
            "Inventory doesn't cover the desired quantity",
            "insufficient_inventory");
      }
      String now = ctx.now();
      item.quantity = Quantities.storable(quantity);
      if (metadata != null) {
        item.metadata.putAll(metadata);
      }
      item.updatedAt = now;
      touched(cart, now);
      ctx.events().cartUpdated(cart, CartRelations.LINE_ITEM_UPDATED);
      return cart;
    }
  }

  /** Removes a line; an id the cart does not have changes nothing and is no error, as in Medusa. */
  public Cart deleteLineItem(String cartId, String itemId) {
    synchronized (ctx.lock()) {
      Cart cart = cartForWrite(cartId);
      requireOpen(cart);
      if (cart.items.removeIf(i -> i.id.equals(itemId))) {
        touched(cart, ctx.now());
        ctx.events().cartUpdated(cart);
      }
      return cart;
    }
  }

  // ---------------------------------------------------------------- shipping

  /**
   * The options a cart may ship with: its region's non-return, non-admin options. An unknown cart
   * makes the real server fail with a 500 (transcript 69), which this mirrors.
   */
  public List<ShippingOption> shippingOptionsFor(String cartId) {
    synchronized (ctx.lock()) {
      Cart cart = carts.get(cartId);
      if (cart == null) {
        throw MedusaError.unknown();
      }
      return catalog.shippingOptionsForRegion(cart.regionId, false);
    }
  }

  /** Chooses a shipping option; it replaces a method of the same shipping profile. */
  public Cart addShippingMethod(String cartId, String optionId) {
    synchronized (ctx.lock()) {
      Cart cart = cartForWrite(cartId);
      requireOpen(cart);
      ShippingOption option = shippingOption(optionId);
      if (!option.regionId.equals(cart.regionId) || option.isReturn) {
        throw MedusaError.invalidData("The shipping option is not available in the cart's region");
      }
      String now = ctx.now();
      cart.shippingMethods.removeIf(
          m ->
              Objects.equals(
                  catalog.shippingOption(m.shippingOptionId).profileId, option.profileId));
      ShippingMethod m = new ShippingMethod();
      m.id = ctx.nextId("sm");
      m.shippingOptionId = option.id;
      m.cartId = cart.id;
      m.price = hasFreeShipping(cart) ? 0 : option.amount;
      m.createdAt = now;
      cart.shippingMethods.add(m);
      cart.items.forEach(i -> i.hasShipping = true);
      touched(cart, now);
      ctx.events().cartUpdated(cart, CartRelations.SHIPPING_METHOD_ADDED);
      return cart;
    }
  }

  /** The option, or the 404 Medusa's shipping option service words without "id:". */
  private ShippingOption shippingOption(String optionId) {
    return reworded(
        () -> catalog.shippingOption(optionId),
        "Shipping Option with " + optionId + " was not found");
  }

  /**
   * Looks something up for a cart, answering a miss with the 404 message the cart service words for
   * it (the catalog words its own lookups differently).
   */
  private static <T> T reworded(java.util.function.Supplier<T> lookup, String notFoundMessage) {
    try {
      return lookup.get();
    } catch (MedusaError e) {
      throw e.status() == 404 ? MedusaError.notFound(notFoundMessage) : e;
    }
  }

  private static boolean hasFreeShipping(Cart cart) {
    return cart.discounts.stream().anyMatch(d -> "free_shipping".equals(d.type));
  }

  /** A free_shipping discount zeroes shipping prices; removing it restores the option's amount. */
  private void repriceShipping(Cart cart) {
    boolean free = hasFreeShipping(cart);
    cart.shippingMethods.forEach(
        m -> m.price = free ? 0 : catalog.shippingOption(m.shippingOptionId).amount);
  }

  /**
   * Every change stamps the cart and re-prices its payment sessions to the new total, as Medusa
   * does.
   */
  void touched(Cart cart, String now) {
    cart.updatedAt = now;
    if (!cart.paymentSessions.isEmpty()) {
      long total = totals(cart).total();
      cart.paymentSessions.forEach(
          s -> {
            s.amount = total;
            s.updatedAt = now;
          });
    }
  }
}

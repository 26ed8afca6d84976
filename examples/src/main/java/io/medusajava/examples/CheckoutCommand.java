package io.medusajava.examples;

import io.medusajava.MedusaStore;
import io.medusajava.auth.AuthMode;
import io.medusajava.model.AddressParams;
import io.medusajava.model.Cart;
import io.medusajava.model.CartCreateParams;
import io.medusajava.model.CartUpdateParams;
import io.medusajava.model.Country;
import io.medusajava.model.LineItem;
import io.medusajava.model.LineItemCreateParams;
import io.medusajava.model.Order;
import io.medusajava.model.PaymentProvider;
import io.medusajava.model.PaymentSessionSetParams;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.PricedShippingOption;
import io.medusajava.model.PricedVariant;
import io.medusajava.model.ProductListParams;
import io.medusajava.model.Region;
import io.medusajava.model.ShippingMethodAddParams;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A guest checkout from start to finish: region, products, cart, address, shipping, payment, order.
 *
 * <pre>medusa-examples checkout --base-url http://localhost:9000 --region-currency eur</pre>
 */
public final class CheckoutCommand implements Command {
  private static final String EMAIL = "--email";

  @Override
  public String name() {
    return "checkout";
  }

  @Override
  public String summary() {
    return "Buy two products as a guest and print the receipt.";
  }

  @Override
  public void declareOptions(Options options) {
    options
        .value(
            Regions.REGION_CURRENCY,
            "CODE",
            "shop in the region with this currency (default: the first region)")
        .value(EMAIL, "EMAIL", "the buyer's email (default: guest@example.com)");
  }

  @Override
  public int run(ParsedArgs args, Backend backend, PrintStream out, PrintStream err) {
    try (MedusaStore store = backend.connect(AuthMode.COOKIE_SESSION)) {
      Region region = Regions.pick(store, args.get(Regions.REGION_CURRENCY));
      Order order = placeOrder(store, region, args.get(EMAIL, "guest@example.com"));
      out.print(receipt(order));
      return Cli.OK;
    }
  }

  /**
   * Places an order for two different products in {@code region}. When {@code store} is logged in,
   * the cart and the order belong to that customer (Medusa 1.20 then keeps the customer's email on
   * the cart).
   */
  public static Order placeOrder(MedusaStore store, Region region, String email) {
    List<PricedVariant> picks = pickTwoVariants(store, region);

    Cart cart =
        store.carts().create(CartCreateParams.builder().regionId(region.getId()).build()).execute();
    for (PricedVariant variant : picks) {
      store
          .carts()
          .addLineItem(
              cart.getId(),
              LineItemCreateParams.builder().variantId(variant.getId()).quantity(1).build())
          .execute();
    }

    store
        .carts()
        .update(
            cart.getId(),
            CartUpdateParams.builder()
                .email(email)
                .shippingAddress(sampleAddress(firstCountry(region)))
                .build())
        .execute();

    PricedShippingOption cheapest =
        store.shippingOptions().listForCart(cart.getId()).execute().stream()
            .filter(option -> option.getAmount() != null)
            .min(Comparator.comparingInt(PricedShippingOption::getAmount))
            .orElseThrow(() -> new ExampleFailure("no shipping option can ship this cart"));
    store
        .carts()
        .addShippingMethod(
            cart.getId(), ShippingMethodAddParams.builder().optionId(cheapest.getId()).build())
        .execute();

    store.carts().createPaymentSessions(cart.getId()).execute();
    store
        .carts()
        .setPaymentSession(
            cart.getId(),
            PaymentSessionSetParams.builder().providerId(paymentProvider(region)).build())
        .execute();

    Order order = store.carts().complete(cart.getId()).execute().getOrder();
    if (order == null) {
      throw new ExampleFailure("the cart was not completed: the payment needs another step");
    }
    return order;
  }

  /**
   * Walks the catalog page by page until it has priced, in-stock variants of two different
   * products.
   */
  private static List<PricedVariant> pickTwoVariants(MedusaStore store, Region region) {
    List<PricedVariant> picks = new ArrayList<>();
    Set<String> productIds = new HashSet<>();
    for (PricedProduct product :
        store.products().listAll(ProductListParams.builder().regionId(region.getId()).build())) {
      if (product.getIsGiftcard()) {
        continue;
      }
      for (PricedVariant variant : product.getVariants()) {
        if (buyable(variant) && productIds.add(product.getId())) {
          picks.add(variant);
          break;
        }
      }
      if (picks.size() == 2) {
        return picks;
      }
    }
    throw new ExampleFailure(
        "the catalog has fewer than two products with a price in " + region.getName());
  }

  private static boolean buyable(PricedVariant variant) {
    boolean inStock =
        !variant.getManageInventory()
            || variant.getAllowBackorder()
            || variant.getInventoryQuantity() > 0;
    return inStock && variant.getCalculatedPrice() != null;
  }

  private static String firstCountry(Region region) {
    List<Country> countries = region.getCountries();
    if (countries.isEmpty()) {
      throw new ExampleFailure("region " + region.getName() + " has no countries to ship to");
    }
    return countries.get(0).getIso2();
  }

  private static AddressParams sampleAddress(String countryCode) {
    return AddressParams.builder()
        .firstName("Ada")
        .lastName("Example")
        .address1("1 Example Street")
        .city("Exampleton")
        .postalCode("10001")
        .countryCode(countryCode)
        .build();
  }

  /** The {@code manual} provider when the region has it, otherwise the region's first. */
  private static String paymentProvider(Region region) {
    List<PaymentProvider> providers = region.getPaymentProviders();
    if (providers.isEmpty()) {
      throw new ExampleFailure("region " + region.getName() + " has no payment provider");
    }
    return providers.stream()
        .map(PaymentProvider::getId)
        .filter("manual"::equals)
        .findFirst()
        .orElse(providers.get(0).getId());
  }

  /** The receipt, every amount in the order's currency. */
  public static String receipt(Order order) {
    String currency = order.getCurrencyCode();
    StringBuilder s = new StringBuilder();
    s.append("Order ")
        .append(order.getId())
        .append("  (#")
        .append(order.getDisplayId())
        .append(")\n");
    for (LineItem item : order.getItems()) {
      s.append(
          String.format(
              "  %-36s %12s%n",
              item.getTitle() + " × " + item.getQuantity(),
              Money.format(item.getSubtotal(), currency)));
    }
    s.append(
        String.format("  %-36s %12s%n", "Subtotal", Money.format(order.getSubtotal(), currency)));
    s.append(
        String.format(
            "  %-36s %12s%n", "Shipping", Money.format(order.getShippingTotal(), currency)));
    s.append(String.format("  %-36s %12s%n", "Tax", Money.format(order.getTaxTotal(), currency)));
    s.append(String.format("  %-36s %12s%n", "Total", Money.format(order.getTotal(), currency)));
    return s.toString();
  }
}

package io.medusajava.mock.capture;

import io.medusajava.MedusaStore;
import io.medusajava.mock.domain.seed.Seed;
import io.medusajava.model.AddressParams;
import io.medusajava.model.Cart;
import io.medusajava.model.CartCreateParams;
import io.medusajava.model.CartUpdateParams;
import io.medusajava.model.LineItemCreateParams;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.PricedShippingOption;
import io.medusajava.model.PricedVariant;
import io.medusajava.model.ProductCategory;
import io.medusajava.model.ProductListParams;
import io.medusajava.model.ProductOptionValue;
import io.medusajava.model.Region;
import io.medusajava.model.ShippingMethodAddParams;
import io.medusajava.model.ShippingOptionListParams;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a storefront sees of a store's catalog, as sorted lines: two stores that serve the same
 * catalog give equal snapshots whatever order they list things in. Read through the SDK, as a
 * user's app would.
 */
final class CatalogSnapshot {
  private CatalogSnapshot() {}

  /**
   * Regions (currency, tax rate, countries), products with variants and prices per region, and the
   * rest.
   */
  static String of(MedusaStore store) {
    List<String> lines = new ArrayList<>();
    List<Region> regions = regions(store);
    for (Region r : regions) {
      lines.add(
          "region "
              + r.getId()
              + " "
              + r.getName()
              + " "
              + r.getCurrencyCode()
              + " tax "
              + r.getTaxRate()
              + " countries "
              + r.getCountries().stream().map(c -> c.getIso2()).sorted().toList()
              + " payment "
              + r.getPaymentProviders().stream().map(p -> p.getId()).sorted().toList());
      for (PricedProduct p :
          store.products().listAll(ProductListParams.builder().regionId(r.getId()).build())) {
        for (PricedVariant v : p.getVariants()) {
          lines.add(
              "price "
                  + r.getCurrencyCode()
                  + " "
                  + v.getSku()
                  + " "
                  + v.getOriginalPrice()
                  + " "
                  + v.getCalculatedPrice()
                  + " incl. tax "
                  + v.getCalculatedPriceInclTax());
        }
      }
      for (PricedShippingOption o :
          store
              .shippingOptions()
              .list(ShippingOptionListParams.builder().regionId(r.getId()).build())
              .execute()) {
        lines.add(
            "shipping "
                + r.getCurrencyCode()
                + " "
                + o.getName()
                + " "
                + o.getAmount()
                + (o.getIsReturn() ? " return" : ""));
      }
    }
    for (PricedProduct p : store.products().listAll()) {
      lines.add(
          "product "
              + p.getHandle()
              + " "
              + p.getTitle()
              + " collection "
              + p.getCollectionId()
              + " type "
              + p.getTypeId()
              + " tags "
              + p.getTags().stream().map(t -> t.getValue()).sorted().toList()
              + " options "
              + p.getOptions().stream()
                  .map(
                      o ->
                          o.getTitle()
                              + "="
                              + o.getValues().stream()
                                  .map(ProductOptionValue::getValue)
                                  .distinct()
                                  .sorted()
                                  .toList())
                  .toList());
      for (PricedVariant v : p.getVariants()) {
        lines.add(
            "variant "
                + p.getHandle()
                + " "
                + v.getSku()
                + " "
                + v.getTitle()
                + " "
                + v.getOptions().stream().map(ProductOptionValue::getValue).sorted().toList());
      }
    }
    store
        .collections()
        .listAll()
        .forEach(c -> lines.add("collection " + c.getHandle() + " " + c.getTitle()));
    store.productTags().listAll().forEach(t -> lines.add("tag " + t.getValue()));
    store.productTypes().listAll().forEach(t -> lines.add("type " + t.getValue()));
    for (ProductCategory c : store.categories().listAll()) {
      List<String> handles = new ArrayList<>();
      store
          .products()
          .listAll(ProductListParams.builder().categoryIds(c.getId()).build())
          .forEach(p -> handles.add(p.getHandle()));
      lines.add(
          "category "
              + c.getHandle()
              + " "
              + c.getName()
              + " parent "
              + c.getParentCategoryId()
              + " products "
              + handles.stream().sorted().toList());
    }
    return lines.stream().sorted().collect(Collectors.joining("\n"));
  }

  /**
   * How many price lines a snapshot of a store with this catalog has: one per variant and region.
   */
  static long priceLines(Seed seed) {
    return seed.regions.size() * seed.products.stream().mapToLong(p -> p.variants.size()).sum();
  }

  static List<Region> regions(MedusaStore store) {
    List<Region> regions = new ArrayList<>();
    store.regions().listAll().forEach(regions::add);
    regions.sort(Comparator.comparing(Region::getId));
    return regions;
  }

  /**
   * A guest cart in {@code region} holding two of the first sellable variant (by SKU), with an
   * address in the region's first country and its cheapest shipping option: "subtotal S shipping H
   * tax T total X".
   */
  static String checkoutTotals(MedusaStore store, Region region, String sku) {
    PricedVariant variant = null;
    for (PricedProduct p :
        store.products().listAll(ProductListParams.builder().regionId(region.getId()).build())) {
      for (PricedVariant v : p.getVariants()) {
        if (sku.equals(v.getSku())) {
          variant = v;
        }
      }
    }
    if (variant == null) {
      throw new AssertionError("no variant " + sku + " in " + region.getName());
    }
    Cart cart =
        store.carts().create(CartCreateParams.builder().regionId(region.getId()).build()).execute();
    store
        .carts()
        .addLineItem(
            cart.getId(),
            LineItemCreateParams.builder().variantId(variant.getId()).quantity(2).build())
        .execute();
    String country =
        region.getCountries().stream().map(c -> c.getIso2()).sorted().findFirst().orElseThrow();
    store
        .carts()
        .update(
            cart.getId(),
            CartUpdateParams.builder()
                .email("capture@example.com")
                .shippingAddress(
                    AddressParams.builder()
                        .firstName("Jane")
                        .lastName("Doe")
                        .address1("1 Main St")
                        .city("Springfield")
                        .postalCode("62701")
                        .countryCode(country)
                        .build())
                .build())
        .execute();
    PricedShippingOption cheapest =
        store.shippingOptions().listForCart(cart.getId()).execute().stream()
            .min(
                Comparator.comparing(
                        (PricedShippingOption o) -> o.getAmount() == null ? 0 : o.getAmount())
                    .thenComparing(PricedShippingOption::getName))
            .orElseThrow(
                () -> new AssertionError("no shipping option for a cart in " + region.getName()));
    cart =
        store
            .carts()
            .addShippingMethod(
                cart.getId(), ShippingMethodAddParams.builder().optionId(cheapest.getId()).build())
            .execute();
    return "subtotal "
        + cart.getSubtotal()
        + " shipping "
        + cart.getShippingTotal()
        + " tax "
        + cart.getTaxTotal()
        + " total "
        + cart.getTotal();
  }

  /**
   * The SKU of the first variant, by SKU, that has stock or needs none and a price in the region's
   * currency.
   */
  static String sellableSku(MedusaStore store, Region region) {
    List<String> skus = new ArrayList<>();
    for (PricedProduct p :
        store.products().listAll(ProductListParams.builder().regionId(region.getId()).build())) {
      for (PricedVariant v : p.getVariants()) {
        boolean inStock =
            !v.getManageInventory() || v.getAllowBackorder() || v.getInventoryQuantity() >= 2;
        if (v.getSku() != null && inStock && v.getCalculatedPrice() != null) {
          skus.add(v.getSku());
        }
      }
    }
    return skus.stream()
        .sorted()
        .findFirst()
        .orElseThrow(() -> new AssertionError("nothing to sell in " + region.getName()));
  }
}

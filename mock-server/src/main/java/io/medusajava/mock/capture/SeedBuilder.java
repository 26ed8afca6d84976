package io.medusajava.mock.capture;

import io.medusajava.mock.domain.model.Category;
import io.medusajava.mock.domain.model.Collection;
import io.medusajava.mock.domain.model.Price;
import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.domain.model.ProductOption;
import io.medusajava.mock.domain.model.ProductType;
import io.medusajava.mock.domain.model.PublishableKey;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.ReturnReason;
import io.medusajava.mock.domain.model.SalesChannel;
import io.medusajava.mock.domain.model.ShippingOption;
import io.medusajava.mock.domain.model.ShippingProfile;
import io.medusajava.mock.domain.model.Tag;
import io.medusajava.mock.domain.model.Variant;
import io.medusajava.mock.domain.seed.Seed;
import io.medusajava.model.Country;
import io.medusajava.model.FulfillmentProvider;
import io.medusajava.model.Image;
import io.medusajava.model.MoneyAmount;
import io.medusajava.model.PaymentProvider;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.PricedShippingOption;
import io.medusajava.model.PricedVariant;
import io.medusajava.model.ProductCategory;
import io.medusajava.model.ProductCollection;
import io.medusajava.model.ProductOptionValue;
import io.medusajava.model.ProductTag;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Turns what the Store API showed into the mock's seed rows. What the API hides gets the defaults
 * the mock-server README lists; where a captured value is one the mock cannot act on (a
 * tax-inclusive region, a tiered price), a note goes to the progress consumer.
 */
final class SeedBuilder {
  /** Medusa's own timestamp form, which the mock's views print as they are. */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

  /**
   * The channel every product is put in when the store does not show channels (no publishable key
   * sent).
   */
  static final String CAPTURED_CHANNEL = "sc_captured";

  private final Seed seed = new Seed();
  private final String publishableKey;
  private final Consumer<String> notes;
  private final Map<String, Product> products = new LinkedHashMap<>();
  private final Map<String, ShippingProfile> profiles = new LinkedHashMap<>();
  private final Map<String, SalesChannel> channels = new LinkedHashMap<>();
  private final Map<String, Variant> variants = new HashMap<>();
  private final Set<String> leftOutPrices = new HashSet<>();

  SeedBuilder(String host, String publishableKey, Consumer<String> notes) {
    this.publishableKey = publishableKey;
    this.notes = notes;
    seed.store.name = "Captured from " + host;
  }

  void regions(List<io.medusajava.model.Region> captured) {
    for (io.medusajava.model.Region r : captured) {
      Region region = new Region();
      region.id = r.getId();
      region.name = r.getName();
      region.currencyCode = r.getCurrencyCode();
      region.taxRate = r.getTaxRate();
      region.giftCardsTaxable = r.getGiftCardsTaxable();
      region.automaticTaxes = r.getAutomaticTaxes();
      r.getCountries().stream().map(Country::getIso2).forEach(region.countries::add);
      r.getPaymentProviders().stream()
          .map(PaymentProvider::getId)
          .forEach(region.paymentProviders::add);
      r.getFulfillmentProviders().stream()
          .map(FulfillmentProvider::getId)
          .forEach(region.fulfillmentProviders::add);
      region.createdAt = timestamp(r::getCreatedAt);
      region.updatedAt = timestamp(r::getUpdatedAt);
      if (Boolean.TRUE.equals(r.getIncludesTax())) {
        notes.accept(
            "note: region " + r.getName() + " has tax-inclusive prices; the mock adds tax on top");
      }
      if (r.getTaxRates() != null && !r.getTaxRates().isEmpty()) {
        notes.accept(
            "note: region "
                + r.getName()
                + " has tax rates for some products; the mock uses "
                + r.getTaxRate()
                + "% for all");
      }
      seed.regions.add(region);
      if (!seed.store.currencies.contains(region.currencyCode)) {
        seed.store.currencies.add(region.currencyCode);
      }
    }
    if (!seed.regions.isEmpty()) {
      seed.store.defaultCurrencyCode = seed.regions.get(0).currencyCode;
    }
  }

  /** A product with its variants, options and links; its prices come from {@link #prices}. */
  void product(PricedProduct p) {
    Product product = new Product();
    product.id = p.getId();
    product.title = p.getTitle();
    product.subtitle = p.getSubtitle();
    product.description = p.getDescription();
    product.handle = p.getHandle();
    product.isGiftcard = p.getIsGiftcard();
    product.status = p.getStatus().toString();
    product.discountable = p.getDiscountable();
    product.thumbnail = p.getThumbnail();
    p.getImages().stream().map(Image::getUrl).forEach(product.images::add);
    product.weight = p.getWeight() == null ? null : (int) Math.round(p.getWeight());
    product.collectionId = p.getCollectionId();
    product.typeId = p.getTypeId();
    p.getTags().stream().map(ProductTag::getId).forEach(product.tagIds::add);
    product.createdAt = timestamp(p::getCreatedAt);
    product.updatedAt = timestamp(p::getUpdatedAt);
    Map<String, String> optionTitles = new LinkedHashMap<>();
    for (io.medusajava.model.ProductOption o : p.getOptions()) {
      ProductOption option = new ProductOption();
      option.id = o.getId();
      option.title = o.getTitle();
      product.options.add(option);
      optionTitles.put(o.getId(), o.getTitle());
    }
    // The mock ranks variants in seed order.
    p.getVariants().stream()
        .sorted(
            Comparator.comparingDouble(v -> v.getVariantRank() == null ? 0 : v.getVariantRank()))
        .forEach(v -> product.variants.add(variant(v, optionTitles)));
    if (p.getSalesChannels() != null) {
      for (io.medusajava.model.SalesChannel c : p.getSalesChannels()) {
        channels.computeIfAbsent(c.getId(), id -> salesChannel(c));
        product.salesChannelIds.add(c.getId());
      }
    }
    if (p.getProfiles() != null) {
      p.getProfiles().forEach(sp -> profiles.computeIfAbsent(sp.getId(), id -> profile(sp)));
    }
    products.put(product.id, product);
    seed.products.add(product);
    prices(p);
  }

  /**
   * The prices one region's pass shows of a product taken before; each currency and region once.
   */
  void prices(PricedProduct p) {
    for (PricedVariant v : p.getVariants()) {
      Variant variant = variants.get(v.getId());
      if (variant == null) {
        continue; // a product added to the store while the capture ran
      }
      for (MoneyAmount m : v.getPrices()) {
        // Price-list prices (sales, customer groups) and quantity tiers have no place in the mock's
        // model.
        if (m.getPriceListId() != null
            || m.getMinQuantity() != null
            || m.getMaxQuantity() != null) {
          leftOutPrices.add(m.getId());
          continue;
        }
        boolean known =
            variant.prices.stream()
                .anyMatch(
                    x ->
                        x.currencyCode.equals(m.getCurrencyCode())
                            && Objects.equals(x.regionId, m.getRegionId()));
        if (!known) {
          Price price = new Price();
          price.currencyCode = m.getCurrencyCode();
          price.amount = m.getAmount();
          price.regionId = m.getRegionId();
          variant.prices.add(price);
        }
      }
    }
  }

  private Variant variant(PricedVariant v, Map<String, String> optionTitles) {
    Variant variant = new Variant();
    variant.id = v.getId();
    variant.title = v.getTitle();
    variant.sku = v.getSku();
    variant.allowBackorder = v.getAllowBackorder();
    variants.put(variant.id, variant);
    Integer stock = shown(v::getInventoryQuantity);
    if (stock == null) {
      // A store that hides stock: let the mock sell any quantity rather than invent a number.
      variant.manageInventory = false;
    } else {
      variant.inventoryQuantity = stock;
      variant.manageInventory = v.getManageInventory();
    }
    for (ProductOptionValue value : v.getOptions()) {
      variant.options.put(
          optionTitles.getOrDefault(value.getOptionId(), value.getOptionId()), value.getValue());
    }
    return variant;
  }

  void collections(List<ProductCollection> captured) {
    for (ProductCollection c : captured) {
      Collection collection = new Collection();
      collection.id = c.getId();
      collection.title = c.getTitle();
      collection.handle = c.getHandle();
      collection.createdAt = timestamp(c::getCreatedAt);
      collection.updatedAt = timestamp(c::getUpdatedAt);
      seed.collections.add(collection);
    }
  }

  void tags(List<ProductTag> captured) {
    for (ProductTag t : captured) {
      Tag tag = new Tag();
      tag.id = t.getId();
      tag.value = t.getValue();
      tag.createdAt = timestamp(t::getCreatedAt);
      tag.updatedAt = timestamp(t::getUpdatedAt);
      seed.tags.add(tag);
    }
  }

  void types(List<io.medusajava.model.ProductType> captured) {
    for (io.medusajava.model.ProductType t : captured) {
      ProductType type = new ProductType();
      type.id = t.getId();
      type.value = t.getValue();
      type.createdAt = timestamp(t::getCreatedAt);
      type.updatedAt = timestamp(t::getUpdatedAt);
      seed.types.add(type);
    }
  }

  /**
   * A category (the store lists only active, public ones) and the captured products directly in it.
   */
  void category(ProductCategory c, Set<String> productIds) {
    Category category = new Category();
    category.id = c.getId();
    category.name = c.getName();
    category.handle = c.getHandle();
    category.parentCategoryId = c.getParentCategoryId();
    category.rank = c.getRank() == null ? 0 : c.getRank();
    category.createdAt = timestamp(c::getCreatedAt);
    category.updatedAt = timestamp(c::getUpdatedAt);
    seed.categories.add(category);
    for (String id : productIds) {
      Product product = products.get(id);
      if (product != null) {
        product.categoryIds.add(category.id);
      }
    }
  }

  void shippingOptions(List<PricedShippingOption> captured) {
    Set<String> regionIds = new HashSet<>();
    seed.regions.forEach(r -> regionIds.add(r.id));
    for (PricedShippingOption o : captured) {
      if (!regionIds.contains(o.getRegionId())) {
        continue;
      }
      ShippingOption option = new ShippingOption();
      option.id = o.getId();
      option.name = o.getName();
      option.regionId = o.getRegionId();
      option.profileId = o.getProfileId();
      option.providerId = o.getProviderId();
      option.priceType = o.getPriceType().toString();
      if (o.getAmount() == null) {
        notes.accept(
            "note: shipping option " + o.getName() + " has a calculated price; the mock charges 0");
      }
      option.amount = o.getAmount() == null ? 0 : o.getAmount();
      option.isReturn = o.getIsReturn();
      option.adminOnly = o.getAdminOnly();
      if (o.getData() instanceof Map<?, ?> data) {
        data.forEach((k, val) -> option.data.put(String.valueOf(k), val));
      }
      option.createdAt = timestamp(o::getCreatedAt);
      option.updatedAt = timestamp(o::getUpdatedAt);
      seed.shippingOptions.add(option);
      if (o.getProfile() != null) {
        profiles.computeIfAbsent(o.getProfileId(), id -> profile(o.getProfile()));
      }
    }
  }

  /** Top-level reasons and their children alike: the mock keeps return reasons as one flat list. */
  void returnReasons(List<io.medusajava.model.ReturnReason> captured) {
    for (io.medusajava.model.ReturnReason r : captured) {
      ReturnReason reason = new ReturnReason();
      reason.id = r.getId();
      reason.value = r.getValue();
      reason.label = r.getLabel();
      reason.description = r.getDescription();
      reason.createdAt = timestamp(r::getCreatedAt);
      reason.updatedAt = timestamp(r::getUpdatedAt);
      seed.returnReasons.add(reason);
      // A child's own children are not sent (it has none: Medusa nests reasons one level deep).
      List<io.medusajava.model.ReturnReason> children = shown(r::getReturnReasonChildren);
      if (children != null) {
        returnReasons(children);
      }
    }
  }

  /**
   * The rows only known by reference get what the Store API showed of them, or a default: a
   * shipping profile per id products and options name, and one sales channel for everything when
   * the store showed none.
   */
  Seed build() {
    if (!leftOutPrices.isEmpty()) {
      notes.accept(
          "note: left out "
              + leftOutPrices.size()
              + " price-list or quantity-tier prices; variants keep"
              + " their base prices");
    }
    for (ShippingOption o : seed.shippingOptions) {
      profiles.computeIfAbsent(o.profileId, id -> defaultProfile(id));
    }
    if (profiles.values().stream().noneMatch(p -> "default".equals(p.type))) {
      profiles.put("sp_captured_default", defaultProfile("sp_captured_default"));
    }
    seed.shippingProfiles.addAll(profiles.values());
    if (channels.isEmpty()) {
      SalesChannel all = new SalesChannel();
      all.id = CAPTURED_CHANNEL;
      all.name = "Default Sales Channel";
      all.description = "Every captured product";
      channels.put(all.id, all);
      seed.products.forEach(p -> p.salesChannelIds.add(all.id));
    }
    seed.salesChannels.addAll(channels.values());
    if (publishableKey != null) {
      // The same key then narrows the mock's catalog as it narrowed the store's.
      PublishableKey key = new PublishableKey();
      key.id = publishableKey;
      key.title = "Captured key";
      key.salesChannelIds.addAll(channels.keySet());
      seed.publishableKeys.add(key);
    }
    return seed;
  }

  private static ShippingProfile defaultProfile(String id) {
    ShippingProfile p = new ShippingProfile();
    p.id = id;
    p.name = "Default Shipping Profile";
    p.type = "default";
    return p;
  }

  private static ShippingProfile profile(io.medusajava.model.ShippingProfile sp) {
    ShippingProfile p = new ShippingProfile();
    p.id = sp.getId();
    p.name = sp.getName();
    p.type = sp.getType().toString();
    p.createdAt = timestamp(sp::getCreatedAt);
    p.updatedAt = timestamp(sp::getUpdatedAt);
    return p;
  }

  private static SalesChannel salesChannel(io.medusajava.model.SalesChannel c) {
    SalesChannel channel = new SalesChannel();
    channel.id = c.getId();
    channel.name = c.getName();
    channel.description = c.getDescription();
    channel.isDisabled = c.getIsDisabled();
    channel.createdAt = timestamp(c::getCreatedAt);
    channel.updatedAt = timestamp(c::getUpdatedAt);
    return channel;
  }

  /**
   * The value, or null when the store left it out (the SDK's getter then throws rather than return
   * null).
   */
  private static <T> T shown(Supplier<T> getter) {
    try {
      return getter.get();
    } catch (IllegalStateException missing) {
      return null;
    }
  }

  /**
   * A timestamp as Medusa writes it; null (the mock then stamps its own) when the store left it
   * out.
   */
  private static String timestamp(Supplier<OffsetDateTime> getter) {
    OffsetDateTime t = shown(getter);
    return t == null ? null : TIMESTAMP.format(t.withOffsetSameInstant(ZoneOffset.UTC));
  }
}

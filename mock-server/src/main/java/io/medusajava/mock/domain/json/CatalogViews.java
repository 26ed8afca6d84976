package io.medusajava.mock.domain.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.catalog.Pricing;
import io.medusajava.mock.domain.model.Category;
import io.medusajava.mock.domain.model.Collection;
import io.medusajava.mock.domain.model.Price;
import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.domain.model.ProductOption;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.SalesChannel;
import io.medusajava.mock.domain.model.ShippingOption;
import io.medusajava.mock.domain.model.ShippingProfile;
import io.medusajava.mock.domain.model.ValueRow;
import io.medusajava.mock.domain.model.Variant;
import io.medusajava.mock.domain.totals.TotalsCalculator;
import java.util.List;

/**
 * JSON of catalog entities in the shapes the real server uses: regions (transcript 06), priced
 * products and variants (08, 10), shipping options for a cart (22), and the small catalog rows.
 */
public final class CatalogViews {
  private final Catalog catalog;

  public CatalogViews(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The audit columns and plain fields shared by every region shape. */
  public ObjectNode regionBase(Region r) {
    ObjectNode n = Json.entity(r.id, r.createdAt, r.updatedAt);
    n.put("name", r.name);
    n.put("currency_code", r.currencyCode);
    Json.putRate(n, "tax_rate", r.taxRate);
    n.putNull("tax_code");
    n.put("gift_cards_taxable", r.giftCardsTaxable);
    n.put("automatic_taxes", r.automaticTaxes);
    n.putNull("tax_provider_id");
    n.putNull("metadata");
    return n;
  }

  /** A region as GET /store/regions lists it: countries, currency and both provider lists. */
  public ObjectNode region(Region r) {
    ObjectNode n = regionBase(r);
    n.set("countries", countries(r));
    n.set("currency", currency(r.currencyCode));
    n.set("fulfillment_providers", providers(r.fulfillmentProviders));
    n.set("payment_providers", providers(r.paymentProviders));
    return n;
  }

  /** A region inside a cart: countries, payment providers and (empty) tax rates. */
  public ObjectNode cartRegion(Region r) {
    ObjectNode n = regionBase(r);
    n.set("countries", countries(r));
    n.set("payment_providers", providers(r.paymentProviders));
    n.set("tax_rates", Json.array());
    return n;
  }

  private ArrayNode countries(Region r) {
    ArrayNode a = Json.array();
    for (String code : r.countries) {
      Countries.Country c = Countries.of(code);
      ObjectNode n = a.addObject();
      n.put("id", c.id());
      n.put("iso_2", c.iso2());
      n.put("iso_3", c.iso3());
      n.put("num_code", c.numCode());
      n.put("name", c.name());
      n.put("display_name", c.displayName());
      n.put("region_id", r.id);
    }
    return a;
  }

  private static ObjectNode currency(String code) {
    String[] c = Countries.currency(code);
    ObjectNode n = Json.object();
    n.put("code", code);
    n.put("symbol", c[0]);
    n.put("symbol_native", c[1]);
    n.put("name", c[2]);
    return n;
  }

  private static ArrayNode providers(java.util.List<String> ids) {
    ArrayNode a = Json.array();
    ids.forEach(id -> a.addObject().put("id", id).put("is_installed", true));
    return a;
  }

  /** The columns every product shape starts with, in the order Medusa prints them. */
  public static ObjectNode productBasics(Product p) {
    ObjectNode n = Json.entity(p.id, p.createdAt, p.updatedAt);
    n.put("title", p.title);
    n.put("subtitle", p.subtitle);
    n.put("description", p.description);
    n.put("handle", p.handle);
    n.put("is_giftcard", p.isGiftcard);
    n.put("status", p.status);
    n.put("thumbnail", p.thumbnail);
    if (p.weight == null) {
      n.putNull("weight");
    } else {
      n.put("weight", p.weight);
    }
    for (String f :
        new String[] {
          "length", "height", "width", "hs_code", "origin_country", "mid_code", "material"
        }) {
      n.putNull(f);
    }
    return n;
  }

  /** Medusa's store product routes: their default and allowed columns and relations. */
  public static final Selection.Config PRODUCT_QUERY = productQuery(true);

  /** The same for one product by id (no default order). */
  public static final Selection.Config PRODUCT_RETRIEVE_QUERY = productQuery(false);

  private static Selection.Config productQuery(boolean isList) {
    List<String> fields =
        List.of(
            "id",
            "title",
            "subtitle",
            "status",
            "external_id",
            "description",
            "handle",
            "is_giftcard",
            "discountable",
            "thumbnail",
            "collection_id",
            "type_id",
            "weight",
            "length",
            "height",
            "width",
            "hs_code",
            "origin_country",
            "mid_code",
            "material",
            "created_at",
            "updated_at",
            "deleted_at",
            "metadata");
    List<String> allowedFields = new java.util.ArrayList<>(fields);
    // profile_id is set from the loaded profiles, not a column; the two dotted ones are Medusa's
    // own extras.
    allowedFields.addAll(List.of("profile_id", "variants.title", "variants.prices.amount"));
    List<String> relations =
        List.of(
            "variants",
            "variants.prices",
            "variants.options",
            "options",
            "options.values",
            "images",
            "tags",
            "collection",
            "type",
            "profiles");
    List<String> allowedRelations = new java.util.ArrayList<>(relations);
    allowedRelations.addAll(List.of("variants.inventory_items", "sales_channels"));
    return new Selection.Config(
        fields, List.copyOf(allowedFields), relations, List.copyOf(allowedRelations), isList);
  }

  /** Keys a product sets on itself after loading, which the column selection does not remove. */
  private static final java.util.Set<String> PRODUCT_COMPUTED =
      java.util.Set.of(
          "profile_id",
          "variants.original_price",
          "variants.calculated_price",
          "variants.calculated_price_type",
          "variants.original_price_incl_tax",
          "variants.calculated_price_incl_tax",
          "variants.original_tax",
          "variants.calculated_tax",
          "variants.tax_rates");

  /** The same when the variants are priced: the pricing replaces their prices too. */
  private static final java.util.Set<String> PRICED_PRODUCT_COMPUTED =
      java.util.Set.copyOf(
          java.util.stream.Stream.concat(
                  PRODUCT_COMPUTED.stream(), java.util.stream.Stream.of("variants.prices"))
              .toList());

  /**
   * A product as the store product routes answer it: the relations {@code selection} loads, its
   * columns, then the response filter. Variants are priced whenever both {@code variants} and
   * {@code variants.prices} are loaded, with or without a region or currency (without one, every
   * price is listed and the computed prices are null). {@code withSalesChannels} loads the
   * product's channels as the list route does for a request scoped by a publishable key.
   */
  public ObjectNode product(
      Product p, Region region, String currencyCode, Selection asked, boolean withSalesChannels) {
    Selection selection = withSalesChannels ? asked.withRelation("sales_channels") : asked;
    // Medusa prices variants by id, so variants selected without their id come back unpriced.
    boolean priced =
        selection.loads("variants")
            && selection.loads("variants.prices")
            && selection.selects("variants.id");
    ObjectNode n = productBasics(p);
    n.put("type_id", p.typeId);
    n.put("discountable", p.discountable);
    n.putNull("external_id");
    n.putNull("metadata");
    if (selection.reaches("collection")) {
      n.set(
          "collection",
          p.collectionId == null ? null : collection(catalog.collection(p.collectionId)));
    }
    n.put("collection_id", p.collectionId);
    if (selection.reaches("images")) {
      n.set("images", images(p));
    }
    if (selection.reaches("options")) {
      n.set("options", options(p, selection.reaches("options.values")));
    }
    if (selection.reaches("profiles")) {
      ShippingProfile profile = profileOf(p);
      n.set("profiles", Json.array().add(profile(profile)));
      n.put("profile_id", profile == null ? null : profile.id);
    }
    if (selection.reaches("sales_channels")) {
      n.set(
          "sales_channels",
          Json.array(
              catalog.salesChannels().stream()
                  .filter(sc -> p.salesChannelIds.contains(sc.id))
                  .toList(),
              CatalogViews::salesChannel));
    }
    if (selection.reaches("tags")) {
      n.set(
          "tags",
          Json.array(
              catalog.listTags().stream().filter(t -> p.tagIds.contains(t.id)).toList(),
              CatalogViews::valueRow));
    }
    if (selection.reaches("type")) {
      n.set(
          "type",
          catalog.listTypes().stream()
              .filter(t -> t.id.equals(p.typeId))
              .findFirst()
              .map(CatalogViews::valueRow)
              .orElse(null));
    }
    if (selection.reaches("variants")) {
      n.set(
          "variants",
          Json.array(
              p.variants,
              v -> {
                if (priced) {
                  ObjectNode pv = pricedVariant(v, region, currencyCode);
                  if (!selection.reaches("variants.options")) {
                    pv.remove("options");
                  }
                  return pv;
                }
                ObjectNode plain = variantBase(v);
                if (selection.reaches("variants.options")) {
                  plain.set("options", Json.array(p.options, o -> optionValue(p, o, v)));
                }
                if (selection.reaches("variants.prices")) {
                  // Loaded as a plain relation, a price has neither its price list nor its variant
                  // id: the price selection's own query adds those two.
                  plain.set(
                      "prices",
                      Json.array(
                          v.prices,
                          price -> {
                            ObjectNode row = price(v, price);
                            row.remove("price_list");
                            row.remove("variant_id");
                            return row;
                          }));
                }
                return plain;
              }));
    }
    return selection.pickProperties(
        selection.selectColumns(n, priced ? PRICED_PRODUCT_COMPUTED : PRODUCT_COMPUTED));
  }

  /** Gift cards ship with the gift-card profile, everything else with the default one. */
  public ShippingProfile profileOf(Product p) {
    String wanted = p.isGiftcard ? "gift_card" : "default";
    return catalog.shippingProfiles().stream()
        .filter(sp -> wanted.equals(sp.type))
        .findFirst()
        .orElse(catalog.shippingProfiles().stream().findFirst().orElse(null));
  }

  private ArrayNode images(Product p) {
    ArrayNode a = Json.array();
    for (int i = 0; i < p.images.size(); i++) {
      ObjectNode img = Json.entity(Json.childId("img", p.id, i), p.createdAt, p.updatedAt);
      img.put("url", p.images.get(i));
      img.putNull("metadata");
      a.add(img);
    }
    return a;
  }

  private ArrayNode options(Product p, boolean withValues) {
    ArrayNode a = Json.array();
    for (ProductOption o : p.options) {
      ObjectNode n = Json.entity(o.id, p.createdAt, p.updatedAt);
      n.put("title", o.title);
      n.put("product_id", p.id);
      n.putNull("metadata");
      if (withValues) {
        ArrayNode values = n.putArray("values");
        p.variants.forEach(v -> values.add(optionValue(p, o, v)));
      }
      a.add(n);
    }
    return a;
  }

  private ObjectNode optionValue(Product p, ProductOption o, Variant v) {
    int index = p.options.indexOf(o);
    ObjectNode n = Json.entity(Json.childId("optval", v.id, index), p.createdAt, p.updatedAt);
    n.put("value", v.options.get(o.title));
    n.put("option_id", o.id);
    n.put("variant_id", v.id);
    n.putNull("metadata");
    return n;
  }

  /** A variant's own columns, without relations (what a line item embeds). */
  public ObjectNode variantBase(Variant v) {
    ObjectNode n = Json.entity(v.id, v.createdAt, v.updatedAt);
    n.put("title", v.title);
    n.put("product_id", v.productId);
    n.put("sku", v.sku);
    n.putNull("barcode");
    n.putNull("ean");
    n.putNull("upc");
    n.put("variant_rank", v.variantRank);
    n.put("inventory_quantity", v.inventoryQuantity);
    n.put("allow_backorder", v.allowBackorder);
    n.put("manage_inventory", v.manageInventory);
    for (String f :
        new String[] {
          "hs_code",
          "origin_country",
          "mid_code",
          "material",
          "weight",
          "length",
          "height",
          "width",
          "metadata"
        }) {
      n.putNull(f);
    }
    return n;
  }

  /** A variant with its option values, unpriced (expand=variants in transcript 07). */
  public ObjectNode variant(Variant v) {
    ObjectNode n = variantBase(v);
    Product p = catalog.product(v.productId);
    n.set("options", Json.array(p.options, o -> optionValue(p, o, v)));
    return n;
  }

  /**
   * A variant priced for a region or currency (transcript 08), or for neither. Its prices are those
   * the price selection considered: the region's and the currency's (the region's currency when a
   * region is given), or all of them without either. Prices are tax-exclusive, so the original and
   * calculated prices are equal (no price lists) and *_incl_tax add the rounded region tax. {@code
   * calculated_price_type} is only there when a price was found, as Medusa leaves it unset
   * otherwise.
   */
  public ObjectNode pricedVariant(Variant v, Region region, String currencyCode) {
    ObjectNode n = variant(v);
    String currency = region != null ? region.currencyCode : currencyCode;
    n.set(
        "prices",
        Json.array(
            v.prices.stream()
                .filter(
                    price ->
                        region == null && currency == null
                            || region != null && region.id.equals(price.regionId)
                            || price.currencyCode.equalsIgnoreCase(String.valueOf(currency)))
                .toList(),
            price -> price(v, price)));
    Long amount = Pricing.priceFor(v, region, currencyCode);
    n.put("original_price", amount);
    n.put("calculated_price", amount);
    if (amount != null) {
      n.put("calculated_price_type", "default");
    }
    if (region == null || amount == null) {
      for (String f :
          new String[] {
            "original_price_incl_tax",
            "calculated_price_incl_tax",
            "original_tax",
            "calculated_tax",
            "tax_rates"
          }) {
        n.putNull(f);
      }
      return n;
    }
    long tax = TotalsCalculator.taxOn(amount, region.taxRate);
    n.put("original_price_incl_tax", amount + tax);
    n.put("calculated_price_incl_tax", amount + tax);
    n.put("original_tax", tax);
    n.put("calculated_tax", tax);
    n.set("tax_rates", defaultTaxRates(region));
    return n;
  }

  private static ObjectNode price(Variant v, Price price) {
    ObjectNode n =
        Json.entity(Json.childId("ma", v.id, v.prices.indexOf(price)), v.createdAt, v.updatedAt);
    n.put("currency_code", price.currencyCode);
    n.put("amount", price.amount);
    n.putNull("min_quantity");
    n.putNull("max_quantity");
    n.putNull("price_list_id");
    n.put("region_id", price.regionId);
    n.putNull("price_list");
    n.put("variant_id", v.id);
    return n;
  }

  /** The single default tax rate Medusa's system tax provider reports. */
  public static ArrayNode defaultTaxRates(Region region) {
    ObjectNode rate = Json.object();
    Json.putRate(rate, "rate", region.taxRate);
    rate.put("name", "default");
    rate.put("code", "default");
    return Json.array().add(rate);
  }

  /** A shipping option's own columns (as embedded in a shipping method). */
  public ObjectNode shippingOptionBase(ShippingOption o) {
    ObjectNode n = Json.entity(o.id, o.createdAt, o.updatedAt);
    n.put("name", o.name);
    n.put("region_id", o.regionId);
    n.put("profile_id", o.profileId);
    n.put("provider_id", o.providerId);
    n.put("price_type", o.priceType);
    n.put("amount", o.amount);
    n.put("is_return", o.isReturn);
    n.put("admin_only", o.adminOnly);
    n.set("data", Json.map(o.data));
    n.putNull("metadata");
    return n;
  }

  /**
   * A shipping option as GET /store/shipping-options/{cart_id} returns it, priced with tax
   * (transcript 22).
   */
  public ObjectNode pricedShippingOption(ShippingOption o) {
    return pricedShippingOption(o, true);
  }

  /**
   * A shipping option priced with tax; {@code withProfile} adds its shipping profile, which the
   * cart's route loads and the region list (GET /store/shipping-options) does not.
   */
  public ObjectNode pricedShippingOption(ShippingOption o, boolean withProfile) {
    Region region = catalog.region(o.regionId);
    ObjectNode n = shippingOptionBase(o);
    if (withProfile) {
      n.set("profile", profile(catalog.shippingProfile(o.profileId)));
    }
    n.set("requirements", Json.array());
    long tax = TotalsCalculator.taxOn(o.amount, region.taxRate);
    n.put("price_incl_tax", o.amount + tax);
    n.set("tax_rates", defaultTaxRates(region));
    n.put("tax_amount", tax);
    return n;
  }

  public static ObjectNode profile(ShippingProfile sp) {
    if (sp == null) {
      return null;
    }
    ObjectNode n = Json.entity(sp.id, sp.createdAt, sp.updatedAt);
    n.put("name", sp.name);
    n.put("type", sp.type);
    n.putNull("metadata");
    return n;
  }

  public static ObjectNode salesChannel(SalesChannel sc) {
    ObjectNode n = Json.entity(sc.id, sc.createdAt, sc.updatedAt);
    n.put("name", sc.name);
    n.put("description", sc.description);
    n.put("is_disabled", sc.isDisabled);
    n.putNull("metadata");
    return n;
  }

  public static ObjectNode collection(Collection c) {
    ObjectNode n = Json.entity(c.id, c.createdAt, c.updatedAt);
    n.put("title", c.title);
    n.put("handle", c.handle);
    n.putNull("metadata");
    return n;
  }

  /**
   * Medusa's category routes: their columns (also the only ones allowed) and the two tree
   * relations.
   */
  public static final Selection.Config CATEGORY_LIST_QUERY = categoryQuery(true);

  /** The same for one category by id. */
  public static final Selection.Config CATEGORY_RETRIEVE_QUERY = categoryQuery(false);

  private static Selection.Config categoryQuery(boolean isList) {
    List<String> fields =
        List.of(
            "id",
            "name",
            "description",
            "handle",
            "parent_category_id",
            "created_at",
            "updated_at",
            "rank",
            "metadata");
    return new Selection.Config(
        fields, fields, List.of("parent_category", "category_children"), null, isList);
  }

  /** A category's row; the tree's materialized path is internal to the database and never sent. */
  private static ObjectNode categoryRow(Category c) {
    ObjectNode n = Json.object();
    n.put("id", c.id);
    n.put("created_at", c.createdAt);
    n.put("updated_at", c.updatedAt);
    n.put("name", c.name);
    n.put("description", "");
    n.put("handle", c.handle);
    n.put("is_active", c.isActive);
    n.put("is_internal", c.isInternal);
    n.put("parent_category_id", c.parentCategoryId);
    n.put("rank", c.rank);
    n.putNull("metadata");
    return n;
  }

  /** Only active, public categories exist for the store. */
  public static boolean visible(Category c) {
    return c.isActive && !c.isInternal;
  }

  /** The visible children of {@code c}, by rank then handle as Medusa sorts them. */
  private static List<Category> children(Category c, List<Category> all) {
    return all.stream()
        .filter(k -> c.id.equals(k.parentCategoryId) && visible(k))
        .sorted(
            java.util.Comparator.<Category>comparingInt(k -> k.rank).thenComparing(k -> k.handle))
        .toList();
  }

  /** The visible parent of {@code c}, or null. */
  private static Category parent(Category c, List<Category> all) {
    return all.stream()
        .filter(k -> k.id.equals(c.parentCategoryId) && visible(k))
        .findFirst()
        .orElse(null);
  }

  /**
   * A category as GET /store/product-categories lists it. The list query selects the same columns
   * for the category and for the parent and children it joins (one level); {@code descendantsTree}
   * replaces the children with whole rows, each with its own children down the tree. {@code all} is
   * the category table.
   */
  public static ObjectNode listedCategory(
      Category c, List<Category> all, Selection selection, boolean descendantsTree) {
    ObjectNode n = selection.pickColumns(categoryRow(c));
    if (selection.loads("category_children")) {
      n.set(
          "category_children",
          Json.array(
              children(c, all),
              k -> descendantsTree ? descendants(k, all) : selection.pickColumns(categoryRow(k))));
    }
    if (selection.loads("parent_category")) {
      Category parent = parent(c, all);
      n.set("parent_category", parent == null ? null : selection.pickColumns(categoryRow(parent)));
    }
    return n;
  }

  private static ObjectNode descendants(Category c, List<Category> all) {
    ObjectNode n = categoryRow(c);
    n.set("category_children", Json.array(children(c, all), k -> descendants(k, all)));
    return n;
  }

  /**
   * A category as GET /store/product-categories/{id} answers it: Medusa keeps only the selected
   * columns and the loaded relations on it and on every child down the tree, and the selected
   * columns on its parent.
   */
  public static ObjectNode retrievedCategory(Category c, List<Category> all, Selection selection) {
    return retrievedCategory(c, all, selection, true);
  }

  /** Children come from the descendants tree, which loads no parent on them. */
  private static ObjectNode retrievedCategory(
      Category c, List<Category> all, Selection selection, boolean withParent) {
    ObjectNode n = selection.pickColumns(categoryRow(c));
    if (selection.loads("category_children")) {
      n.set(
          "category_children",
          Json.array(children(c, all), k -> retrievedCategory(k, all, selection, false)));
    }
    if (withParent && selection.loads("parent_category")) {
      Category parent = parent(c, all);
      n.set("parent_category", parent == null ? null : selection.pickColumns(categoryRow(parent)));
    }
    return n;
  }

  /**
   * The tag and type list routes: they select id, value and the two timestamps (no deleted_at or
   * metadata, which a product's joined tags and type do carry), and may be ordered by any of those.
   */
  public static final Selection.Config VALUE_ROW_QUERY =
      new Selection.Config(
          List.of("id", "value", "created_at", "updated_at"),
          List.of("id", "value", "created_at", "updated_at"),
          List.of(),
          null,
          true);

  /** A tag or a product type, as a product joins it and as the list routes start from. */
  public static ObjectNode valueRow(ValueRow row) {
    ObjectNode n = Json.entity(row.id, row.createdAt, row.updatedAt);
    n.put("value", row.value);
    n.putNull("metadata");
    return n;
  }
}

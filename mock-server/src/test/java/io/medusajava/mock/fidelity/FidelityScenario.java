package io.medusajava.mock.fidelity;

import static io.medusajava.mock.fidelity.Step.Need.ADMIN;
import static io.medusajava.mock.fidelity.Step.Need.AFTER_SALES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The requests the differential test sends to both sides, in order: the catalog with its
 * parameters, customers and sessions, a checkout with every cart operation and its error paths,
 * writes to a completed cart, two more checkouts (taxes and a discount in Europe; free shipping and
 * a gift card in North America), and the after-sales operations on the objects the fixtures
 * provide. To add a case, add a step where its state exists; {@code ${name}} is any value an
 * earlier step saved or a fixture provided.
 */
final class FidelityScenario {
  /** 26 characters like an id's tail, so that "unknown id" paths look like real ids. */
  private static final String UNKNOWN = "01DOESNOTEXIST000000000000";

  private static final String US =
      "{'first_name':'Ada','last_name':'Lovelace','address_1':'1 Main St',"
          + "'city':'Springfield','country_code':'us','postal_code':'12345','phone':'5550100'}";
  private static final String DE =
      "{'first_name':'Ada','last_name':'Lovelace','address_1':'Hauptstr. 1',"
          + "'city':'Berlin','country_code':'de','postal_code':'10115'}";
  private static final String ALICE = "fidelity.alice.${run}@example.com";
  private static final String PASSWORD = "Fidelity-Pa55word";

  private FidelityScenario() {}

  static List<Step> steps() {
    StepList s = new StepList();
    catalog(s);
    customers(s);
    checkout(s);
    moreCheckouts(s);
    afterSalesErrors(s);
    afterSales(s);
    closing(s);
    return s.steps();
  }

  private static void catalog(StepList s) {
    s.group("regions");
    s.get("regions.list", "/store/regions")
        .save(
            "region_na",
            first("/regions", r -> r.path("currency_code").asText().equals("usd"), "id"))
        .save(
            "region_eu",
            first("/regions", r -> r.path("currency_code").asText().equals("eur"), "id"));
    s.get("regions.list.limit1", "/store/regions?limit=1");
    s.get("regions.list.limit1-offset1", "/store/regions?limit=1&offset=1");
    s.get("regions.list.offset-past-end", "/store/regions?offset=50");
    s.get("regions.list.limit0", "/store/regions?limit=0");
    s.get("regions.list.limit-abc", "/store/regions?limit=abc");
    s.get("regions.list.unknown-param", "/store/regions?colour=red");
    s.get("regions.list.created-after", "/store/regions?created_at[gt]=2000-01-01T00:00:00.000Z");
    s.get("regions.get", "/store/regions/${region_na}");
    s.get("regions.get.unknown", "/store/regions/reg_" + UNKNOWN);
    s.get("regions.get.unknown-param", "/store/regions/${region_na}?colour=red");
    s.head("regions.head", "/store/regions");
    s.head("regions.head.unknown", "/store/regions/reg_" + UNKNOWN);
    s.head("regions.head.unknown-param", "/store/regions?colour=red");

    s.group("products");
    s.get("products.list", "/store/products");
    s.get("products.list.priced", "/store/products?limit=100&region_id=${region_na}")
        .save("variant", variantByStock(0))
        .save("variant_b", variantByStock(1))
        .save("product", firstVariant(v -> true, "product_id"))
        .save("product_handle", first("/products", p -> true, "handle"));
    s.get("products.list.currency", "/store/products?limit=2&currency_code=usd");
    s.get("products.list.limit1", "/store/products?limit=1");
    s.get("products.list.limit0", "/store/products?limit=0");
    s.get("products.list.offset-past-end", "/store/products?offset=1000");
    s.get("products.list.limit1-offset1", "/store/products?limit=1&offset=1");
    s.get("products.list.expand-variants", "/store/products?limit=2&expand=variants");
    s.get(
        "products.list.expand-variant-prices",
        "/store/products?limit=2&expand=variants,variants.prices");
    s.get("products.list.fields", "/store/products?limit=2&fields=id,title");
    s.get("products.list.fields-expand", "/store/products?limit=2&fields=id,title&expand=variants");
    s.get("products.list.order-title", "/store/products?limit=3&order=title");
    s.get("products.list.order-desc", "/store/products?limit=3&order=-created_at");
    s.get("products.list.unknown-param", "/store/products?limit=1&colour=red");
    s.get("products.list.limit-abc", "/store/products?limit=abc");
    s.get("products.list.offset-negative", "/store/products?offset=-1");
    s.get("products.list.expand-unknown", "/store/products?expand=nope");
    s.get("products.list.q", "/store/products?q=e");
    s.get("products.list.handle", "/store/products?handle=${product_handle}");
    s.get("products.list.ids", "/store/products?id[]=${product}");
    s.get("products.list.is-giftcard", "/store/products?is_giftcard=false&limit=2");
    s.get(
        "products.list.created-after",
        "/store/products?limit=2&created_at[gt]=2000-01-01T00:00:00.000Z");
    s.get("products.list.unknown-key", "/store/products?limit=1")
        .header("x-publishable-api-key", "pk_" + UNKNOWN);
    s.get("products.list.key", "/store/products?limit=1").withKey();
    s.get("products.get", "/store/products/${product}");
    s.get("products.get.region", "/store/products/${product}?region_id=${region_na}");
    s.get("products.get.currency", "/store/products/${product}?currency_code=eur");
    s.get("products.get.expand", "/store/products/${product}?expand=variants");
    s.get("products.get.fields", "/store/products/${product}?fields=id,title");
    s.get("products.get.unknown", "/store/products/prod_" + UNKNOWN);
    s.get("products.get.unknown-param", "/store/products/${product}?colour=red");
    s.get("products.get.by-handle", "/store/products/${product_handle}");
    s.post("products.search", "/store/products/search", j("{'q':'e'}"));
    s.post("products.search.no-body", "/store/products/search", null);
    s.post(
        "products.search.unknown-field", "/store/products/search", j("{'q':'e','colour':'red'}"));
    s.post("products.search.bad-limit", "/store/products/search", j("{'q':'e','limit':'many'}"));
    s.post("products.search.key", "/store/products/search", j("{'q':'e'}")).withKey();

    s.group("variants");
    s.get("variants.list", "/store/variants");
    s.get("variants.list.ids", "/store/variants?ids=${variant},${variant_b}");
    s.get("variants.list.id-array", "/store/variants?id[]=${variant}");
    s.get("variants.list.limit1", "/store/variants?limit=1");
    s.get("variants.list.region", "/store/variants?ids=${variant}&region_id=${region_na}");
    s.get("variants.list.offset-past-end", "/store/variants?offset=1000");
    s.get("variants.list.unknown-param", "/store/variants?colour=red");
    s.get("variants.get", "/store/variants/${variant}");
    s.get("variants.get.region", "/store/variants/${variant}?region_id=${region_eu}");
    s.get("variants.get.unknown", "/store/variants/variant_" + UNKNOWN);

    s.group("collections, categories, tags, types");
    s.get("collections.list", "/store/collections")
        .save("collection", "/collections/0/id")
        .save("collection_handle", "/collections/0/handle");
    s.get("collections.list.limit1", "/store/collections?limit=1");
    s.get("collections.list.offset-past-end", "/store/collections?offset=100");
    s.get("collections.list.handle", "/store/collections?handle[]=${collection_handle}");
    s.get("collections.list.unknown-param", "/store/collections?colour=red");
    s.get("collections.get", "/store/collections/${collection}");
    s.get("collections.get.unknown", "/store/collections/pcol_" + UNKNOWN);
    s.get("products.list.collection", "/store/products?collection_id[]=${collection}");
    s.get("categories.list", "/store/product-categories")
        .save("category", "/product_categories/0/id")
        .save("category_handle", "/product_categories/0/handle");
    s.get("categories.list.tree", "/store/product-categories?include_descendants_tree=true");
    s.get("categories.list.top-level", "/store/product-categories?parent_category_id=null");
    s.get("categories.list.handle", "/store/product-categories?handle=${category_handle}");
    s.get("categories.list.limit1-offset1", "/store/product-categories?limit=1&offset=1");
    s.get("categories.list.unknown-param", "/store/product-categories?colour=red");
    s.get("categories.get", "/store/product-categories/${category}");
    s.get("categories.get.fields", "/store/product-categories/${category}?fields=id,name");
    s.get("categories.get.unknown", "/store/product-categories/pcat_" + UNKNOWN);
    s.get("products.list.category", "/store/products?category_id[]=${category}");
    s.get("tags.list", "/store/product-tags")
        .save("tag", "/product_tags/0/id")
        .save("tag_value", "/product_tags/0/value");
    s.get("tags.list.limit1", "/store/product-tags?limit=1");
    s.get("tags.list.order", "/store/product-tags?order=value");
    s.get("tags.list.offset-past-end", "/store/product-tags?offset=100");
    s.get("tags.list.unknown-param", "/store/product-tags?colour=red");
    s.get("types.list", "/store/product-types")
        .save("type", "/product_types/0/id")
        .save("type_value", "/product_types/0/value");
    s.get("types.list.limit1", "/store/product-types?limit=1");
    s.get("types.list.unknown-param", "/store/product-types?colour=red");
    s.group("tags and types", ADMIN);
    s.get("tags.list.value", "/store/product-tags?value[]=${tag_value}");
    s.get("products.list.tag", "/store/products?tags[]=${run}");
    s.get("types.list.value", "/store/product-types?value[]=${type_value}");
    s.get("products.list.type", "/store/products?type_id[]=${type}");

    s.group("shipping options, return reasons, gift cards");
    s.get("shipping-options.list", "/store/shipping-options");
    s.get("shipping-options.region", "/store/shipping-options?region_id=${region_na}")
        .save("so_na", cheapest(false))
        .save("so_na_express", dearest(false));
    s.get("shipping-options.region-eu", "/store/shipping-options?region_id=${region_eu}")
        .save("so_eu", cheapest(false));
    s.get(
        "shipping-options.return", "/store/shipping-options?is_return=true&region_id=${region_na}");
    s.get("shipping-options.product", "/store/shipping-options?product_ids=${product}");
    s.get("shipping-options.unknown-param", "/store/shipping-options?colour=red");
    s.get("shipping-options.cart.unknown", "/store/shipping-options/cart_" + UNKNOWN);
    s.get("return-reasons.list", "/store/return-reasons");
    s.get("return-reasons.get.unknown", "/store/return-reasons/rr_" + UNKNOWN);
    s.get("gift-cards.get.unknown", "/store/gift-cards/NOPE-NOPE-NOPE-NOPE");
    s.group("gift cards", ADMIN);
    s.get("gift-cards.get", "/store/gift-cards/${gift_card_code}");
    s.get("gift-cards.get.lower-case", "/store/gift-cards/${gift_card_code_lower}");
  }

  private static void customers(StepList s) {
    s.group("customers and sessions");
    String register =
        "{'email':'"
            + ALICE
            + "','password':'"
            + PASSWORD
            + "','first_name':'Alice','last_name':'Fidelity'}";
    s.post("customers.register", "/store/customers", j(register))
        .as("alice")
        .save("alice_id", "/customer/id");
    s.post("customers.register.duplicate", "/store/customers", j(register));
    s.post(
        "customers.register.invalid-email",
        "/store/customers",
        j("{'email':'not-an-email','password':'x1234567','first_name':'A','last_name':'B'}"));
    s.post(
        "customers.register.no-password",
        "/store/customers",
        j("{'email':'fidelity.nopw.${run}@example.com','first_name':'A','last_name':'B'}"));
    s.post(
        "customers.register.unknown-field",
        "/store/customers",
        j(
            "{'email':'fidelity.extra.${run}@example.com','password':'x1234567','first_name':'A','last_name':'B','colour':'red'}"));
    s.post("customers.register.empty", "/store/customers", "{}");
    s.post("customers.register.malformed", "/store/customers", "{\"email\":");
    s.get("auth.email.exists", "/store/auth/" + ALICE);
    s.get("auth.email.unknown", "/store/auth/fidelity.nobody.${run}@example.com");
    s.get("auth.email.invalid", "/store/auth/not-an-email");
    String login = j("{'email':'" + ALICE + "','password':'" + PASSWORD + "'}");
    s.post("auth.login", "/store/auth", login).as("alice");
    s.post(
        "auth.login.wrong-password",
        "/store/auth",
        j("{'email':'" + ALICE + "','password':'wrong-one'}"));
    s.post(
        "auth.login.unknown-email",
        "/store/auth",
        j("{'email':'fidelity.nobody.${run}@example.com','password':'x'}"));
    s.post("auth.login.no-password", "/store/auth", j("{'email':'" + ALICE + "'}"));
    s.post(
        "auth.login.unknown-field",
        "/store/auth",
        j("{'email':'" + ALICE + "','password':'" + PASSWORD + "','remember':true}"));
    s.get("auth.session", "/store/auth").as("alice");
    s.get("auth.session.none", "/store/auth");
    s.post("auth.token", "/store/auth/token", login).save("alice_token", "/access_token");
    s.post(
        "auth.token.wrong-password",
        "/store/auth/token",
        j("{'email':'" + ALICE + "','password':'wrong-one'}"));
    s.post("auth.token.empty", "/store/auth/token", "{}");
    s.get("me.get.cookie", "/store/customers/me").as("alice");
    s.get("me.get.bearer", "/store/customers/me").bearer("${alice_token}");
    s.get("me.get.none", "/store/customers/me");
    s.get("me.get.bad-token", "/store/customers/me").bearer("not.a.token");
    s.post("me.update", "/store/customers/me", j("{'first_name':'Alicia','phone':'5550199'}"))
        .as("alice");
    s.post("me.update.metadata", "/store/customers/me", j("{'metadata':{'favourite':'blue'}}"))
        .as("alice");
    s.post("me.update.billing-address", "/store/customers/me", j("{'billing_address':" + US + "}"))
        .as("alice");
    s.post(
            "me.update.unknown-field",
            "/store/customers/me",
            j("{'first_name':'Al','colour':'red'}"))
        .as("alice");
    s.post("me.update.bad-email", "/store/customers/me", j("{'email':'nope'}")).as("alice");
    s.post("me.update.none", "/store/customers/me", j("{'first_name':'Nobody'}"));
    s.get("me.get.after-update", "/store/customers/me").as("alice");
    s.post("me.addresses.add", "/store/customers/me/addresses", j("{'address':" + US + "}"))
        .as("alice")
        .save("address", last("/customer/shipping_addresses", "id"));
    s.post("me.addresses.add.second", "/store/customers/me/addresses", j("{'address':" + DE + "}"))
        .as("alice")
        .save("address_b", last("/customer/shipping_addresses", "id"));
    s.post("me.addresses.add.empty", "/store/customers/me/addresses", "{}").as("alice");
    s.post(
            "me.addresses.add.no-country",
            "/store/customers/me/addresses",
            j(
                "{'address':{'first_name':'A','last_name':'B','address_1':'x','city':'y','postal_code':'1'}}"))
        .as("alice");
    s.post(
            "me.addresses.add.unknown-field",
            "/store/customers/me/addresses",
            j("{'address':" + US.replace("}", ",'colour':'red'}") + "}"))
        .as("alice");
    s.post("me.addresses.add.none", "/store/customers/me/addresses", j("{'address':" + US + "}"));
    s.post(
            "me.addresses.update",
            "/store/customers/me/addresses/${address}",
            j("{'first_name':'Bea'}"))
        .as("alice");
    s.post(
            "me.addresses.update.unknown",
            "/store/customers/me/addresses/addr_" + UNKNOWN,
            j("{'first_name':'Bea'}"))
        .as("alice");
    s.post(
            "me.addresses.update.unknown-field",
            "/store/customers/me/addresses/${address}",
            j("{'colour':'red'}"))
        .as("alice");
    s.delete("me.addresses.delete.unknown", "/store/customers/me/addresses/addr_" + UNKNOWN)
        .as("alice");
    s.delete("me.addresses.delete", "/store/customers/me/addresses/${address_b}").as("alice");
    s.delete("me.addresses.delete.none", "/store/customers/me/addresses/${address}");
    s.get("me.orders.empty", "/store/customers/me/orders").as("alice");
    s.get("me.orders.none", "/store/customers/me/orders");
    s.get("me.payment-methods", "/store/customers/me/payment-methods").as("alice");
    s.get("me.payment-methods.none", "/store/customers/me/payment-methods");
    s.post("password-token", "/store/customers/password-token", j("{'email':'" + ALICE + "'}"));
    s.post(
        "password-token.unknown-email",
        "/store/customers/password-token",
        j("{'email':'fidelity.nobody.${run}@example.com'}"));
    s.post(
        "password-token.invalid-email", "/store/customers/password-token", j("{'email':'nope'}"));
    s.post(
        "password-token.unknown-field",
        "/store/customers/password-token",
        j("{'email':'" + ALICE + "','colour':'red'}"));
    s.post(
        "password-reset.bad-token",
        "/store/customers/password-reset",
        j("{'email':'" + ALICE + "','password':'New-Pa55word','token':'not-a-token'}"));
    s.post(
        "password-reset.unknown-email",
        "/store/customers/password-reset",
        j(
            "{'email':'fidelity.nobody.${run}@example.com','password':'New-Pa55word','token':'not-a-token'}"));
    s.post(
        "password-reset.no-token",
        "/store/customers/password-reset",
        j("{'email':'" + ALICE + "','password':'New-Pa55word'}"));
  }

  private static void checkout(StepList s) {
    s.group("carts");
    s.post("carts.create.no-body", "/store/carts", null).save("empty_cart", "/cart/id");
    s.post("carts.create", "/store/carts", j("{'region_id':'${region_na}'}"))
        .as("alice")
        .save("cart", "/cart/id");
    s.post("carts.create.unknown-region", "/store/carts", j("{'region_id':'reg_" + UNKNOWN + "'}"));
    s.post(
        "carts.create.unknown-field",
        "/store/carts",
        j("{'region_id':'${region_na}','colour':'red'}"));
    s.post(
        "carts.create.country-outside-region",
        "/store/carts",
        j("{'region_id':'${region_na}','country_code':'de'}"));
    s.post(
        "carts.create.items",
        "/store/carts",
        j("{'region_id':'${region_na}','items':[{'variant_id':'${variant}','quantity':1}]}"));
    s.post(
        "carts.create.items-unknown-variant",
        "/store/carts",
        j(
            "{'region_id':'${region_na}','items':[{'variant_id':'variant_"
                + UNKNOWN
                + "','quantity':1}]}"));
    s.post("carts.create.malformed", "/store/carts", "{\"region_id\":");
    s.post("carts.create.text-body", "/store/carts", "region_id=1").contentType("text/plain");
    s.post("carts.create.key", "/store/carts", j("{'region_id':'${region_na}'}")).withKey();
    s.get("carts.get", "/store/carts/${cart}");
    s.get("carts.get.unknown", "/store/carts/cart_" + UNKNOWN);
    s.get("products.list.cart", "/store/products?limit=2&cart_id=${cart}");
    s.get("variants.list.cart", "/store/variants?ids=${variant}&cart_id=${cart}");

    s.group("line items");
    String items = "/store/carts/${cart}/line-items";
    s.post("line-items.add", items, j("{'variant_id':'${variant}','quantity':2}"))
        .save("item", "/cart/items/0/id");
    s.post("line-items.add.merge", items, j("{'variant_id':'${variant}','quantity':1}"));
    s.post(
            "line-items.add.metadata",
            items,
            j("{'variant_id':'${variant_b}','quantity':1,'metadata':{'gift':'yes'}}"))
        .save("item_b", first("/cart/items", i -> i.path("quantity").asInt() == 1, "id"));
    s.post(
        "line-items.add.unknown-variant",
        items,
        j("{'variant_id':'variant_" + UNKNOWN + "','quantity':1}"));
    s.post("line-items.add.empty", items, "{}");
    s.post(
        "line-items.add.quantity-text", items, j("{'variant_id':'${variant}','quantity':'two'}"));
    s.post(
        "line-items.add.unknown-field",
        items,
        j("{'variant_id':'${variant}','quantity':1,'colour':'red'}"));
    s.post("line-items.add.too-many", items, j("{'variant_id':'${variant}','quantity':100000}"));
    s.post("line-items.add.zero", items, j("{'variant_id':'${variant}','quantity':0}"));
    s.post("line-items.add.negative", items, j("{'variant_id':'${variant}','quantity':-1}"));
    s.post(
        "line-items.add.unknown-cart",
        "/store/carts/cart_" + UNKNOWN + "/line-items",
        j("{'variant_id':'${variant}','quantity':1}"));
    s.post("line-items.update", items + "/${item}", j("{'quantity':3}"));
    s.post(
        "line-items.update.metadata",
        items + "/${item}",
        j("{'quantity':2,'metadata':{'note':'fidelity'}}"));
    s.post("line-items.update.unknown-item", items + "/item_" + UNKNOWN, j("{'quantity':1}"));
    s.post("line-items.update.negative", items + "/${item}", j("{'quantity':-1}"));
    s.post("line-items.update.quantity-text", items + "/${item}", j("{'quantity':'x'}"));
    s.post(
        "line-items.update.unknown-field", items + "/${item}", j("{'quantity':2,'colour':'red'}"));
    s.post("line-items.update.empty", items + "/${item}", "{}");
    s.delete("line-items.delete.unknown", items + "/item_" + UNKNOWN);
    s.delete("line-items.delete", items + "/${item_b}");
    s.delete("line-items.delete.again", items + "/${item_b}");

    s.group("cart updates");
    String cart = "/store/carts/${cart}";
    s.post("carts.update.email", cart, j("{'email':'" + ALICE + "'}"));
    s.post("carts.update.address", cart, j("{'shipping_address':" + US + "}"));
    s.post("carts.update.address-outside-region", cart, j("{'shipping_address':" + DE + "}"));
    s.post("carts.update.billing-address", cart, j("{'billing_address':" + US + "}"));
    s.post("carts.update.unknown-field", cart, j("{'colour':'red'}"));
    s.post("carts.update.bad-email", cart, j("{'email':'nope'}"));
    s.post("carts.update.unknown-region", cart, j("{'region_id':'reg_" + UNKNOWN + "'}"));
    s.post(
        "carts.update.unknown-discount",
        cart,
        j("{'discounts':[{'code':'NOPE-" + UNKNOWN + "'}]}"));
    s.post(
        "carts.update.unknown-gift-card",
        cart,
        j("{'gift_cards':[{'code':'NOPE-NOPE-NOPE-NOPE'}]}"));
    s.post(
        "carts.update.unknown-cart",
        "/store/carts/cart_" + UNKNOWN,
        j("{'email':'" + ALICE + "'}"));
    s.delete("carts.discount.delete.not-applied", cart + "/discounts/NOPE");
    s.group("cart discounts", ADMIN);
    s.post("carts.update.discount", cart, j("{'discounts':[{'code':'WELCOME10'}]}"));
    s.delete("carts.discount.delete", cart + "/discounts/WELCOME10");
    s.post("carts.update.discount-again", cart, j("{'discounts':[{'code':'WELCOME10'}]}"));
    s.get("carts.get.discounted", cart);

    s.group("shipping and payment");
    s.get("shipping-options.cart", "/store/shipping-options/${cart}");
    s.post("shipping-methods.add", cart + "/shipping-methods", j("{'option_id':'${so_na}'}"));
    s.post(
        "shipping-methods.add.unknown-option",
        cart + "/shipping-methods",
        j("{'option_id':'so_" + UNKNOWN + "'}"));
    s.post(
        "shipping-methods.add.other-region",
        cart + "/shipping-methods",
        j("{'option_id':'${so_eu}'}"));
    s.post("shipping-methods.add.empty", cart + "/shipping-methods", "{}");
    s.post(
        "shipping-methods.add.replace",
        cart + "/shipping-methods",
        j("{'option_id':'${so_na_express}'}"));
    s.post(
        "shipping-methods.add.unknown-cart",
        "/store/carts/cart_" + UNKNOWN + "/shipping-methods",
        j("{'option_id':'${so_na}'}"));
    s.post("taxes", cart + "/taxes", null);
    s.post("taxes.unknown-cart", "/store/carts/cart_" + UNKNOWN + "/taxes", null);
    s.post("complete.no-payment-session", cart + "/complete", null);
    s.post("payment-sessions.create", cart + "/payment-sessions", null);
    s.post(
        "payment-sessions.create.unknown-cart",
        "/store/carts/cart_" + UNKNOWN + "/payment-sessions",
        null);
    s.post("payment-session.select", cart + "/payment-session", j("{'provider_id':'manual'}"));
    s.post(
        "payment-session.select.unknown-provider",
        cart + "/payment-session",
        j("{'provider_id':'stripe'}"));
    s.post("payment-session.select.empty", cart + "/payment-session", "{}");
    s.post(
        "payment-sessions.update",
        cart + "/payment-sessions/manual",
        j("{'data':{'note':'fidelity'}}"));
    s.post("payment-sessions.update.no-data", cart + "/payment-sessions/manual", "{}");
    s.post(
        "payment-sessions.update.unknown-provider",
        cart + "/payment-sessions/stripe",
        j("{'data':{}}"));
    s.post("payment-sessions.refresh", cart + "/payment-sessions/manual/refresh", null);
    s.post(
        "payment-sessions.refresh.unknown-provider",
        cart + "/payment-sessions/stripe/refresh",
        null);
    s.delete("payment-sessions.delete", cart + "/payment-sessions/manual");
    s.delete("payment-sessions.delete.unknown-provider", cart + "/payment-sessions/stripe");
    s.post("payment-sessions.create.again", cart + "/payment-sessions", null);
    s.post(
        "payment-session.select.again", cart + "/payment-session", j("{'provider_id':'manual'}"));
    s.get("carts.get.ready", cart).as("alice");

    s.group("complete and order");
    s.post("complete", cart + "/complete", null)
        .save("order", "/data/id")
        .save("order_display_id", "/data/display_id")
        .save("order_item", "/data/items/0/id");
    s.post("complete.again", cart + "/complete", null);
    s.post("complete.empty-cart", "/store/carts/${empty_cart}/complete", null);
    s.post("complete.unknown-cart", "/store/carts/cart_" + UNKNOWN + "/complete", null);
    s.post("completed.line-items.add", items, j("{'variant_id':'${variant}','quantity':1}"));
    s.post("completed.line-items.update", items + "/${item}", j("{'quantity':5}"));
    s.delete("completed.line-items.delete", items + "/${item}");
    s.post("completed.update", cart, j("{'email':'fidelity.late.${run}@example.com'}"));
    s.post(
        "completed.shipping-methods.add",
        cart + "/shipping-methods",
        j("{'option_id':'${so_na}'}"));
    s.post("completed.payment-sessions.create", cart + "/payment-sessions", null);
    s.post("completed.taxes", cart + "/taxes", null);
    s.get("completed.get", cart);
    s.get("orders.get", "/store/orders/${order}");
    s.get("orders.get.expand", "/store/orders/${order}?expand=items");
    s.get("orders.get.fields", "/store/orders/${order}?fields=id,email");
    s.get("orders.get.unknown", "/store/orders/order_" + UNKNOWN);
    s.get("orders.by-cart", "/store/orders/cart/${cart}");
    s.get("orders.by-cart.unknown", "/store/orders/cart/cart_" + UNKNOWN);
    s.get("orders.by-cart.not-completed", "/store/orders/cart/${empty_cart}");
    s.get("orders.lookup", "/store/orders?display_id=${order_display_id}&email=" + ALICE);
    s.get(
        "orders.lookup.wrong-email",
        "/store/orders?display_id=${order_display_id}&email=fidelity.nobody.${run}@example.com");
    s.get("orders.lookup.no-email", "/store/orders?display_id=${order_display_id}");
    s.get(
        "orders.lookup.unknown-param",
        "/store/orders?display_id=${order_display_id}&email=" + ALICE + "&colour=red");
    s.get(
        "orders.lookup.fields",
        "/store/orders?display_id=${order_display_id}&email=" + ALICE + "&fields=id,display_id");
    s.get("me.orders", "/store/customers/me/orders").as("alice");
    s.get("me.orders.limit1", "/store/customers/me/orders?limit=1").as("alice");
    s.get("me.orders.offset-past-end", "/store/customers/me/orders?offset=100").as("alice");
    s.get("me.orders.fields", "/store/customers/me/orders?fields=id,display_id").as("alice");
    s.get("me.orders.expand", "/store/customers/me/orders?expand=items").as("alice");
    s.get("me.orders.status", "/store/customers/me/orders?status[]=pending").as("alice");
    s.get("me.orders.unknown-param", "/store/customers/me/orders?colour=red").as("alice");
    s.post(
            "order-claim.own-order",
            "/store/orders/batch/customer/token",
            j("{'order_ids':['${order}']}"))
        .as("alice");
  }

  private static void moreCheckouts(StepList s) {
    s.group("Europe: taxes and a discount");
    String eu = "/store/carts/${eu_cart}";
    s.post(
            "eu.create",
            "/store/carts",
            j("{'region_id':'${region_eu}','items':[{'variant_id':'${variant}','quantity':2}]}"))
        .save("eu_cart", "/cart/id");
    s.post(
        "eu.address",
        eu,
        j("{'email':'fidelity.guest.${run}@example.com','shipping_address':" + DE + "}"));
    s.get("eu.shipping-options", "/store/shipping-options/${eu_cart}");
    s.post("eu.shipping-method", eu + "/shipping-methods", j("{'option_id':'${so_eu}'}"));
    s.post("eu.taxes", eu + "/taxes", null);
    s.post("eu.payment-sessions", eu + "/payment-sessions", null);
    s.get("eu.get", eu);
    s.post("eu.complete", eu + "/complete", null)
        .save("eu_order", "/data/id")
        .save("eu_item", "/data/items/0/id");
    s.get("eu.order", "/store/orders/${eu_order}");
    s.post(
        "eu.return.unfulfilled",
        "/store/returns",
        j("{'order_id':'${eu_order}','items':[{'item_id':'${eu_item}','quantity':1}]}"));
    s.get("eu.order.after-return", "/store/orders/${eu_order}");
    s.post(
        "eu.swap.unfulfilled",
        "/store/swaps",
        j(
            "{'order_id':'${eu_order}','return_items':[{'item_id':'${eu_item}','quantity':1}],"
                + "'additional_items':[{'variant_id':'${variant_b}','quantity':1}]}"));

    s.group("Europe: discount", ADMIN);
    String eu2 = "/store/carts/${eu2_cart}";
    s.post(
            "eu2.create",
            "/store/carts",
            j("{'region_id':'${region_eu}','items':[{'variant_id':'${variant}','quantity':3}]}"))
        .save("eu2_cart", "/cart/id");
    s.post(
        "eu2.address",
        eu2,
        j("{'email':'fidelity.guest.${run}@example.com','shipping_address':" + DE + "}"));
    s.post("eu2.discount", eu2, j("{'discounts':[{'code':'WELCOME10'}]}"));
    s.post("eu2.shipping-method", eu2 + "/shipping-methods", j("{'option_id':'${so_eu}'}"));
    s.post("eu2.payment-sessions", eu2 + "/payment-sessions", null);
    s.post("eu2.complete", eu2 + "/complete", null).save("eu2_order", "/data/id");
    s.get("eu2.order", "/store/orders/${eu2_order}");

    s.group("North America: free shipping and a gift card", ADMIN);
    String gc = "/store/carts/${gc_cart}";
    // Five units cost more than the gift card's 5000 on both sides, so both still need a payment.
    s.post(
            "gc.create",
            "/store/carts",
            j("{'region_id':'${region_na}','items':[{'variant_id':'${variant_b}','quantity':5}]}"))
        .save("gc_cart", "/cart/id");
    s.post(
        "gc.address",
        gc,
        j("{'email':'fidelity.guest.${run}@example.com','shipping_address':" + US + "}"));
    s.post("gc.shipping-method", gc + "/shipping-methods", j("{'option_id':'${so_na}'}"));
    s.post("gc.free-shipping", gc, j("{'discounts':[{'code':'FREESHIP'}]}"));
    s.post("gc.gift-card", gc, j("{'gift_cards':[{'code':'${gift_card_code}'}]}"));
    s.post("gc.payment-sessions", gc + "/payment-sessions", null);
    s.post("gc.complete", gc + "/complete", null).save("gc_order", "/data/id");
    s.get("gc.order", "/store/orders/${gc_order}");
    s.get("gc.gift-card.after", "/store/gift-cards/${gift_card_code}");
  }

  /**
   * Every after-sales operation once with ids that do not exist, so they are covered even without
   * fixtures.
   */
  private static void afterSalesErrors(StepList s) {
    s.group("after-sales error paths");
    String oe = "/store/order-edits/oe_" + UNKNOWN;
    String pc = "/store/payment-collections/paycol_" + UNKNOWN;
    s.get("order-edits.get.unknown", oe);
    s.post("order-edits.complete.unknown", oe + "/complete", null);
    s.post("order-edits.decline.unknown", oe + "/decline", j("{'declined_reason':'no'}"));
    s.get("payment-collections.get.unknown", pc);
    s.post("payment-collections.sessions.unknown", pc + "/sessions", j("{'provider_id':'manual'}"));
    s.post(
        "payment-collections.batch.unknown",
        pc + "/sessions/batch",
        j("{'sessions':[{'provider_id':'manual','amount':100}]}"));
    s.post(
        "payment-collections.batch-authorize.unknown",
        pc + "/sessions/batch/authorize",
        j("{'session_ids':['ps_" + UNKNOWN + "']}"));
    s.post("payment-collections.session.unknown", pc + "/sessions/ps_" + UNKNOWN, null);
    s.post(
        "payment-collections.session-authorize.unknown",
        pc + "/sessions/ps_" + UNKNOWN + "/authorize",
        null);
    s.post(
        "returns.unknown-order",
        "/store/returns",
        j(
            "{'order_id':'order_"
                + UNKNOWN
                + "','items':[{'item_id':'item_"
                + UNKNOWN
                + "','quantity':1}]}"));
    s.post("returns.empty", "/store/returns", "{}");
    s.post(
        "returns.unknown-field",
        "/store/returns",
        j(
            "{'order_id':'${order}','items':[{'item_id':'${order_item}','quantity':1}],'colour':'red'}"));
    s.post(
        "swaps.unknown-order",
        "/store/swaps",
        j(
            "{'order_id':'order_"
                + UNKNOWN
                + "','return_items':[{'item_id':'item_"
                + UNKNOWN
                + "','quantity':1}],'additional_items':[{'variant_id':'${variant}','quantity':1}]}"));
    s.post("swaps.empty", "/store/swaps", "{}");
    s.get("swaps.get.unknown", "/store/swaps/cart_" + UNKNOWN);
    s.get("swaps.get.not-a-swap", "/store/swaps/${cart}");
    s.post(
        "order-claim.no-login",
        "/store/orders/batch/customer/token",
        j("{'order_ids':['${order}']}"));
    s.post("order-claim.empty", "/store/orders/batch/customer/token", "{}").as("alice");
    s.post(
            "order-claim.one-string",
            "/store/orders/batch/customer/token",
            j("{'order_ids':'order_" + UNKNOWN + "'}"))
        .as("alice");
    s.post("order-claim.empty-id", "/store/orders/batch/customer/token", j("{'order_ids':['']}"))
        .as("alice");
    s.post(
        "order-claim.confirm.invalid",
        "/store/orders/customer/confirm",
        j("{'token':'not-a-token'}"));
    s.post("order-claim.confirm.empty", "/store/orders/customer/confirm", "{}");
    s.post("order-claim.confirm.number", "/store/orders/customer/confirm", j("{'token':5}"));
  }

  private static void afterSales(StepList s) {
    s.group("after-sales: returns and swaps", AFTER_SALES);
    s.post(
            "as.owner.login",
            "/store/auth",
            j("{'email':'${owner_email}','password':'${owner_password}'}"))
        .as("owner");
    s.get("as.order", "/store/orders/${fulfilled_order}");
    s.get("as.me.orders", "/store/customers/me/orders?limit=1&offset=0").as("owner");
    s.get("as.return-reasons.list", "/store/return-reasons");
    s.get("as.return-reasons.get", "/store/return-reasons/${return_reason}");
    s.get("as.return-reasons.get.parent", "/store/return-reasons/${return_reason_parent}");
    s.post(
        "as.returns.too-many",
        "/store/returns",
        j(
            "{'order_id':'${fulfilled_order}','items':[{'item_id':'${fulfilled_item}','quantity':99}]}"));
    s.post(
        "as.returns.unknown-item",
        "/store/returns",
        j(
            "{'order_id':'${fulfilled_order}','items':[{'item_id':'item_"
                + UNKNOWN
                + "','quantity':1}]}"));
    s.post(
        "as.returns.unknown-reason",
        "/store/returns",
        j(
            "{'order_id':'${fulfilled_order}','items':[{'item_id':'${fulfilled_item}','quantity':1,'reason_id':'rr_"
                + UNKNOWN
                + "'}]}"));
    s.post(
        "as.returns",
        "/store/returns",
        j(
            "{'order_id':'${fulfilled_order}','items':[{'item_id':'${fulfilled_item}','quantity':1,"
                + "'reason_id':'${return_reason}','note':'too small'}],'return_shipping':{'option_id':'${return_option}'}}"));
    s.get("as.order.after-return", "/store/orders/${fulfilled_order}");
    s.post(
        "as.swaps.too-many",
        "/store/swaps",
        j(
            "{'order_id':'${fulfilled_order}','return_items':[{'item_id':'${fulfilled_item_b}','quantity':9}],"
                + "'additional_items':[{'variant_id':'${swap_variant}','quantity':1}]}"));
    s.post(
            "as.swaps",
            "/store/swaps",
            j(
                "{'order_id':'${fulfilled_order}','return_items':[{'item_id':'${fulfilled_item_b}','quantity':1}],"
                    + "'additional_items':[{'variant_id':'${swap_variant}','quantity':1}],'return_shipping_option':'${return_option}'}"))
        .save("swap_cart", "/swap/cart_id");
    s.get("as.swaps.get", "/store/swaps/${swap_cart}");
    s.get("as.swap-cart", "/store/carts/${swap_cart}");
    s.get("as.order.after-swap", "/store/orders/${fulfilled_order}");

    s.group("after-sales: order edits and payment collections", AFTER_SALES);
    String pc = "/store/payment-collections/${paycol_complete}";
    s.get("as.edit.get", "/store/order-edits/${edit_complete}");
    s.post("as.edit.complete.unpaid", "/store/order-edits/${edit_complete}/complete", null);
    s.get("as.paycol.get", pc);
    s.get("as.paycol.get.expand", pc + "?expand=payment_sessions");
    s.get("as.paycol.get.expand-none", pc + "?expand=");
    s.get("as.paycol.get.expand-unknown", pc + "?expand=nope");
    s.get("as.paycol.get.fields", pc + "?fields=id,amount");
    s.post("as.paycol.sessions", pc + "/sessions", j("{'provider_id':'manual'}"));
    s.post("as.paycol.sessions.unknown-provider", pc + "/sessions", j("{'provider_id':'stripe'}"));
    s.post("as.paycol.sessions.empty", pc + "/sessions", "{}");
    s.post(
            "as.paycol.batch",
            pc + "/sessions/batch",
            j("{'sessions':[{'provider_id':'manual','amount':${paycol_complete_amount}}]}"))
        .save("paycol_session", "/payment_collection/payment_sessions/0/id");
    s.post("as.paycol.batch.bad-body", pc + "/sessions/batch", j("{'sessions':'manual'}"));
    s.post("as.paycol.batch.missing", pc + "/sessions/batch", "{}");
    s.post(
        "as.paycol.batch.no-session-fits",
        pc + "/sessions/batch",
        j("{'sessions':[{'provider_id':'manual'}]}"));
    s.post(
        "as.paycol.batch.wrong-sum",
        pc + "/sessions/batch",
        j("{'sessions':[{'provider_id':'manual','amount':1}]}"));
    s.post(
        "as.paycol.batch.unknown-provider",
        pc + "/sessions/batch",
        j("{'sessions':[{'provider_id':'stripe','amount':${paycol_complete_amount}}]}"));
    s.post("as.paycol.session.refresh", pc + "/sessions/${paycol_session}", null)
        .save("paycol_session", "/payment_session/id");
    s.post("as.paycol.session.authorize", pc + "/sessions/${paycol_session}/authorize", null);
    s.post(
        "as.paycol.batch-authorize",
        pc + "/sessions/batch/authorize",
        j("{'session_ids':['${paycol_session}']}"));
    s.post("as.paycol.batch-authorize.empty", pc + "/sessions/batch/authorize", "{}");
    s.post(
        "as.paycol.batch-authorize.not-array",
        pc + "/sessions/batch/authorize",
        j("{'session_ids':'ps_" + UNKNOWN + "'}"));
    s.get("as.paycol.get.after", pc);
    s.post("as.edit.complete", "/store/order-edits/${edit_complete}/complete", null);
    s.post("as.edit.complete.again", "/store/order-edits/${edit_complete}/complete", null);
    s.post(
        "as.edit.decline.completed",
        "/store/order-edits/${edit_complete}/decline",
        j("{'declined_reason':'late'}"));
    s.get("as.edit.order", "/store/orders/${edit_complete_order}");
    s.post(
        "as.edit.decline",
        "/store/order-edits/${edit_decline}/decline",
        j("{'declined_reason':'too expensive'}"));
    s.post(
        "as.edit.decline.again",
        "/store/order-edits/${edit_decline}/decline",
        j("{'declined_reason':'still'}"));
    s.post("as.edit.complete.declined", "/store/order-edits/${edit_decline}/complete", null);
    s.get("as.edit.get.declined", "/store/order-edits/${edit_decline}");
    s.get("as.paycol.declined-edit", "/store/payment-collections/${paycol_decline}");

    s.group("after-sales: claiming a guest order", AFTER_SALES);
    s.post(
            "as.claimer.login",
            "/store/auth",
            j("{'email':'${claimer_email}','password':'${claimer_password}'}"))
        .as("claimer");
    s.get("as.claimer.orders.before", "/store/customers/me/orders").as("claimer");
    s.post(
            "as.claim.request",
            "/store/orders/batch/customer/token",
            j("{'order_ids':['${claim_order}']}"))
        .as("claimer")
        .refresh("claim_token");
    s.post(
        "as.claim.confirm.expired",
        "/store/orders/customer/confirm",
        j("{'token':'${claim_token_expired}'}"));
    s.post("as.claim.confirm", "/store/orders/customer/confirm", j("{'token':'${claim_token}'}"));
    s.post(
        "as.claim.confirm.again",
        "/store/orders/customer/confirm",
        j("{'token':'${claim_token}'}"));
    s.get("as.claimer.orders.after", "/store/customers/me/orders").as("claimer");
    s.get("as.claimed-order", "/store/orders/${claim_order}");

    s.group("after-sales: password reset", AFTER_SALES);
    s.post("as.password-token", "/store/customers/password-token", j("{'email':'${reset_email}'}"))
        .refresh("reset_token");
    s.post(
        "as.password-reset.foreign-token",
        "/store/customers/password-reset",
        j("{'email':'${foreign_email}','password':'Not-Used-1','token':'${foreign_token}'}"));
    s.post(
        "as.password-reset",
        "/store/customers/password-reset",
        j(
            "{'email':'${reset_email}','password':'${reset_new_password}','token':'${reset_token}'}"));
    s.post(
        "as.password-reset.reused",
        "/store/customers/password-reset",
        j("{'email':'${reset_email}','password':'Another-Pa55','token':'${reset_token}'}"));
    s.post(
        "as.login.new-password",
        "/store/auth",
        j("{'email':'${reset_email}','password':'${reset_new_password}'}"));
    s.post(
        "as.login.old-password",
        "/store/auth",
        j("{'email':'${reset_email}','password':'${reset_password}'}"));
  }

  private static void closing(StepList s) {
    s.group("sessions end, unknown routes");
    s.get("unknown-route", "/store/does-not-exist");
    s.post("unknown-route.post", "/store/carts/${cart}/nothing-here", "{}");
    s.delete("auth.logout", "/store/auth").as("alice");
    s.get("auth.session.after-logout", "/store/auth").as("alice");
    s.get("me.get.after-logout", "/store/customers/me").as("alice");
    s.get("me.get.bearer.after-logout", "/store/customers/me").bearer("${alice_token}");
    s.delete("auth.logout.none", "/store/auth");
  }

  // ---------------------------------------------------------------- helpers for reading answers

  /** JSON with single quotes, for readable bodies (none of ours contains an apostrophe). */
  static String j(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  /** {@code field} of the first element of the array at {@code pointer} that {@code p} accepts. */
  static Function<JsonNode, JsonNode> first(String pointer, Predicate<JsonNode> p, String field) {
    return json -> {
      for (JsonNode e : json.at(pointer)) {
        if (p.test(e)) {
          return e.get(field);
        }
      }
      return null;
    };
  }

  static Function<JsonNode, JsonNode> last(String pointer, String field) {
    return json -> {
      JsonNode arr = json.at(pointer);
      return arr.size() == 0 ? null : arr.get(arr.size() - 1).get(field);
    };
  }

  /**
   * The variant with the {@code rank}-th most stock among those whose stock is managed and that are
   * priced in the listing's region, one per discountable product (not gift cards): the seeds
   * differ, and real keeps the stock earlier runs left. A managed variant is what makes "too many"
   * fail for want of stock.
   */
  static Function<JsonNode, JsonNode> variantByStock(int rank) {
    return json -> {
      List<JsonNode> vs = new ArrayList<>();
      for (JsonNode p : json.path("products")) {
        if (p.path("is_giftcard").asBoolean() || !p.path("discountable").asBoolean()) {
          continue;
        }
        JsonNode best = null;
        for (JsonNode v : p.path("variants")) {
          boolean buyable =
              v.path("calculated_price").asLong() > 0
                  && v.path("manage_inventory").asBoolean()
                  && v.path("inventory_quantity").asInt() >= 20;
          if (buyable && (best == null || stock(v) > stock(best))) {
            best = v;
          }
        }
        if (best != null) {
          vs.add(best);
        }
      }
      vs.sort(Comparator.comparingLong(FidelityScenario::stock).reversed());
      return vs.size() > rank ? vs.get(rank).get("id") : null;
    };
  }

  private static long stock(JsonNode v) {
    return v.path("inventory_quantity").asLong();
  }

  /**
   * {@code field} of the first variant (across all products of a listing) that {@code p} accepts.
   */
  static Function<JsonNode, JsonNode> firstVariant(Predicate<JsonNode> p, String field) {
    return json -> {
      for (JsonNode prod : json.path("products")) {
        for (JsonNode v : prod.path("variants")) {
          if (p.test(v)) {
            return field.equals("product_id")
                ? new TextNode(prod.path("id").asText())
                : v.get(field);
          }
        }
      }
      return null;
    };
  }

  static Function<JsonNode, JsonNode> cheapest(boolean isReturn) {
    return byAmount(isReturn, false);
  }

  static Function<JsonNode, JsonNode> dearest(boolean isReturn) {
    return byAmount(isReturn, true);
  }

  private static Function<JsonNode, JsonNode> byAmount(boolean isReturn, boolean highest) {
    return json -> {
      JsonNode pick = null;
      for (JsonNode o : json.path("shipping_options")) {
        if (o.path("is_return").asBoolean() != isReturn) {
          continue;
        }
        long a = o.path("amount").asLong();
        if (pick == null
            || (highest ? a > pick.path("amount").asLong() : a < pick.path("amount").asLong())) {
          pick = o;
        }
      }
      return pick == null ? null : pick.get("id");
    };
  }
}

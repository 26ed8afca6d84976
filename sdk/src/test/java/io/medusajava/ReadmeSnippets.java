package io.medusajava;

import io.medusajava.auth.AuthMode;
import io.medusajava.auth.FileTokenStore;
import io.medusajava.errors.AuthenticationException;
import io.medusajava.errors.ConnectionException;
import io.medusajava.errors.InvalidRequestException;
import io.medusajava.errors.MedusaException;
import io.medusajava.errors.NotFoundException;
import io.medusajava.http.LogLevel;
import io.medusajava.model.AddressParams;
import io.medusajava.model.Cart;
import io.medusajava.model.CartCompleteParams;
import io.medusajava.model.CartCompletion;
import io.medusajava.model.CartCreateParams;
import io.medusajava.model.CartUpdateParams;
import io.medusajava.model.Customer;
import io.medusajava.model.LineItemCreateParams;
import io.medusajava.model.Order;
import io.medusajava.model.PaymentSessionSetParams;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.PricedShippingOption;
import io.medusajava.model.PricedVariant;
import io.medusajava.model.ProductListParams;
import io.medusajava.model.Region;
import io.medusajava.model.ShippingMethodAddParams;
import io.medusajava.model.StoreCartsRes;
import io.medusajava.query.DateRange;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Every Java snippet in README.md, kept here so that it compiles with the build; {@code ReadmeSnippetsTest}
 * runs them against a server and checks that the README shows them as they are here. Edit here first, then
 * paste into the README.
 */
final class ReadmeSnippets {
  private ReadmeSnippets() {
  }

  static MedusaStore quickStart(String baseUrl) {
    // README: Quick start
    MedusaStore store = MedusaStore.builder()
        .baseUrl(baseUrl)                      // e.g. "https://shop.example.com"
        .publishableApiKey("pk_01M8K2MJ7BWP96S8EDZZRKXBP1")
        .build();

    Region region = store.regions().list().execute().items().get(0);
    Cart cart = store.carts().create(CartCreateParams.builder().regionId(region.getId()).build()).execute();
    CompletableFuture<Cart> later = store.carts().retrieve(cart.getId()).executeAsync();
    later.join();
    return store;
  }

  static MedusaStore configured(String baseUrl) {
    // README: The client
    MedusaStore store = MedusaStore.builder()
        .baseUrl(baseUrl)
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(15))
        .callTimeout(Duration.ofSeconds(60))   // whole call, retries included
        .maxRetries(3)
        .defaultHeader("x-request-source", "kiosk-7")
        .userAgentSuffix("my-shop-app/2.1")    // User-Agent: medusa-java/<version> my-shop-app/2.1
        .logLevel(LogLevel.BASIC)
        .build();
    return store;
  }

  static Order checkout(MedusaStore store, String email) {
    // README: Checkout, from region to order
    // 1. A region: its currency, its taxes and the countries it ships to.
    Region region = store.regions().list().execute().items().get(0);
    String country = region.getCountries().get(0).getIso2();

    // 2. Something to sell, priced for that region.
    PricedProduct product = store.products()
        .list(ProductListParams.builder().regionId(region.getId()).limit(1).build())
        .execute().items().get(0);
    PricedVariant variant = product.getVariants().get(0);

    // 3. A cart in that region, with the variant in it.
    Cart cart = store.carts().create(CartCreateParams.builder().regionId(region.getId()).build()).execute();
    cart = store.carts().addLineItem(cart.getId(), LineItemCreateParams.builder()
        .variantId(variant.getId()).quantity(1).build()).execute();

    // 4. Who it is for and where it goes (a saved address goes by its id: shippingAddress("addr_...")).
    cart = store.carts().update(cart.getId(), CartUpdateParams.builder()
        .email(email)
        .shippingAddress(AddressParams.builder()
            .firstName("Jane").lastName("Doe").address1("1 Main St").city("Springfield")
            .postalCode("62701").countryCode(country).build())
        .build()).execute();

    // 5. How it ships: the options this cart can use, priced for it.
    PricedShippingOption option = store.shippingOptions().listForCart(cart.getId()).execute().get(0);
    cart = store.carts().addShippingMethod(cart.getId(),
        ShippingMethodAddParams.builder().optionId(option.getId()).build()).execute();

    // 6. How it is paid: a session per payment provider of the region, then the one chosen.
    cart = store.carts().createPaymentSessions(cart.getId()).execute();
    cart = store.carts().setPaymentSession(cart.getId(),
        PaymentSessionSetParams.builder().providerId("manual").build()).execute();
    System.out.println(cart.getItems().size() + " item(s), total " + cart.getTotal() + " "
        + region.getCurrencyCode());

    // 7. Complete: the order, or the cart again when the payment needs another step.
    CartCompletion completion = store.carts().complete(cart.getId()).execute();
    Order order = completion.getOrder();
    if (order == null) {
      throw new IllegalStateException("payment needs another step: " + completion.getType());
    }
    System.out.println("order #" + order.getDisplayId() + ", " + order.getTotal() + " " + order.getCurrencyCode());
    return order;
  }

  static void sessions(MedusaStore store, String email, String password, File home) {
    // README: Sessions
    Customer me = store.auth().login(email, password).execute();   // cookie session (connect.sid)
    store.customers().retrieve().execute();                        // sent with the session cookie
    store.auth().logout().execute();                               // server and client forget it

    store.auth().loginWithToken(email, password).execute();        // JWT, sent as Authorization: Bearer
    store.auth().logout().execute();                               // the client forgets the token

    MedusaStore desktop = MedusaStore.builder()
        .baseUrl(store.baseUrl())
        .authMode(AuthMode.JWT)
        .tokenStore(new FileTokenStore(new File(home, ".myshop/token")))   // owner-only file
        .build();
    desktop.close();
  }

  static List<String> parameters(MedusaStore store, String regionId) {
    // README: Parameters
    ProductListParams params = ProductListParams.builder()
        .regionId(regionId)
        .collectionIds("pcol_summer", "pcol_basics")       // collection_id[]=pcol_summer&collection_id[]=pcol_basics
        .tags("ptag_cotton")                               // tags[]=ptag_cotton
        .createdAt(DateRange.after(Instant.parse("2024-01-01T00:00:00Z")))   // created_at[gt]=2024-01-01T00:00:00Z
        .expand("variants", "variants.prices")             // expand=variants,variants.prices
        .limit(20)
        .build();
    return store.products().list(params).execute().items().stream()
        .map(PricedProduct::getTitle).collect(Collectors.toList());
  }

  static int paging(MedusaStore store, String regionId) {
    // README: Paging
    Page<PricedProduct> page = store.products()
        .list(ProductListParams.builder().regionId(regionId).limit(50).build()).execute();
    while (page.hasNextPage()) {
      page = page.nextPage();
    }

    int seen = 0;
    for (PricedProduct p : store.products().listAll(ProductListParams.builder().regionId(regionId).build())) {
      seen++;                                              // one page in memory at a time
    }
    long withVariants = store.products().listAll().stream()
        .filter(p -> !p.getVariants().isEmpty())
        .count();
    store.products().listAll()
        .forEachAsync(p -> System.out.println(p.getTitle()))
        .join();
    return seen + (int) withVariants;
  }

  static String errors(MedusaStore store, String cartId, String variantId) {
    // README: Errors
    try {
      store.carts().addLineItem(cartId, LineItemCreateParams.builder().variantId(variantId).quantity(500).build())
          .execute();
      return "added";
    } catch (InvalidRequestException e) {                  // 400
      return e.getCode();                                  // "insufficient_inventory"
    } catch (NotFoundException e) {                        // 404
      return "no such cart: " + e.getPath();
    } catch (AuthenticationException e) {                  // 401
      return "log in first";
    } catch (ConnectionException e) {                      // no answer at all
      return "offline: " + e.getMessage();
    } catch (MedusaException e) {                          // every other failure
      return e.getStatusCode() + " " + e.getType() + ": " + e.getServerMessage();
    }
  }

  static Order completeOnce(MedusaStore store, String cartId) {
    // README: Retries and idempotency
    MedusaResponse<CartCompletion> response = store.carts().complete(cartId).executeRaw();
    String key = response.idempotencyKey();                // the key the server stored this attempt under
    Order order = response.body().getOrder();              // null when payment needs another step
    if (order == null) {                                   // later, once it is done: the same attempt again
      order = store.carts().complete(cartId, CartCompleteParams.builder().idempotencyKey(key).build())
          .execute().getOrder();
    }
    return order;
  }

  static String envelope(MedusaStore store, String cartId) {
    // README: The JSON envelope
    MedusaResponse<Cart> response = store.carts().retrieve(cartId).executeRaw();
    StoreCartsRes envelope = response.envelope(StoreCartsRes.class);   // {"cart": {...}} as the server sent it
    return envelope.getCart().getId();
  }
}

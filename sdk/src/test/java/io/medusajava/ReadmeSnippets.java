package io.medusajava;

import io.medusajava.auth.AuthMode;
import io.medusajava.auth.FileTokenStore;
import io.medusajava.errors.AuthenticationException;
import io.medusajava.errors.ConnectionException;
import io.medusajava.errors.InvalidRequestException;
import io.medusajava.errors.MedusaException;
import io.medusajava.errors.NotFoundException;
import io.medusajava.http.LogLevel;
import io.medusajava.http.MedusaResponse;
import io.medusajava.model.Cart;
import io.medusajava.model.Customer;
import io.medusajava.model.Order;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.Region;
import io.medusajava.model.StoreCartsRes;
import io.medusajava.model.StoreCompleteCartRes;
import io.medusajava.model.StorePostCartReq;
import io.medusajava.model.StorePostCartsCartLineItemsReq;
import io.medusajava.paging.Page;
import io.medusajava.query.DateRange;
import io.medusajava.query.ProductQuery;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.List;

/**
 * Every Java snippet in README.md, kept here so that it compiles with the build; {@code ReadmeSnippetsTest}
 * runs them against a server. Keep the two in step: edit here first, then paste into the README.
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

    Region region = store.regions().list().execute().getRegions().get(0);
    Cart cart = store.carts().create(new StorePostCartReq().regionId(region.getId())).execute().getCart();
    CompletableFuture<StoreCartsRes> later = store.carts().retrieve(cart.getId()).executeAsync();
    later.join();
    return store;
  }

  static MedusaStore configured(String baseUrl) {
    // README: The client
    return MedusaStore.builder()
        .baseUrl(baseUrl)
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(15))
        .callTimeout(Duration.ofSeconds(60))   // whole call, retries included
        .maxRetries(3)
        .defaultHeader("x-request-source", "kiosk-7")
        .userAgentSuffix("my-shop-app/2.1")    // User-Agent: medusa-java/<version> my-shop-app/2.1
        .logLevel(LogLevel.BASIC)
        .build();
  }

  static void sessions(MedusaStore store, String email, String password, File home) {
    // README: Sessions
    Customer me = store.auth().login(email, password);      // cookie session (connect.sid)
    store.customers().retrieve().execute();                 // sent with the session cookie
    store.auth().logout();                                  // server and client forget it

    store.auth().loginWithToken(email, password);           // JWT, sent as Authorization: Bearer
    store.auth().logout();                                  // the client forgets the token

    MedusaStore desktop = MedusaStore.builder()
        .baseUrl(store.baseUrl())
        .authMode(AuthMode.JWT)
        .tokenStore(new FileTokenStore(new File(home, ".myshop/token")))   // owner-only file
        .build();
    desktop.close();
  }

  static List<String> queries(MedusaStore store, String regionId) {
    // README: Queries
    ProductQuery query = ProductQuery.builder()
        .regionId(regionId)
        .collectionIds("pcol_summer", "pcol_basics")       // collection_id[]=pcol_summer&collection_id[]=pcol_basics
        .tags("ptag_cotton")                               // tags[]=ptag_cotton
        .createdAt(DateRange.after(Instant.parse("2024-01-01T00:00:00Z")))   // created_at[gt]=2024-01-01T00:00:00Z
        .expand("variants", "variants.prices")             // expand=variants,variants.prices
        .limit(20)
        .build();
    return store.products().list(query).execute().getProducts().stream()
        .map(PricedProduct::getTitle).collect(Collectors.toList());
  }

  static int paging(MedusaStore store, String regionId) {
    // README: Paging
    Page<PricedProduct> page = store.products().page(ProductQuery.builder().regionId(regionId).limit(50).build());
    while (page.hasNextPage()) {
      page = page.nextPage();
    }

    int seen = 0;
    for (PricedProduct p : store.products().listAll(ProductQuery.builder().regionId(regionId).build())) {
      seen++;                                              // one page in memory at a time
    }
    long onSale = store.products().listAll(ProductQuery.builder().build()).stream()
        .filter(p -> p.getVariants() != null && !p.getVariants().isEmpty())
        .count();
    store.products().listAll(ProductQuery.builder().build())
        .forEachAsync(p -> System.out.println(p.getTitle()))
        .join();
    return seen + (int) onSale;
  }

  static String errors(MedusaStore store, String cartId, String variantId) {
    // README: Errors
    try {
      store.carts().addLineItem(cartId, new StorePostCartsCartLineItemsReq().variantId(variantId).quantity(500))
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

  static Order checkout(MedusaStore store, String cartId) {
    // README: Retries and idempotency
    MedusaResponse<StoreCompleteCartRes> response = store.carts().complete(cartId).executeRaw();
    String key = response.idempotencyKey();                // the key the server stored this attempt under
    Order order = response.body().getData().getOrder();    // null when payment needs another step
    if (order == null) {
      order = store.carts().complete(cartId, key).execute().getData().getOrder();
    }
    return order;
  }
}

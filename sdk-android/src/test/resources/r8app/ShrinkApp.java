package shrinkapp;

import io.medusajava.MedusaStore;
import io.medusajava.json.MedusaJson;
import io.medusajava.model.Cart;
import io.medusajava.model.LineItem;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.Region;
import io.medusajava.model.CartCompletion;
import io.medusajava.model.CartCreateParams;
import io.medusajava.model.LineItemCreateParams;
import io.medusajava.model.ProductListParams;

/**
 * The "app" that R8ShrinkTest compiles, shrinks together with the SDK and runs: it prints decoded values,
 * one "key=value" a line, and the test checks that none of them came out null.
 */
public final class ShrinkApp {
  public static void main(String[] args) throws Exception {
    MedusaStore store = MedusaStore.builder().baseUrl(args[0]).build();
    try {
      Region region = store.regions().list().execute().items().get(0);
      print("region.id", region.getId());
      print("region.currency_code", region.getCurrencyCode());
      print("region.created_at", region.getCreatedAt());

      PricedProduct product = store.products()
          .list(ProductListParams.builder().regionId(region.getId()).limit(1).build()).execute().items().get(0);
      print("product.id", product.getId());
      print("product.status", product.getStatus()); // an enum: decoded by @Json, printed as its wire value

      Cart cart = store.carts().create(CartCreateParams.builder().regionId(region.getId()).build()).execute();
      print("cart.id", cart.getId());
      cart = store.carts().addLineItem(cart.getId(), LineItemCreateParams.builder()
          .variantId(product.getVariants().get(0).getId()).quantity(2).build()).execute();
      LineItem item = cart.getItems().get(0);
      print("line_item.id", item.getId());
      print("line_item.quantity", item.getQuantity());
      print("line_item.unit_price", item.getUnitPrice());
      print("cart.subtotal", cart.getSubtotal());
      print("cart.total", cart.getTotal());

      // A oneOf answer, decoded through @OneOf, of(..) and getValue().
      CartCompletion completed = MedusaJson.moshi().adapter(CartCompletion.class)
          .fromJson("{\"type\":\"cart\",\"data\":{\"object\":\"cart\",\"id\":\"cart_oneof\"}}");
      print("oneof.cart.id", completed.getCart() == null ? null : completed.getCart().getId());
      print("oneof.roundtrip", MedusaJson.moshi().adapter(CartCompletion.class).toJson(completed));
    } finally {
      store.close();
    }
  }

  private static void print(String key, Object value) {
    System.out.println(key + "=" + value);
  }
}

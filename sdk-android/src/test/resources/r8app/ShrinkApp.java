package shrinkapp;

import io.medusajava.MedusaStore;
import io.medusajava.json.MedusaJson;
import io.medusajava.model.Cart;
import io.medusajava.model.LineItem;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.Region;
import io.medusajava.model.StoreCompleteCartRes;
import io.medusajava.model.StorePostCartReq;
import io.medusajava.model.StorePostCartsCartLineItemsReq;
import io.medusajava.query.ProductQuery;

/**
 * The "app" that R8ShrinkTest compiles, shrinks together with the SDK and runs: it prints decoded values,
 * one "key=value" a line, and the test checks that none of them came out null.
 */
public final class ShrinkApp {
  public static void main(String[] args) throws Exception {
    MedusaStore store = MedusaStore.builder().baseUrl(args[0]).build();
    try {
      Region region = store.regions().list().execute().getRegions().get(0);
      print("region.id", region.getId());
      print("region.currency_code", region.getCurrencyCode());
      print("region.created_at", region.getCreatedAt());

      PricedProduct product = store.products()
          .list(ProductQuery.builder().regionId(region.getId()).limit(1).build()).execute().getProducts().get(0);
      print("product.id", product.getId());
      print("product.status", product.getStatus()); // an enum: decoded by constant name and @Json

      Cart cart = store.carts().create(new StorePostCartReq().regionId(region.getId())).execute().getCart();
      print("cart.id", cart.getId());
      cart = store.carts().addLineItem(cart.getId(), new StorePostCartsCartLineItemsReq()
          .variantId(product.getVariants().get(0).getId()).quantity(2)).execute().getCart();
      LineItem item = cart.getItems().get(0);
      print("line_item.id", item.getId());
      print("line_item.quantity", item.getQuantity());
      print("line_item.unit_price", item.getUnitPrice());
      print("cart.subtotal", cart.getSubtotal());
      print("cart.total", cart.getTotal());

      // A oneOf answer, decoded through @OneOf, of(..) and getValue().
      StoreCompleteCartRes completed = MedusaJson.moshi().adapter(StoreCompleteCartRes.class)
          .fromJson("{\"type\":\"cart\",\"data\":{\"object\":\"cart\",\"id\":\"cart_oneof\"}}");
      print("oneof.cart.id", completed.getData().getCart() == null ? null : completed.getData().getCart().getId());
      print("oneof.roundtrip", MedusaJson.moshi().adapter(StoreCompleteCartRes.class).toJson(completed));
    } finally {
      store.close();
    }
  }

  private static void print(String key, Object value) {
    System.out.println(key + "=" + value);
  }
}

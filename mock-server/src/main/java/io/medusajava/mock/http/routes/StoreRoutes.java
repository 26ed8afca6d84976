package io.medusajava.mock.http.routes;

import io.medusajava.mock.http.Routes;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every route group the mock serves, in one list. To add a group, write a class with {@code static
 * void register(Routes routes)} and add {@code YourRoutes::register} below.
 */
public final class StoreRoutes {
  private static final List<Consumer<Routes>> GROUPS =
      List.of(
          AuthRoutes::register,
          CartRoutes::register,
          ShippingOptionRoutes::register,
          ProductRoutes::register,
          RegionRoutes::register,
          CollectionRoutes::register,
          CategoryRoutes::register,
          ValueRowRoutes::register,
          ReturnReasonRoutes::register,
          GiftCardRoutes::register,
          OrderRoutes::register,
          CustomerRoutes::register,
          CartSessionRoutes::register,
          ProductSearchRoutes::register,
          VariantRoutes::register,
          CustomerPasswordRoutes::register,
          OrderClaimRoutes::register,
          OrderEditRoutes::register,
          PaymentCollectionRoutes::register,
          ReturnRoutes::register,
          SwapRoutes::register);

  private StoreRoutes() {}

  /** A fresh table holding every group's routes. */
  public static Routes all() {
    Routes routes = new Routes();
    GROUPS.forEach(g -> g.accept(routes));
    return routes;
  }
}

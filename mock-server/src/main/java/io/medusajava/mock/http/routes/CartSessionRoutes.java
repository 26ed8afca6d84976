package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.json.Json;
import io.medusajava.mock.domain.json.StoredCartViews;
import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.Map;

/**
 * Cart operations beside the core checkout: update a payment session's data, refresh a session, and compute
 * taxes. All three answer {@code {"cart": ...}} (StoreCartsRes).
 */
public final class CartSessionRoutes {
    private CartSessionRoutes() {
    }

    public static void register(Routes routes) {
        routes.add("POST", "/store/carts/{id}/payment-sessions/{provider_id}", CartSessionRoutes::updateSession);
        routes.add("POST", "/store/carts/{id}/payment-sessions/{provider_id}/refresh", CartSessionRoutes::refresh);
        routes.add("POST", "/store/carts/{id}/taxes", CartSessionRoutes::taxes);
    }

    @SuppressWarnings("unchecked")
    static Reply updateSession(Call call) {
        Map<String, Object> values = Json.MAPPER.convertValue(call.body().get("data"), Map.class);
        return cart(call, () -> call.state().checkout()
                .updateSessionData(call.pathParam("id"), call.pathParam("provider_id"), values));
    }

    static Reply refresh(Call call) {
        return cart(call, () -> call.state().checkout()
                .refreshSession(call.pathParam("id"), call.pathParam("provider_id")));
    }

    static Reply taxes(Call call) {
        return cart(call, () -> call.state().checkout().computeTaxes(call.pathParam("id")));
    }

    /** Changes and renders under one lock, so no other request lands between the two. */
    private static Reply cart(Call call, java.util.function.Supplier<Cart> change) {
        return Reply.ok(call.state().atomically(() -> {
            Cart cart = change.get();
            return new StoredCartViews(call.state().catalog()).cartResponse(cart, call.state().carts().totals(cart));
        }));
    }
}

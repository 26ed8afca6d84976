package io.medusajava.mock.http.routes;

import io.medusajava.mock.domain.json.CommonViews;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;

/** A gift card by its code, to show its balance before it is applied to a cart. */
public final class GiftCardRoutes {
    private GiftCardRoutes() {
    }

    public static void register(Routes routes) {
        routes.add("GET", "/store/gift-cards/{code}", call -> Reply.ok(RouteSupport.wrap("gift_card",
                CommonViews.giftCard(call.state().promotions().giftCard(call.pathParam("code"))))));
    }
}

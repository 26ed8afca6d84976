package io.medusajava.mock.http.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.json.CatalogViews;
import io.medusajava.mock.domain.json.Json;
import io.medusajava.mock.domain.model.GiftCard;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;

/**
 * A gift card by its code, to show its balance before it is applied to a cart. Medusa looks the
 * code up as written, so a code in other letter case is unknown here, and answers four columns plus
 * the card's region.
 */
public final class GiftCardRoutes {
  private GiftCardRoutes() {}

  public static void register(Routes routes) {
    routes.add(
        "GET",
        "/store/gift-cards/{code}",
        call -> {
          String code = call.pathParam("code");
          GiftCard card = call.state().promotions().giftCard(code);
          if (!card.code.equals(code)) {
            throw MedusaError.notFound("Gift card with code: " + code + " was not found");
          }
          ObjectNode n = Json.object();
          n.put("id", card.id);
          n.put("code", card.code);
          n.put("value", card.value);
          n.put("balance", card.balance);
          n.set(
              "region",
              card.regionId == null
                  ? null
                  : new CatalogViews(call.state().catalog())
                      .regionBase(call.state().catalog().region(card.regionId)));
          return Reply.ok(RouteSupport.wrap("gift_card", n));
        });
  }
}

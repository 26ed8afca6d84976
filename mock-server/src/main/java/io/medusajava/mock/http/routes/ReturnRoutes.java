package io.medusajava.mock.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.aftersales.Returns;
import io.medusajava.mock.domain.json.ReturnViews;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;
import java.util.ArrayList;
import java.util.List;

/** POST /store/returns: {@code {"return": ...}} (StoreReturnsRes). */
public final class ReturnRoutes {
  private ReturnRoutes() {}

  public static void register(Routes routes) {
    routes.add("POST", "/store/returns", ReturnRoutes::create);
  }

  static Reply create(Call call) {
    JsonNode body = call.body();
    String orderId = RouteSupport.text(body, "order_id");
    List<Returns.Line> lines = lines(body.get("items"));
    JsonNode shipping = body.get("return_shipping");
    String option =
        shipping == null || shipping.isNull() ? null : RouteSupport.text(shipping, "option_id");
    return Reply.ok(
        call.state()
            .atomically(
                () ->
                    new ReturnViews(call.state().catalog())
                        .returnResponse(call.state().returns().create(orderId, lines, option))));
  }

  /** The item lines of a return or of a swap's return_items. */
  static List<Returns.Line> lines(JsonNode items) {
    List<Returns.Line> lines = new ArrayList<>();
    for (JsonNode i : items) {
      lines.add(
          new Returns.Line(
              RouteSupport.text(i, "item_id"),
              RouteSupport.wholeNumber(i.get("quantity")),
              RouteSupport.text(i, "reason_id"),
              RouteSupport.text(i, "note")));
    }
    return lines;
  }
}

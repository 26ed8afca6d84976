package io.medusajava.mock.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.StoreState;
import io.medusajava.mock.domain.json.CustomerViews;
import io.medusajava.mock.domain.json.OrderProjection;
import io.medusajava.mock.domain.json.OrderViews;
import io.medusajava.mock.domain.model.Customer;
import io.medusajava.mock.http.Call;
import io.medusajava.mock.http.Reply;
import io.medusajava.mock.http.Routes;

/**
 * Registration and the logged-in customer's profile, address book and orders (14, 19-20, 30, 53-54,
 * 59-60).
 */
public final class CustomerRoutes {
  private CustomerRoutes() {}

  public static void register(Routes routes) {
    routes.add("POST", "/store/customers", CustomerRoutes::registerCustomer);
    routes.add(
        "GET",
        "/store/customers/me",
        call ->
            Reply.ok(
                CustomerViews.customerResponse(
                    call.state().customers().customer(call.requireCustomerId()))));
    routes.add(
        "POST",
        "/store/customers/me",
        call -> {
          String id = call.requireCustomerId();
          JsonNode b = call.body();
          Customer c =
              call.state()
                  .customers()
                  .update(
                      id,
                      RouteSupport.text(b, "first_name"),
                      RouteSupport.text(b, "last_name"),
                      RouteSupport.text(b, "phone"),
                      RouteSupport.text(b, "email"),
                      RouteSupport.text(b, "password"),
                      RouteSupport.metadata(b),
                      b.path("billing_address").isObject()
                          ? RouteSupport.address(b.get("billing_address"))
                          : null);
          return Reply.ok(CustomerViews.customerResponse(c));
        });
    routes.add(
        "POST",
        "/store/customers/me/addresses",
        call -> {
          String id = call.requireCustomerId();
          JsonNode a = call.body().get("address");
          if (a == null || !a.isObject()) {
            // Medusa's validator lets a missing address through and the route then fails on it.
            throw MedusaError.unknown();
          }
          return Reply.ok(
              CustomerViews.customerResponse(
                  call.state().customers().addAddress(id, RouteSupport.address(a))));
        });
    routes.add(
        "POST",
        "/store/customers/me/addresses/{address_id}",
        call -> {
          String id = call.requireCustomerId();
          return Reply.ok(
              CustomerViews.customerResponse(
                  call.state()
                      .customers()
                      .updateAddress(
                          id, call.pathParam("address_id"), RouteSupport.address(call.body()))));
        });
    routes.add(
        "DELETE",
        "/store/customers/me/addresses/{address_id}",
        call -> {
          String id = call.requireCustomerId();
          return Reply.ok(
              CustomerViews.customerResponse(
                  call.state().customers().deleteAddress(id, call.pathParam("address_id"))));
        });
    routes.add(
        "GET",
        "/store/customers/me/orders",
        call -> {
          String id = call.requireCustomerId();
          RouteSupport.Paging p = RouteSupport.paging(call, 10);
          StoreState s = call.state();
          OrderProjection projection =
              OrderRoutes.projection(call, OrderProjection.Endpoint.CUSTOMER_LIST);
          return s.atomically(
              () ->
                  Reply.ok(
                      new OrderViews(s.catalog())
                          .ordersPage(
                              s.orders().ofCustomer(id, p.offset(), p.limit()),
                              s.customers().customer(id),
                              projection)));
        });
  }

  /** Registration also logs the new customer in on the request's session, as Medusa 1.x does. */
  private static Reply registerCustomer(Call call) {
    JsonNode b = call.body();
    // Names are optional to Medusa's validator, whatever the spec says.
    Customer c =
        call.state()
            .customers()
            .register(
                b.get("email").asText(),
                b.get("password").asText(),
                RouteSupport.text(b, "first_name"),
                RouteSupport.text(b, "last_name"),
                RouteSupport.text(b, "phone"));
    call.logIn(c.id);
    return Reply.ok(CustomerViews.customerResponse(c));
  }
}

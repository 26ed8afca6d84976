package io.medusajava.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.model.AddressCreatePayload;
import io.medusajava.model.AddressPayload;
import io.medusajava.model.Customer;
import io.medusajava.model.StoreCustomersListOrdersRes;
import io.medusajava.model.StoreCustomersListPaymentMethodsRes;
import io.medusajava.model.StorePostAuthReq;
import io.medusajava.model.StorePostCustomersCustomerAddressesReq;
import io.medusajava.model.StorePostCustomersCustomerPasswordTokenReq;
import io.medusajava.model.StorePostCustomersCustomerReq;
import io.medusajava.model.StorePostCustomersReq;
import io.medusajava.model.StorePostCustomersResetPasswordReq;
import java.time.OffsetDateTime;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

/** AuthApi and CustomersApi on the wire, replaying the captured sign-up and sign-in of a customer. */
class CustomerWireTest extends WireTest {
  private static final String EMAIL = "jane.1795936667@example.com";
  private static final String CUSTOMER = "cus_01M8K2NHN3CQH1FXFSZPBZC78Q";
  private static final String LOGIN = "{\"email\":\"" + EMAIL + "\",\"password\":\"secret-Pa55\"}";

  @Test
  void authenticatePostsCredentialsAndDecodesCustomer() throws Exception {
    captured("16-");
    Customer customer = ok(api(AuthApi.class)
        .authenticate(new StorePostAuthReq().email(EMAIL).password("secret-Pa55"))).getCustomer();

    RecordedRequest request = taken();
    assertLine("POST /store/auth", request);
    assertJsonBody(LOGIN, request);
    assertEquals(CUSTOMER, customer.getId());
    assertTrue(customer.getHasAccount());
  }

  @Test
  void getTokenPostsCredentialsAndDecodesAccessToken() throws Exception {
    captured("18-");
    String token = ok(api(AuthApi.class)
        .getToken(new StorePostAuthReq().email(EMAIL).password("secret-Pa55"))).getAccessToken();

    RecordedRequest request = taken();
    assertLine("POST /store/auth/token", request);
    assertJsonBody(LOGIN, request);
    assertTrue(token.startsWith("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."), token);
  }

  @Test
  void existsPutsEmailInPath() throws Exception {
    captured("15-");
    Boolean exists = ok(api(AuthApi.class).exists(EMAIL)).getExists();

    assertLine("GET /store/auth/" + EMAIL, taken());
    assertTrue(exists);
  }

  @Test
  void getSessionDecodesCustomer() throws Exception {
    captured("17-");
    Customer customer = ok(api(AuthApi.class).getSession()).getCustomer();

    assertLine("GET /store/auth", taken());
    assertEquals(EMAIL, customer.getEmail());
  }

  @Test
  void deleteSessionAcceptsPlainTextOk() throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain; charset=utf-8").setBody("OK"));
    Response<Void> response = okResponse(api(AuthApi.class).deleteSession());

    assertLine("DELETE /store/auth", taken());
    assertNull(response.body());
  }

  @Test
  void createPostsRegistration() throws Exception {
    captured("14-");
    Customer customer = ok(api(CustomersApi.class).create(new StorePostCustomersReq().firstName("Jane")
        .lastName("Doe").email(EMAIL).password("secret-Pa55").phone("+1 555 0100"))).getCustomer();

    RecordedRequest request = taken();
    assertLine("POST /store/customers", request);
    assertJsonBody("{\"first_name\":\"Jane\",\"last_name\":\"Doe\",\"email\":\"" + EMAIL
        + "\",\"password\":\"secret-Pa55\",\"phone\":\"+1 555 0100\"}", request);
    assertEquals(CUSTOMER, customer.getId());
    assertEquals("Doe", customer.getLastName());
  }

  @Test
  void retrieveGetsSignedInCustomer() throws Exception {
    captured("19-");
    Customer customer = ok(api(CustomersApi.class).retrieve()).getCustomer();

    assertLine("GET /store/customers/me", taken());
    assertEquals(CUSTOMER, customer.getId());
    assertEquals("+1 555 0100", customer.getPhone());
  }

  @Test
  void listOrdersSendsPagingInSpecOrder() throws Exception {
    captured("30-");
    StoreCustomersListOrdersRes res = ok(api(CustomersApi.class).listOrders(null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        10, 0, null, null));

    assertLine("GET /store/customers/me/orders?limit=10&offset=0", taken());
    assertEquals(1, res.getCount());
    assertEquals("order_01M8K2NJWF5PPBT49C12FCNKMC", res.getOrders().get(0).getId());
    assertEquals(5200, res.getOrders().get(0).getTotal());
  }

  @Test
  void listOrdersSendsStatusArrayAndCanceledRange() throws Exception {
    captured("30-");
    ok(api(CustomersApi.class).listOrders(null, null, List.of("pending", "completed"), null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        OffsetDateTime.parse("2024-01-01T00:00:00Z"), null, null, null, null, null, null));

    assertEquals("status[]=pending&status[]=completed&canceled_at[gt]=2024-01-01T00:00:00Z",
        decodedQuery(taken()));
  }

  @Test
  void updatePostsOnlyChangedFields() throws Exception {
    captured("19-");
    ok(api(CustomersApi.class).update(new StorePostCustomersCustomerReq().firstName("Janet").phone("+1 555 0199")));

    RecordedRequest request = taken();
    assertLine("POST /store/customers/me", request);
    assertJsonBody("{\"first_name\":\"Janet\",\"phone\":\"+1 555 0199\"}", request);
  }

  @Test
  void addAddressWrapsAddressObject() throws Exception {
    captured("19-");
    ok(api(CustomersApi.class).addAddress(new StorePostCustomersCustomerAddressesReq().address(
        new AddressCreatePayload().firstName("Jane").lastName("Doe").address1("1 Main Street")
            .city("Springfield").countryCode("us").postalCode("62701"))));

    RecordedRequest request = taken();
    assertLine("POST /store/customers/me/addresses", request);
    assertJsonBody("{\"address\":{\"first_name\":\"Jane\",\"last_name\":\"Doe\",\"address_1\":\"1 Main Street\","
        + "\"city\":\"Springfield\",\"country_code\":\"us\",\"postal_code\":\"62701\"}}", request);
  }

  @Test
  void updateAddressPostsBareAddressFields() throws Exception {
    captured("19-");
    ok(api(CustomersApi.class).updateAddress("addr_01HXYZ", new AddressPayload().city("Chicago")));

    RecordedRequest request = taken();
    assertLine("POST /store/customers/me/addresses/addr_01HXYZ", request);
    assertJsonBody("{\"city\":\"Chicago\"}", request);
  }

  @Test
  void deleteAddressUsesAddressIdInPath() throws Exception {
    captured("19-");
    Customer customer = ok(api(CustomersApi.class).deleteAddress("addr_01HXYZ")).getCustomer();

    assertLine("DELETE /store/customers/me/addresses/addr_01HXYZ", taken());
    assertEquals(CUSTOMER, customer.getId());
  }

  @Test
  void listPaymentMethodsDecodesProviders() throws Exception {
    json("{\"payment_methods\":[{\"provider_id\":\"stripe\","
        + "\"data\":{\"id\":\"pm_1\",\"card\":{\"last4\":\"4242\"}}}]}");
    StoreCustomersListPaymentMethodsRes res = ok(api(CustomersApi.class).listPaymentMethods());

    assertLine("GET /store/customers/me/payment-methods", taken());
    assertEquals("stripe", res.getPaymentMethods().get(0).getProviderId());
  }

  @Test
  void generatePasswordTokenPostsEmailAndAcceptsNoContent() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));
    Response<Void> response = okResponse(api(CustomersApi.class)
        .generatePasswordToken(new StorePostCustomersCustomerPasswordTokenReq().email(EMAIL)));

    RecordedRequest request = taken();
    assertLine("POST /store/customers/password-token", request);
    assertJsonBody("{\"email\":\"" + EMAIL + "\"}", request);
    assertEquals(204, response.code());
  }

  @Test
  void resetPasswordPostsTokenAndNewPassword() throws Exception {
    captured("14-");
    Customer customer = ok(api(CustomersApi.class).resetPassword(new StorePostCustomersResetPasswordReq()
        .email(EMAIL).password("new-Pa55word").token("tok_abc"))).getCustomer();

    RecordedRequest request = taken();
    assertLine("POST /store/customers/password-reset", request);
    assertJsonBody("{\"email\":\"" + EMAIL + "\",\"password\":\"new-Pa55word\",\"token\":\"tok_abc\"}", request);
    assertEquals(CUSTOMER, customer.getId());
  }
}

package io.medusajava.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.MedusaResponse;
import io.medusajava.Page;
import io.medusajava.model.AddressAddParams;
import io.medusajava.model.AddressCreateParams;
import io.medusajava.model.AddressUpdateParams;
import io.medusajava.model.Customer;
import io.medusajava.model.CustomerCreateParams;
import io.medusajava.model.CustomerOrderListParams;
import io.medusajava.model.CustomerUpdateParams;
import io.medusajava.model.Order;
import io.medusajava.model.OrderStatus;
import io.medusajava.model.PasswordResetParams;
import io.medusajava.model.PasswordTokenParams;
import io.medusajava.model.SavedPaymentMethod;
import io.medusajava.query.DateRange;
import java.time.OffsetDateTime;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The auth and customers resources on the wire, replaying the captured sign-up and sign-in of a
 * customer.
 */
class CustomerWireTest extends WireTest {
  private static final String EMAIL = "jane.1795936667@example.com";
  private static final String CUSTOMER = "cus_01M8K2NHN3CQH1FXFSZPBZC78Q";
  private static final String LOGIN = "{\"email\":\"" + EMAIL + "\",\"password\":\"secret-Pa55\"}";

  @Test
  void authenticatePostsCredentialsAndDecodesCustomer() throws Exception {
    captured("16-");
    Customer customer = store.auth().login(EMAIL, "secret-Pa55").execute();

    RecordedRequest request = taken();
    assertLine("POST /store/auth", request);
    assertJsonBody(LOGIN, request);
    assertEquals(CUSTOMER, customer.getId());
    assertTrue(customer.getHasAccount());
  }

  @Test
  void getTokenPostsCredentialsAndDecodesAccessToken() throws Exception {
    captured("18-");
    String token = store.auth().loginWithToken(EMAIL, "secret-Pa55").execute();

    RecordedRequest request = taken();
    assertLine("POST /store/auth/token", request);
    assertJsonBody(LOGIN, request);
    assertTrue(token.startsWith("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."), token);
  }

  @Test
  void existsPutsEmailInPath() throws Exception {
    captured("15-");
    boolean exists = store.auth().exists(EMAIL).execute();

    assertLine("GET /store/auth/" + EMAIL, taken());
    assertTrue(exists);
  }

  @Test
  void getSessionDecodesCustomer() throws Exception {
    captured("17-");
    Customer customer = store.auth().session().execute();

    assertLine("GET /store/auth", taken());
    assertEquals(EMAIL, customer.getEmail());
  }

  @Test
  void logoutAcceptsPlainTextOk() throws Exception {
    server.enqueue(
        capturedResponse("16-").setHeader("Set-Cookie", "connect.sid=s%3Aabc; Path=/; HttpOnly"));
    server.enqueue(
        new MockResponse().setHeader("Content-Type", "text/plain; charset=utf-8").setBody("OK"));
    store.auth().login(EMAIL, "secret-Pa55").execute();
    taken();
    MedusaResponse<Void> response = store.auth().logout().executeRaw();

    RecordedRequest request = taken();
    assertLine("DELETE /store/auth", request);
    assertEquals("connect.sid=s%3Aabc", request.getHeader("Cookie"));
    assertNull(response.body());
  }

  @Test
  void createPostsRegistration() throws Exception {
    captured("14-");
    Customer customer =
        store
            .customers()
            .create(
                CustomerCreateParams.builder()
                    .firstName("Jane")
                    .lastName("Doe")
                    .email(EMAIL)
                    .password("secret-Pa55")
                    .phone("+1 555 0100")
                    .build())
            .execute();

    RecordedRequest request = taken();
    assertLine("POST /store/customers", request);
    assertJsonBody(
        "{\"first_name\":\"Jane\",\"last_name\":\"Doe\",\"email\":\""
            + EMAIL
            + "\",\"password\":\"secret-Pa55\",\"phone\":\"+1 555 0100\"}",
        request);
    assertEquals(CUSTOMER, customer.getId());
    assertEquals("Doe", customer.getLastName());
  }

  @Test
  void retrieveGetsSignedInCustomer() throws Exception {
    captured("19-");
    Customer customer = store.customers().retrieve().execute();

    assertLine("GET /store/customers/me", taken());
    assertEquals(CUSTOMER, customer.getId());
    assertEquals("+1 555 0100", customer.getPhone());
  }

  @Test
  void listOrdersSendsPagingInSpecOrder() throws Exception {
    captured("30-");
    Page<Order> res =
        store
            .customers()
            .listOrders(CustomerOrderListParams.builder().limit(10).offset(0).build())
            .execute();

    assertLine("GET /store/customers/me/orders?limit=10&offset=0", taken());
    assertEquals(1, res.count());
    assertEquals("order_01M8K2NJWF5PPBT49C12FCNKMC", res.items().get(0).getId());
    assertEquals(5200, res.items().get(0).getTotal());
  }

  @Test
  void listOrdersSendsStatusArrayAndCanceledRange() throws Exception {
    captured("30-");
    store
        .customers()
        .listOrders(
            CustomerOrderListParams.builder()
                .statuses(OrderStatus.PENDING, OrderStatus.COMPLETED)
                .canceledAt(DateRange.after(OffsetDateTime.parse("2024-01-01T00:00:00Z")))
                .build())
        .execute();

    assertEquals(
        "status[]=pending&status[]=completed&canceled_at[gt]=2024-01-01T00:00:00Z",
        decodedQuery(taken()));
  }

  @Test
  void updatePostsOnlyChangedFields() throws Exception {
    captured("19-");
    store
        .customers()
        .update(CustomerUpdateParams.builder().firstName("Janet").phone("+1 555 0199").build())
        .execute();

    RecordedRequest request = taken();
    assertLine("POST /store/customers/me", request);
    assertJsonBody("{\"first_name\":\"Janet\",\"phone\":\"+1 555 0199\"}", request);
  }

  @Test
  void addAddressWrapsAddressObject() throws Exception {
    captured("19-");
    store
        .customers()
        .addAddress(
            AddressAddParams.builder()
                .address(
                    AddressCreateParams.builder()
                        .firstName("Jane")
                        .lastName("Doe")
                        .address1("1 Main Street")
                        .city("Springfield")
                        .countryCode("us")
                        .postalCode("62701")
                        .build())
                .build())
        .execute();

    RecordedRequest request = taken();
    assertLine("POST /store/customers/me/addresses", request);
    assertJsonBody(
        "{\"address\":{\"first_name\":\"Jane\",\"last_name\":\"Doe\",\"address_1\":\"1 Main Street\","
            + "\"city\":\"Springfield\",\"country_code\":\"us\",\"postal_code\":\"62701\"}}",
        request);
  }

  @Test
  void updateAddressPostsBareAddressFields() throws Exception {
    captured("19-");
    store
        .customers()
        .updateAddress("addr_01HXYZ", AddressUpdateParams.builder().city("Chicago").build())
        .execute();

    RecordedRequest request = taken();
    assertLine("POST /store/customers/me/addresses/addr_01HXYZ", request);
    assertJsonBody("{\"city\":\"Chicago\"}", request);
  }

  @Test
  void deleteAddressUsesAddressIdInPath() throws Exception {
    captured("19-");
    Customer customer = store.customers().deleteAddress("addr_01HXYZ").execute();

    assertLine("DELETE /store/customers/me/addresses/addr_01HXYZ", taken());
    assertEquals(CUSTOMER, customer.getId());
  }

  @Test
  void listPaymentMethodsDecodesProviders() throws Exception {
    json(
        "{\"payment_methods\":[{\"provider_id\":\"stripe\","
            + "\"data\":{\"id\":\"pm_1\",\"card\":{\"last4\":\"4242\"}}}]}");
    List<SavedPaymentMethod> methods = store.customers().listPaymentMethods().execute();

    assertLine("GET /store/customers/me/payment-methods", taken());
    assertEquals("stripe", methods.get(0).getProviderId());
  }

  @Test
  void generatePasswordTokenPostsEmailAndAcceptsNoContent() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));
    MedusaResponse<Void> response =
        store
            .customers()
            .generatePasswordToken(PasswordTokenParams.builder().email(EMAIL).build())
            .executeRaw();

    RecordedRequest request = taken();
    assertLine("POST /store/customers/password-token", request);
    assertJsonBody("{\"email\":\"" + EMAIL + "\"}", request);
    assertEquals(204, response.statusCode());
  }

  @Test
  void resetPasswordPostsTokenAndNewPassword() throws Exception {
    captured("14-");
    Customer customer =
        store
            .customers()
            .resetPassword(
                PasswordResetParams.builder()
                    .email(EMAIL)
                    .password("new-Pa55word")
                    .token("tok_abc")
                    .build())
            .execute();

    RecordedRequest request = taken();
    assertLine("POST /store/customers/password-reset", request);
    assertJsonBody(
        "{\"email\":\"" + EMAIL + "\",\"password\":\"new-Pa55word\",\"token\":\"tok_abc\"}",
        request);
    assertEquals(CUSTOMER, customer.getId());
  }
}

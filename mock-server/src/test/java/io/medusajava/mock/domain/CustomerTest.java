package io.medusajava.mock.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medusajava.mock.domain.cart.CartUpdate;
import io.medusajava.mock.domain.model.Address;
import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.domain.model.Customer;
import org.junit.jupiter.api.Test;

/** Registration, login checks and the address book. */
class CustomerTest {
  private final StoreState state = new StoreState();

  @Test
  void registerThenAuthenticate() {
    Customer c = state.customers().register("new@example.com", "pw-1", "New", "Person", null);
    assertTrue(c.id.matches("cus_[0-9A-Z]{26}"));
    assertTrue(state.customers().emailHasAccount("new@example.com"));
    assertSame(c, state.customers().authenticate("new@example.com", "pw-1"));
  }

  @Test
  void duplicateRegistrationIs422LikeTranscript54() {
    MedusaError e =
        assertThrows(
            MedusaError.class,
            () -> state.customers().register("alex.rivera@example.com", "x", "A", "R", null));
    assertEquals(422, e.status());
    assertEquals("duplicate_error", e.type());
    assertEquals("invalid_request_error", e.code());
  }

  @Test
  void wrongPasswordOrUnknownEmailIs401() {
    assertEquals(
        401,
        assertThrows(
                MedusaError.class,
                () -> state.customers().authenticate("alex.rivera@example.com", "wrong"))
            .status());
    assertEquals(
        401,
        assertThrows(
                MedusaError.class, () -> state.customers().authenticate("nobody@example.com", "x"))
            .status());
    state.customers().authenticate("alex.rivera@example.com", "mock-password-1");
  }

  @Test
  void cartEmailMakesAGuestWhoMayRegisterLater() {
    Cart cart = state.carts().create(null, null, null);
    CartUpdate u = new CartUpdate();
    u.email = "guest@example.com";
    state.carts().update(cart.id, u);
    assertFalse(state.customers().emailHasAccount("guest@example.com"));
    Customer registered = state.customers().register("guest@example.com", "pw", "G", "Uest", null);
    assertEquals(cart.customerId, registered.id);
  }

  @Test
  void addressBook() {
    Customer c = state.customers().customerByEmail("alex.rivera@example.com");
    Address a = new Address();
    a.city = "Berlin";
    a.countryCode = "de";
    state.customers().addAddress(c.id, a);
    assertEquals(2, c.addresses.size());
    String id = c.addresses.get(1).id;
    assertEquals(c.id, c.addresses.get(1).customerId);
    Address change = new Address();
    change.city = "Hamburg";
    state.customers().updateAddress(c.id, id, change);
    assertEquals("Hamburg", c.addresses.get(1).city);
    assertEquals("de", c.addresses.get(1).countryCode);
    state.customers().deleteAddress(c.id, id);
    assertEquals(1, c.addresses.size());
    // Medusa deletes an address the customer does not have without complaint, but refuses to update
    // one.
    assertEquals(1, state.customers().deleteAddress(c.id, id).addresses.size());
    assertEquals(
        400,
        assertThrows(MedusaError.class, () -> state.customers().updateAddress(c.id, id, change))
            .status());
  }
}

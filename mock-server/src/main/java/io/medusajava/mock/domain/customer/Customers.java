package io.medusajava.mock.domain.customer;

import static io.medusajava.mock.domain.StoreContext.require;

import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.StoreContext;
import io.medusajava.mock.domain.model.Address;
import io.medusajava.mock.domain.model.Customer;
import io.medusajava.mock.domain.seed.Seed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Customers: registration, login, profile and address book, and the guest customers Medusa creates
 * for a cart e-mail. E-mails match case-insensitively. It depends on nothing else in the store.
 */
public final class Customers {
  private final StoreContext ctx;
  private final Map<String, Customer> customers = new LinkedHashMap<>();

  public Customers(StoreContext ctx) {
    this.ctx = ctx;
  }

  public void load(Seed seed) {
    synchronized (ctx.lock()) {
      customers.clear();
      seed.customers.forEach(c -> customers.put(c.id, c));
    }
  }

  public Customer customer(String id) {
    synchronized (ctx.lock()) {
      return require(customers.get(id), "Customer with id: " + id + " was not found");
    }
  }

  /** The customer, or null (an order of a guest that was never stored, a seed naming nobody). */
  public Customer customerOrNull(String id) {
    synchronized (ctx.lock()) {
      return id == null ? null : customers.get(id);
    }
  }

  /**
   * The customer with this e-mail, or {@code null}. An e-mail can have a registered customer and a
   * guest one (carts given that e-mail make the guest); the registered one wins.
   */
  public Customer customerByEmail(String email) {
    synchronized (ctx.lock()) {
      Customer guest = null;
      for (Customer c : customers.values()) {
        if (c.email.equalsIgnoreCase(email)) {
          if (c.hasAccount) {
            return c;
          }
          guest = guest == null ? c : guest;
        }
      }
      return guest;
    }
  }

  /** Every customer, in the order they were made. */
  public List<Customer> all() {
    synchronized (ctx.lock()) {
      return List.copyOf(customers.values());
    }
  }

  /**
   * The customer without an account that Medusa attaches a cart to when the cart is given an
   * e-mail, made if there is none yet. A registered customer with that e-mail is never used: only
   * logging in attaches a cart to an account.
   */
  public Customer guestFor(String email) {
    synchronized (ctx.lock()) {
      Customer c =
          customers.values().stream()
              .filter(x -> !x.hasAccount && x.email.equalsIgnoreCase(email))
              .findFirst()
              .orElse(null);
      if (c != null) {
        return c;
      }
      String now = ctx.now();
      c = new Customer();
      c.id = ctx.nextId("cus");
      c.email = email.toLowerCase();
      c.hasAccount = false;
      c.createdAt = now;
      c.updatedAt = now;
      customers.put(c.id, c);
      ctx.events().customerCreated(c);
      return c;
    }
  }

  /**
   * Registers a customer (POST /store/customers). A guest customer made by a cart e-mail is
   * upgraded; an e-mail that already has an account is a 422 duplicate_error (transcript 54).
   */
  public Customer register(
      String email, String password, String firstName, String lastName, String phone) {
    synchronized (ctx.lock()) {
      Customer c = customerByEmail(email);
      if (c != null && c.hasAccount) {
        throw new MedusaError(
            422,
            "duplicate_error",
            "A customer with the given email already has an account. Log in instead",
            "invalid_request_error");
      }
      String now = ctx.now();
      if (c == null) {
        c = new Customer();
        c.id = ctx.nextId("cus");
        c.email = email;
        c.createdAt = now;
        customers.put(c.id, c);
      }
      c.password = password;
      c.firstName = firstName;
      c.lastName = lastName;
      c.phone = phone;
      c.hasAccount = true;
      c.updatedAt = now;
      ctx.events().customerCreated(c);
      return c;
    }
  }

  /** GET /store/auth/{email}: true only for customers with an account. */
  public boolean emailHasAccount(String email) {
    synchronized (ctx.lock()) {
      Customer c = customerByEmail(email);
      return c != null && c.hasAccount;
    }
  }

  /**
   * Checks a login. Medusa answers a wrong password or unknown e-mail with a bare 401
   * "Unauthorized" (transcripts 55-57); the HTTP layer prints it as text/plain.
   */
  public Customer authenticate(String email, String password) {
    synchronized (ctx.lock()) {
      Customer c = customerByEmail(email);
      if (c == null || !c.hasAccount || !Objects.equals(c.password, password)) {
        throw new MedusaError(401, "unauthorized", "Unauthorized", null);
      }
      return c;
    }
  }

  /** POST /store/customers/me: the non-null fields replace the stored ones. */
  public Customer update(
      String customerId,
      String firstName,
      String lastName,
      String phone,
      String email,
      String password) {
    return update(customerId, firstName, lastName, phone, email, password, null, null);
  }

  /**
   * As above, also with {@code metadata} (merged into the stored keys, as Medusa's setMetadata
   * does) and a {@code billingAddress}, which is stored as a new address row not in the address
   * book.
   */
  public Customer update(
      String customerId,
      String firstName,
      String lastName,
      String phone,
      String email,
      String password,
      Map<String, Object> metadata,
      Address billingAddress) {
    synchronized (ctx.lock()) {
      Customer c = customer(customerId);
      String now = ctx.now();
      c.firstName = firstName != null ? firstName : c.firstName;
      c.lastName = lastName != null ? lastName : c.lastName;
      c.phone = phone != null ? phone : c.phone;
      c.email = email != null ? email : c.email;
      c.password = password != null ? password : c.password;
      if (metadata != null) {
        Map<String, Object> merged =
            c.metadata == null ? new LinkedHashMap<>() : new LinkedHashMap<>(c.metadata);
        merged.putAll(metadata);
        c.metadata = merged;
      }
      if (billingAddress != null) {
        c.billingAddress = billingAddress.copyAs(ctx.nextId("addr"), now);
      }
      c.updatedAt = now;
      ctx.events().customerUpdated(c);
      return c;
    }
  }

  /** Adds a shipping address to the customer's address book. */
  public Customer addAddress(String customerId, Address address) {
    synchronized (ctx.lock()) {
      Customer c = customer(customerId);
      Address a = address.copyAs(ctx.nextId("addr"), ctx.now());
      a.customerId = c.id;
      c.addresses.add(a);
      return c;
    }
  }

  /**
   * POST /store/customers/me/addresses/{id}: the non-null fields of {@code changes} replace the
   * stored ones.
   */
  public Customer updateAddress(String customerId, String addressId, Address changes) {
    synchronized (ctx.lock()) {
      Customer c = customer(customerId);
      Address a =
          c.addresses.stream()
              .filter(x -> x.id.equals(addressId))
              .findFirst()
              .orElseThrow(() -> MedusaError.invalidData("Could not find address for customer"));
      a.company = changes.company != null ? changes.company : a.company;
      a.firstName = changes.firstName != null ? changes.firstName : a.firstName;
      a.lastName = changes.lastName != null ? changes.lastName : a.lastName;
      a.address1 = changes.address1 != null ? changes.address1 : a.address1;
      a.address2 = changes.address2 != null ? changes.address2 : a.address2;
      a.city = changes.city != null ? changes.city : a.city;
      a.countryCode = changes.countryCode != null ? changes.countryCode : a.countryCode;
      a.province = changes.province != null ? changes.province : a.province;
      a.postalCode = changes.postalCode != null ? changes.postalCode : a.postalCode;
      a.phone = changes.phone != null ? changes.phone : a.phone;
      a.updatedAt = ctx.now();
      return c;
    }
  }

  /**
   * Removes an address from the book; an id the customer does not own changes nothing, as in
   * Medusa.
   */
  public Customer deleteAddress(String customerId, String addressId) {
    synchronized (ctx.lock()) {
      Customer c = customer(customerId);
      c.addresses.removeIf(a -> a.id.equals(addressId));
      return c;
    }
  }
}

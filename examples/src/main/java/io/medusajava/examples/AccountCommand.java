package io.medusajava.examples;

import io.medusajava.MedusaStore;
import io.medusajava.auth.AuthMode;
import io.medusajava.model.Address;
import io.medusajava.model.Customer;
import io.medusajava.model.CustomerCreateParams;
import io.medusajava.model.CustomerOrderListParams;
import io.medusajava.model.Order;
import java.io.PrintStream;
import java.util.List;
import java.util.UUID;

/**
 * A customer's account: register or log in, then show the profile, the saved addresses and the
 * orders.
 *
 * <pre>
 * medusa-examples account --base-url http://localhost:9000 --register
 * medusa-examples account --base-url http://localhost:9000 --email ada@example.com --password secret --jwt
 * </pre>
 */
public final class AccountCommand implements Command {
  private static final String REGISTER = "--register";
  private static final String EMAIL = "--email";
  private static final String PASSWORD = "--password";
  private static final String JWT = "--jwt";

  @Override
  public String name() {
    return "account";
  }

  @Override
  public String summary() {
    return "Register or log in, then show the customer's profile, addresses and orders.";
  }

  @Override
  public void declareOptions(Options options) {
    options
        .flag(
            REGISTER,
            "create a new customer first (with a generated email unless --email is given)")
        .value(EMAIL, "EMAIL", "the customer's email")
        .value(
            PASSWORD,
            "PASSWORD",
            "the customer's password (generated and printed when registering without one)")
        .flag(JWT, "log in with a JWT (Authorization: Bearer) instead of a cookie session");
  }

  @Override
  public int run(ParsedArgs args, Backend backend, PrintStream out, PrintStream err) {
    boolean register = args.has(REGISTER);
    if (!register && (args.get(EMAIL).isEmpty() || args.get(PASSWORD).isEmpty())) {
      throw new UsageException("give --email and --password to log in, or --register");
    }
    String email =
        args.get(EMAIL).orElseGet(() -> "example-" + UUID.randomUUID() + "@medusa-java.test");
    String password = args.get(PASSWORD).orElseGet(() -> UUID.randomUUID().toString());
    AuthMode mode = args.has(JWT) ? AuthMode.JWT : AuthMode.COOKIE_SESSION;

    try (MedusaStore store = backend.connect(mode)) {
      if (register) {
        store
            .customers()
            .create(
                CustomerCreateParams.builder()
                    .firstName("Ada")
                    .lastName("Example")
                    .email(email)
                    .password(password)
                    .build())
            .execute();
        out.println(
            "Registered " + email + (args.has(PASSWORD) ? "" : " with password " + password));
      }
      // login(...) follows the client's AuthMode: a connect.sid cookie, or a JWT kept in memory.
      store.auth().login(email, password).execute();
      out.println("Logged in with " + (mode == AuthMode.JWT ? "a JWT" : "a cookie session"));

      Customer me = store.customers().retrieve().execute();
      out.print(profile(me));
      printOrders(store, out);
      return Cli.OK;
    }
  }

  private static String profile(Customer me) {
    StringBuilder s = new StringBuilder();
    s.append("\nCustomer ").append(me.getId()).append('\n');
    s.append("  name:  ")
        .append(nullToDash(me.getFirstName()))
        .append(' ')
        .append(nullToDash(me.getLastName()))
        .append('\n');
    s.append("  email: ").append(me.getEmail()).append('\n');
    List<Address> addresses = me.getShippingAddresses();
    s.append("\nSaved addresses: ").append(addresses.size()).append('\n');
    for (Address a : addresses) {
      s.append("  ")
          .append(nullToDash(a.getAddress1()))
          .append(", ")
          .append(nullToDash(a.getPostalCode()))
          .append(' ')
          .append(nullToDash(a.getCity()))
          .append(", ")
          .append(nullToDash(a.getCountryCode()).toUpperCase(java.util.Locale.ROOT))
          .append('\n');
    }
    return s.toString();
  }

  private static void printOrders(MedusaStore store, PrintStream out) {
    out.println("\nOrders:");
    int count = 0;
    // listAllOrders fetches page after page as the loop asks for more.
    for (Order order :
        store.customers().listAllOrders(CustomerOrderListParams.builder().limit(20).build())) {
      out.printf(
          "  #%-5d %s  %s  %-10s %12s%n",
          order.getDisplayId(),
          order.getId(),
          order.getCreatedAt().toLocalDate(),
          order.getStatus(),
          Money.format(order.getTotal(), order.getCurrencyCode()));
      count++;
    }
    out.println(count == 0 ? "  (none yet)" : "  " + count + " in all");
  }

  private static String nullToDash(String s) {
    return s == null ? "-" : s;
  }
}

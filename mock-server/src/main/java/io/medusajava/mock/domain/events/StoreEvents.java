package io.medusajava.mock.domain.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.medusajava.mock.domain.MockClock;
import io.medusajava.mock.domain.json.CommonViews;
import io.medusajava.mock.domain.json.Json;
import io.medusajava.mock.domain.json.PaymentCollectionViews;
import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.domain.model.Customer;
import io.medusajava.mock.domain.model.LineItem;
import io.medusajava.mock.domain.model.Order;
import io.medusajava.mock.domain.model.OrderEdit;
import io.medusajava.mock.domain.model.Payment;
import io.medusajava.mock.domain.model.PaymentCollection;
import io.medusajava.mock.domain.model.Swap;
import io.medusajava.mock.domain.model.Variant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one sink through which the store's parts announce what they did, with the names and data real
 * Medusa 1.20.11 dispatches for the same Store operation (measured on its {@code events.jsonl}).
 * Each operation calls it once per event, after its changes are made, so a failed operation
 * announces nothing (real stages events in the operation's transaction). Secrets real puts into
 * events (the customer row's {@code password_hash}) are left out. Callers hold the store lock,
 * which keeps the events of one operation together and in order.
 */
public final class StoreEvents {
  /**
   * The columns of real's cart row, which every whole-cart event carries whatever relations it
   * adds.
   */
  private static final List<String> CART_COLUMNS =
      List.of(
          "billing_address_id",
          "completed_at",
          "context",
          "created_at",
          "customer_id",
          "deleted_at",
          "email",
          "id",
          "idempotency_key",
          "metadata",
          "object",
          "payment_authorized_at",
          "payment_id",
          "region_id",
          "sales_channel_id",
          "shipping_address_id",
          "type",
          "updated_at");

  private final EventOutbox outbox;
  private final MockClock clock;
  private Function<Cart, ObjectNode> cartView = c -> Json.object();
  private boolean muted;

  public StoreEvents(EventOutbox outbox, MockClock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  public EventOutbox outbox() {
    return outbox;
  }

  /**
   * How to render a cart with its relations (the store's cart view); whole-cart events pick keys
   * from it.
   */
  public void renderCartsWith(Function<Cart, ObjectNode> view) {
    this.cartView = view;
  }

  /**
   * Runs {@code work} without announcing anything: loading the seed replays orders through the cart
   * flow.
   */
  public void muted(Runnable work) {
    boolean was = muted;
    muted = true;
    try {
      work.run();
    } finally {
      muted = was;
    }
  }

  private void emit(String name, JsonNode data) {
    if (!muted) {
      outbox.add(name, Json.toJson(data), clock.now());
    }
  }

  private static ObjectNode id(String id) {
    ObjectNode n = Json.object();
    n.put("id", id);
    return n;
  }

  // ---- carts
  // -----------------------------------------------------------------------------------------------

  public void cartCreated(Cart cart) {
    emit("cart.created", id(cart.id));
  }

  /**
   * {@code cart.updated} with only the id, as line items added or removed and payment sessions
   * announce it.
   */
  public void cartUpdated(Cart cart) {
    emit("cart.updated", id(cart.id));
  }

  /** {@code cart.updated} with the cart's row and the given relations. */
  public void cartUpdated(Cart cart, CartRelations relations) {
    ObjectNode view = cartView.apply(cart);
    ObjectNode n = Json.object();
    for (String key : CART_COLUMNS) {
      n.set(key, view.has(key) ? view.get(key) : NullNode.getInstance());
    }
    for (String key : relations.keys) {
      n.set(key, view.has(key) ? view.get(key) : NullNode.getInstance());
    }
    emit("cart.updated", n);
  }

  /**
   * POST /store/carts/{id}: {@code cart.customer_updated} first when the cart changed hands (a new
   * e-mail, a logged-in customer), then the whole cart.
   */
  public void cartUpdated(Cart cart, String customerBefore, CartRelations relations) {
    if (!Objects.equals(customerBefore, cart.customerId)) {
      cartCustomerUpdated(cart);
    }
    cartUpdated(cart, relations);
  }

  /** The cart now belongs to another customer; real sends the bare cart id as the data. */
  public void cartCustomerUpdated(Cart cart) {
    emit("cart.customer_updated", TextNode.valueOf(cart.id));
  }

  // ---- customers
  // -----------------------------------------------------------------------------------------

  public void customerCreated(Customer c) {
    emit("customer.created", customerRow(c));
  }

  public void customerUpdated(Customer c) {
    emit("customer.updated", customerRow(c));
  }

  /** Real's customer row, without password_hash. */
  private static ObjectNode customerRow(Customer c) {
    return CommonViews.customer(c);
  }

  /** The token a notification plugin would mail for "forgot password". */
  public void passwordReset(Customer c, String token) {
    ObjectNode n = id(c.id);
    n.put("email", c.email);
    n.put("first_name", c.firstName);
    n.put("last_name", c.lastName);
    n.put("token", token);
    emit("customer.password_reset", n);
  }

  /** The token a notification plugin would mail to {@code oldEmail} for claiming guest orders. */
  public void orderUpdateTokenCreated(
      String newCustomerId, String oldEmail, List<String> orderIds, String token) {
    ObjectNode n = Json.object();
    n.put("new_customer_id", newCustomerId);
    n.put("old_email", oldEmail);
    ArrayNode orders = n.putArray("orders");
    orderIds.forEach(orders::add);
    n.put("token", token);
    emit("order-update-token.created", n);
  }

  // ---- orders and payments
  // -------------------------------------------------------------------------------

  /**
   * Everything completing a cart announces, as real does: the cart with its payment being
   * authorized, each stocked variant's inventory, the payment, the order, and the completed cart.
   */
  public void cartCompleted(Cart cart, Order order, Function<String, Variant> variants) {
    cartUpdated(cart, CartRelations.PAYMENT_AUTHORIZED);
    for (LineItem item : cart.items) {
      Variant v = variants.apply(item.variantId);
      if (v.manageInventory) {
        variantInventoryUpdated(v.id, v.productId);
      }
    }
    order.payments.forEach(this::paymentUpdated);
    orderPlaced(order);
    cartUpdated(cart, CartRelations.COMPLETED);
  }

  public void orderPlaced(Order order) {
    emit("order.placed", id(order.id).putNull("no_notification"));
  }

  public void orderUpdated(Order order) {
    emit("order.updated", id(order.id).putNull("no_notification"));
  }

  /** A sale changed a variant's stock. */
  public void variantInventoryUpdated(String variantId, String productId) {
    ObjectNode n = id(variantId);
    n.putArray("fields").add("inventory_quantity");
    n.put("product_id", productId);
    emit("product-variant.updated", n);
  }

  public void paymentUpdated(Payment payment) {
    emit("payment.updated", CommonViews.payment(payment));
  }

  public void returnRequested(String orderId, String returnId) {
    emit("order.return_requested", id(orderId).put("return_id", returnId));
  }

  public void swapCreated(Swap swap) {
    emit("swap.created", id(swap.id).put("no_notification", swap.noNotification));
  }

  /** The collection's row with its sessions and payments (no region), as real sends it. */
  public void paymentCollectionAuthorized(PaymentCollection pc) {
    emit("payment-collection.payment_authorized", PaymentCollectionViews.authorized(pc));
  }

  /** The collection's payments (now the order's) are updated, then the edit is confirmed. */
  public void orderEditConfirmed(OrderEdit edit, PaymentCollection collection) {
    if (collection != null) {
      collection.payments.forEach(this::paymentUpdated);
    }
    emit("order-edit.confirmed", id(edit.id));
  }

  public void orderEditDeclined(String orderEditId) {
    emit("order-edit.declined", id(orderEditId));
  }
}

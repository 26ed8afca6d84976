package io.medusajava.mock.domain.customer;

import static io.medusajava.mock.domain.StoreContext.require;

import io.medusajava.mock.domain.MedusaError;
import io.medusajava.mock.domain.Page;
import io.medusajava.mock.domain.StoreContext;
import io.medusajava.mock.domain.model.Order;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Placed orders and their display ids, with the ways the Store API finds them: by id, by the cart
 * they came from, by display id and e-mail, and per customer. Orders are made by the checkout,
 * which {@link #place}s them here. It depends on nothing else in the store.
 */
public final class Orders {
  private final StoreContext ctx;
  private final Map<String, Order> orders = new LinkedHashMap<>();
  private int lastDisplayId;

  public Orders(StoreContext ctx) {
    this.ctx = ctx;
  }

  /** Forgets every order; display ids start again at 1. */
  public void clear() {
    synchronized (ctx.lock()) {
      orders.clear();
      lastDisplayId = 0;
    }
  }

  /** Numbers a new order with the next display id and keeps it. */
  public void place(Order order) {
    synchronized (ctx.lock()) {
      order.displayId = ++lastDisplayId;
      orders.put(order.id, order);
    }
  }

  /** Keeps an order under a new id (seeded orders carry ids of their own). */
  public void rename(Order order, String newId) {
    synchronized (ctx.lock()) {
      orders.remove(order.id);
      order.id = newId;
      order.items.forEach(i -> i.orderId = newId);
      orders.put(newId, order);
    }
  }

  public Order order(String id) {
    synchronized (ctx.lock()) {
      return require(orders.get(id), "Order with id " + id + " was not found");
    }
  }

  /**
   * Every order, seeded and placed, in the order they were made: tests use it to prove no order was
   * doubled.
   */
  public List<Order> all() {
    synchronized (ctx.lock()) {
      return List.copyOf(orders.values());
    }
  }

  /** The order a cart became (GET /store/orders/cart/{cart_id}). */
  public Order byCart(String cartId) {
    synchronized (ctx.lock()) {
      return orders.values().stream()
          .filter(o -> cartId.equals(o.cartId))
          .findFirst()
          .orElseThrow(
              () -> MedusaError.notFound("Order with cart id " + cartId + " was not found"));
    }
  }

  /** {@code GET /store/orders?display_id=..&email=..}: both must match; null when no order does. */
  public Order lookup(long displayId, String email) {
    synchronized (ctx.lock()) {
      return orders.values().stream()
          .filter(
              o -> o.displayId == displayId && o.email != null && o.email.equalsIgnoreCase(email))
          .findFirst()
          .orElse(null);
    }
  }

  /** A customer's orders, newest first. */
  public Page<Order> ofCustomer(String customerId, int offset, int limit) {
    synchronized (ctx.lock()) {
      List<Order> mine =
          new ArrayList<>(
              orders.values().stream().filter(o -> customerId.equals(o.customerId)).toList());
      mine.sort((a, b) -> b.createdAt.compareTo(a.createdAt));
      return Page.of(mine, offset, limit);
    }
  }
}

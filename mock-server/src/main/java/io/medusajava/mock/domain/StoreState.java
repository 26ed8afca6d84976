package io.medusajava.mock.domain;

import io.medusajava.mock.domain.aftersales.OrderEdits;
import io.medusajava.mock.domain.aftersales.PaymentCollections;
import io.medusajava.mock.domain.aftersales.Returns;
import io.medusajava.mock.domain.aftersales.Swaps;
import io.medusajava.mock.domain.cart.Carts;
import io.medusajava.mock.domain.cart.Checkout;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.catalog.ProductSearch;
import io.medusajava.mock.domain.catalog.Promotions;
import io.medusajava.mock.domain.catalog.VariantCatalog;
import io.medusajava.mock.domain.customer.Customers;
import io.medusajava.mock.domain.customer.OrderClaims;
import io.medusajava.mock.domain.customer.Orders;
import io.medusajava.mock.domain.customer.PasswordResets;
import io.medusajava.mock.domain.events.EventOutbox;
import io.medusajava.mock.domain.events.StoreEvents;
import io.medusajava.mock.domain.json.CartViews;
import io.medusajava.mock.domain.json.CommonViews;
import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.domain.model.Customer;
import io.medusajava.mock.domain.model.Order;
import io.medusajava.mock.domain.seed.Seed;
import io.medusajava.mock.domain.seed.SeedOrder;
import java.util.function.Supplier;

/**
 * The whole mock store in memory, wired from its parts, lowest first: the {@link #catalog()} (with
 * {@link #promotions()}); {@link #customers()} and {@link #orders()}; {@link #carts()} and {@link
 * #checkout()}, which read the catalog and customers and place orders; and the after-sales parts
 * (returns, swaps, order edits, payment collections) on top. Each part only calls parts below it.
 * All parts share one lock, so every operation is atomic; {@link #atomically} extends that over
 * several calls. Operations announce what they did through one sink into the {@link #events()
 * outbox}, as real Medusa does on its event bus. Errors are thrown as {@link MedusaError} with the
 * type, message and status the real 1.20.11 server uses.
 */
public final class StoreState {
  private final Supplier<Seed> seedSource;
  private final StoreContext ctx;
  private final Catalog catalog;
  private final Promotions promotions;
  private final VariantCatalog variants;
  private final ProductSearch search;
  private final Customers customers;
  private final Orders orders;
  private final PasswordResets passwordResets;
  private final OrderClaims orderClaims;
  private final Carts carts;
  private final Checkout checkout;
  private final Returns returns;
  private final Swaps swaps;
  private final PaymentCollections paymentCollections;
  private final OrderEdits orderEdits;

  /** A store over the bundled seed, with ids seeded by {@code 1}. */
  public StoreState() {
    this(Seed::loadDefault, new IdGenerator(1), MockClock.system());
  }

  /** A store over any seed; {@code seedSource} is called again on every {@link #reset()}. */
  public StoreState(Supplier<Seed> seedSource, IdGenerator ids, MockClock clock) {
    this(seedSource, ids, clock, EventOutbox.DEFAULT_LIMIT);
  }

  /** As above, keeping at most {@code eventLimit} events in the {@link #events() outbox}. */
  public StoreState(Supplier<Seed> seedSource, IdGenerator ids, MockClock clock, int eventLimit) {
    this.seedSource = seedSource;
    this.ctx = new StoreContext(ids, clock, new StoreEvents(new EventOutbox(eventLimit), clock));
    this.catalog = new Catalog(ctx);
    this.promotions = new Promotions(ctx);
    this.variants = new VariantCatalog(ctx, catalog);
    this.search = new ProductSearch(catalog);
    this.customers = new Customers(ctx);
    this.orders = new Orders(ctx);
    this.passwordResets = new PasswordResets(ctx, customers);
    this.orderClaims = new OrderClaims(ctx, customers, orders);
    this.carts = new Carts(ctx, catalog, promotions, customers);
    this.checkout = new Checkout(ctx, carts, catalog, promotions, orders);
    this.returns = new Returns(ctx, catalog, orders);
    this.swaps = new Swaps(ctx, catalog, carts, orders, returns);
    this.paymentCollections = new PaymentCollections(ctx, catalog);
    this.orderEdits = new OrderEdits(ctx, paymentCollections);
    CartViews cartViews = new CartViews(catalog);
    // Whole-cart events carry the cart's relations, customer included, which the cart view does not
    // show.
    ctx.events()
        .renderCartsWith(
            cart ->
                cartViews
                    .cart(cart, carts.totals(cart))
                    .set(
                        "customer",
                        CommonViews.customer(customers.customerOrNull(cart.customerId))));
    reset();
  }

  /**
   * Drops every cart, order and customer change and reloads the seed, ids restarting too; the clock
   * goes back to real time and the event outbox is emptied (its numbering goes on).
   */
  public void reset() {
    synchronized (ctx.lock()) {
      ctx.clock().resetOffset();
      ctx.events().muted(this::loadSeed);
      ctx.events().outbox().clear();
    }
  }

  private void loadSeed() {
    ctx.resetIds();
    Seed seed = seedSource.get();
    SeedStamps.stamp(seed, ctx.now());
    catalog.load(seed);
    promotions.load(seed);
    customers.load(seed);
    orders.clear();
    carts.clear();
    paymentCollections.load(seed);
    orderEdits.load(seed);
    seed.orders.forEach(this::replaySeedOrder);
  }

  /**
   * Seeded orders go through the ordinary cart flow so their prices and totals follow the same
   * rules.
   */
  private void replaySeedOrder(SeedOrder so) {
    Cart cart = carts.create(so.regionId, null, null);
    Customer c = customers.customerOrNull(so.customerId);
    cart.email = so.email;
    cart.customerId = so.customerId;
    if (c != null && !c.addresses.isEmpty()) {
      cart.shippingAddress = c.addresses.get(0).copyAs(ctx.nextId("addr"), ctx.now());
      cart.billingAddress = cart.shippingAddress;
    }
    for (SeedOrder.SeedLine line : so.items) {
      carts.addLineItem(cart.id, line.variantId, line.quantity);
    }
    carts.addShippingMethod(cart.id, so.shippingOptionId);
    checkout.createPaymentSessions(cart.id);
    Order order = checkout.complete(cart.id);
    if (so.id != null) {
      orders.rename(order, so.id);
    }
    order.status = so.status;
    order.fulfillmentStatus = so.fulfillmentStatus;
    order.paymentStatus = so.paymentStatus;
    if ("fulfilled".equals(so.fulfillmentStatus)) {
      order.items.forEach(
          i -> {
            i.fulfilledQuantity = i.quantity;
            i.shippedQuantity = i.quantity;
          });
    }
    if (so.createdAt != null) {
      order.createdAt = so.createdAt;
      cart.createdAt = so.createdAt;
    }
    cart.orderId = order.id;
  }

  /**
   * Runs {@code work} under the store lock, so an HTTP handler can mutate and then render a view
   * without another request slipping in between.
   */
  public <T> T atomically(Supplier<T> work) {
    synchronized (ctx.lock()) {
      return work.get();
    }
  }

  /** The events the store announced, as real Medusa's event bus would have dispatched them. */
  public EventOutbox events() {
    return ctx.events().outbox();
  }

  /**
   * The sink operations announce through; for routes that compose operations into one real
   * operation.
   */
  public StoreEvents eventSink() {
    return ctx.events();
  }

  /** The store's time; {@link MockClock#advance} moves it, to let tokens expire. */
  public MockClock clock() {
    return ctx.clock();
  }

  /** Regions, products, variants, shipping options and the small catalog rows. */
  public Catalog catalog() {
    return catalog;
  }

  /** Discounts and gift cards. */
  public Promotions promotions() {
    return promotions;
  }

  /** GET /store/variants and /store/variants/{id}. */
  public VariantCatalog variants() {
    return variants;
  }

  /** POST /store/products/search. */
  public ProductSearch search() {
    return search;
  }

  public Customers customers() {
    return customers;
  }

  public Orders orders() {
    return orders;
  }

  public PasswordResets passwordResets() {
    return passwordResets;
  }

  public OrderClaims orderClaims() {
    return orderClaims;
  }

  public Carts carts() {
    return carts;
  }

  public Checkout checkout() {
    return checkout;
  }

  public Returns returns() {
    return returns;
  }

  public Swaps swaps() {
    return swaps;
  }

  public PaymentCollections paymentCollections() {
    return paymentCollections;
  }

  public OrderEdits orderEdits() {
    return orderEdits;
  }
}

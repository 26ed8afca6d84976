package io.medusajava.mock.domain;

import io.medusajava.mock.domain.model.Address;
import io.medusajava.mock.domain.model.Cart;
import io.medusajava.mock.domain.model.Category;
import io.medusajava.mock.domain.model.Collection;
import io.medusajava.mock.domain.model.Customer;
import io.medusajava.mock.domain.model.Discount;
import io.medusajava.mock.domain.model.GiftCard;
import io.medusajava.mock.domain.model.LineItem;
import io.medusajava.mock.domain.model.Order;
import io.medusajava.mock.domain.model.OrderEdit;
import io.medusajava.mock.domain.model.PaymentCollection;
import io.medusajava.mock.domain.model.PaymentSession;
import io.medusajava.mock.domain.model.Product;
import io.medusajava.mock.domain.model.ProductType;
import io.medusajava.mock.domain.model.Region;
import io.medusajava.mock.domain.model.ReturnReason;
import io.medusajava.mock.domain.model.SalesChannel;
import io.medusajava.mock.domain.model.ShippingMethod;
import io.medusajava.mock.domain.model.ShippingOption;
import io.medusajava.mock.domain.model.ShippingProfile;
import io.medusajava.mock.domain.model.Tag;
import io.medusajava.mock.domain.model.Variant;
import io.medusajava.mock.domain.seed.Seed;
import io.medusajava.mock.domain.seed.SeedOrder;
import io.medusajava.mock.domain.totals.CartTotals;
import io.medusajava.mock.domain.totals.TotalsCalculator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The whole mock store in memory: catalog, carts, customers and orders, with the Store API operations as
 * methods. Every public method holds one lock, so concurrent HTTP requests see each operation as atomic;
 * that is simpler than finer locks and fast enough for a test server.
 * Errors are thrown as {@link MedusaError} with the type, message and status the real 1.20.11 server uses.
 */
public final class StoreState {
    private final Supplier<Seed> seedSource;
    private final IdGenerator ids;
    private final MockClock clock;
    private final Object lock = new Object();

    private Seed seed;
    private final Map<String, Region> regions = new LinkedHashMap<>();
    private final Map<String, Product> products = new LinkedHashMap<>();
    private final Map<String, Variant> variants = new LinkedHashMap<>();
    private final Map<String, ShippingOption> shippingOptions = new LinkedHashMap<>();
    private final Map<String, Customer> customers = new LinkedHashMap<>();
    private final Map<String, Cart> carts = new LinkedHashMap<>();
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private int lastDisplayId;
    /** See {@link #catalogVersion()}. */
    private final AtomicLong catalogVersion = new AtomicLong();

    /** A store over the bundled seed, with ids seeded by {@code 1}. */
    public StoreState() {
        this(Seed::loadDefault, new IdGenerator(1), MockClock.system());
    }

    /** A store over any seed; {@code seedSource} is called again on every {@link #reset()}. */
    public StoreState(Supplier<Seed> seedSource, IdGenerator ids, MockClock clock) {
        this.seedSource = seedSource;
        this.ids = ids;
        this.clock = clock;
        reset();
    }

    /** Drops every cart, order and customer change and reloads the seed, ids restarting too. */
    public void reset() {
        synchronized (lock) {
            catalogChanged();
            ids.reset();
            seed = seedSource.get();
            regions.clear(); products.clear(); variants.clear(); shippingOptions.clear();
            customers.clear(); carts.clear(); orders.clear();
            lastDisplayId = 0;
            String now = clock.now();
            SeedStamps.stamp(seed, now);
            seed.regions.forEach(r -> regions.put(r.id, r));
            seed.shippingOptions.forEach(o -> shippingOptions.put(o.id, o));
            seed.customers.forEach(c -> customers.put(c.id, c));
            for (Product p : seed.products) {
                loadProduct(p);
            }
            seed.orders.forEach(this::replaySeedOrder);
        }
    }

    private void loadProduct(Product p) {
        int rank = 0;
        for (Variant v : p.variants) {
            v.productId = p.id;
            v.variantRank = rank++;
            v.createdAt = p.createdAt;
            v.updatedAt = p.updatedAt;
            variants.put(v.id, v);
        }
        products.put(p.id, p);
    }

    /** Seeded orders go through the ordinary cart flow so their prices and totals follow the same rules. */
    private void replaySeedOrder(SeedOrder so) {
        Cart cart = createCart(so.regionId, null, null);
        Customer c = customers.get(so.customerId);
        cart.email = so.email;
        cart.customerId = so.customerId;
        if (c != null && !c.addresses.isEmpty()) {
            cart.shippingAddress = c.addresses.get(0).copyAs(ids.next("addr"), clock.now());
            cart.billingAddress = cart.shippingAddress;
        }
        for (SeedOrder.SeedLine line : so.items) {
            addLineItem(cart.id, line.variantId, line.quantity);
        }
        addShippingMethod(cart.id, so.shippingOptionId);
        createPaymentSessions(cart.id);
        Order order = completeCart(cart.id);
        orders.remove(order.id);
        order.id = so.id != null ? so.id : order.id;
        order.items.forEach(i -> i.orderId = order.id);
        order.status = so.status;
        order.fulfillmentStatus = so.fulfillmentStatus;
        order.paymentStatus = so.paymentStatus;
        if ("fulfilled".equals(so.fulfillmentStatus)) {
            order.items.forEach(i -> { i.fulfilledQuantity = i.quantity; i.shippedQuantity = i.quantity; });
        }
        if (so.createdAt != null) {
            order.createdAt = so.createdAt;
            cart.createdAt = so.createdAt;
        }
        cart.orderId = order.id;
        orders.put(order.id, order);
    }

    /**
     * Runs {@code work} under the state lock, so an HTTP handler can mutate and then render a view without
     * another request slipping in between.
     */
    public <T> T atomically(Supplier<T> work) {
        synchronized (lock) {
            return work.get();
        }
    }

    /**
     * A number that changes whenever anything a catalog page shows may have changed: a reset, stock taken by an
     * order. Caches of rendered pages key on it. The store's own operations keep it current; code that edits
     * catalog objects (products, variants, prices, regions) directly must call {@link #catalogChanged()}.
     */
    public long catalogVersion() {
        return catalogVersion.get();
    }

    /** Marks the catalog as changed, so no page rendered before is served again. */
    public void catalogChanged() {
        catalogVersion.incrementAndGet();
    }

    // ---------------------------------------------------------------- catalog

    /** All regions, in seed order. */
    public List<Region> listRegions() {
        synchronized (lock) {
            return List.copyOf(regions.values());
        }
    }

    public Region region(String id) {
        synchronized (lock) {
            return require(regions.get(id), "Region with " + id + " was not found");
        }
    }

    /** Products passing the query, paged. */
    public Page<Product> listProducts(ProductQuery query) {
        synchronized (lock) {
            List<Product> hits = products.values().stream().filter(query::matches).toList();
            return Page.of(hits, query.offset, query.limit);
        }
    }

    public Product product(String id) {
        synchronized (lock) {
            return require(products.get(id), "Product with id: " + id + " was not found");
        }
    }

    public Variant variant(String id) {
        synchronized (lock) {
            return require(variants.get(id), "Variant with id: " + id + " was not found");
        }
    }

    public List<Collection> listCollections() {
        synchronized (lock) {
            return List.copyOf(seed.collections);
        }
    }

    public Collection collection(String id) {
        synchronized (lock) {
            return require(seed.collections.stream().filter(c -> c.id.equals(id)).findFirst().orElse(null),
                    "Collection with id: " + id + " was not found");
        }
    }

    public List<Category> listCategories() {
        synchronized (lock) {
            return List.copyOf(seed.categories);
        }
    }

    public Category category(String id) {
        synchronized (lock) {
            return require(seed.categories.stream().filter(c -> c.id.equals(id)).findFirst().orElse(null),
                    "ProductCategory with id: " + id + " was not found");
        }
    }

    public List<Tag> listTags() {
        synchronized (lock) {
            return List.copyOf(seed.tags);
        }
    }

    public List<ProductType> listTypes() {
        synchronized (lock) {
            return List.copyOf(seed.types);
        }
    }

    public List<ReturnReason> listReturnReasons() {
        synchronized (lock) {
            return List.copyOf(seed.returnReasons);
        }
    }

    public ReturnReason returnReason(String id) {
        synchronized (lock) {
            return require(seed.returnReasons.stream().filter(r -> r.id.equals(id)).findFirst().orElse(null),
                    "Return Reason with id: " + id + " was not found");
        }
    }

    /** A usable gift card by code (GET /store/gift-cards/{code}). */
    public GiftCard giftCard(String code) {
        synchronized (lock) {
            return require(seed.giftCards.stream().filter(g -> g.code.equalsIgnoreCase(code) && !g.isDisabled)
                    .findFirst().orElse(null), "Gift card with code: " + code + " was not found");
        }
    }

    public OrderEdit orderEdit(String id) {
        synchronized (lock) {
            return require(seed.orderEdits.stream().filter(e -> e.id.equals(id)).findFirst().orElse(null),
                    "OrderEdit with id " + id + " was not found");
        }
    }

    public PaymentCollection paymentCollection(String id) {
        synchronized (lock) {
            return require(seed.paymentCollections.stream().filter(p -> p.id.equals(id)).findFirst().orElse(null),
                    "Payment collection with id " + id + " was not found");
        }
    }

    public List<SalesChannel> salesChannels() {
        synchronized (lock) {
            return List.copyOf(seed.salesChannels);
        }
    }

    public List<ShippingProfile> shippingProfiles() {
        synchronized (lock) {
            return List.copyOf(seed.shippingProfiles);
        }
    }

    public ShippingProfile shippingProfile(String id) {
        synchronized (lock) {
            return seed.shippingProfiles.stream().filter(p -> p.id.equals(id)).findFirst().orElse(null);
        }
    }

    /** The sales channels a publishable key narrows to; an unknown key narrows nothing (transcript 72). */
    public List<String> salesChannelsOfKey(String publishableKey) {
        synchronized (lock) {
            return seed.publishableKeys.stream().filter(k -> k.id.equals(publishableKey))
                    .findFirst().map(k -> List.copyOf(k.salesChannelIds)).orElse(List.of());
        }
    }

    public ShippingOption shippingOption(String id) {
        synchronized (lock) {
            return require(shippingOptions.get(id), "Shipping Option with id: " + id + " was not found");
        }
    }

    // ---------------------------------------------------------------- carts

    /**
     * Creates a cart in the given region (the first region when null) and sales channel (the default one when
     * null). A country code, when given, starts a shipping address with just that country, as Medusa does.
     */
    public Cart createCart(String regionId, String salesChannelId, String countryCode) {
        return createCart(regionId, salesChannelId, countryCode, Map.of());
    }

    /** As above, with the request context Medusa records on the cart (ip and user_agent, transcript 11). */
    public Cart createCart(String regionId, String salesChannelId, String countryCode, Map<String, Object> context) {
        synchronized (lock) {
            Region region = regionId == null ? regions.values().iterator().next() : region(regionId);
            String now = clock.now();
            Cart cart = new Cart();
            cart.id = ids.next("cart");
            cart.regionId = region.id;
            cart.salesChannelId = salesChannelId != null ? salesChannelId
                    : seed.salesChannels.isEmpty() ? null : seed.salesChannels.get(0).id;
            if (countryCode != null) {
                cart.shippingAddress = new Address();
                cart.shippingAddress.id = ids.next("addr");
                cart.shippingAddress.countryCode = countryCode.toLowerCase();
                cart.shippingAddress.createdAt = now;
                cart.shippingAddress.updatedAt = now;
            }
            cart.context.putAll(context);
            cart.createdAt = now;
            cart.updatedAt = now;
            carts.put(cart.id, cart);
            return cart;
        }
    }

    public Cart cart(String id) {
        synchronized (lock) {
            return require(carts.get(id), "Cart with " + id + " was not found");
        }
    }

    /** The cart's current totals. */
    public CartTotals totals(Cart cart) {
        synchronized (lock) {
            return TotalsCalculator.compute(regions.get(cart.regionId), cart.items, cart.shippingMethods,
                    cart.discounts, cart.giftCards);
        }
    }

    /** Applies the non-null fields of {@code update} (POST /store/carts/{id}). */
    public Cart updateCart(String cartId, CartUpdate update) {
        synchronized (lock) {
            Cart cart = cart(cartId);
            String now = clock.now();
            if (update.email != null) {
                cart.email = update.email;
                cart.customerId = customerForEmail(update.email, now).id;
            }
            if (update.customerId != null) {
                cart.customerId = update.customerId;
            }
            if (update.regionId != null && !update.regionId.equals(cart.regionId)) {
                changeRegion(cart, region(update.regionId));
            }
            if (update.shippingAddress != null) {
                cart.shippingAddress = update.shippingAddress.copyAs(ids.next("addr"), now);
            }
            if (update.billingAddress != null) {
                cart.billingAddress = update.billingAddress.copyAs(ids.next("addr"), now);
            }
            if (update.discountCodes != null) {
                cart.discounts.clear();
                update.discountCodes.forEach(code -> applyDiscount(cart, discountFor(cart, code)));
                repriceShipping(cart);
            }
            if (update.giftCardCodes != null) {
                cart.giftCards.clear();
                update.giftCardCodes.forEach(code -> cart.giftCards.add(giftCardFor(cart, code)));
            }
            touched(cart, now);
            return cart;
        }
    }

    /** The cart body fields this mock understands; null means "leave as is". */
    public static final class CartUpdate {
        public String email;
        public String regionId;
        public String customerId;
        public Address shippingAddress;
        public Address billingAddress;
        public List<String> discountCodes;
        public List<String> giftCardCodes;
    }

    /** DELETE /store/carts/{id}/discounts/{code}: an unknown code on the cart is simply ignored. */
    public Cart removeDiscount(String cartId, String code) {
        synchronized (lock) {
            Cart cart = cart(cartId);
            cart.discounts.removeIf(d -> d.code.equalsIgnoreCase(code));
            repriceShipping(cart);
            touched(cart, clock.now());
            return cart;
        }
    }

    /** Medusa attaches the cart to the customer with that e-mail, creating one without an account if needed. */
    private Customer customerForEmail(String email, String now) {
        for (Customer c : customers.values()) {
            if (c.email.equalsIgnoreCase(email)) {
                return c;
            }
        }
        Customer c = new Customer();
        c.id = ids.next("cus");
        c.email = email.toLowerCase();
        c.hasAccount = false;
        c.createdAt = now;
        c.updatedAt = now;
        customers.put(c.id, c);
        return c;
    }

    /** A region change re-prices items and drops what belonged to the old region. */
    private void changeRegion(Cart cart, Region region) {
        cart.regionId = region.id;
        for (LineItem item : cart.items) {
            item.unitPrice = unitPrice(variants.get(item.variantId), region);
        }
        cart.shippingMethods.clear();
        cart.paymentSessions.clear();
        cart.discounts.removeIf(d -> !d.regionIds.contains(region.id));
        if (cart.shippingAddress != null && !region.countries.contains(cart.shippingAddress.countryCode)) {
            cart.shippingAddress = null;
        }
    }

    /**
     * Medusa 1.x keeps at most one free-shipping discount and one other discount on a cart: a new one replaces
     * the one of its kind.
     */
    private static void applyDiscount(Cart cart, Discount d) {
        boolean freeShipping = "free_shipping".equals(d.type);
        cart.discounts.removeIf(x -> "free_shipping".equals(x.type) == freeShipping);
        cart.discounts.add(d);
    }

    private Discount discountFor(Cart cart, String code) {
        Discount d = seed.discounts.stream().filter(x -> x.code.equalsIgnoreCase(code) && !x.isDisabled)
                .findFirst().orElseThrow(() -> MedusaError.notFound("Discount with code " + code + " was not found"));
        if (!d.regionIds.contains(cart.regionId)) {
            throw MedusaError.invalidData("The discount is not available in current region");
        }
        return d;
    }

    private GiftCard giftCardFor(Cart cart, String code) {
        GiftCard g = seed.giftCards.stream().filter(x -> x.code.equalsIgnoreCase(code) && !x.isDisabled)
                .findFirst().orElseThrow(() -> MedusaError.notFound("Gift card with code " + code + " was not found"));
        if (g.regionId != null && !g.regionId.equals(cart.regionId)) {
            throw MedusaError.invalidData("The gift card cannot be used in the current region");
        }
        return g;
    }

    /**
     * Adds {@code quantity} of a variant, merging with an existing line of the same variant. The unit price is
     * the variant's price in the cart's region at this moment.
     */
    public Cart addLineItem(String cartId, String variantId, int quantity) {
        synchronized (lock) {
            Cart cart = cart(cartId);
            Variant v = variants.get(variantId);
            if (v == null) {
                throw MedusaError.invalidData(
                        "Unable to generate the line items, some variant has not been found: " + variantId);
            }
            if (quantity < 1) {
                throw MedusaError.invalidData("quantity must be a positive number");
            }
            LineItem existing = cart.items.stream().filter(i -> variantId.equals(i.variantId)).findFirst().orElse(null);
            int wanted = quantity + (existing == null ? 0 : existing.quantity);
            if (!v.canSell(wanted)) {
                throw MedusaError.insufficientInventory(variantId);
            }
            String now = clock.now();
            if (existing != null) {
                existing.quantity = wanted;
                existing.updatedAt = now;
            } else {
                cart.items.add(newLineItem(cart, v, quantity, now));
            }
            touched(cart, now);
            return cart;
        }
    }

    private LineItem newLineItem(Cart cart, Variant v, int quantity, String now) {
        Product p = products.get(v.productId);
        LineItem item = new LineItem();
        item.id = ids.next("item");
        item.cartId = cart.id;
        item.title = p.title;
        item.description = v.title;
        item.thumbnail = p.thumbnail;
        item.variantId = v.id;
        item.unitPrice = unitPrice(v, regions.get(cart.regionId));
        item.quantity = quantity;
        item.isGiftcard = p.isGiftcard;
        item.allowDiscounts = p.discountable;
        item.hasShipping = !cart.shippingMethods.isEmpty();
        item.createdAt = now;
        item.updatedAt = now;
        return item;
    }

    private static long unitPrice(Variant v, Region region) {
        Long price = Pricing.priceFor(v, region, null);
        if (price == null) {
            throw MedusaError.invalidData("Cannot generate line item for variant \"" + v.title
                    + "\" without a price");
        }
        return price;
    }

    /** Sets a line's quantity; 0 removes it, as Medusa does. */
    public Cart updateLineItem(String cartId, String itemId, int quantity) {
        synchronized (lock) {
            Cart cart = cart(cartId);
            LineItem item = lineItem(cart, itemId);
            if (quantity == 0) {
                return deleteLineItem(cartId, itemId);
            }
            if (quantity < 0) {
                throw MedusaError.invalidData("quantity must not be less than 0");
            }
            if (!variants.get(item.variantId).canSell(quantity)) {
                throw MedusaError.insufficientInventory(item.variantId);
            }
            String now = clock.now();
            item.quantity = quantity;
            item.updatedAt = now;
            touched(cart, now);
            return cart;
        }
    }

    public Cart deleteLineItem(String cartId, String itemId) {
        synchronized (lock) {
            Cart cart = cart(cartId);
            cart.items.remove(lineItem(cart, itemId));
            touched(cart, clock.now());
            return cart;
        }
    }

    private static LineItem lineItem(Cart cart, String itemId) {
        return cart.items.stream().filter(i -> i.id.equals(itemId)).findFirst()
                .orElseThrow(() -> MedusaError.notFound("Line item with id: " + itemId + " was not found"));
    }

    /**
     * The options a cart may ship with: its region's non-return, non-admin options. An unknown cart makes the
     * real server fail with a 500 (transcript 69), which this mirrors.
     */
    public List<ShippingOption> shippingOptionsForCart(String cartId) {
        synchronized (lock) {
            Cart cart = carts.get(cartId);
            if (cart == null) {
                throw new MedusaError(500, "unknown_error", "An unknown error occurred.", "unknown_error");
            }
            return shippingOptions.values().stream()
                    .filter(o -> o.regionId.equals(cart.regionId) && !o.isReturn && !o.adminOnly).toList();
        }
    }

    /** Region options, return options included (GET /store/shipping-options?region_id=...). */
    public List<ShippingOption> shippingOptionsForRegion(String regionId, Boolean isReturn) {
        synchronized (lock) {
            return shippingOptions.values().stream()
                    .filter(o -> regionId == null || o.regionId.equals(regionId))
                    .filter(o -> isReturn == null || o.isReturn == isReturn)
                    .filter(o -> !o.adminOnly).toList();
        }
    }

    /** Chooses a shipping option; it replaces a method of the same shipping profile. */
    public Cart addShippingMethod(String cartId, String optionId) {
        synchronized (lock) {
            Cart cart = cart(cartId);
            ShippingOption option = shippingOption(optionId);
            if (!option.regionId.equals(cart.regionId) || option.isReturn) {
                throw MedusaError.notAllowed("The selected shipping method is not available for this cart");
            }
            String now = clock.now();
            cart.shippingMethods.removeIf(m -> Objects.equals(
                    shippingOptions.get(m.shippingOptionId).profileId, option.profileId));
            ShippingMethod m = new ShippingMethod();
            m.id = ids.next("sm");
            m.shippingOptionId = option.id;
            m.cartId = cart.id;
            m.price = hasFreeShipping(cart) ? 0 : option.amount;
            m.createdAt = now;
            cart.shippingMethods.add(m);
            cart.items.forEach(i -> i.hasShipping = true);
            touched(cart, now);
            return cart;
        }
    }

    private static boolean hasFreeShipping(Cart cart) {
        return cart.discounts.stream().anyMatch(d -> "free_shipping".equals(d.type));
    }

    /** A free_shipping discount zeroes shipping prices; removing it restores the option's amount. */
    private void repriceShipping(Cart cart) {
        boolean free = hasFreeShipping(cart);
        cart.shippingMethods.forEach(m -> m.price = free ? 0 : shippingOptions.get(m.shippingOptionId).amount);
    }

    /**
     * Starts one payment session per provider of the cart's region. With a single provider Medusa selects it
     * straight away (transcript 24).
     */
    public Cart createPaymentSessions(String cartId) {
        synchronized (lock) {
            Cart cart = cart(cartId);
            String now = clock.now();
            Region region = regions.get(cart.regionId);
            for (String provider : region.paymentProviders) {
                if (cart.paymentSessions.stream().noneMatch(s -> s.providerId.equals(provider))) {
                    PaymentSession s = new PaymentSession();
                    s.id = ids.next("ps");
                    s.cartId = cart.id;
                    s.providerId = provider;
                    s.createdAt = now;
                    s.updatedAt = now;
                    cart.paymentSessions.add(s);
                }
            }
            if (cart.paymentSessions.size() == 1) {
                cart.paymentSessions.get(0).isSelected = true;
            }
            touched(cart, now);
            return cart;
        }
    }

    public Cart selectPaymentSession(String cartId, String providerId) {
        synchronized (lock) {
            Cart cart = cart(cartId);
            if (cart.paymentSessions.stream().noneMatch(s -> s.providerId.equals(providerId))) {
                throw MedusaError.notFound("Could not find payment session for provider " + providerId);
            }
            cart.paymentSessions.forEach(s -> s.isSelected = s.providerId.equals(providerId));
            touched(cart, clock.now());
            return cart;
        }
    }

    /** DELETE /store/carts/{id}/payment-sessions/{provider_id}. */
    public Cart deletePaymentSession(String cartId, String providerId) {
        synchronized (lock) {
            Cart cart = cart(cartId);
            cart.paymentSessions.removeIf(s -> s.providerId.equals(providerId));
            touched(cart, clock.now());
            return cart;
        }
    }

    /**
     * Completes a cart into an order: authorizes the selected session, takes stock and gift-card balance, and
     * numbers the order. A cart that is already complete returns its order again (transcript 27).
     */
    public Order completeCart(String cartId) {
        synchronized (lock) {
            Cart cart = cart(cartId);
            if (cart.orderId != null) {
                return orders.get(cart.orderId);
            }
            if (cart.items.isEmpty()) {
                throw MedusaError.invalidData("Cannot create order from empty cart");
            }
            PaymentSession session = cart.selectedPaymentSession();
            if (session == null) {
                throw MedusaError.notAllowed("You cannot complete a cart without a payment session.");
            }
            for (LineItem i : cart.items) {
                if (!variants.get(i.variantId).canSell(i.quantity)) {
                    throw MedusaError.insufficientInventory(i.variantId);
                }
            }
            return new CartCompletion(this, cart, session).run();
        }
    }

    // Package-private helpers for CartCompletion, which owns the order-building steps.
    String nextId(String prefix) { return ids.next(prefix); }
    String now() { return clock.now(); }
    Region regionOf(Cart cart) { return regions.get(cart.regionId); }
    Variant variantOf(String id) { return variants.get(id); }
    int nextDisplayId() { return ++lastDisplayId; }
    void saveOrder(Order order) { orders.put(order.id, order); }

    private void touched(Cart cart, String now) {
        cart.updatedAt = now;
        if (!cart.paymentSessions.isEmpty()) {
            long total = totals(cart).total();
            cart.paymentSessions.forEach(s -> { s.amount = total; s.updatedAt = now; });
        }
    }

    // ---------------------------------------------------------------- orders and customers

    public Order order(String id) {
        synchronized (lock) {
            return require(orders.get(id), "Order with id " + id + " was not found");
        }
    }

    /** Every order, seeded and placed, in the order they were made: tests use it to prove no order was doubled. */
    public List<Order> orders() {
        synchronized (lock) {
            return List.copyOf(orders.values());
        }
    }

    /** The order a cart became (GET /store/orders/cart/{cart_id}). */
    public Order orderByCart(String cartId) {
        synchronized (lock) {
            return orders.values().stream().filter(o -> cartId.equals(o.cartId)).findFirst()
                    .orElseThrow(() -> MedusaError.notFound("Order with cart id: " + cartId + " was not found"));
        }
    }

    /** {@code GET /store/orders?display_id=..&email=..}: both must match. */
    public Order lookupOrder(int displayId, String email) {
        synchronized (lock) {
            return orders.values().stream()
                    .filter(o -> o.displayId == displayId && o.email != null && o.email.equalsIgnoreCase(email))
                    .findFirst().orElseThrow(() -> MedusaError.notFound("Order was not found"));
        }
    }

    /** A customer's orders, newest first. */
    public Page<Order> ordersOfCustomer(String customerId, int offset, int limit) {
        synchronized (lock) {
            List<Order> mine = new ArrayList<>(orders.values().stream()
                    .filter(o -> customerId.equals(o.customerId)).toList());
            mine.sort((a, b) -> b.createdAt.compareTo(a.createdAt));
            return Page.of(mine, offset, limit);
        }
    }

    public Customer customer(String id) {
        synchronized (lock) {
            return require(customers.get(id), "Customer with id: " + id + " was not found");
        }
    }

    /**
     * Registers a customer (POST /store/customers). A guest customer made by a cart e-mail is upgraded; an
     * e-mail that already has an account is a 422 duplicate_error (transcript 54).
     */
    public Customer registerCustomer(String email, String password, String firstName, String lastName, String phone) {
        synchronized (lock) {
            Customer c = customerByEmail(email);
            if (c != null && c.hasAccount) {
                throw new MedusaError(422, "duplicate_error",
                        "A customer with the given email already has an account. Log in instead", "invalid_request_error");
            }
            String now = clock.now();
            if (c == null) {
                c = new Customer();
                c.id = ids.next("cus");
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
            return c;
        }
    }

    /** GET /store/auth/{email}: true only for customers with an account. */
    public boolean emailHasAccount(String email) {
        synchronized (lock) {
            Customer c = customerByEmail(email);
            return c != null && c.hasAccount;
        }
    }

    /**
     * Checks a login. Medusa answers a wrong password or unknown e-mail with a bare 401 "Unauthorized"
     * (transcripts 55-57); the HTTP layer prints it as text/plain.
     */
    public Customer authenticate(String email, String password) {
        synchronized (lock) {
            Customer c = customerByEmail(email);
            if (c == null || !c.hasAccount || !Objects.equals(c.password, password)) {
                throw new MedusaError(401, "unauthorized", "Unauthorized", null);
            }
            return c;
        }
    }

    /** POST /store/customers/me: the non-null fields replace the stored ones. */
    public Customer updateCustomer(String customerId, String firstName, String lastName, String phone,
                                   String email, String password) {
        synchronized (lock) {
            Customer c = customer(customerId);
            c.firstName = firstName != null ? firstName : c.firstName;
            c.lastName = lastName != null ? lastName : c.lastName;
            c.phone = phone != null ? phone : c.phone;
            c.email = email != null ? email : c.email;
            c.password = password != null ? password : c.password;
            c.updatedAt = clock.now();
            return c;
        }
    }

    /** Adds a shipping address to the customer's address book. */
    public Customer addCustomerAddress(String customerId, Address address) {
        synchronized (lock) {
            Customer c = customer(customerId);
            Address a = address.copyAs(ids.next("addr"), clock.now());
            a.customerId = c.id;
            c.addresses.add(a);
            return c;
        }
    }

    /** POST /store/customers/me/addresses/{id}: the non-null fields of {@code changes} replace the stored ones. */
    public Customer updateCustomerAddress(String customerId, String addressId, Address changes) {
        synchronized (lock) {
            Customer c = customer(customerId);
            Address a = c.addresses.stream().filter(x -> x.id.equals(addressId)).findFirst()
                    .orElseThrow(() -> MedusaError.notFound("Could not find address with id: " + addressId));
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
            a.updatedAt = clock.now();
            return c;
        }
    }

    /** Removes an address from the book; an id the customer does not own is not found. */
    public Customer deleteCustomerAddress(String customerId, String addressId) {
        synchronized (lock) {
            Customer c = customer(customerId);
            if (!c.addresses.removeIf(a -> a.id.equals(addressId))) {
                throw MedusaError.notFound("Could not find address with id: " + addressId);
            }
            return c;
        }
    }

    /** The customer with this e-mail, or {@code null}. */
    public Customer customerByEmail(String email) {
        synchronized (lock) {
            return customers.values().stream().filter(c -> c.email.equalsIgnoreCase(email)).findFirst().orElse(null);
        }
    }

    // ---------------------------------------------------------------- after-sales helpers
    // Package-private views for the after-sales classes (returns, swaps, variants), which look rows up by
    // something other than their id.

    List<Order> allOrders() {
        synchronized (lock) {
            return List.copyOf(orders.values());
        }
    }

    List<Variant> allVariants() {
        synchronized (lock) {
            return List.copyOf(variants.values());
        }
    }

    List<Customer> allCustomers() {
        synchronized (lock) {
            return List.copyOf(customers.values());
        }
    }

    Cart cartOrNull(String id) {
        synchronized (lock) {
            return carts.get(id);
        }
    }

    private static <T> T require(T value, String notFoundMessage) {
        if (value == null) {
            throw MedusaError.notFound(notFoundMessage);
        }
        return value;
    }
}

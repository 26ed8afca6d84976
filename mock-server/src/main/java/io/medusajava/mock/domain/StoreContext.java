package io.medusajava.mock.domain;

/**
 * What every part of the store shares: the one lock that makes each operation atomic across all parts (a cart
 * completion touches catalog stock, the cart and the orders at once), the id generator and the clock.
 */
public final class StoreContext {
    private final Object lock = new Object();
    private final IdGenerator ids;
    private final MockClock clock;

    public StoreContext(IdGenerator ids, MockClock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    /** The monitor every public store operation holds; it is reentrant, so operations may call each other. */
    public Object lock() {
        return lock;
    }

    public String nextId(String prefix) {
        return ids.next(prefix);
    }

    public String now() {
        return clock.now();
    }

    /** Restarts the id sequence (part of a reset to the seed). */
    public void resetIds() {
        ids.reset();
    }

    /** {@code value}, or a 404 not_found with {@code notFoundMessage} when it is null. */
    public static <T> T require(T value, String notFoundMessage) {
        if (value == null) {
            throw MedusaError.notFound(notFoundMessage);
        }
        return value;
    }
}

/**
 * What the store announces after each operation, as a real Medusa 1.20.11 puts it on its event bus:
 * {@link io.medusajava.mock.domain.events.StoreEvents} is the one sink the store's parts call (one
 * line per operation), {@link io.medusajava.mock.domain.events.EventOutbox} keeps the events in
 * order, bounded, for tests to read, and {@link io.medusajava.mock.domain.events.StoreEvent} is one
 * of them.
 */
package io.medusajava.mock.domain.events;

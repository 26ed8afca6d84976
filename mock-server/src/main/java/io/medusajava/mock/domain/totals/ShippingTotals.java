package io.medusajava.mock.domain.totals;

/**
 * The totals Medusa 1.20 decorates a shipping method with (no discounts reach shipping methods).
 */
public record ShippingTotals(
    long subtotal, long taxTotal, long originalTaxTotal, long total, long originalTotal) {}

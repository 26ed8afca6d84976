package io.medusajava.mock.domain.totals;

/**
 * One discount's share of one line item, as Medusa stores it in line_item_adjustment: {@code
 * amount} is unrounded (a fixed discount spread over several lines leaves fractions), and the
 * line's discount_total rounds the sum.
 */
public record Adjustment(String discountId, double amount) {}

/**
 * Medusa 1.20 cart and order arithmetic: discounts per line item, tax per tax line, gift cards, and
 * the rounding rules that make the numbers match the real server.
 */
package io.medusajava.mock.domain.totals;

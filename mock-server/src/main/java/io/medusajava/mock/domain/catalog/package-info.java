/**
 * Reference data every other part reads: regions, products and variants with stock, shipping
 * options, discounts and gift cards. Depends on no other part.
 */
package io.medusajava.mock.domain.catalog;

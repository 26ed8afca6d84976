/** Open carts and their checkout into an order. Reads the catalog and customers; places orders. */
package io.medusajava.mock.domain.cart;

/**
 * Customers (accounts, logins, address books, password resets) and placed orders (lookups, claims).
 * Depends on no other part.
 */
package io.medusajava.mock.domain.customer;

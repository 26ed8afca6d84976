/**
 * What happens to a placed order: returns, swaps, order edits and the payment collections that pay
 * for them.
 */
package io.medusajava.mock.domain.aftersales;

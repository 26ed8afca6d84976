/**
 * The Medusa 1.20 Store API as plain Java. {@link io.medusajava.mock.domain.StoreState} wires the
 * store's parts, one package each: {@code catalog}, {@code customer} (customers and orders), {@code
 * cart} (carts and checkout) and {@code aftersales}; each part calls only parts below it. {@link
 * io.medusajava.mock.domain.MedusaError} carries Medusa's error shape. Nothing here knows about
 * HTTP.
 */
package io.medusajava.mock.domain;

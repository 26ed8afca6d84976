/** The Medusa 1.20 Store API as plain Java: {@link io.medusajava.mock.domain.StoreState} holds the whole store and exposes the operations; {@link io.medusajava.mock.domain.MedusaError} carries Medusa's error shape. Nothing here knows about HTTP. */
package io.medusajava.mock.domain;

/**
 * The client: {@link io.medusajava.MedusaStore}, its resources (one per part of the Store API,
 * generated from the spec), the {@link io.medusajava.MedusaCall} every operation returns, and the
 * pages of a list.
 */
@NullMarked
package io.medusajava;

import org.jspecify.annotations.NullMarked;

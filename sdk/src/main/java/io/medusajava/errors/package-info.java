/**
 * The exceptions the SDK throws when a Store API call fails: one unchecked hierarchy under {@link
 * io.medusajava.errors.MedusaException}, one subclass per kind of failure.
 */
@NullMarked
package io.medusajava.errors;

import org.jspecify.annotations.NullMarked;

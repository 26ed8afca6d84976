package io.medusajava.mock.http;

/**
 * Serves one Store API operation. A handler reads the {@link Call}, works on the domain, and
 * returns a {@link Reply}; it throws {@code MedusaError} for the failures Medusa reports as {@code
 * {type, message}}.
 */
@FunctionalInterface
public interface Handler {
  Reply handle(Call call);
}

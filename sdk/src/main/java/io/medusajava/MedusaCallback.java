package io.medusajava;

import io.medusajava.errors.MedusaException;
import org.jspecify.annotations.Nullable;

/**
 * Receives the outcome of {@link MedusaCall#enqueue(MedusaCallback)}: exactly one of the two
 * methods is called once, on an OkHttp dispatcher thread (Android apps that want the main thread
 * wrap the callback, see {@code io.medusajava.android.AndroidCalls}).
 *
 * <p>This is the asynchronous style that works on every Android API level; {@link
 * MedusaCall#executeAsync()} returns a {@code CompletableFuture} and so needs API 24+.
 *
 * @param <T> the decoded body type
 */
public interface MedusaCallback<T> {
  /**
   * Called with the decoded body.
   *
   * @param body the body; {@code null} only for operations that answer without one
   */
  void onSuccess(@Nullable T body);

  /**
   * Called when the call failed: an HTTP error, a network failure, an undecodable body, or
   * cancellation.
   *
   * @param error what went wrong
   */
  void onFailure(MedusaException error);
}

package io.medusajava.android;

import android.os.Handler;
import android.os.Looper;
import io.medusajava.MedusaCall;
import io.medusajava.MedusaCallback;
import io.medusajava.errors.MedusaException;
import java.util.concurrent.Executor;

/**
 * Runs SDK calls off the main thread and hands their results back on it (or on any {@link
 * Executor}).
 *
 * <pre>{@code
 * AndroidCalls.enqueueOnMain(store.carts().retrieve(cartId), new MedusaCallback<Cart>() {
 *   public void onSuccess(Cart cart) { show(cart); }                         // main thread
 *   public void onFailure(MedusaException error) { showError(error); }       // main thread
 * });
 * }</pre>
 *
 * <p>Built on {@link MedusaCall#enqueue(MedusaCallback)}, so it works on every API level from 21;
 * nothing here needs {@code CompletableFuture}.
 */
public final class AndroidCalls {
  private static volatile Executor mainThread;

  private AndroidCalls() {}

  /**
   * Sends {@code call} on OkHttp's dispatcher and calls {@code callback} on the main thread.
   *
   * @param call the call to run
   * @param callback receives the body or the failure on the main thread
   * @param <T> the body type
   */
  public static <T> void enqueueOnMain(MedusaCall<T> call, MedusaCallback<T> callback) {
    enqueue(call, mainThread(), callback);
  }

  /**
   * Sends {@code call} on OkHttp's dispatcher and calls {@code callback} through {@code executor}.
   *
   * @param call the call to run
   * @param executor where the callback runs
   * @param callback receives the body or the failure
   * @param <T> the body type
   */
  public static <T> void enqueue(
      MedusaCall<T> call, final Executor executor, final MedusaCallback<T> callback) {
    if (call == null || executor == null || callback == null) {
      throw new IllegalArgumentException("call, executor and callback must not be null");
    }
    call.enqueue(
        new MedusaCallback<T>() {
          @Override
          public void onSuccess(final T body) {
            executor.execute(
                new Runnable() {
                  @Override
                  public void run() {
                    callback.onSuccess(body);
                  }
                });
          }

          @Override
          public void onFailure(final MedusaException error) {
            executor.execute(
                new Runnable() {
                  @Override
                  public void run() {
                    callback.onFailure(error);
                  }
                });
          }
        });
  }

  /**
   * Returns an executor that runs tasks on the main thread, through a {@link Handler} on the main
   * {@link Looper}.
   *
   * @return the shared main-thread executor
   */
  public static Executor mainThread() {
    Executor executor = mainThread;
    if (executor == null) {
      final Handler handler = new Handler(Looper.getMainLooper());
      executor =
          new Executor() {
            @Override
            public void execute(Runnable task) {
              if (!handler.post(task)) {
                throw new IllegalStateException("the main looper is shutting down");
              }
            }
          };
      mainThread = executor;
    }
    return executor;
  }
}

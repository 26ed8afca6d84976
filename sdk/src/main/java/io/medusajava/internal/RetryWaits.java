package io.medusajava.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.HashMap;
import java.util.Map;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * The waits between retry attempts, ended at once by {@code cancel()}. OkHttp tells only an {@link
 * EventListener} that a call was cancelled, so the client's listener is wrapped ({@link
 * #listenerFactory}), and a cancel interrupts the thread waiting for that call. A cancelled wait
 * ends the call with OkHttp's "Canceled"; the interrupt never outlives the wait.
 */
final class RetryWaits {
  private final Sleeper sleeper;

  /**
   * The thread waiting for each call; an entry removed by {@link #wake} means "interrupted by us".
   */
  private final Map<Call, Thread> waiting = new HashMap<>();

  RetryWaits(Sleeper sleeper) {
    this.sleeper = sleeper;
  }

  /**
   * Wraps the client's listener factory so that every call's cancellation reaches {@link #wake}.
   */
  EventListener.Factory listenerFactory(EventListener.Factory delegate) {
    return call -> new WakeOnCancelListener(delegate.create(call), this);
  }

  /**
   * Waits {@code millis} unless the call is or gets cancelled.
   *
   * @throws IOException "Canceled" when it was; {@code InterruptedIOException} when someone else
   *     interrupted the thread, whose interrupt status is then kept
   */
  void await(Call call, long millis) throws IOException {
    Thread self = Thread.currentThread();
    synchronized (this) {
      waiting.put(call, self);
    }
    boolean interrupted = false;
    try {
      if (!call.isCanceled()) {
        sleeper.sleep(millis);
      }
    } catch (InterruptedException e) {
      interrupted = true;
    } finally {
      boolean woken;
      synchronized (this) {
        woken = waiting.remove(call) == null;
      }
      if (woken) {
        Thread.interrupted(); // our interrupt may have come after the sleep ended; the thread must
        // not keep it
      }
    }
    if (call.isCanceled()) {
      throw new IOException("Canceled");
    }
    if (interrupted) {
      self.interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  /** Called on {@code cancel()}: interrupts the thread waiting for {@code call}, if one is. */
  synchronized void wake(Call call) {
    Thread thread = waiting.remove(call);
    if (thread != null) {
      thread.interrupt();
    }
  }
}

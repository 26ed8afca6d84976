package io.medusajava.android;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import android.os.Looper;
import io.medusajava.MedusaCallback;
import io.medusajava.MedusaStore;
import io.medusajava.Page;
import io.medusajava.errors.MedusaException;
import io.medusajava.errors.NotFoundException;
import io.medusajava.model.Cart;
import io.medusajava.model.Region;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;
import org.robolectric.shadows.ShadowLooper;

@RunWith(RobolectricTestRunner.class)
@Config(sdk = 33)
public class MainThreadCallbackTest {
  private final MedusaStore store = MedusaStore.builder().baseUrl(MockServerRule.baseUrl()).build();

  /** Records where and with what a callback ran. */
  private static final class Recorder<T> implements MedusaCallback<T> {
    final AtomicReference<Thread> thread = new AtomicReference<>();
    final AtomicReference<T> body = new AtomicReference<>();
    final AtomicReference<MedusaException> error = new AtomicReference<>();
    volatile boolean onMainLooper;

    @Override
    public void onSuccess(T value) {
      onMainLooper = Looper.myLooper() == Looper.getMainLooper();
      body.set(value);
      thread.set(Thread.currentThread());
    }

    @Override
    public void onFailure(MedusaException e) {
      onMainLooper = Looper.myLooper() == Looper.getMainLooper();
      error.set(e);
      thread.set(Thread.currentThread());
    }

    /**
     * The main looper is paused: posted callbacks run only when this (the main) thread idles it.
     */
    void awaitOnMain() throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (thread.get() == null && System.nanoTime() < deadline) {
        ShadowLooper.idleMainLooper();
        Thread.sleep(10);
      }
      assertNotNull("no callback within 20 s", thread.get());
    }
  }

  @Test
  public void successArrivesOnTheMainLooper() throws Exception {
    Recorder<Page<Region>> recorder = new Recorder<>();
    AndroidCalls.enqueueOnMain(store.regions().list(), recorder);
    recorder.awaitOnMain();

    assertTrue(recorder.onMainLooper);
    assertSame(Looper.getMainLooper().getThread(), recorder.thread.get());
    assertFalse(recorder.body.get().items().isEmpty());
    assertNull(recorder.error.get());
  }

  @Test
  public void failureArrivesOnTheMainLooperAsATypedException() throws Exception {
    Recorder<Cart> recorder = new Recorder<>();
    AndroidCalls.enqueueOnMain(store.carts().retrieve("cart_missing"), recorder);
    recorder.awaitOnMain();

    assertTrue(recorder.onMainLooper);
    assertTrue(
        String.valueOf(recorder.error.get()), recorder.error.get() instanceof NotFoundException);
    assertEquals(404, recorder.error.get().getStatusCode());
  }

  @Test
  public void nothingRunsOnTheMainThreadUntilItsLooperRuns() throws Exception {
    Recorder<Page<Region>> recorder = new Recorder<>();
    AndroidCalls.enqueueOnMain(store.regions().list(), recorder);
    Thread.sleep(
        1500); // ample for the mock server to answer; the result must still wait for the looper
    assertNull(recorder.thread.get());
    recorder.awaitOnMain();
    assertTrue(recorder.onMainLooper);
  }
}

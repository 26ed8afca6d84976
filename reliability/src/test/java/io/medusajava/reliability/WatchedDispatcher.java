package io.medusajava.reliability;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * An OkHttp client whose dispatcher threads record whatever escapes them. On Android an exception
 * that escapes a dispatcher thread kills the app; here it lands in {@link #escaped}, which a test
 * expects to stay empty.
 */
final class WatchedDispatcher implements AutoCloseable {
  final List<Throwable> escaped = new CopyOnWriteArrayList<>();
  final ThreadPoolExecutor executor;
  final OkHttpClient client;

  WatchedDispatcher() {
    executor =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(r, "watched-dispatcher");
              t.setDaemon(true);
              t.setUncaughtExceptionHandler((thread, e) -> escaped.add(e));
              return t;
            });
    client = new OkHttpClient.Builder().dispatcher(new Dispatcher(executor)).build();
  }

  /** Waits for the dispatcher to run no call; false after five seconds. */
  boolean awaitIdle() throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (client.dispatcher().runningCallsCount() > 0 || executor.getActiveCount() > 0) {
      if (System.nanoTime() > end) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  @Override
  public void close() {
    executor.shutdownNow();
    client.connectionPool().evictAll();
  }
}

package io.medusajava.internal;

/**
 * Waits between retry attempts. The default sleeps the calling thread; tests pass one that records
 * the delays and returns at once, so retry tests never sleep.
 */
public interface Sleeper {
  /** The real thing: {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = Thread::sleep;

  /**
   * Waits for {@code millis} milliseconds.
   *
   * @param millis how long
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void sleep(long millis) throws InterruptedException;
}

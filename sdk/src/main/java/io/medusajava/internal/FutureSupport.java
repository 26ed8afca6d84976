package io.medusajava.internal;

/**
 * The runtime guard in front of every SDK method that returns a {@code CompletableFuture}.
 *
 * <p>Android has {@code java.util.concurrent.CompletableFuture} only from API 24, and core library
 * desugaring does not add it (desugar_jdk_libs 2.1 covers {@code java.time}, {@code
 * java.util.function} and {@code java.util.stream}, not {@code CompletableFuture} or {@code
 * CompletionStage}). On an older device those methods fail here with a message that names the
 * alternative, instead of with a {@code NoClassDefFoundError} from deep inside the SDK.
 */
public final class FutureSupport {
  private static final boolean AVAILABLE = probe();

  private FutureSupport() {}

  /**
   * Returns normally when {@code CompletableFuture} exists on this runtime.
   *
   * @param method the public method about to use it, for the message
   * @throws UnsupportedOperationException on Android below API 24
   */
  public static void require(String method) {
    if (!AVAILABLE) {
      throw new UnsupportedOperationException(
          method
              + " returns a CompletableFuture, which needs Android API 24+;"
              + " below that use MedusaCall.enqueue(MedusaCallback), or iterate an AutoPager on a background thread");
    }
  }

  private static boolean probe() {
    try {
      Class.forName("java.util.concurrent.CompletableFuture");
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}

package io.medusajava;

/**
 * The builder's test seams, for tests outside this package (the sdk test jar carries this class):
 * retries that must not sleep.
 */
public final class TestSeams {
  private TestSeams() {}

  /**
   * Makes the client retry without waiting between attempts.
   *
   * @param builder the builder
   * @return the same builder
   */
  public static MedusaStore.Builder withoutSleeping(MedusaStore.Builder builder) {
    return builder.sleeper(ms -> {});
  }
}

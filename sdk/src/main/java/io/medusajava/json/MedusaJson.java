package io.medusajava.json;

import com.squareup.moshi.Moshi;
import java.time.OffsetDateTime;

/**
 * The Moshi configuration that reads and writes the Store API's JSON: {@code OffsetDateTime}
 * timestamps, open enums and {@code oneOf} models.
 *
 * <p>The SDK uses it for every call; use it too when you decode Store API JSON yourself (a webhook
 * payload, a cached response). The returned instance is immutable and safe to share.
 */
public final class MedusaJson {
  private static final Moshi MOSHI = newBuilder().build();

  private MedusaJson() {}

  /**
   * Returns the shared, immutable Moshi instance configured for Store API models.
   *
   * @return the instance
   */
  public static Moshi moshi() {
    return MOSHI;
  }

  /**
   * Returns a builder holding the Store API adapters, to which you may add your own.
   *
   * @return a new builder
   */
  public static Moshi.Builder newBuilder() {
    return new Moshi.Builder()
        .add(OffsetDateTime.class, new OffsetDateTimeAdapter().nullSafe())
        .add(new OpenEnumAdapterFactory())
        .add(new OneOfAdapterFactory())
        .add(new LazyModelAdapterFactory());
  }
}

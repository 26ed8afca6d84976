package io.medusajava.mock.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.medusajava.MedusaStore;
import io.medusajava.mock.MedusaMockServer;
import io.medusajava.mock.junit.MedusaMockTest;
import java.nio.file.Path;
import okhttp3.Cache;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app that gives the SDK an OkHttp client with a cache revalidates against the mock as against
 * real Medusa: the second read of the same page sends the ETag back, gets a 304 and decodes the
 * cached body.
 */
@MedusaMockTest
class HttpCacheTest {
  @TempDir Path dir;

  @Test
  void aCachingClientRevalidatesWithTheEntityTag(MedusaMockServer server) throws Exception {
    try (Cache cache = new Cache(dir.toFile(), 10L * 1024 * 1024)) {
      OkHttpClient caching = new OkHttpClient.Builder().cache(cache).build();
      try (MedusaStore store =
          MedusaStore.builder().baseUrl(server.baseUrl()).okHttpClient(caching).build()) {
        int first = store.regions().list().execute().items().size();
        int second = store.regions().list().execute().items().size();

        assertEquals(first, second);
        assertEquals(2, cache.requestCount());
        assertEquals(2, cache.networkCount(), "both reads ask the server: Medusa sends no max-age");
        assertEquals(1, cache.hitCount(), "the second is a 304 answered from the cache");
      }
      caching.dispatcher().executorService().shutdown();
      caching.connectionPool().evictAll();
    }
  }
}

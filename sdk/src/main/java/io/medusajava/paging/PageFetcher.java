package io.medusajava.paging;

import java.util.concurrent.CompletableFuture;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;

/**
 * Fetches the page of one list query at a given offset. The SDK's resources implement it; applications
 * use {@link Page} and {@link AutoPager}.
 *
 * @param <T> the item type
 */
public interface PageFetcher<T> {
  /**
   * Fetches synchronously.
   *
   * @param offset position of the first item
   * @return the page
   */
  Page<T> fetch(int offset);

  /**
   * Fetches without blocking. Only called behind the API 24 guard of {@link Page#nextPageAsync()} and
   * {@link AutoPager#forEachAsync}.
   *
   * @param offset position of the first item
   * @return a future of the page
   */
  @IgnoreJRERequirement // callers are guarded by FutureSupport.require
  CompletableFuture<Page<T>> fetchAsync(int offset);
}

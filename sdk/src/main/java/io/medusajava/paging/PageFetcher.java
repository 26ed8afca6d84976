package io.medusajava.paging;

import java.util.concurrent.CompletableFuture;

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
   * Fetches without blocking.
   *
   * @param offset position of the first item
   * @return a future of the page
   */
  CompletableFuture<Page<T>> fetchAsync(int offset);
}

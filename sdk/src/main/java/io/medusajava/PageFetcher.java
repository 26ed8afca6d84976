package io.medusajava;

import java.util.concurrent.CompletableFuture;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;

/**
 * Fetches the page of one list call at a given offset; {@link Paging} implements it, {@link Page}
 * and {@link AutoPager} use it.
 *
 * @param <T> the item type
 */
interface PageFetcher<T> {
  /**
   * Fetches synchronously.
   *
   * @param offset position of the first item
   * @return the page
   */
  Page<T> fetch(int offset);

  /**
   * Fetches without blocking. Only called behind the API 24 guard of {@link Page#nextPageAsync()}
   * and {@link AutoPager#forEachAsync}.
   *
   * @param offset position of the first item
   * @return a future of the page
   */
  @IgnoreJRERequirement // callers are guarded by FutureSupport.require
  CompletableFuture<Page<T>> fetchAsync(int offset);
}

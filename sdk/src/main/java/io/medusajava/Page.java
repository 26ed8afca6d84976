package io.medusajava;

import io.medusajava.internal.FutureSupport;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;
import org.jspecify.annotations.Nullable;

/**
 * One page of an offset/limit list: its items, the total {@code count} the server reported, and a
 * way to fetch the page after it.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final @Nullable Integer count;

  /** Where the list ends: the reported count, or, without one, after a short page. */
  private final int end;

  private final int offset;
  private final int limit;
  private final PageFetcher<T> fetcher;

  /**
   * @param items the items, in server order
   * @param count the total the server reported, or null when it did not report one
   * @param offset the offset this page was fetched at
   * @param limit the page size asked for
   * @param fetcher fetches the page at another offset
   */
  Page(List<T> items, @Nullable Integer count, int offset, int limit, PageFetcher<T> fetcher) {
    this.items = Collections.unmodifiableList(items);
    this.count = count;
    this.end =
        count != null ? count : (items.size() < limit ? offset + items.size() : Integer.MAX_VALUE);
    this.offset = offset;
    this.limit = limit;
    this.fetcher = fetcher;
  }

  /** Returns this page's items. */
  public List<T> items() {
    return items;
  }

  /**
   * Returns how many items the whole list holds, or null when the server does not say (variants).
   */
  public @Nullable Integer count() {
    return count;
  }

  /** Returns the position of this page's first item in the whole list. */
  public int offset() {
    return offset;
  }

  /** Returns the page size that was asked for. */
  public int limit() {
    return limit;
  }

  /** Returns whether items remain after this page. An empty page is always the last. */
  public boolean hasNextPage() {
    return !items.isEmpty() && offset + items.size() < end;
  }

  /**
   * Fetches the page after this one.
   *
   * @return the next page
   * @throws NoSuchElementException when this is the last page
   */
  public Page<T> nextPage() {
    return fetcher.fetch(nextOffset());
  }

  /**
   * Fetches the page after this one without blocking. Needs Android API 24+ ({@code
   * CompletableFuture}); below that, call {@link #nextPage()} on a background thread.
   *
   * @return a future of the next page
   * @throws NoSuchElementException when this is the last page
   * @throws UnsupportedOperationException on Android below API 24
   */
  @IgnoreJRERequirement // guarded by FutureSupport.require
  public CompletableFuture<Page<T>> nextPageAsync() {
    FutureSupport.require("Page.nextPageAsync()");
    return fetcher.fetchAsync(nextOffset());
  }

  /** Returns an auto-pager that starts with this page's items and fetches the rest lazily. */
  public AutoPager<T> autoPager() {
    return new AutoPager<>(fetcher, offset, this);
  }

  private int nextOffset() {
    if (!hasNextPage()) {
      throw new NoSuchElementException(
          "last page: offset " + offset + ", " + items.size() + " of " + count);
    }
    return offset + items.size();
  }

  @Override
  public String toString() {
    return "Page{offset="
        + offset
        + ", limit="
        + limit
        + ", count="
        + count
        + ", items="
        + items.size()
        + "}";
  }
}

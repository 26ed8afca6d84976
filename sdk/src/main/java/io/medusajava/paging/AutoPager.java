package io.medusajava.paging;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Every item of a list, fetched page by page as you iterate: only one page is held at a time, so memory
 * stays flat however long the list. Iterate it with for-each, {@link #stream()}, or {@link #forEachAsync}.
 * Each iteration starts again from the first page.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private final PageFetcher<T> fetcher;
  private final int startOffset;
  private final @Nullable Page<T> prefetched;

  AutoPager(PageFetcher<T> fetcher, int startOffset, @Nullable Page<T> prefetched) {
    this.fetcher = fetcher;
    this.startOffset = startOffset;
    this.prefetched = prefetched;
  }

  /**
   * Creates an auto-pager that sends nothing until it is iterated. Used by the SDK's resources.
   *
   * @param fetcher fetches a page at an offset
   * @param startOffset offset of the first page
   * @param <T> the item type
   * @return the pager
   */
  public static <T> AutoPager<T> of(PageFetcher<T> fetcher, int startOffset) {
    return new AutoPager<>(fetcher, startOffset, null);
  }

  private Page<T> firstPage() {
    return prefetched != null ? prefetched : fetcher.fetch(startOffset);
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<T>() {
      private Page<T> page;
      private int index;

      @Override
      public boolean hasNext() {
        if (page == null) {
          page = firstPage(); // lazily: creating the pager or the iterator sends nothing
        }
        while (index >= page.items().size()) {
          if (!page.hasNextPage()) {
            return false;
          }
          page = page.nextPage(); // the previous page becomes garbage here
          index = 0;
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.items().get(index++);
      }
    };
  }

  /** Returns a sequential stream over every item, fetching lazily. */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * Visits every item without blocking a thread between pages.
   *
   * @param action called for each item, on the thread that delivered its page
   * @return a future completed after the last item, or exceptionally with the first failure
   */
  public CompletableFuture<Void> forEachAsync(Consumer<? super T> action) {
    return visit(prefetched != null ? CompletableFuture.completedFuture(prefetched) : fetcher.fetchAsync(startOffset),
        action);
  }

  private CompletableFuture<Void> visit(CompletableFuture<Page<T>> pending, Consumer<? super T> action) {
    return pending.thenCompose(page -> {
      for (T item : page.items()) {
        action.accept(item);
      }
      return page.hasNextPage() ? visit(page.nextPageAsync(), action) : CompletableFuture.<Void>completedFuture(null);
    });
  }
}

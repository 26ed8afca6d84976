package io.medusajava;

import io.medusajava.internal.FutureSupport;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;
import org.jspecify.annotations.Nullable;

/**
 * Every item of a list, fetched page by page as you iterate: only one page is held at a time, so
 * memory stays flat however long the list. Iterate it with for-each, {@link #stream()}, or {@link
 * #forEachAsync}. Each iteration starts again from the first page.
 *
 * <p>Iterating and {@link #stream()} block while a page loads: on Android, do it on a background
 * thread. {@link #forEachAsync} needs {@code CompletableFuture}, so Java 8+ or Android API 24+.
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
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * Visits every item without blocking a thread between pages.
   *
   * @param action called for each item, on the thread that delivered its page
   * @return a future completed after the last item, or exceptionally with the first failure
   * @throws UnsupportedOperationException on Android below API 24
   */
  @IgnoreJRERequirement // guarded by FutureSupport.require
  public CompletableFuture<Void> forEachAsync(Consumer<? super T> action) {
    FutureSupport.require("AutoPager.forEachAsync(..)");
    return visit(
        prefetched != null
            ? CompletableFuture.completedFuture(prefetched)
            : fetcher.fetchAsync(startOffset),
        action);
  }

  @IgnoreJRERequirement // only reached through forEachAsync
  // Package-private, not private: a private one would get a synthetic accessor that animal-sniffer
  // flags.
  static <T> CompletableFuture<Void> visit(
      CompletableFuture<Page<T>> pending, Consumer<? super T> action) {
    return pending.thenCompose(new VisitPage<T>(action));
  }

  /**
   * Visits one page and chains the next. A named class rather than a lambda: animal-sniffer does
   * not carry {@code @IgnoreJRERequirement} into a lambda's synthetic method or an anonymous
   * class's bridge method.
   */
  @IgnoreJRERequirement // only reached through forEachAsync
  private static final class VisitPage<T> implements Function<Page<T>, CompletableFuture<Void>> {
    private final Consumer<? super T> action;

    VisitPage(Consumer<? super T> action) {
      this.action = action;
    }

    @Override
    public CompletableFuture<Void> apply(Page<T> page) {
      for (T item : page.items()) {
        action.accept(item);
      }
      return page.hasNextPage()
          ? visit(page.nextPageAsync(), action)
          : CompletableFuture.<Void>completedFuture(null);
    }
  }
}

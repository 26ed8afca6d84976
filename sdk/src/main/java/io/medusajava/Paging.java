package io.medusajava;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;
import org.jspecify.annotations.Nullable;

/**
 * Turns one list operation into pages: the offset moves, every other parameter stays. The generated
 * resources make one per list call.
 *
 * @param <R> the envelope the list operation answers with
 * @param <T> the item type
 */
final class Paging<R, T> implements PageFetcher<T> {
  /**
   * The server's page size for a list that neither the params nor the answer sizes (variants: 100).
   */
  static final int SERVER_DEFAULT_LIMIT = 100;

  private final @Nullable Integer askedOffset;
  private final @Nullable Integer askedLimit;
  private final Function<@Nullable Integer, MedusaCall<R>> call;
  private final Function<R, List<T>> items;
  private final Function<R, @Nullable Integer> count;
  private final Function<R, @Nullable Integer> limit;

  /**
   * @param offset the offset the caller asked for, or null
   * @param limit the page size the caller asked for, or null
   * @param call the list call at an offset; null keeps the caller's params as they are
   * @param items the items of an answer
   * @param count the total an answer reports, or null when the operation reports none
   * @param limit the page size an answer reports, or null
   */
  Paging(
      @Nullable Integer offset,
      @Nullable Integer limit,
      Function<@Nullable Integer, MedusaCall<R>> call,
      Function<R, List<T>> items,
      Function<R, @Nullable Integer> count,
      Function<R, @Nullable Integer> servedLimit) {
    this.askedOffset = offset;
    this.askedLimit = limit;
    this.call = call;
    this.items = items;
    this.count = count;
    this.limit = servedLimit;
  }

  /** The page the caller's params ask for, sent exactly as they are. */
  MedusaCall<Page<T>> first() {
    final int offset = startOffset();
    return call.apply(askedOffset).map(response -> toPage(response, offset));
  }

  /** Every item from the params' offset on, fetched when iterated. */
  AutoPager<T> all() {
    return new AutoPager<>(this, startOffset(), null);
  }

  private int startOffset() {
    return askedOffset == null ? 0 : askedOffset;
  }

  @Override
  public Page<T> fetch(int offset) {
    return toPage(call.apply(offset).execute(), offset);
  }

  @Override
  @IgnoreJRERequirement // guarded by FutureSupport.require in executeAsync, before any
  // CompletableFuture exists
  public CompletableFuture<Page<T>> fetchAsync(int offset) {
    return call.apply(offset).executeAsync().thenApply(r -> toPage(r, offset));
  }

  private Page<T> toPage(R response, int offset) {
    List<T> list = items.apply(response);
    Integer servedLimit = limit.apply(response);
    // The server's own limit is the truth (it applies a default when we send none).
    int pageLimit =
        servedLimit != null ? servedLimit : askedLimit != null ? askedLimit : SERVER_DEFAULT_LIMIT;
    return new Page<>(
        list == null ? Collections.<T>emptyList() : list,
        count.apply(response),
        offset,
        pageLimit,
        this);
  }
}

package io.medusajava;

import io.medusajava.http.MedusaCall;
import io.medusajava.paging.AutoPager;
import io.medusajava.paging.Page;
import io.medusajava.paging.PageFetcher;
import io.medusajava.query.PagedQuery;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Turns one list operation and its query into pages: the offset moves, every other parameter stays. */
final class Paging<Q extends PagedQuery<Q>, R, T> implements PageFetcher<T> {
  /** The server's page size for a list that neither the query nor the answer sizes (variants: 100). */
  static final int SERVER_DEFAULT_LIMIT = 100;

  private final Q query;
  private final Function<Q, MedusaCall<R>> call;
  private final Function<R, List<T>> items;
  private final Function<R, @Nullable Integer> count;
  private final Function<R, @Nullable Integer> limit;

  Paging(Q query, Function<Q, MedusaCall<R>> call, Function<R, List<T>> items,
      Function<R, @Nullable Integer> count, Function<R, @Nullable Integer> limit) {
    this.query = query;
    this.call = call;
    this.items = items;
    this.count = count;
    this.limit = limit;
  }

  /** Fetches the page the query itself asks for. */
  Page<T> first() {
    return fetch(startOffset());
  }

  /** Every item from the query's offset on, fetched when iterated. */
  AutoPager<T> all() {
    return AutoPager.of(this, startOffset());
  }

  private int startOffset() {
    Integer offset = query.getOffset();
    return offset == null ? 0 : offset;
  }

  @Override
  public Page<T> fetch(int offset) {
    return toPage(call.apply(query.withOffset(offset)).execute(), offset);
  }

  @Override
  @IgnoreJRERequirement // guarded by FutureSupport.require in executeAsync, before any CompletableFuture exists
  public CompletableFuture<Page<T>> fetchAsync(int offset) {
    return call.apply(query.withOffset(offset)).executeAsync().thenApply(r -> toPage(r, offset));
  }

  private Page<T> toPage(R response, int offset) {
    List<T> list = items.apply(response);
    Integer askedLimit = query.getLimit();
    Integer servedLimit = limit.apply(response);
    // The server's own limit is the truth (it applies a default when we send none).
    int pageLimit = servedLimit != null ? servedLimit : askedLimit != null ? askedLimit : SERVER_DEFAULT_LIMIT;
    return new Page<>(list == null ? Collections.<T>emptyList() : list, count.apply(response), offset, pageLimit, this);
  }
}

package io.medusajava.query;

import org.jspecify.annotations.Nullable;

/**
 * A list query that pages with {@code limit} and {@code offset}.
 *
 * @param <Q> the query's own type, returned by {@link #withOffset(int)}
 */
public interface PagedQuery<Q extends PagedQuery<Q>> {
  /**
   * The largest {@code limit} a builder accepts. The Store API sets no documented cap; 1000 keeps one page
   * within what a phone can decode comfortably, and larger result sets are read page by page.
   */
  int MAX_LIMIT = 1000;

  /**
   * Returns the page size, or {@code null} to let the server choose.
   *
   * @return the {@code limit} parameter
   */
  @Nullable Integer getLimit();

  /**
   * Returns the number of items to skip, or {@code null} for the start.
   *
   * @return the {@code offset} parameter
   */
  @Nullable Integer getOffset();

  /**
   * Returns a copy of this query that differs only in its offset.
   *
   * @param offset the number of items to skip; at least 0
   * @return the new query
   * @throws IllegalArgumentException if {@code offset} is negative
   */
  Q withOffset(int offset);
}

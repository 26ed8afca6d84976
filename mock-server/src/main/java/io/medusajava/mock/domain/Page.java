package io.medusajava.mock.domain;

import java.util.List;

/** One page of a list endpoint: the items plus Medusa's count/offset/limit. */
public record Page<T>(List<T> items, int count, int offset, int limit) {

  /**
   * Cuts {@code all} to the page at {@code offset} of at most {@code limit} items. A limit of 0 is
   * no limit: Medusa hands it to TypeORM as {@code take: 0}, which leaves the LIMIT out.
   */
  public static <T> Page<T> of(List<T> all, int offset, int limit) {
    int from = Math.min(Math.max(offset, 0), all.size());
    int to = limit == 0 ? all.size() : Math.min(from + Math.max(limit, 0), all.size());
    return new Page<>(List.copyOf(all.subList(from, to)), all.size(), offset, limit);
  }
}

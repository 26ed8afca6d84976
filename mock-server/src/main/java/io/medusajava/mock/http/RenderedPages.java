package io.medusajava.mock.http;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Rendered catalog pages, kept while the catalog stays as it was. A products page is a pure
 * function of the catalog, the query and the pricing context, and rendering it was most of what a
 * page request cost; a page is served from here only while the store's {@code Catalog.version()} is
 * the one it was rendered under, and every change to what a page shows moves that version on.
 * Bounded by {@link #MAX_BYTES} and {@link #MAX_PAGES}, least recently used out first; one server
 * owns one.
 */
public final class RenderedPages {
  /** What the pages may hold in all. */
  static final long MAX_BYTES = 8L * 1024 * 1024;

  /** Pages kept at most, whatever their size: each key costs memory too (a few hundred bytes). */
  static final int MAX_PAGES = 1_000;

  /** A page larger than this is rendered every time rather than pushing out many others. */
  static final long MAX_PAGE_BYTES = MAX_BYTES / 4;

  /** Key to page, in access order. Guarded by this. */
  private final LinkedHashMap<List<?>, byte[]> pages = new LinkedHashMap<>(16, 0.75f, true);

  private long version = Long.MIN_VALUE;
  private long bytes;

  /**
   * The page for {@code key}: the stored one if it was rendered under the catalog version current
   * now, else {@code render}ed and kept. {@code render} runs under the store's lock and reads the
   * version there, so a page is never filed under a version newer than the data it shows.
   *
   * @param key every input of the rendering besides the catalog (query, region, currency...), as
   *     values with content equality
   * @param version the store's catalog version, read without the lock
   * @param render renders the page and returns it with the version read under the lock
   */
  public byte[] page(List<?> key, LongSupplier version, Supplier<Rendered> render) {
    long seen = version.getAsLong();
    synchronized (this) {
      if (seen == this.version) {
        byte[] hit = pages.get(key);
        if (hit != null) {
          return hit;
        }
      }
    }
    Rendered fresh = render.get();
    keep(key, fresh);
    return fresh.bytes();
  }

  /** A page and the catalog version it shows. */
  public record Rendered(long version, byte[] bytes) {}

  private synchronized void keep(List<?> key, Rendered page) {
    if (page.version() != version) {
      if (page.version() < version) {
        return; // rendered before a change another request has already seen
      }
      pages.clear();
      bytes = 0;
      version = page.version();
    }
    if (page.bytes().length > MAX_PAGE_BYTES) {
      return;
    }
    byte[] old = pages.put(key, page.bytes());
    bytes += page.bytes().length - (old == null ? 0 : old.length);
    Iterator<Map.Entry<List<?>, byte[]>> eldest = pages.entrySet().iterator();
    while ((bytes > MAX_BYTES || pages.size() > MAX_PAGES) && eldest.hasNext()) {
      bytes -= eldest.next().getValue().length;
      eldest.remove();
    }
  }

  /** Forgets every page (a reset does this too, through the version). */
  public synchronized void clear() {
    pages.clear();
    bytes = 0;
  }

  /** How many pages are held. */
  synchronized int size() {
    return pages.size();
  }
}

package io.medusajava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.medusajava.model.PricedProduct;
import io.medusajava.model.ProductListParams;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks that the auto-pager lets go of pages it has moved past. Reachability, not timing: weak
 * references to the first page's items must be cleared by a full collection, while weak references
 * to the current page's items (which the iterator still holds) must survive it, proving the
 * collection really ran and the check can tell the two apart.
 */
class PagingMemoryTest {
  private static final int PAGE = 50;
  private static final int TOTAL = 10_000;

  private MockWebServer server;
  private MedusaStore store;
  private PagingTest.Catalog catalog;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    catalog = new PagingTest.Catalog().products(TOTAL);
    server.setDispatcher(catalog);
    server.start();
    store = MedusaStore.builder().baseUrl(server.url("/").toString()).maxRetries(0).build();
  }

  @AfterEach
  void stop() throws Exception {
    store.close();
    server.shutdown();
  }

  @Test
  void pagesAlreadyIteratedBecomeUnreachable() {
    Iterator<PricedProduct> iterator =
        store.products().listAll(ProductListParams.builder().limit(PAGE).build()).iterator();

    List<WeakReference<PricedProduct>> firstPage = take(iterator, PAGE);
    skip(iterator, TOTAL - 2 * PAGE); // now at the end of the second-to-last page
    List<WeakReference<PricedProduct>> lastPageHead = take(iterator, 1); // moves onto the last page

    collectUntilCleared(firstPage);

    assertEquals(0, alive(firstPage), "items of the first page are still reachable");
    assertNotNull(
        lastPageHead.get(0).get(), "the current page must stay reachable through the iterator");
    assertEquals(PagingTest.Catalog.productId(TOTAL - PAGE), lastPageHead.get(0).get().getId());

    skip(iterator, PAGE - 1);
    assertFalse(iterator.hasNext());
    assertEquals(TOTAL / PAGE, catalog.offsets().size());
  }

  // Helpers keep item references out of the test method's own frame, so no stale local pins them.

  private static List<WeakReference<PricedProduct>> take(Iterator<PricedProduct> iterator, int n) {
    List<WeakReference<PricedProduct>> refs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      refs.add(new WeakReference<>(iterator.next()));
    }
    return refs;
  }

  private static void skip(Iterator<PricedProduct> iterator, int n) {
    for (int i = 0; i < n; i++) {
      iterator.next();
    }
  }

  private static int alive(List<WeakReference<PricedProduct>> refs) {
    int n = 0;
    for (WeakReference<PricedProduct> ref : refs) {
      if (ref.get() != null) {
        n++;
      }
    }
    return n;
  }

  /** Requests a bounded number of full collections; stops early once every reference is cleared. */
  private static void collectUntilCleared(List<WeakReference<PricedProduct>> refs) {
    for (int i = 0; i < 10 && alive(refs) > 0; i++) {
      System.gc();
    }
  }
}

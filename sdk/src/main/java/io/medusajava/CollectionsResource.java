package io.medusajava;

import static io.medusajava.internal.Checks.requireNonBlank;
import static io.medusajava.internal.Checks.requireNonNull;

import io.medusajava.api.ProductCollectionsApi;
import io.medusajava.http.MedusaCall;
import io.medusajava.model.ProductCollection;
import io.medusajava.model.StoreCollectionsListRes;
import io.medusajava.model.StoreCollectionsRes;
import io.medusajava.paging.AutoPager;
import io.medusajava.query.DateRange;
import io.medusajava.paging.Page;
import io.medusajava.query.CollectionQuery;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/** Product collections. */
public final class CollectionsResource {
  private final ProductCollectionsApi api;

  CollectionsResource(Retrofit retrofit) {
    this.api = retrofit.create(ProductCollectionsApi.class);
  }

  /**
   * Fetches one page ({@code GET /store/collections}).
   *
   * @param query filters, limit and offset
   * @return the call
   */
  public MedusaCall<StoreCollectionsListRes> list(CollectionQuery query) {
    requireNonNull(query, "query");
    return new MedusaCall<>(api.list(query.getOffset(), query.getLimit(), query.getHandles(),
        DateRange.lt(query.getCreatedAt()), DateRange.gt(query.getCreatedAt()), DateRange.lte(query.getCreatedAt()),
        DateRange.gte(query.getCreatedAt()), DateRange.lt(query.getUpdatedAt()), DateRange.gt(query.getUpdatedAt()),
        DateRange.lte(query.getUpdatedAt()), DateRange.gte(query.getUpdatedAt())));
  }

  /** Fetches the first page with the server's defaults. */
  public MedusaCall<StoreCollectionsListRes> list() {
    return list(CollectionQuery.builder().build());
  }

  /**
   * Fetches the page the query asks for, as a {@link Page} that can fetch the next one.
   *
   * @param query the query
   * @return the page
   */
  public Page<ProductCollection> page(CollectionQuery query) {
    return paging(query).first();
  }

  /**
   * Every match, fetched lazily page by page.
   *
   * @param query the query; its limit is the page size
   * @return an auto-pager; iterating it sends requests
   */
  public AutoPager<ProductCollection> listAll(CollectionQuery query) {
    return paging(query).all();
  }

  /**
   * Fetches a collection ({@code GET /store/collections/{id}}).
   *
   * @param collectionId the collection id
   * @return the call
   */
  public MedusaCall<StoreCollectionsRes> retrieve(String collectionId) {
    return new MedusaCall<>(api.retrieve(requireNonBlank(collectionId, "collectionId")));
  }

  private Paging<CollectionQuery, StoreCollectionsListRes, ProductCollection> paging(CollectionQuery query) {
    return new Paging<>(requireNonNull(query, "query"), this::list, StoreCollectionsListRes::getCollections,
        StoreCollectionsListRes::getCount, StoreCollectionsListRes::getLimit);
  }
}

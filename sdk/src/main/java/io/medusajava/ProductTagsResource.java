package io.medusajava;

import static io.medusajava.internal.Checks.requireNonBlank;
import static io.medusajava.internal.Checks.requireNonNull;

import io.medusajava.api.ProductTagsApi;
import io.medusajava.http.MedusaCall;
import io.medusajava.model.ProductTag;
import io.medusajava.model.StoreProductTagsListRes;
import io.medusajava.paging.AutoPager;
import io.medusajava.query.DateRange;
import io.medusajava.paging.Page;
import io.medusajava.query.LabelQuery;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/** Product tags. */
public final class ProductTagsResource {
  private final ProductTagsApi api;

  ProductTagsResource(Retrofit retrofit) {
    this.api = retrofit.create(ProductTagsApi.class);
  }

  /**
   * Fetches one page ({@code GET /store/product-tags}).
   *
   * @param query filters, limit and offset
   * @return the call
   */
  public MedusaCall<StoreProductTagsListRes> list(LabelQuery query) {
    requireNonNull(query, "query");
    return new MedusaCall<>(api.list(query.getLimit(), query.getOffset(), query.getOrder(),
        query.getDiscountConditionId(), query.getValues(), query.getIds(), query.getQ(),
        DateRange.lt(query.getCreatedAt()), DateRange.gt(query.getCreatedAt()), DateRange.lte(query.getCreatedAt()),
        DateRange.gte(query.getCreatedAt()), DateRange.lt(query.getUpdatedAt()), DateRange.gt(query.getUpdatedAt()),
        DateRange.lte(query.getUpdatedAt()), DateRange.gte(query.getUpdatedAt())));
  }

  /** Fetches the first page with the server's defaults. */
  public MedusaCall<StoreProductTagsListRes> list() {
    return list(LabelQuery.builder().build());
  }

  /**
   * Fetches the page the query asks for, as a {@link Page} that can fetch the next one.
   *
   * @param query the query
   * @return the page
   */
  public Page<ProductTag> page(LabelQuery query) {
    return paging(query).first();
  }

  /**
   * Every match, fetched lazily page by page.
   *
   * @param query the query; its limit is the page size
   * @return an auto-pager; iterating it sends requests
   */
  public AutoPager<ProductTag> listAll(LabelQuery query) {
    return paging(query).all();
  }

  private Paging<LabelQuery, StoreProductTagsListRes, ProductTag> paging(LabelQuery query) {
    return new Paging<>(requireNonNull(query, "query"), this::list, StoreProductTagsListRes::getProductTags,
        StoreProductTagsListRes::getCount, StoreProductTagsListRes::getLimit);
  }
}

package io.medusajava;

import static io.medusajava.internal.Checks.requireNonBlank;
import static io.medusajava.internal.Checks.requireNonNull;

import io.medusajava.api.ProductTagsApi;
import io.medusajava.http.MedusaCall;
import io.medusajava.model.ProductTag;
import io.medusajava.model.StoreProductTagsListRes;
import io.medusajava.paging.AutoPager;
import io.medusajava.paging.Page;
import io.medusajava.query.TagQuery;
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
  public MedusaCall<StoreProductTagsListRes> list(TagQuery query) {
    requireNonNull(query, "query");
    return new MedusaCall<>(api.list(query.getLimit(), query.getOffset(), query.getOrder(), query.getDiscountConditionId(), query.getValues(), query.getIds(), query.getQ(), query.getCreatedAtLt(), query.getCreatedAtGt(), query.getCreatedAtLte(), query.getCreatedAtGte(), query.getUpdatedAtLt(), query.getUpdatedAtGt(), query.getUpdatedAtLte(), query.getUpdatedAtGte()));
  }

  /** Fetches the first page with the server's defaults. */
  public MedusaCall<StoreProductTagsListRes> list() {
    return list(TagQuery.builder().build());
  }

  /**
   * Fetches the page the query asks for, as a {@link Page} that can fetch the next one.
   *
   * @param query the query
   * @return the page
   */
  public Page<ProductTag> page(TagQuery query) {
    return paging(query).first();
  }

  /**
   * Every match, fetched lazily page by page.
   *
   * @param query the query; its limit is the page size
   * @return an auto-pager; iterating it sends requests
   */
  public AutoPager<ProductTag> listAll(TagQuery query) {
    return paging(query).all();
  }

  private Paging<TagQuery, StoreProductTagsListRes, ProductTag> paging(TagQuery query) {
    return new Paging<>(requireNonNull(query, "query"), this::list, StoreProductTagsListRes::getProductTags,
        StoreProductTagsListRes::getCount, StoreProductTagsListRes::getLimit);
  }
}

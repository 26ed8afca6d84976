package io.medusajava;

import static io.medusajava.internal.Checks.requireNonBlank;
import static io.medusajava.internal.Checks.requireNonNull;

import io.medusajava.api.ProductTypesApi;
import io.medusajava.http.MedusaCall;
import io.medusajava.model.ProductType;
import io.medusajava.model.StoreProductTypesListRes;
import io.medusajava.paging.AutoPager;
import io.medusajava.paging.Page;
import io.medusajava.query.TypeQuery;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/** Product types. */
public final class ProductTypesResource {
  private final ProductTypesApi api;

  ProductTypesResource(Retrofit retrofit) {
    this.api = retrofit.create(ProductTypesApi.class);
  }

  /**
   * Fetches one page ({@code GET /store/product-types}).
   *
   * @param query filters, limit and offset
   * @return the call
   */
  public MedusaCall<StoreProductTypesListRes> list(TypeQuery query) {
    requireNonNull(query, "query");
    return new MedusaCall<>(api.list(query.getLimit(), query.getOffset(), query.getOrder(), query.getDiscountConditionId(), query.getValues(), query.getIds(), query.getQ(), query.getCreatedAtLt(), query.getCreatedAtGt(), query.getCreatedAtLte(), query.getCreatedAtGte(), query.getUpdatedAtLt(), query.getUpdatedAtGt(), query.getUpdatedAtLte(), query.getUpdatedAtGte()));
  }

  /** Fetches the first page with the server's defaults. */
  public MedusaCall<StoreProductTypesListRes> list() {
    return list(TypeQuery.builder().build());
  }

  /**
   * Fetches the page the query asks for, as a {@link Page} that can fetch the next one.
   *
   * @param query the query
   * @return the page
   */
  public Page<ProductType> page(TypeQuery query) {
    return paging(query).first();
  }

  /**
   * Every match, fetched lazily page by page.
   *
   * @param query the query; its limit is the page size
   * @return an auto-pager; iterating it sends requests
   */
  public AutoPager<ProductType> listAll(TypeQuery query) {
    return paging(query).all();
  }

  private Paging<TypeQuery, StoreProductTypesListRes, ProductType> paging(TypeQuery query) {
    return new Paging<>(requireNonNull(query, "query"), this::list, StoreProductTypesListRes::getProductTypes,
        StoreProductTypesListRes::getCount, StoreProductTypesListRes::getLimit);
  }
}

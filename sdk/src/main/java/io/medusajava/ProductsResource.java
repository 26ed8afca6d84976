package io.medusajava;

import static io.medusajava.internal.Checks.requireNonBlank;
import static io.medusajava.internal.Checks.requireNonNull;

import io.medusajava.api.ProductsApi;
import io.medusajava.http.MedusaCall;
import io.medusajava.model.PricedProduct;
import io.medusajava.model.StorePostSearchReq;
import io.medusajava.model.StorePostSearchRes;
import io.medusajava.model.StoreProductsListRes;
import io.medusajava.model.StoreProductsRes;
import io.medusajava.paging.AutoPager;
import io.medusajava.query.DateRange;
import io.medusajava.paging.Page;
import io.medusajava.query.ProductQuery;
import retrofit2.Retrofit;

/** The catalog: products with prices for a region, currency or cart. */
public final class ProductsResource {
  private final ProductsApi api;

  ProductsResource(Retrofit retrofit) {
    this.api = retrofit.create(ProductsApi.class);
  }

  /**
   * Fetches one page of products ({@code GET /store/products}).
   *
   * @param query filters, pricing context, expand/fields, limit and offset
   * @return the call
   */
  public MedusaCall<StoreProductsListRes> list(ProductQuery query) {
    requireNonNull(query, "query");
    return new MedusaCall<>(api.list(query.getQ(), query.getIds(), query.getSalesChannelIds(),
        query.getCollectionIds(), query.getTypeIds(), query.getTags(), query.getTitle(), query.getDescription(),
        query.getHandle(), query.getIsGiftcard(), DateRange.lt(query.getCreatedAt()), DateRange.gt(query.getCreatedAt()),
        DateRange.lte(query.getCreatedAt()), DateRange.gte(query.getCreatedAt()), DateRange.lt(query.getUpdatedAt()), DateRange.gt(query.getUpdatedAt()),
        DateRange.lte(query.getUpdatedAt()), DateRange.gte(query.getUpdatedAt()), query.getCategoryIds(),
        query.getIncludeCategoryChildren(), query.getOffset(), query.getLimit(), query.getExpand(),
        query.getFields(), query.getOrder(), query.getCartId(), query.getRegionId(), query.getCurrencyCode()));
  }

  /** Fetches the first page of products with the server's defaults. */
  public MedusaCall<StoreProductsListRes> list() {
    return list(ProductQuery.builder().build());
  }

  /**
   * Fetches the page the query asks for, as a {@link Page} that can fetch the next one.
   *
   * @param query the query
   * @return the page
   */
  public Page<PricedProduct> page(ProductQuery query) {
    return paging(query).first();
  }

  /**
   * Every product that matches, fetched lazily page by page.
   *
   * @param query the query; its limit is the page size
   * @return an auto-pager; iterating it sends requests
   */
  public AutoPager<PricedProduct> listAll(ProductQuery query) {
    return paging(query).all();
  }

  /**
   * Fetches a product ({@code GET /store/products/{id}}); pass a region or cart for prices.
   *
   * @param productId the product id
   * @param regionId the region whose prices to compute, or null
   * @return the call
   */
  public MedusaCall<StoreProductsRes> retrieve(String productId, String regionId) {
    return new MedusaCall<>(api.retrieve(
        requireNonBlank(productId, "productId"), null, null, regionId, null, null, null));
  }

  /**
   * Fetches a product without prices.
   *
   * @param productId the product id
   * @return the call
   */
  public MedusaCall<StoreProductsRes> retrieve(String productId) {
    return retrieve(productId, null);
  }

  /**
   * Searches through the search plugin ({@code POST /store/products/search}); hits are plugin-shaped.
   *
   * @param body the search text and paging
   * @return the call
   */
  public MedusaCall<StorePostSearchRes> search(StorePostSearchReq body) {
    return new MedusaCall<>(api.search(requireNonNull(body, "body")));
  }

  private Paging<ProductQuery, StoreProductsListRes, PricedProduct> paging(ProductQuery query) {
    return new Paging<>(requireNonNull(query, "query"), this::list, StoreProductsListRes::getProducts,
        StoreProductsListRes::getCount, StoreProductsListRes::getLimit);
  }
}

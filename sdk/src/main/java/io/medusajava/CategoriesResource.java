package io.medusajava;

import static io.medusajava.internal.Checks.requireNonBlank;
import static io.medusajava.internal.Checks.requireNonNull;

import io.medusajava.api.ProductCategoriesApi;
import io.medusajava.http.MedusaCall;
import io.medusajava.model.ProductCategory;
import io.medusajava.model.StoreGetProductCategoriesCategoryRes;
import io.medusajava.model.StoreGetProductCategoriesRes;
import io.medusajava.paging.AutoPager;
import io.medusajava.paging.Page;
import io.medusajava.query.CategoryQuery;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/** The product category tree. */
public final class CategoriesResource {
  private final ProductCategoriesApi api;

  CategoriesResource(Retrofit retrofit) {
    this.api = retrofit.create(ProductCategoriesApi.class);
  }

  /**
   * Fetches one page ({@code GET /store/product-categories}).
   *
   * @param query filters, limit and offset
   * @return the call
   */
  public MedusaCall<StoreGetProductCategoriesRes> list(CategoryQuery query) {
    requireNonNull(query, "query");
    return new MedusaCall<>(api.list(query.getQ(), query.getHandle(), query.getParentCategoryId(),
        query.getIncludeDescendantsTree(), query.getOffset(), query.getLimit(), query.getExpand(),
        query.getFields()));
  }

  /** Fetches the first page with the server's defaults. */
  public MedusaCall<StoreGetProductCategoriesRes> list() {
    return list(CategoryQuery.builder().build());
  }

  /**
   * Fetches the page the query asks for, as a {@link Page} that can fetch the next one.
   *
   * @param query the query
   * @return the page
   */
  public Page<ProductCategory> page(CategoryQuery query) {
    return paging(query).first();
  }

  /**
   * Every match, fetched lazily page by page.
   *
   * @param query the query; its limit is the page size
   * @return an auto-pager; iterating it sends requests
   */
  public AutoPager<ProductCategory> listAll(CategoryQuery query) {
    return paging(query).all();
  }

  /**
   * Fetches a category ({@code GET /store/product-categories/{id}}).
   *
   * @param categoryId the category id
   * @return the call
   */
  public MedusaCall<StoreGetProductCategoriesCategoryRes> retrieve(String categoryId) {
    return new MedusaCall<>(api.retrieve(requireNonBlank(categoryId, "categoryId"), null, null));
  }

  private Paging<CategoryQuery, StoreGetProductCategoriesRes, ProductCategory> paging(CategoryQuery query) {
    return new Paging<>(requireNonNull(query, "query"), this::list, StoreGetProductCategoriesRes::getProductCategories,
        StoreGetProductCategoriesRes::getCount, StoreGetProductCategoriesRes::getLimit);
  }
}

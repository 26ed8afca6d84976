package io.medusajava;

import static io.medusajava.internal.Checks.requireNonBlank;
import static io.medusajava.internal.Checks.requireNonNull;

import io.medusajava.api.ProductVariantsApi;
import io.medusajava.http.MedusaCall;
import io.medusajava.model.PricedVariant;
import io.medusajava.model.StoreVariantsListRes;
import io.medusajava.model.StoreVariantsRes;
import io.medusajava.paging.AutoPager;
import io.medusajava.paging.Page;
import io.medusajava.query.VariantQuery;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/** Product variants, priced for a region, currency or cart. */
public final class VariantsResource {
  private final ProductVariantsApi api;

  VariantsResource(Retrofit retrofit) {
    this.api = retrofit.create(ProductVariantsApi.class);
  }

  /**
   * Fetches one page ({@code GET /store/variants}).
   *
   * @param query filters, limit and offset
   * @return the call
   */
  public MedusaCall<StoreVariantsListRes> list(VariantQuery query) {
    requireNonNull(query, "query");
    return new MedusaCall<>(api.list(query.getIdsJoined(), query.getIds(), query.getSalesChannelId(),
        query.getExpand(), query.getFields(), query.getOffset(), query.getLimit(), query.getCartId(),
        query.getRegionId(), query.getCurrencyCode(), query.getTitles(), query.getInventoryQuantity(),
        query.getInventoryQuantityLt(), query.getInventoryQuantityGt(), query.getInventoryQuantityLte(),
        query.getInventoryQuantityGte()));
  }

  /** Fetches the first page with the server's defaults. */
  public MedusaCall<StoreVariantsListRes> list() {
    return list(VariantQuery.builder().build());
  }

  /**
   * Fetches the page the query asks for, as a {@link Page} that can fetch the next one.
   *
   * @param query the query
   * @return the page
   */
  public Page<PricedVariant> page(VariantQuery query) {
    return paging(query).first();
  }

  /**
   * Every match, fetched lazily page by page.
   *
   * @param query the query; its limit is the page size
   * @return an auto-pager; iterating it sends requests
   */
  public AutoPager<PricedVariant> listAll(VariantQuery query) {
    return paging(query).all();
  }

  /**
   * Fetches a variant ({@code GET /store/variants/{id}}), priced for a region when one is given.
   *
   * @param variantId the variant id
   * @param regionId the region whose prices to compute, or null
   * @return the call
   */
  public MedusaCall<StoreVariantsRes> retrieve(String variantId, @Nullable String regionId) {
    return new MedusaCall<>(api.retrieve(requireNonBlank(variantId, "variantId"), null, null, regionId, null));
  }

  private Paging<VariantQuery, StoreVariantsListRes, PricedVariant> paging(VariantQuery query) {
    return new Paging<>(requireNonNull(query, "query"), this::list, StoreVariantsListRes::getVariants,
        r -> null, r -> null);
  }
}

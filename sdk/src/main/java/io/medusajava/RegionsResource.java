package io.medusajava;

import static io.medusajava.internal.Checks.requireNonBlank;
import static io.medusajava.internal.Checks.requireNonNull;

import io.medusajava.api.RegionsApi;
import io.medusajava.http.MedusaCall;
import io.medusajava.model.Region;
import io.medusajava.model.StoreRegionsListRes;
import io.medusajava.model.StoreRegionsRes;
import io.medusajava.paging.AutoPager;
import io.medusajava.query.DateRange;
import io.medusajava.paging.Page;
import io.medusajava.query.RegionQuery;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/** Regions: currency, countries, tax rate and providers of each market. */
public final class RegionsResource {
  private final RegionsApi api;

  RegionsResource(Retrofit retrofit) {
    this.api = retrofit.create(RegionsApi.class);
  }

  /**
   * Fetches one page ({@code GET /store/regions}).
   *
   * @param query filters, limit and offset
   * @return the call
   */
  public MedusaCall<StoreRegionsListRes> list(RegionQuery query) {
    requireNonNull(query, "query");
    return new MedusaCall<>(api.list(query.getOffset(), query.getLimit(), DateRange.lt(query.getCreatedAt()),
        DateRange.gt(query.getCreatedAt()), DateRange.lte(query.getCreatedAt()),
        DateRange.gte(query.getCreatedAt()), DateRange.lt(query.getUpdatedAt()), DateRange.gt(query.getUpdatedAt()),
        DateRange.lte(query.getUpdatedAt()), DateRange.gte(query.getUpdatedAt())));
  }

  /** Fetches the first page with the server's defaults. */
  public MedusaCall<StoreRegionsListRes> list() {
    return list(RegionQuery.builder().build());
  }

  /**
   * Fetches the page the query asks for, as a {@link Page} that can fetch the next one.
   *
   * @param query the query
   * @return the page
   */
  public Page<Region> page(RegionQuery query) {
    return paging(query).first();
  }

  /**
   * Every match, fetched lazily page by page.
   *
   * @param query the query; its limit is the page size
   * @return an auto-pager; iterating it sends requests
   */
  public AutoPager<Region> listAll(RegionQuery query) {
    return paging(query).all();
  }

  /**
   * Fetches a region ({@code GET /store/regions/{id}}).
   *
   * @param regionId the region id
   * @return the call
   */
  public MedusaCall<StoreRegionsRes> retrieve(String regionId) {
    return new MedusaCall<>(api.retrieve(requireNonBlank(regionId, "regionId")));
  }

  private Paging<RegionQuery, StoreRegionsListRes, Region> paging(RegionQuery query) {
    return new Paging<>(requireNonNull(query, "query"), this::list, StoreRegionsListRes::getRegions,
        StoreRegionsListRes::getCount, StoreRegionsListRes::getLimit);
  }
}

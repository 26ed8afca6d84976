package io.medusajava.mock.domain.model;

import java.util.LinkedHashMap;
import java.util.Map;

/** A flat-rate shipping (or return) option of one region. */
public class ShippingOption {
  public String id;
  public String name;
  public String regionId;
  public String profileId;
  public String providerId;
  public String priceType = "flat_rate";

  /** Price in the region currency, excluding tax, in minor units. */
  public long amount;

  public boolean isReturn;
  public boolean adminOnly;
  public Map<String, Object> data = new LinkedHashMap<>();
  public String createdAt;
  public String updatedAt;
}

package io.medusajava.mock.domain.model;

/** A money amount of a variant in one currency (or, when regionId is set, for one region). */
public class Price {
  public String currencyCode;
  public long amount;
  public String regionId;
}

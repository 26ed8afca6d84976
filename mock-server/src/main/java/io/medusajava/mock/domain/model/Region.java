package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.List;

/** A region: one currency, one default tax rate, the countries it sells to and its providers. */
public class Region {
  public String id;
  public String name;
  public String currencyCode;

  /** Percent, as Medusa stores it (25 means 25%). */
  public double taxRate;

  public boolean giftCardsTaxable = true;
  public boolean automaticTaxes = true;
  public List<String> countries = new ArrayList<>();
  public List<String> paymentProviders = new ArrayList<>();
  public List<String> fulfillmentProviders = new ArrayList<>();
  public String createdAt;
  public String updatedAt;
}

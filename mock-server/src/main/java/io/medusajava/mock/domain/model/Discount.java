package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.List;

/** A discount code: percentage, fixed (spread over items) or free_shipping. */
public class Discount {
  public String id;
  public String code;

  /** percentage, fixed or free_shipping (Medusa calls this the rule type). */
  public String type;

  /** Percent for percentage; minor units for fixed. */
  public long value;

  /** total or item: how a fixed amount is spread. */
  public String allocation = "total";

  public List<String> regionIds = new ArrayList<>();
  public boolean isDisabled;

  /** When the code became usable; the seed stamps it with the creation time when left out. */
  public String startsAt;

  public String createdAt;
  public String updatedAt;
}

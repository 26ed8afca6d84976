package io.medusajava.mock.domain.model;

/** A shipping profile; every seeded product and option uses the default one. */
public class ShippingProfile {
  public String id;
  public String name;
  public String type;
  public String createdAt;
  public String updatedAt;
}

package io.medusajava.mock.domain.model;

/** A product type. */
public class ProductType {
  public String id;
  public String value;
  public String createdAt;
  public String updatedAt;
}

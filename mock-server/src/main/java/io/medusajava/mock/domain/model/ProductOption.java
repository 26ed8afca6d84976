package io.medusajava.mock.domain.model;

/** An option of a product (Size, Color); each variant picks one value per option. */
public class ProductOption {
  public String id;
  public String title;
}

package io.medusajava.mock.domain.model;

/** A sales channel; products and carts belong to one or more. */
public class SalesChannel {
  public String id;
  public String name;
  public String description;
  public boolean isDisabled;
  public String createdAt;
  public String updatedAt;
}

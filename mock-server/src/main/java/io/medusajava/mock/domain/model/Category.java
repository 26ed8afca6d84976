package io.medusajava.mock.domain.model;

/** A product category; a null parent marks a top-level one. */
public class Category {
  public String id;
  public String name;
  public String handle;
  public String parentCategoryId;
  public int rank;
  public boolean isActive = true;
  public boolean isInternal;
  public String createdAt;
  public String updatedAt;
}

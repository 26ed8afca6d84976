package io.medusajava.mock.domain.model;

/** A product collection. */
public class Collection {
  public String id;
  public String title;
  public String handle;
  public String createdAt;
  public String updatedAt;
}

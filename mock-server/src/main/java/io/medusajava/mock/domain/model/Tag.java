package io.medusajava.mock.domain.model;

/** A product tag. */
public class Tag {
  public String id;
  public String value;
  public String createdAt;
  public String updatedAt;
}

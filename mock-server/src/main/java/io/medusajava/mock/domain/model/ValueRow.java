package io.medusajava.mock.domain.model;

/**
 * A row that is only a value with an id and timestamps: Medusa's product tags and product types,
 * which it stores, lists and shows alike.
 */
public abstract class ValueRow {
  public String id;
  public String value;
  public String createdAt;
  public String updatedAt;
}

package io.medusajava.mock.domain.model;

/** A reason a customer may give when returning items. */
public class ReturnReason {
  public String id;
  public String value;
  public String label;
  public String description;
  public String createdAt;
  public String updatedAt;

  /**
   * The reason this one details, or null for a top-level reason (a reason with children is a
   * category).
   */
  public String parentReturnReasonId;
}

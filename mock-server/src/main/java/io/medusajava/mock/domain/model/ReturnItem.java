package io.medusajava.mock.domain.model;

/** One order line (or part of it) inside a return, with the customer's reason. */
public class ReturnItem {
  public String returnId;
  public String itemId;
  public int quantity;
  public String reasonId;
  public String note;
}

package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.List;

/** A payment collection (here: the money due for an order edit). */
public class PaymentCollection {
  public String id;
  public String type;
  public String status;
  public long amount;
  public String regionId;
  public String currencyCode;
  public String description;

  /**
   * Sum of the authorized sessions; null until a session is authorized, as Medusa leaves the column
   * empty.
   */
  public Long authorizedAmount;

  /** Sessions of a collection have no cart; each carries its own share of the amount. */
  public List<PaymentSession> paymentSessions = new ArrayList<>();

  public List<Payment> payments = new ArrayList<>();

  /** The admin user who created the collection (with the order edit it pays for). */
  public String createdBy;

  public String createdAt;
  public String updatedAt;
}

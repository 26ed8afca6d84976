package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A customer; seeded ones have an account and a password. */
public class Customer {
  public String id;
  public String email;

  /** Plain text: this is a mock and the password only gates the auth endpoints. */
  public String password;

  public String firstName;
  public String lastName;
  public String phone;
  public boolean hasAccount = true;
  public List<Address> addresses = new ArrayList<>();

  /** The billing address set through POST /store/customers/me; null until then. */
  public Address billingAddress;

  /**
   * Null until the customer sets some; later updates replace it, as Medusa's customer update does.
   */
  public Map<String, Object> metadata;

  public String createdAt;
  public String updatedAt;
}

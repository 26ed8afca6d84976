package io.medusajava.mock.domain.model;

/** A postal address of a cart, order or customer. */
public class Address {
  public String id;
  public String customerId;
  public String company;
  public String firstName;
  public String lastName;

  @com.fasterxml.jackson.annotation.JsonProperty("address_1")
  public String address1;

  @com.fasterxml.jackson.annotation.JsonProperty("address_2")
  public String address2;

  public String city;
  public String countryCode;
  public String province;
  public String postalCode;
  public String phone;
  public String createdAt;
  public String updatedAt;

  /** A copy with a new id, as Medusa stores a fresh address row for each cart. */
  public Address copyAs(String newId, String now) {
    Address a = new Address();
    a.id = newId;
    a.company = company;
    a.firstName = firstName;
    a.lastName = lastName;
    a.address1 = address1;
    a.address2 = address2;
    a.city = city;
    a.countryCode = countryCode;
    a.province = province;
    a.postalCode = postalCode;
    a.phone = phone;
    a.createdAt = now;
    a.updatedAt = now;
    return a;
  }
}

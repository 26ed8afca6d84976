package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.List;

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
    public String createdAt;
    public String updatedAt;
}

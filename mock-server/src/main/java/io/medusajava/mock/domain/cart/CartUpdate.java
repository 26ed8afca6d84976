package io.medusajava.mock.domain.cart;

import io.medusajava.mock.domain.model.Address;
import java.util.List;

/** The cart body fields the mock understands (POST /store/carts/{id}); null means "leave as is". */
public final class CartUpdate {
  public String email;
  public String regionId;
  public String customerId;
  public Address shippingAddress;
  public Address billingAddress;
  public List<String> discountCodes;
  public List<String> giftCardCodes;
}

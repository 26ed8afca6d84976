package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The payment an order was completed with (the manual provider authorizes at once). */
public class Payment {
    public String id;
    public String cartId;
    public String orderId;
    public long amount;
    public String currencyCode;
    public String providerId;
    public String createdAt;
    public String updatedAt;
}

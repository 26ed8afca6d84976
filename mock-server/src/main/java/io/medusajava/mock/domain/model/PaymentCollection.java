package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A payment collection (here: the money due for an order edit). */
public class PaymentCollection {
    public String id;
    public String type;
    public String status;
    public long amount;
    public String regionId;
    public String currencyCode;
    public String description;
}

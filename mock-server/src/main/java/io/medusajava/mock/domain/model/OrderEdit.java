package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A requested change to an order, kept for the order-edit endpoints. */
public class OrderEdit {
    public String id;
    public String orderId;
    public String status;
    public String internalNote;
}

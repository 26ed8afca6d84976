package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A product type. */
public class ProductType {
    public String id;
    public String value;
    public String createdAt;
    public String updatedAt;
}

package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sales channel; products and carts belong to one or more. */
public class SalesChannel {
    public String id;
    public String name;
    public String description;
    public boolean isDisabled;
    public String createdAt;
    public String updatedAt;
}

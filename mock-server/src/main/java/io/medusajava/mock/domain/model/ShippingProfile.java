package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A shipping profile; every seeded product and option uses the default one. */
public class ShippingProfile {
    public String id;
    public String name;
    public String type;
    public String createdAt;
    public String updatedAt;
}

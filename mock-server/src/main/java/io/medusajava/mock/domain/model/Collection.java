package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A product collection. */
public class Collection {
    public String id;
    public String title;
    public String handle;
    public String createdAt;
    public String updatedAt;
}

package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A product tag. */
public class Tag {
    public String id;
    public String value;
    public String createdAt;
    public String updatedAt;
}

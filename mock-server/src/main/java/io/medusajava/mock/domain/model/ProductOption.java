package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An option of a product (Size, Color); each variant picks one value per option. */
public class ProductOption {
    public String id;
    public String title;
}

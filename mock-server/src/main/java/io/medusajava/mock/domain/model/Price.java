package io.medusajava.mock.domain.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A money amount of a variant in one currency (or, when regionId is set, for one region). */
public class Price {
    public String currencyCode;
    public long amount;
    public String regionId;
}

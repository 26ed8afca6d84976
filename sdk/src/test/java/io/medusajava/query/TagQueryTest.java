package io.medusajava.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.model.ProductTagListParams;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TagQueryTest {
  private static final Instant JAN_1 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant FEB_1 = Instant.parse("2024-02-01T00:00:00Z");

  private QueryWire wire;

  @BeforeEach
  void start() throws Exception {
    wire = new QueryWire();
  }

  @AfterEach
  void stop() throws Exception {
    wire.close();
  }

  private String send(ProductTagListParams q) throws Exception {
    return wire.send(
        s -> s.productTags().list(q), "{\"product_tags\":[],\"count\":0,\"offset\":0,\"limit\":5}");
  }

  @Test
  void everyParameterReachesTheWire() throws Exception {
    ProductTagListParams query =
        ProductTagListParams.builder()
            .limit(5)
            .offset(15)
            .order("value")
            .discountConditionId("discon_1")
            .values("red", "blue")
            .ids("ptag_1", "ptag_2")
            .q("re")
            .createdAt(DateRange.atOrAfter(JAN_1).andAtOrBefore(FEB_1))
            .updatedAt(DateRange.before(FEB_1).andAfter(JAN_1))
            .build();

    assertEquals(
        "limit=5&offset=15&order=value&discount_condition_id=discon_1&value[]=red&value[]=blue"
            + "&id[]=ptag_1&id[]=ptag_2&q=re"
            + "&created_at[lte]=2024-02-01T00:00:00Z&created_at[gte]=2024-01-01T00:00:00Z"
            + "&updated_at[lt]=2024-02-01T00:00:00Z&updated_at[gt]=2024-01-01T00:00:00Z",
        send(query));
  }

  @Test
  void blankValueIsRejected() {
    ProductTagListParams.Builder builder = ProductTagListParams.builder().values("red", "");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("value[] must not contain a blank value (index 1)", e.getMessage());
  }
}

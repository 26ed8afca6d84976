package io.medusajava.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.model.CollectionListParams;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CollectionQueryTest {
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

  private String send(CollectionListParams q) throws Exception {
    return wire.send(
        s -> s.collections().list(q), "{\"collections\":[],\"count\":0,\"offset\":0,\"limit\":10}");
  }

  @Test
  void everyParameterReachesTheWire() throws Exception {
    CollectionListParams query =
        CollectionListParams.builder()
            .offset(10)
            .limit(10)
            .handles("summer", "winter")
            .createdAt(DateRange.between(JAN_1, FEB_1))
            .updatedAt(DateRange.after(JAN_1).andAtOrBefore(FEB_1))
            .build();

    assertEquals(
        "offset=10&limit=10&handle[]=summer&handle[]=winter"
            + "&created_at[lt]=2024-02-01T00:00:00Z&created_at[gte]=2024-01-01T00:00:00Z"
            + "&updated_at[gt]=2024-01-01T00:00:00Z&updated_at[lte]=2024-02-01T00:00:00Z",
        send(query));
  }

  @Test
  void blankHandleIsRejected() {
    CollectionListParams.Builder builder = CollectionListParams.builder().handles("");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("handle[] must not contain a blank value (index 0)", e.getMessage());
  }
}

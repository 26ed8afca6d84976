package io.medusajava.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.api.ProductCollectionsApi;
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

  private String send(CollectionQuery q) throws Exception {
    return wire.send(wire.api(ProductCollectionsApi.class).list(
        q.getOffset(), q.getLimit(), q.getHandles(),
        DateRange.lt(q.getCreatedAt()), DateRange.gt(q.getCreatedAt()), DateRange.lte(q.getCreatedAt()), DateRange.gte(q.getCreatedAt()),
        DateRange.lt(q.getUpdatedAt()), DateRange.gt(q.getUpdatedAt()), DateRange.lte(q.getUpdatedAt()), DateRange.gte(q.getUpdatedAt())),
        "{\"collections\":[],\"count\":0,\"offset\":0,\"limit\":10}");
  }

  @Test
  void everyParameterReachesTheWire() throws Exception {
    CollectionQuery query = CollectionQuery.builder()
        .offset(10)
        .limit(10)
        .handles("summer", "winter")
        .createdAt(DateRange.between(JAN_1, FEB_1))
        .updatedAt(DateRange.after(JAN_1).andAtOrBefore(FEB_1))
        .build();

    assertEquals("offset=10&limit=10&handle[]=summer&handle[]=winter"
        + "&created_at[lt]=2024-02-01T00:00:00Z&created_at[gte]=2024-01-01T00:00:00Z"
        + "&updated_at[gt]=2024-01-01T00:00:00Z&updated_at[lte]=2024-02-01T00:00:00Z", send(query));
  }

  @Test
  void blankHandleIsRejected() {
    CollectionQuery.Builder builder = CollectionQuery.builder().handles("");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("handle[] must not contain a blank value (index 0)", e.getMessage());
  }
}

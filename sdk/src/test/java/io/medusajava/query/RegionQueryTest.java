package io.medusajava.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.model.RegionListParams;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegionQueryTest {
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

  private String send(RegionListParams q) throws Exception {
    return wire.send(s -> s.regions().list(q), "{\"regions\":[]}");
  }

  @Test
  void everyParameterReachesTheWire() throws Exception {
    RegionListParams query =
        RegionListParams.builder()
            .offset(2)
            .limit(1)
            .createdAt(DateRange.after(JAN_1).andBefore(FEB_1))
            .updatedAt(DateRange.atOrAfter(JAN_1).andAtOrBefore(FEB_1))
            .build();

    assertEquals(
        "offset=2&limit=1"
            + "&created_at[lt]=2024-02-01T00:00:00Z&created_at[gt]=2024-01-01T00:00:00Z"
            + "&updated_at[lte]=2024-02-01T00:00:00Z&updated_at[gte]=2024-01-01T00:00:00Z",
        send(query));
  }

  @Test
  void aDerivedNegativeOffsetIsRejected() {
    RegionListParams query = RegionListParams.builder().limit(1).build();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> query.toBuilder().offset(-1).build());
    assertEquals("offset must be at least 0, was -1", e.getMessage());
  }
}

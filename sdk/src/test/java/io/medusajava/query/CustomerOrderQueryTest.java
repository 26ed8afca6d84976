package io.medusajava.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.api.CustomersApi;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerOrderQueryTest {
  private static final Instant JAN_1 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant FEB_1 = Instant.parse("2024-02-01T00:00:00Z");
  private static final Instant MAR_1 = Instant.parse("2024-03-01T00:00:00Z");

  private QueryWire wire;

  @BeforeEach
  void start() throws Exception {
    wire = new QueryWire();
  }

  @AfterEach
  void stop() throws Exception {
    wire.close();
  }

  private String send(CustomerOrderQuery q) throws Exception {
    return wire.send(wire.api(CustomersApi.class).listOrders(
        q.getQ(), q.getId(), q.getStatuses(), q.getFulfillmentStatuses(), q.getPaymentStatuses(),
        q.getDisplayId(), q.getCartId(), q.getEmail(), q.getRegionId(), q.getCurrencyCode(), q.getTaxRate(),
        DateRange.lt(q.getCreatedAt()), DateRange.gt(q.getCreatedAt()), DateRange.lte(q.getCreatedAt()), DateRange.gte(q.getCreatedAt()),
        DateRange.lt(q.getUpdatedAt()), DateRange.gt(q.getUpdatedAt()), DateRange.lte(q.getUpdatedAt()), DateRange.gte(q.getUpdatedAt()),
        DateRange.lt(q.getCanceledAt()), DateRange.gt(q.getCanceledAt()), DateRange.lte(q.getCanceledAt()), DateRange.gte(q.getCanceledAt()),
        q.getLimit(), q.getOffset(), q.getExpand(), q.getFields()),
        "{\"orders\":[],\"count\":0,\"offset\":0,\"limit\":10}");
  }

  @Test
  void everyParameterReachesTheWire() throws Exception {
    CustomerOrderQuery query = CustomerOrderQuery.builder()
        .q("1001")
        .id("order_1")
        .statuses("pending", "completed")
        .fulfillmentStatuses("shipped", "partially_shipped")
        .paymentStatuses("captured", "awaiting")
        .displayId("1001")
        .cartId("cart_1")
        .email("jane@example.com")
        .regionId("reg_1")
        .currencyCode("usd")
        .taxRate("0.2")
        .createdAt(DateRange.between(JAN_1, FEB_1))
        .updatedAt(DateRange.after(JAN_1))
        .canceledAt(DateRange.atOrBefore(MAR_1).andAfter(FEB_1))
        .limit(10)
        .offset(30)
        .expand("items", "shipping_address")
        .fields("id", "status")
        .build();

    assertEquals("q=1001&id=order_1&status[]=pending&status[]=completed"
        + "&fulfillment_status[]=shipped&fulfillment_status[]=partially_shipped"
        + "&payment_status[]=captured&payment_status[]=awaiting&display_id=1001&cart_id=cart_1"
        + "&email=jane@example.com&region_id=reg_1&currency_code=usd&tax_rate=0.2"
        + "&created_at[lt]=2024-02-01T00:00:00Z&created_at[gte]=2024-01-01T00:00:00Z"
        + "&updated_at[gt]=2024-01-01T00:00:00Z"
        + "&canceled_at[gt]=2024-02-01T00:00:00Z&canceled_at[lte]=2024-03-01T00:00:00Z"
        + "&limit=10&offset=30&expand=items,shipping_address&fields=id,status", send(query));
  }

  @Test
  void blankStatusIsRejected() {
    CustomerOrderQuery.Builder builder = CustomerOrderQuery.builder().statuses("pending", " ");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("status[] must not contain a blank value (index 1)", e.getMessage());
  }
}

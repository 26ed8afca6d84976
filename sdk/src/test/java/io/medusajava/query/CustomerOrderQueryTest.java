package io.medusajava.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.medusajava.model.CustomerOrderListParams;
import io.medusajava.model.FulfillmentStatus;
import io.medusajava.model.OrderStatus;
import io.medusajava.model.PaymentStatus;
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

  private String send(CustomerOrderListParams q) throws Exception {
    return wire.send(
        s -> s.customers().listOrders(q), "{\"orders\":[],\"count\":0,\"offset\":0,\"limit\":10}");
  }

  @Test
  void everyParameterReachesTheWire() throws Exception {
    CustomerOrderListParams query =
        CustomerOrderListParams.builder()
            .q("1001")
            .id("order_1")
            .statuses(OrderStatus.PENDING, OrderStatus.COMPLETED)
            .fulfillmentStatuses(FulfillmentStatus.SHIPPED, FulfillmentStatus.PARTIALLY_SHIPPED)
            .paymentStatuses(PaymentStatus.CAPTURED, PaymentStatus.AWAITING)
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

    assertEquals(
        "q=1001&id=order_1&status[]=pending&status[]=completed"
            + "&fulfillment_status[]=shipped&fulfillment_status[]=partially_shipped"
            + "&payment_status[]=captured&payment_status[]=awaiting&display_id=1001&cart_id=cart_1"
            + "&email=jane@example.com&region_id=reg_1&currency_code=usd&tax_rate=0.2"
            + "&created_at[lt]=2024-02-01T00:00:00Z&created_at[gte]=2024-01-01T00:00:00Z"
            + "&updated_at[gt]=2024-01-01T00:00:00Z"
            + "&canceled_at[gt]=2024-02-01T00:00:00Z&canceled_at[lte]=2024-03-01T00:00:00Z"
            + "&limit=10&offset=30&expand=items,shipping_address&fields=id,status",
        send(query));
  }

  @Test
  void nullStatusIsRejected() {
    CustomerOrderListParams.Builder builder =
        CustomerOrderListParams.builder().statuses(OrderStatus.PENDING, null);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertEquals("status[] must not contain null (index 1)", e.getMessage());
  }

  @Test
  void statusesAreTypedAndSentAsTheirWireValues() throws Exception {
    assertEquals(
        "status[]=requires_action&fulfillment_status[]=not_fulfilled",
        send(
            CustomerOrderListParams.builder()
                .statuses(OrderStatus.REQUIRES_ACTION)
                .fulfillmentStatuses(FulfillmentStatus.NOT_FULFILLED)
                .build()));
    assertEquals("requires_action", OrderStatus.REQUIRES_ACTION.toString());
  }
}

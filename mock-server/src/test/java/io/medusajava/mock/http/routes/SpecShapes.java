package io.medusajava.mock.http.routes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The required properties of the response schemas these routes produce, copied by name from
 * openapi/store.yaml, so a test can check a body carries every one (null is allowed where the spec
 * is nullable).
 */
final class SpecShapes {
  static final Map<String, List<String>> REQUIRED =
      Map.of(
          "OrderEdit",
              List.of(
                  "id",
                  "order_id",
                  "requested_by",
                  "requested_at",
                  "confirmed_at",
                  "declined_by",
                  "declined_at",
                  "declined_reason",
                  "canceled_at",
                  "status",
                  "payment_collection_id",
                  "created_at"),
          "PaymentCollection",
              List.of("id", "type", "status", "description", "amount", "currency_code", "metadata"),
          "PaymentSession",
              List.of(
                  "id",
                  "cart_id",
                  "provider_id",
                  "is_selected",
                  "is_initiated",
                  "status",
                  "data",
                  "idempotency_key",
                  "amount",
                  "payment_authorized_at",
                  "created_at",
                  "updated_at"),
          "Return",
              List.of(
                  "id",
                  "status",
                  "swap_id",
                  "claim_order_id",
                  "order_id",
                  "shipping_data",
                  "location_id",
                  "refund_amount",
                  "no_notification",
                  "idempotency_key",
                  "received_at",
                  "created_at",
                  "updated_at",
                  "metadata"),
          "ReturnItem",
              List.of(
                  "return_id",
                  "item_id",
                  "quantity",
                  "is_requested",
                  "requested_quantity",
                  "received_quantity",
                  "reason_id",
                  "note",
                  "metadata"),
          "Swap",
              List.of(
                  "id",
                  "fulfillment_status",
                  "payment_status",
                  "order_id",
                  "difference_due",
                  "shipping_address_id",
                  "cart_id",
                  "confirmed_at",
                  "idempotency_key",
                  "created_at",
                  "updated_at",
                  "deleted_at",
                  "metadata"),
          "PricedVariant",
              List.of(
                  "id",
                  "title",
                  "product_id",
                  "sku",
                  "barcode",
                  "ean",
                  "upc",
                  "inventory_quantity",
                  "allow_backorder",
                  "manage_inventory",
                  "hs_code",
                  "origin_country",
                  "mid_code",
                  "material",
                  "weight",
                  "length",
                  "height",
                  "width",
                  "created_at",
                  "updated_at",
                  "deleted_at",
                  "metadata"),
          "Customer",
              List.of(
                  "id",
                  "email",
                  "first_name",
                  "last_name",
                  "billing_address_id",
                  "phone",
                  "has_account",
                  "created_at",
                  "updated_at",
                  "deleted_at",
                  "metadata"));

  private SpecShapes() {}

  static void assertShape(String schema, JsonNode node) {
    for (String field : REQUIRED.get(schema)) {
      assertTrue(node.has(field), schema + " lacks required " + field + ": " + node);
    }
  }
}

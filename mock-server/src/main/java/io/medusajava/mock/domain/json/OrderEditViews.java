package io.medusajava.mock.domain.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medusajava.mock.domain.catalog.Catalog;
import io.medusajava.mock.domain.model.Order;
import io.medusajava.mock.domain.model.OrderEdit;
import io.medusajava.mock.domain.model.PaymentCollection;
import io.medusajava.mock.domain.totals.CartTotals;

/**
 * JSON of an order edit (StoreOrderEditsRes). The mock's edits carry no item changes, so the edit's
 * items are the order's items and its totals the order's; the difference due is whatever the linked
 * payment collection asks for. The caller hands in the edited order and the edit's payment
 * collection (null when it has none).
 */
public final class OrderEditViews {
  private final OrderViews orders;

  public OrderEditViews(Catalog catalog) {
    this.orders = new OrderViews(catalog);
  }

  /** {@code {"order_edit": ...}}. */
  public ObjectNode orderEditResponse(OrderEdit e, Order order, PaymentCollection pc) {
    ObjectNode n = Json.object();
    n.set("order_edit", orderEdit(e, order, pc));
    return n;
  }

  public ObjectNode orderEdit(OrderEdit e, Order order, PaymentCollection pc) {
    ObjectNode n = Json.object();
    // The store's view of an edit leaves out what only the admin sees (internal note, who created,
    // confirmed or canceled it) and updated_at, as real 1.20.11 selects it.
    n.put("id", e.id);
    n.put("created_at", e.createdAt);
    n.put("order_id", e.orderId);
    n.putNull("requested_by");
    n.put("requested_at", e.requestedAt);
    n.put("confirmed_at", e.confirmedAt);
    n.putNull("declined_by");
    n.put("declined_at", e.declinedAt);
    n.put("declined_reason", e.declinedReason);
    n.putNull("canceled_at");
    n.put("payment_collection_id", e.paymentCollectionId);
    n.put("status", e.status);
    n.set("changes", Json.array());
    n.set("items", items(order, e.id));
    n.set("payment_collection", pc == null ? null : PaymentCollectionViews.row(pc));
    CartTotals t = order.totals;
    n.put("subtotal", t.subtotal());
    n.put("discount_total", t.discountTotal());
    n.put("shipping_total", t.shippingTotal());
    n.put("gift_card_total", t.giftCardTotal());
    n.put("gift_card_tax_total", t.giftCardTaxTotal());
    n.put("tax_total", t.orderTaxTotal());
    n.put("total", t.total());
    n.put("difference_due", pc == null ? 0 : pc.amount);
    return n;
  }

  /**
   * The order's lines as the edit shows them: Medusa clones them onto the edit, hence
   * order_edit_id.
   */
  private ArrayNode items(Order order, String editId) {
    ArrayNode out = Json.array();
    for (JsonNode item : orders.items(order)) {
      ObjectNode copy = ((ObjectNode) item).deepCopy();
      copy.put("order_edit_id", editId);
      out.add(copy);
    }
    return out;
  }
}

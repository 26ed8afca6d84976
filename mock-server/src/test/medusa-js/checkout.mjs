// The official Medusa v1 JS client (@medusajs/medusa-js 6.1.10) completing a guest checkout and reading the
// order back, against the server at argv[2] (medusa-java's mock in MedusaJsCheckoutTest). Prints one line per
// step and exits non-zero at the first thing that is not as a storefront built on medusa-js expects.
//   node checkout.mjs http://127.0.0.1:PORT
import Medusa from "@medusajs/medusa-js";

const medusa = new Medusa({ baseUrl: process.argv[2], maxRetries: 0 });

function check(cond, what) {
  if (!cond) {
    throw new Error(`unexpected: ${what}`);
  }
  console.log(`ok ${what}`);
}

const { regions } = await medusa.regions.list();
const region = regions.find((r) => r.currency_code === "usd") ?? regions[0];
check(region && Array.isArray(region.countries), "regions.list gives a region with countries");

const { products } = await medusa.products.list({ limit: 5, region_id: region.id });
const variant = products.flatMap((p) => p.variants ?? []).find((v) => typeof v.calculated_price === "number"
  && (!v.manage_inventory || v.inventory_quantity > 2));
check(variant, "products.list gives a priced variant in stock");

let { cart } = await medusa.carts.create({ region_id: region.id });
check(cart.id && cart.region_id === region.id, "carts.create");
({ cart } = await medusa.carts.lineItems.create(cart.id, { variant_id: variant.id, quantity: 2 }));
check(cart.items.length === 1 && cart.items[0].quantity === 2, "carts.lineItems.create");
({ cart } = await medusa.carts.update(cart.id, {
  email: "medusa-js@example.com",
  shipping_address: { first_name: "Ada", last_name: "Lovelace", address_1: "1 Main St", city: "Springfield",
    country_code: region.countries[0].iso_2, postal_code: "12345" },
}));
check(cart.email === "medusa-js@example.com" && cart.shipping_address, "carts.update (e-mail, address)");
const { shipping_options } = await medusa.shippingOptions.listCartOptions(cart.id);
check(shipping_options.length > 0, "shippingOptions.listCartOptions");
({ cart } = await medusa.carts.addShippingMethod(cart.id, { option_id: shipping_options[0].id }));
check(cart.shipping_methods.length === 1, "carts.addShippingMethod");
({ cart } = await medusa.carts.createPaymentSessions(cart.id));
check(cart.payment_sessions.some((s) => s.provider_id === "manual"), "carts.createPaymentSessions");
({ cart } = await medusa.carts.setPaymentSession(cart.id, { provider_id: "manual" }));
check(cart.payment_session?.provider_id === "manual", "carts.setPaymentSession");
check(cart.total === cart.subtotal + cart.shipping_total + cart.tax_total - cart.discount_total - cart.gift_card_total,
  "cart total adds up");
const done = await medusa.carts.complete(cart.id);
check(done.type === "order" && done.data.id, "carts.complete gives an order");
const { order } = await medusa.orders.retrieve(done.data.id);
check(order.id === done.data.id && order.total === cart.total && order.items[0].quantity === 2, "orders.retrieve");
const byCart = await medusa.orders.retrieveByCartId(cart.id);
check(byCart.order.id === order.id, "orders.retrieveByCartId");
console.log(`checkout complete: order ${order.id}, total ${order.total} ${order.currency_code}`);

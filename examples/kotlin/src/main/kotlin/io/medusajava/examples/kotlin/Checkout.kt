/**
 * A guest checkout in Kotlin: the SDK's getters read as properties, and its nullness as Kotlin types.
 *
 * `cart.id`, `order.items` or `variant.inventoryQuantity` are always sent, so they are `String`,
 * `List<LineItem>` and `Int`; `cart.email`, `variant.calculatedPrice` or `completion.order` may be null, so they
 * are `String?`, `Double?` and `Order?`, and the compiler asks for `?.`, `?:` or a null check before use.
 */
package io.medusajava.examples.kotlin

import io.medusajava.MedusaStore
import io.medusajava.mock.MedusaMockServer
import io.medusajava.model.AddressParams
import io.medusajava.model.CartCreateParams
import io.medusajava.model.CartUpdateParams
import io.medusajava.model.LineItemCreateParams
import io.medusajava.model.Order
import io.medusajava.model.PaymentSessionSetParams
import io.medusajava.model.PricedVariant
import io.medusajava.model.ProductListParams
import io.medusajava.model.ShippingMethodAddParams

/** Buys one item as a guest in the store's first region, paying with the `manual` provider. */
fun placeOrder(store: MedusaStore, email: String): Order {
    val region = store.regions().list().execute().items().first()
    val country: String = region.countries.first().iso2

    // listAll pages lazily: the sequence stops fetching once a variant is found.
    val variant = store.products().listAll(ProductListParams.builder().regionId(region.id).build())
        .asSequence()
        .filterNot { it.isGiftcard }
        .flatMap { it.variants }
        .first(::buyable)

    val cart = store.carts().create(CartCreateParams.builder().regionId(region.id).build()).execute()
    store.carts().addLineItem(cart.id,
        LineItemCreateParams.builder().variantId(variant.id).quantity(1).build()).execute()
    store.carts().update(cart.id, CartUpdateParams.builder()
        .email(email)
        .shippingAddress(AddressParams.builder()
            .firstName("Ada").lastName("Example").address1("1 Example Street").city("Exampleton")
            .postalCode("10001").countryCode(country).build())
        .build()).execute()

    // An option without a price for this cart (amount == null) cannot be the cheapest.
    val shipping = store.shippingOptions().listForCart(cart.id).execute()
        .minByOrNull { it.amount ?: Int.MAX_VALUE }
        ?: error("no shipping option can ship this cart")
    store.carts().addShippingMethod(cart.id,
        ShippingMethodAddParams.builder().optionId(shipping.id).build()).execute()

    store.carts().createPaymentSessions(cart.id).execute()
    store.carts().setPaymentSession(cart.id,
        PaymentSessionSetParams.builder().providerId("manual").build()).execute()

    val completion = store.carts().complete(cart.id).execute()
    return completion.order ?: error("payment needs another step: ${completion.type}")
}

/** Priced in the cart's region, and in stock (or sold without counting stock). */
private fun buyable(variant: PricedVariant): Boolean =
    variant.calculatedPrice != null &&
        (!variant.manageInventory || variant.allowBackorder || variant.inventoryQuantity > 0)

/** The receipt: one line per item, then the total, in the order's currency's smallest unit. */
fun receipt(order: Order): String = buildString {
    appendLine("Order #${order.displayId} for ${order.email}")
    for (item in order.items) {
        appendLine("  ${item.title} x ${item.quantity}: ${item.subtotal}")
    }
    appendLine("  total: ${order.total} ${order.currencyCode}")
}

/** With a base URL as its argument, buys there; without, from the mock server started in-process. */
fun main(args: Array<String>) {
    val baseUrl = args.firstOrNull()
    if (baseUrl != null) {
        MedusaStore.builder().baseUrl(baseUrl).build().use { print(receipt(placeOrder(it, "guest@example.com"))) }
        return
    }
    MedusaMockServer().start().use { mock ->
        MedusaStore.builder().baseUrl(mock.baseUrl()).build().use {
            print(receipt(placeOrder(it, "guest@example.com")))
        }
    }
}

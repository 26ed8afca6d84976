package io.medusajava.examples.kotlin

import io.medusajava.MedusaStore
import io.medusajava.mock.MedusaMockServer
import io.medusajava.mock.junit.MedusaMockTest
import java.io.ByteArrayOutputStream
import java.io.PrintStream
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** The Kotlin checkout, run against the mock server over HTTP. */
@MedusaMockTest
class CheckoutTest {
    @Test
    fun `places an order for the guest`(server: MedusaMockServer) {
        val order = MedusaStore.builder().baseUrl(server.baseUrl()).build().use { placeOrder(it, "kotlin@example.com") }

        assertEquals("kotlin@example.com", order.email)
        assertEquals(1, order.items.size)
        assertTrue(order.total > 0, "total ${order.total}")
        // The mock holds the very order the SDK decoded.
        assertEquals(order.id, server.state().orders().byCart(order.cartId ?: error("no cart id")).id)
        assertTrue(receipt(order).contains("total: ${order.total} ${order.currencyCode}"), receipt(order))
    }

    @Test
    fun `main buys from a mock of its own when given no base URL`() {
        val printed = ByteArrayOutputStream()
        val stdout = System.out
        System.setOut(PrintStream(printed, true, Charsets.UTF_8))
        try {
            main(emptyArray())
        } finally {
            System.setOut(stdout)
        }
        val receipt = printed.toString(Charsets.UTF_8)
        assertTrue(Regex("""Order #\d+ for guest@example.com\n(?s).*total: [1-9]\d* \w{3}\n""").matches(receipt), receipt)
    }
}

package io.medusajava.examples.kotlin

import java.io.ByteArrayOutputStream
import java.io.File
import java.io.PrintStream
import java.nio.file.Files
import org.jetbrains.kotlin.cli.common.ExitCode
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.params.ParameterizedTest
import org.junit.jupiter.params.provider.MethodSource

/**
 * Kotlin sees the SDK's nullness as the SDK declares it (JSpecify `@NullMarked`, `@Nullable`), checked by the
 * Kotlin compiler itself. Each wrong use below draws its diagnostic only while that nullness is there: were it
 * lost (a package left out of `@NullMarked`, an annotation dropped from a template), the values would be
 * platform types, `String!`, which Kotlin lets through both ways, and the wrong uses would compile silently.
 *
 * A compiler start costs seconds, so the cases share two compilations: one for the uses that are errors, and
 * one for those that are warnings (which the compiler leaves unsaid in a file that has errors), together with
 * the right uses, which must draw no word at all.
 */
class NullnessTest {
    /** A wrong use of the SDK, and what the compiler must say about it. */
    data class WrongUse(val what: String, val code: String, val diagnostic: String) {
        val isWarning get() = diagnostic.startsWith("warning:")
        override fun toString() = what
    }

    companion object {
        /** The flags this module's own code compiles with (see the POM): with -Werror a warning fails too. */
        private val FLAGS = arrayOf("-Xjspecify-annotations=strict", "-Werror")

        private val HEADER = listOf(
            "import io.medusajava.model.Cart",
            "import io.medusajava.model.CartCompletion",
            "import io.medusajava.model.LineItemCreateParams")

        private val RIGHT = """
            fun right(cart: Cart, completion: CartCompletion): Int =
                cart.id.length + cart.items.first().title.length + cart.total +
                    (cart.email?.length ?: 0) + (completion.order?.id?.length ?: 0)
            """.trimIndent().lines()

        @JvmStatic
        fun wrongUses() = listOf(
            WrongUse("a nullable field needs ?.", "cart.email.length",
                "error: only safe (?.) or non-null asserted (!!.) calls are allowed on a nullable receiver of type 'String?'"),
            WrongUse("a nullable model needs ?.", "completion.order.id",
                "error: only safe (?.) or non-null asserted (!!.) calls are allowed on a nullable receiver of type 'Order?'"),
            WrongUse("a parameter without @Nullable takes no null", "LineItemCreateParams.builder().variantId(null)",
                "error: null cannot be a value of a non-null type 'String'"),
            WrongUse("an always-present field is not nullable", "cart.id?.length",
                "warning: unnecessary safe call on a non-null receiver of type 'String'"),
            WrongUse("the elements of a list are not nullable", "cart.items.first()?.title",
                "warning: unnecessary safe call on a non-null receiver of type 'LineItem'"),
        )

        /** Per kind (warnings or errors): the file's lines, the compiler's exit code and its diagnostics by line. */
        private val compiled = mapOf(true to lazy { compileFile(true) }, false to lazy { compileFile(false) })

        private class Compiled(val lines: List<String>, val exit: ExitCode, val diagnostics: Map<Int, List<String>>) {
            fun on(code: String): List<String> = diagnostics[lines.indexOfFirst { it.endsWith("= $code") } + 1].orEmpty()
        }

        private fun compileFile(warnings: Boolean): Compiled {
            val lines = HEADER + (if (warnings) RIGHT else emptyList()) +
                wrongUses().filter { it.isWarning == warnings }
                    .mapIndexed { i, use -> "fun wrong$i(cart: Cart, completion: CartCompletion) = ${use.code}" }
            val (exit, output) = compile(lines.joinToString("\n", postfix = "\n"))
            val diagnostics = output.lines()
                .mapNotNull { Regex("""Snippet\.kt:(\d+):\d+: (.*)""").find(it) }
                .groupBy({ it.groupValues[1].toInt() }, { it.groupValues[2] })
            if (diagnostics.isEmpty() && exit != ExitCode.OK) {
                throw AssertionError("the compiler failed, and not on the snippet:\n$output")
            }
            return Compiled(lines, exit, diagnostics)
        }

        /** Compiles [source] against the test class path: the SDK's classes, JSpecify, the Kotlin stdlib. */
        private fun compile(source: String): Pair<ExitCode, String> {
            val dir = Files.createTempDirectory("nullness").toFile()
            try {
                val file = File(dir, "Snippet.kt").apply { writeText(source) }
                // Surefire sets java.class.path to the test class path.
                val classPath = System.getProperty("java.class.path").split(File.pathSeparator)
                    .filter { File(it).exists() }
                    .joinToString(File.pathSeparator)
                val messages = ByteArrayOutputStream()
                val exit = K2JVMCompiler().exec(
                    PrintStream(messages, true, Charsets.UTF_8),
                    *FLAGS, "-no-stdlib", "-no-reflect", "-jvm-target", "17",
                    "-classpath", classPath, "-d", File(dir, "classes").path, file.path)
                return exit to messages.toString(Charsets.UTF_8)
            } finally {
                dir.deleteRecursively()
            }
        }
    }

    @Test
    fun `the right uses compile without a word`() {
        val file = compiled.getValue(true).value
        val said = RIGHT.indices.flatMap { file.diagnostics[HEADER.size + 1 + it].orEmpty() }
        assertEquals(emptyList<String>(), said)
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongUses")
    fun `a wrong use does not compile`(use: WrongUse) {
        val file = compiled.getValue(use.isWarning).value
        assertEquals(ExitCode.COMPILATION_ERROR, file.exit, "${use.code} compiled")
        val said = file.on(use.code)
        assertTrue(said.any { it.contains(use.diagnostic, ignoreCase = true) },
            "${use.code}: expected \"${use.diagnostic}\", got $said")
    }
}

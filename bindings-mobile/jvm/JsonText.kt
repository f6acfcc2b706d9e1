// Parameter maps written as JSON text, the form the core reads (typed records are to come).
package com.umfsdk.jvm

import java.math.BigDecimal
import java.math.BigInteger

/** Writes maps, lists, strings, numbers, booleans and null as JSON. Amounts belong in strings
 *  (`"12.50"`), as UMF writes them; a `Double` is written as Kotlin prints it. */
object JsonText {
    fun write(value: Any?): String = StringBuilder().also { append(it, value) }.toString()

    private fun append(out: StringBuilder, value: Any?) {
        when (value) {
            null -> out.append("null")
            is String -> string(out, value)
            is Boolean -> out.append(value)
            is Int, is Long, is Short, is Byte, is BigInteger -> out.append(value.toString())
            is BigDecimal -> out.append(value.toPlainString())
            is Double, is Float -> {
                val d = (value as Number).toDouble()
                require(d.isFinite()) { "JSON has no NaN or infinity" }
                out.append(value.toString())
            }
            is Map<*, *> -> {
                out.append('{')
                var first = true
                for ((k, v) in value) {
                    if (!first) out.append(',')
                    first = false
                    string(out, k.toString())
                    out.append(':')
                    append(out, v)
                }
                out.append('}')
            }
            is Iterable<*> -> list(out, value.iterator())
            is Array<*> -> list(out, value.iterator())
            else -> throw IllegalArgumentException("a ${value::class.simpleName} is not a JSON value")
        }
    }

    private fun list(out: StringBuilder, items: Iterator<*>) {
        out.append('[')
        var first = true
        for (item in items) {
            if (!first) out.append(',')
            first = false
            append(out, item)
        }
        out.append(']')
    }

    private fun string(out: StringBuilder, s: String) {
        out.append('"')
        for (c in s) {
            when {
                c == '"' -> out.append("\\\"")
                c == '\\' -> out.append("\\\\")
                c == '\n' -> out.append("\\n")
                c == '\r' -> out.append("\\r")
                c == '\t' -> out.append("\\t")
                c < ' ' -> out.append("\\u%04x".format(c.code))
                else -> out.append(c)
            }
        }
        out.append('"')
    }
}

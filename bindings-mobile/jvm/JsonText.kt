// JSON text both ways: parameter maps written the way the core reads them, and the core's
// results read back for the typed records of UmfTypes.kt (no JSON library needed).
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

    /** Reads JSON text into maps (member order kept), lists, strings, `BigDecimal` numbers
     *  (the exact text), booleans and null. The core wrote the text, so malformed input is a
     *  bug: it throws `IllegalArgumentException`. */
    fun read(text: String): Any? {
        val reader = Reader(text)
        val value = reader.value()
        reader.ws()
        require(reader.at == text.length) { "JSON text has trailing characters" }
        return value
    }

    private class Reader(val s: String) {
        var at = 0

        fun ws() {
            while (at < s.length && s[at] in " \t\r\n") at++
        }

        fun value(): Any? {
            ws()
            require(at < s.length) { "JSON text ends early" }
            return when (s[at]) {
                '{' -> obj()
                '[' -> arr()
                '"' -> str()
                't' -> word("true", true)
                'f' -> word("false", false)
                'n' -> word("null", null)
                else -> num()
            }
        }

        fun word(w: String, v: Any?): Any? {
            require(s.startsWith(w, at)) { "JSON text has an unknown word at $at" }
            at += w.length
            return v
        }

        fun obj(): Map<String, Any?> {
            val out = LinkedHashMap<String, Any?>()
            at++
            ws()
            if (s.getOrNull(at) == '}') return out.also { at++ }
            while (true) {
                ws()
                val key = str()
                ws()
                require(s.getOrNull(at) == ':') { "JSON object lacks ':' at $at" }
                at++
                out[key] = value()
                ws()
                when (s.getOrNull(at)) {
                    ',' -> at++
                    '}' -> return out.also { at++ }
                    else -> throw IllegalArgumentException("JSON object not closed at $at")
                }
            }
        }

        fun arr(): List<Any?> {
            val out = ArrayList<Any?>()
            at++
            ws()
            if (s.getOrNull(at) == ']') return out.also { at++ }
            while (true) {
                out.add(value())
                ws()
                when (s.getOrNull(at)) {
                    ',' -> at++
                    ']' -> return out.also { at++ }
                    else -> throw IllegalArgumentException("JSON array not closed at $at")
                }
            }
        }

        fun str(): String {
            require(s.getOrNull(at) == '"') { "JSON string expected at $at" }
            at++
            val out = StringBuilder()
            while (true) {
                require(at < s.length) { "JSON string not closed" }
                val c = s[at++]
                when (c) {
                    '"' -> return out.toString()
                    '\\' -> {
                        require(at < s.length) { "JSON string not closed" }
                        when (val e = s[at++]) {
                            'n' -> out.append('\n')
                            'r' -> out.append('\r')
                            't' -> out.append('\t')
                            'b' -> out.append('\b')
                            'f' -> out.append('\u000c')
                            'u' -> {
                                require(at + 4 <= s.length) { "JSON escape cut short" }
                                out.append(s.substring(at, at + 4).toInt(16).toChar())
                                at += 4
                            }
                            else -> out.append(e)
                        }
                    }
                    else -> out.append(c)
                }
            }
        }

        fun num(): BigDecimal {
            val start = at
            while (at < s.length && s[at] in "+-0123456789.eE") at++
            require(at > start) { "JSON value expected at $start" }
            return BigDecimal(s.substring(start, at))
        }
    }
}

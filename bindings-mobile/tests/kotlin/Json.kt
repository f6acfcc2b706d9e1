// Just enough JSON to read the vectors and write test bodies: the JDK has no JSON library, and
// the suite must not download one.
package com.umfsdk.test

object Json {
    fun parse(text: String): Any? {
        val reader = Reader(text)
        val value = reader.value()
        reader.skipSpace()
        require(reader.pos == text.length) { "trailing data at ${reader.pos}" }
        return value
    }

    /** Compact JSON text of what `parse` returns (maps keep their order). */
    fun write(value: Any?): String = StringBuilder().also { write(value, it) }.toString()

    private fun write(value: Any?, out: StringBuilder) {
        when (value) {
            null -> out.append("null")
            is String -> {
                out.append('"')
                for (c in value) {
                    when {
                        c == '"' || c == '\\' -> out.append('\\').append(c)
                        c < ' ' -> out.append("\\u%04x".format(c.code))
                        else -> out.append(c)
                    }
                }
                out.append('"')
            }
            is Map<*, *> -> {
                out.append('{')
                value.entries.forEachIndexed { i, (k, v) ->
                    if (i > 0) out.append(',')
                    write(k as String, out)
                    out.append(':')
                    write(v, out)
                }
                out.append('}')
            }
            is List<*> -> {
                out.append('[')
                value.forEachIndexed { i, v ->
                    if (i > 0) out.append(',')
                    write(v, out)
                }
                out.append(']')
            }
            is Boolean, is Long, is Double -> out.append(value.toString())
            else -> error("cannot write ${value::class}")
        }
    }

    private class Reader(val s: String) {
        var pos = 0

        fun skipSpace() {
            while (pos < s.length && s[pos].isWhitespace()) pos++
        }

        fun value(): Any? {
            skipSpace()
            return when (val c = s[pos]) {
                '{' -> obj()
                '[' -> array()
                '"' -> string()
                't' -> literal("true", true)
                'f' -> literal("false", false)
                'n' -> literal("null", null)
                else -> if (c == '-' || c.isDigit()) number() else error("unexpected '$c' at $pos")
            }
        }

        private fun literal(word: String, value: Any?): Any? {
            require(s.startsWith(word, pos)) { "bad literal at $pos" }
            pos += word.length
            return value
        }

        private fun number(): Any {
            val start = pos
            while (pos < s.length && (s[pos].isDigit() || s[pos] in "+-.eE")) pos++
            val text = s.substring(start, pos)
            return text.toLongOrNull() ?: text.toDouble()
        }

        private fun obj(): Map<String, Any?> {
            val map = LinkedHashMap<String, Any?>()
            pos++
            skipSpace()
            if (s[pos] == '}') return map.also { pos++ }
            while (true) {
                skipSpace()
                val key = string()
                skipSpace()
                require(s[pos++] == ':') { "expected ':' at ${pos - 1}" }
                map[key] = value()
                skipSpace()
                when (s[pos++]) {
                    ',' -> continue
                    '}' -> return map
                    else -> error("expected ',' or '}' at ${pos - 1}")
                }
            }
        }

        private fun array(): List<Any?> {
            val list = ArrayList<Any?>()
            pos++
            skipSpace()
            if (s[pos] == ']') return list.also { pos++ }
            while (true) {
                list += value()
                skipSpace()
                when (s[pos++]) {
                    ',' -> continue
                    ']' -> return list
                    else -> error("expected ',' or ']' at ${pos - 1}")
                }
            }
        }

        private fun string(): String {
            require(s[pos++] == '"') { "expected a string at ${pos - 1}" }
            val out = StringBuilder()
            while (true) {
                when (val c = s[pos++]) {
                    '"' -> return out.toString()
                    '\\' -> when (val e = s[pos++]) {
                        'n' -> out.append('\n')
                        't' -> out.append('\t')
                        'r' -> out.append('\r')
                        'b' -> out.append('\b')
                        'f' -> out.append('\u000c')
                        'u' -> out.append(s.substring(pos, pos + 4).toInt(16).toChar()).also { pos += 4 }
                        else -> out.append(e)
                    }
                    else -> out.append(c)
                }
            }
        }
    }
}

@Suppress("UNCHECKED_CAST")
fun Any?.obj(): Map<String, Any?> = this as Map<String, Any?>

@Suppress("UNCHECKED_CAST")
fun Any?.list(): List<Any?> = this as List<Any?>

fun Map<String, Any?>.str(key: String): String = this[key] as String

fun Map<String, Any?>.strOrNull(key: String): String? = this[key] as String?

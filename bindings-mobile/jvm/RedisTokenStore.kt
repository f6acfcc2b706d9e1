// A minimal Redis client for the token store: RESP2 over one socket, EVAL only (and AUTH).
// No Redis client jar can be had on the build machine (no Maven Central; Debian packages
// none), and the loop needs one command. For pooling, TLS, Sentinel or Cluster, plug a full
// client through TokenStore instead.
package com.umfsdk.jvm

import java.io.BufferedInputStream
import java.io.BufferedOutputStream
import java.io.ByteArrayOutputStream
import java.io.IOException
import java.io.InputStream
import java.net.InetSocketAddress
import java.net.Socket

/** An error reply of Redis (`-ERR ...`, `-NOAUTH ...`). */
class RedisException(message: String) : IOException(message)

/**
 * [TokenStore] on the Redis at [host]:[port], authenticating with [password] when given.
 * One connection, opened on first use and again after any failure; calls are serialised.
 * [timeoutMs] bounds connecting and each reply. Replies are bounded ([maxReplyBytes] per bulk
 * string, 64 elements per array): the scripts answer at most three short strings.
 */
class RedisTokenStore @JvmOverloads constructor(
    private val host: String,
    private val port: Int,
    private val password: String? = null,
    private val timeoutMs: Int = 2_000,
    private val maxReplyBytes: Int = 64 * 1024,
) : TokenStore, AutoCloseable {
    private var socket: Socket? = null
    private var input: InputStream? = null

    @Synchronized
    override fun eval(script: String, keys: List<String>, args: List<String>): List<String> {
        try {
            val reply = command(listOf("EVAL", script, keys.size.toString()) + keys + args)
            return when (reply) {
                null -> emptyList()
                is List<*> -> reply.map { it as? String ?: throw RedisException("nested or nil array element") }
                else -> listOf(reply.toString())
            }
        } catch (e: IOException) {
            // A connection in an unknown state (half a reply read) is never reused.
            disconnect()
            throw e
        }
    }

    @Synchronized
    override fun close() = disconnect()

    private fun command(parts: List<String>): Any? {
        val s = socket ?: connect()
        val out = BufferedOutputStream(s.getOutputStream())
        out.write("*${parts.size}\r\n".toByteArray())
        for (part in parts) {
            val bytes = part.toByteArray(Charsets.UTF_8)
            out.write("$${bytes.size}\r\n".toByteArray())
            out.write(bytes)
            out.write("\r\n".toByteArray())
        }
        out.flush()
        return read(input!!, 0)
    }

    private fun connect(): Socket {
        val s = Socket()
        try {
            s.connect(InetSocketAddress(host, port), timeoutMs)
            s.soTimeout = timeoutMs
            s.tcpNoDelay = true
            socket = s
            input = BufferedInputStream(s.getInputStream())
            if (password != null) command(listOf("AUTH", password))
            return s
        } catch (e: IOException) {
            disconnect()
            throw e
        }
    }

    private fun disconnect() {
        try {
            socket?.close()
        } catch (_: IOException) {
        }
        socket = null
        input = null
    }

    private fun read(input: InputStream, depth: Int): Any? {
        val type = input.read()
        if (type < 0) throw IOException("Redis closed the connection")
        val line = line(input)
        return when (type.toChar()) {
            '+' -> line
            '-' -> throw RedisException(line.take(200))
            ':' -> line.toLongOrNull()?.toString() ?: throw RedisException("bad integer reply")
            '$' -> {
                val len = line.toIntOrNull() ?: throw RedisException("bad bulk length")
                if (len < 0) return null
                if (len > maxReplyBytes) throw RedisException("bulk reply of $len bytes")
                val bytes = input.readNBytes(len)
                if (bytes.size != len) throw IOException("Redis closed the connection")
                if (input.read() != '\r'.code || input.read() != '\n'.code) throw RedisException("bad bulk end")
                String(bytes, Charsets.UTF_8)
            }
            '*' -> {
                val n = line.toIntOrNull() ?: throw RedisException("bad array length")
                if (n < 0) return null
                if (n > 64 || depth > 0) throw RedisException("array reply too large or nested")
                List(n) { read(input, depth + 1) }
            }
            else -> throw RedisException("not a RESP2 reply")
        }
    }

    private fun line(input: InputStream): String {
        val buffer = ByteArrayOutputStream()
        while (true) {
            val b = input.read()
            if (b < 0) throw IOException("Redis closed the connection")
            if (b == '\r'.code) {
                if (input.read() != '\n'.code) throw RedisException("bad line end")
                return buffer.toString(Charsets.UTF_8)
            }
            if (buffer.size() >= 1024) throw RedisException("reply line too long")
            buffer.write(b)
        }
    }
}

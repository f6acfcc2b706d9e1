// The JVM client (bindings-mobile/jvm: UmfClient over java.net.http, RedisTokenStore) against
// `umf sandbox` and a real `redis-server`: the core's call loop, driven by the JDK. Assertions
// are on stable codes, counts (the caller's stats, the sandbox's own counters) and events.
package com.umfsdk.test

import com.umfsdk.CallEvent
import com.umfsdk.CallPolicy
import com.umfsdk.ClientOptions
import com.umfsdk.EventKind
import com.umfsdk.PollPolicy
import com.umfsdk.FailureKind
import com.umfsdk.RetryReason
import com.umfsdk.SignatureScope
import com.umfsdk.StoreMode
import com.umfsdk.TokenSource
import com.umfsdk.UmfException
import com.umfsdk.VerifyOptions
import com.umfsdk.VerifyPolicy
import com.umfsdk.defaultCallPolicy
import com.umfsdk.defaultStoreConfig
import com.umfsdk.jvm.JsonText
import com.umfsdk.jvm.RedisException
import com.umfsdk.jvm.RedisTokenStore
import com.umfsdk.jvm.TokenStore
import com.umfsdk.jvm.UmfClient
import com.umfsdk.jvm.failureKind
import com.umfsdk.jvm.toJson
import java.io.File
import java.io.IOException
import java.net.ConnectException
import java.net.ServerSocket
import java.net.Socket
import java.net.http.HttpConnectTimeoutException
import java.net.http.HttpTimeoutException
import java.nio.file.Files
import java.util.Collections
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import kotlin.random.Random
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertIs
import kotlin.test.assertTrue

private val STRICT_CALLS = ClientOptions(verify = VerifyOptions(VerifyPolicy.STRICT, SignatureScope.PRIMARY_RESULT))

/** Short backoffs, so the drills take milliseconds; the rules are the core's defaults. */
private val QUICK: CallPolicy = defaultCallPolicy().copy(initialBackoffMs = 5, maxBackoffMs = 50)

/** A free loopback port (nothing listens on it once this returns). */
fun freePort(): Int = ServerSocket(0).use { it.localPort }

/** `redis-server` on a free port in a temporary directory, nothing persisted. */
class RedisRun(password: String? = null) : AutoCloseable {
    val port = freePort()
    private val dir = Files.createTempDirectory("umf-redis").toFile()
    private val process: Process

    init {
        val command = mutableListOf("redis-server", "--port", "$port", "--bind", "127.0.0.1", "--save", "",
            "--appendonly", "no", "--dir", dir.path)
        if (password != null) command += listOf("--requirepass", password)
        process = ProcessBuilder(command).redirectErrorStream(true).redirectOutput(File(dir, "log")).start()
        val deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10)
        while (true) {
            try {
                Socket("127.0.0.1", port).close()
                break
            } catch (e: IOException) {
                check(process.isAlive && System.nanoTime() < deadline) { "redis-server did not start: ${File(dir, "log").readText()}" }
                Thread.sleep(20)
            }
        }
    }

    override fun close() {
        process.destroy()
        process.waitFor(10, TimeUnit.SECONDS)
        dir.deleteRecursively()
    }
}

/** Every event of a test's clients, kept for the assertions and the secret scan. */
class Events {
    val all: MutableList<CallEvent> = Collections.synchronizedList(mutableListOf())
    fun of(kind: EventKind) = synchronized(all) { all.filter { it.kind == kind } }
    fun retries(reason: RetryReason) = of(EventKind.RETRY).count { it.retryReason == reason }
}

/** Everything every client printed or reported, scanned at the end for secrets. */
private val reported: MutableList<String> = Collections.synchronizedList(mutableListOf())

fun callTests(suite: Suite, v: Vectors, umfBinary: File) {
    fun client(
        umf: SandboxRun,
        events: Events,
        policy: CallPolicy = QUICK,
        store: TokenStore? = null,
        storeConfig: com.umfsdk.StoreConfig? = null,
        options: ClientOptions? = null,
        baseUrl: String = umf.baseUrl,
    ) = UmfClient.create(
        baseUrl, v.key("umf_1024_cert.pem"), v.key("merchant_1024_pkcs8.pem"), SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET,
        policy = policy, store = store, storeConfig = storeConfig, options = options,
        listener = { event -> events.all += event; reported += event.toJson(); reported += event.toString() },
    )

    fun tokensIssued(umf: SandboxRun) = umf.admin("health")["tokens_issued"] as Long

    suite.test("calls: a card payment through UmfClient: create, SMS, execute, query; one token") {
        SandboxRun(umfBinary).use { umf ->
            val events = Events()
            val server = client(umf, events, options = STRICT_CALLS)
            assertTrue(server.caller.userAgent().matches(Regex("umf-sdk/[0-9.]+\\S* jvm/17[0-9.]*")), server.caller.userAgent())
            val created = server.createPayment(sandboxCardPayment("KT-CALL-0001", umf.notifyUrl))
            assertEquals("WAIT_BUYER_PAY", stateOf(created))
            val id = idOf(created)
            val encryptor = com.umfsdk.PublicKey(v.key("umf_1024_cert.pem")).use { com.umfsdk.Client(umf.baseUrl, it) }.cardEncryptor()
            val payer = { op: String, extra: Map<String, String> -> encryptor.encryptFields(op, cardPayerParams(id, extra)).payloadJson }
            server.sendPaymentSms(payer("send_payment_sms", emptyMap()))
            val code = umf.admin("sms/$id").str("code")
            val executed = server.executePayment(payer("execute_payment", mapOf("verify_code" to code)))
            assertEquals("TRADE_SUCCESS", stateOf(executed))
            // The map form writes the same flat parameter object.
            assertEquals("TRADE_SUCCESS", stateOf(server.getPayment(mapOf("payment_id" to id))))
            val stats = server.stats()
            assertEquals(1L, stats.tokenRequests)
            assertEquals(4L, stats.requests)
            assertEquals(0L, stats.retries + stats.tokenReplays)
            assertEquals(1L, tokensIssued(umf))
            val requests = events.of(EventKind.REQUEST)
            assertEquals(listOf("create_payment", "send_payment_sms", "execute_payment", "get_payment"), requests.map { it.operation })
            assertEquals(listOf(TokenSource.FETCHED, TokenSource.REUSED, TokenSource.REUSED, TokenSource.REUSED), requests.map { it.token })
            assertEquals(com.umfsdk.operation("get_payment").path, requests.last().path)
            assertTrue(requests.last().path.endsWith("/{payment_id}"), "the template, not the rendered path")
            assertTrue(requests.all { it.status == 200 && it.retCode == "0000" && it.attempt == 1L })
            assertEquals(1, events.of(EventKind.TOKEN_REQUEST).size)
            val json = requests.first().toJson()
            assertTrue(json.startsWith("""{"kind":"request","operation":"create_payment","method":"POST","path":"/payments/payment","""), json)
        }
    }

    suite.test("calls: a pending payment is waited for by the core's poller; a wait past its deadline is outcome_pending") {
        // 004:L2568, L2794: the result follows by query and notification.
        SandboxRun(umfBinary, flags = listOf("--outcomes", "async", "--settle-delay-ms", "400")).use { umf ->
            val server = client(umf, Events())
            val quick = PollPolicy(intervalMs = 50, maxIntervalMs = 100, deadlineMs = 5_000, backoff = 2.0)
            val created = server.createPayment(sandboxCardPayment("KT-WAIT-0001", umf.notifyUrl))
            val id = idOf(created)
            val encryptor = com.umfsdk.PublicKey(v.key("umf_1024_cert.pem")).use { com.umfsdk.Client(umf.baseUrl, it) }.cardEncryptor()
            val payer = { op: String, extra: Map<String, String> -> encryptor.encryptFields(op, cardPayerParams(id, extra)).payloadJson }
            server.sendPaymentSms(payer("send_payment_sms", emptyMap()))
            val code = umf.admin("sms/$id").str("code")
            assertEquals("WAIT_BUYER_PAY", stateOf(server.executePayment(payer("execute_payment", mapOf("verify_code" to code)))))
            val started = System.nanoTime()
            val paid = server.waitForPayment(id, quick)
            assertEquals("TRADE_SUCCESS", stateOf(paid))
            assertEquals("get_payment", paid.operation)
            assertTrue(System.nanoTime() - started >= 300_000_000L, "it waited for the settlement")

            val late = idOf(server.createPayment(sandboxCardPayment("KT-WAIT-0002", umf.notifyUrl)))
            val pending = expectError<UmfException.Transport>("outcome_pending") {
                server.waitForPayment(late, PollPolicy(intervalMs = 20, maxIntervalMs = 20, deadlineMs = 200, backoff = 1.0))
            }
            assertEquals("get_payment", pending.operation)
            assertTrue((pending.waitedMs ?: 0uL) >= 200uL, pending.toString())
            assertTrue(pending.message!!.contains("WAIT_BUYER_PAY"), pending.message)
        }
    }

    suite.test("calls: a revoked token (HTTP 401) is replayed once with a fresh token, then succeeds") {
        SandboxRun(umfBinary).use { umf ->
            val events = Events()
            val server = client(umf, events)
            server.listBanks()
            umf.admin("tokens/expire", "{}")
            assertEquals("0000", Json.parse(server.listBanks().metaJson).obj().str("ret_code"))
            val stats = server.stats()
            assertEquals(2L, stats.tokenRequests)
            assertEquals(1L, stats.tokenReplays)
            assertEquals(3L, stats.requests)
            assertEquals(1, events.retries(RetryReason.TOKEN_REJECTED))
            assertEquals(listOf(200, 401, 200), events.of(EventKind.REQUEST).map { it.status })
            assertEquals("00280703", events.of(EventKind.REQUEST)[1].retCode)
        }
    }

    suite.test("calls: strict verification, an unsigned 401 is replayed once; a second one is the answer") {
        SandboxRun(umfBinary).use { umf ->
            val events = Events()
            val server = client(umf, events, options = STRICT_CALLS)
            umf.fault("""{"op":"list_banks","kind":"expire_token","times":1}""")
            server.listBanks()
            assertEquals(1L, server.stats().tokenReplays)
            umf.fault("""{"op":"list_banks","kind":"expire_token","times":2}""")
            val refused = expectError<UmfException.Api>("api_error") { server.listBanks() }
            assertEquals(401, refused.httpStatus)
            assertEquals("token_expired", refused.`class`)
            val stats = server.stats()
            assertEquals(2L, stats.tokenReplays, "one replay per call")
            assertEquals(4L, stats.requests)
            assertEquals(3L, stats.tokenRequests)
        }
    }

    suite.test("calls: HTTP 503 on a read is retried; on create_payment it is not (never sent twice)") {
        SandboxRun(umfBinary).use { umf ->
            val events = Events()
            val server = client(umf, events)
            umf.fault("""{"op":"list_banks","kind":"status","status":503,"times":2}""")
            server.listBanks()
            assertEquals(2L, server.stats().retries)
            assertEquals(2, events.retries(RetryReason.SERVER_ERROR))
            assertEquals(listOf(503, 503, 200), events.of(EventKind.REQUEST).map { it.status })
            assertEquals(listOf(1L, 2L, 3L), events.of(EventKind.REQUEST).map { it.attempt })

            umf.fault("""{"op":"create_payment","kind":"status","status":503,"times":1}""")
            val before = server.stats()
            val busy = expectError<UmfException.Api>("api_error") {
                server.createPayment(sandboxCardPayment("KT-CALL-0503", umf.notifyUrl))
            }
            assertEquals(503, busy.httpStatus)
            assertFalse(busy.isRetryable())
            val after = server.stats()
            assertEquals(1L, after.requests - before.requests, "sent once")
            assertEquals(before.retries, after.retries)

            // Beyond max_attempts, the last answer is the error.
            umf.fault("""{"op":"list_banks","kind":"status","status":503,"times":3}""")
            assertEquals(503, expectError<UmfException.Api>("api_error") { server.listBanks() }.httpStatus)
        }
    }

    suite.test("calls: send() authorises a request built elsewhere; an interrupted thread abandons its call") {
        SandboxRun(umfBinary).use { umf ->
            val events = Events()
            val server = client(umf, events, policy = QUICK.copy(initialBackoffMs = 5_000, maxBackoffMs = 5_000))
            val request = com.umfsdk.PublicKey(v.key("umf_1024_cert.pem")).use { com.umfsdk.Client(umf.baseUrl, it) }
                .prepare("list_banks", "{}")
            assertEquals(null, request.header("Authorization"))
            val raw = server.send(request, authorize = true)
            assertEquals(200, raw.status)
            assertEquals(TokenSource.FETCHED, events.of(EventKind.REQUEST).single().token)

            // A 503 on a read: the loop sleeps 2.5-5 s before the retry; the interrupt ends it.
            umf.fault("""{"op":"list_banks","kind":"status","status":503,"times":1}""")
            var thrown: Throwable? = null
            val worker = Thread { thrown = runCatching { server.listBanks() }.exceptionOrNull() }
            val started = System.nanoTime()
            worker.start()
            while (events.of(EventKind.RETRY).isEmpty()) Thread.sleep(5)
            worker.interrupt()
            worker.join(10_000)
            assertIs<InterruptedException>(thrown)
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(2), "stopped at once")
            assertEquals("0000", Json.parse(server.listBanks().metaJson).obj().str("ret_code"))
        }
    }

    suite.test("calls: a connection refused is retried, then transport_error (sent=false), the JDK's exception as cause") {
        SandboxRun(umfBinary).use { umf ->
            val events = Events()
            val nobody = "http://127.0.0.1:${freePort()}/cberest/v1"
            val server = client(umf, events, baseUrl = nobody)
            val refused = expectError<UmfException.Transport>("transport_error") { server.listBanks() }
            assertEquals("get_access_token", refused.operation)
            assertFalse(refused.sent)
            assertTrue(refused.retryable && refused.isRetryable())
            assertIs<ConnectException>(refused.cause)
            val stats = server.stats()
            assertEquals(3L, stats.tokenRequests, "max_attempts sends")
            assertEquals(2L, stats.retries)
            assertEquals(2, events.retries(RetryReason.NOT_SENT))
            assertTrue(events.of(EventKind.TOKEN_REQUEST).all { it.error == "transport_error" && it.status == null })
        }
    }

    suite.test("calls: no answer in time: a read is retried, create_payment is not and says sent") {
        SandboxRun(umfBinary).use { umf ->
            val events = Events()
            val server = client(umf, events, policy = QUICK.copy(attemptTimeoutMs = 300))
            server.listBanks()
            umf.fault("""{"op":"list_banks","kind":"latency","ms":1500,"times":1}""")
            server.listBanks()
            assertEquals(1, events.retries(RetryReason.TIMEOUT))
            umf.fault("""{"op":"create_payment","kind":"latency","ms":1500,"times":1}""")
            val before = server.stats().requests
            val late = expectError<UmfException.Transport>("timeout") {
                server.createPayment(sandboxCardPayment("KT-CALL-SLOW", umf.notifyUrl))
            }
            assertEquals("create_payment", late.operation)
            assertTrue(late.sent)
            assertFalse(late.retryable)
            assertIs<HttpTimeoutException>(late.cause)
            assertEquals(1L, server.stats().requests - before)
        }
    }

    suite.test("calls: clients sharing Redis take one token between them (concurrently), then reuse it") {
        RedisRun().use { redis ->
            SandboxRun(umfBinary).use { umf ->
                val events = Events()
                val stores = List(4) { RedisTokenStore("127.0.0.1", redis.port) }
                val clients = stores.map { client(umf, events, store = it) }
                val pool = Executors.newFixedThreadPool(clients.size)
                val start = CountDownLatch(1)
                val failures = Collections.synchronizedList(mutableListOf<Throwable>())
                for (c in clients) pool.execute {
                    start.await()
                    repeat(5) { runCatching { c.listBanks() }.onFailure { failures += it } }
                }
                start.countDown()
                pool.shutdown()
                assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS))
                assertEquals(emptyList<Throwable>(), failures)
                val stats = clients.map { it.stats() }
                assertEquals(1L, stats.sumOf { it.tokenRequests }, "one token request among the clients")
                assertEquals(3L, stats.sumOf { it.sharedTokens }, "the others read it from Redis")
                assertEquals(0L, stats.sumOf { it.tokenReplays + it.storeFailures })
                assertEquals(1L, tokensIssued(umf))
                assertEquals(20L, stats.sumOf { it.requests })
                assertEquals(setOf(TokenSource.FETCHED, TokenSource.SHARED, TokenSource.REUSED),
                    events.of(EventKind.REQUEST).mapNotNull { it.token }.toSet())
                stores.forEach { it.close() }
            }
        }
    }

    suite.test("calls: Redis down: calls go on with a local token and a store_unavailable event; REQUIRED refuses") {
        SandboxRun(umfBinary).use { umf ->
            val events = Events()
            val down = RedisTokenStore("127.0.0.1", freePort(), timeoutMs = 500)
            val server = client(umf, events, store = down)
            server.listBanks()
            server.listBanks()
            val stats = server.stats()
            // Asked again for retryAfterFailureMs before fetching alone; one warning.
            assertTrue(stats.storeFailures >= 1L)
            assertEquals(1L, stats.tokenRequests)
            val warning = events.of(EventKind.STORE_UNAVAILABLE).single()
            assertEquals("store_unavailable", warning.error)

            val strict = client(umf, events, store = down, storeConfig = defaultStoreConfig().copy(mode = StoreMode.REQUIRED))
            val refused = expectError<UmfException.Transport>("store_unavailable") { strict.listBanks() }
            assertFalse(refused.sent)
            assertIs<ConnectException>(refused.cause)
            assertEquals(0L, strict.stats().tokenRequests)
        }
    }

    suite.test("calls: Redis stopped and started mid-run: fallback, then shared again") {
        SandboxRun(umfBinary).use { umf ->
            val events = Events()
            val port: Int
            RedisRun().use { redis ->
                port = redis.port
                val a = client(umf, events, store = RedisTokenStore("127.0.0.1", port, timeoutMs = 500))
                a.listBanks()
                assertEquals(1L, a.stats().tokenRequests)
            }
            // Redis is gone: a new process falls back to its own token (revoking the first's).
            val b = client(umf, events, store = RedisTokenStore("127.0.0.1", port, timeoutMs = 500))
            b.listBanks()
            assertTrue(b.stats().storeFailures >= 1L)
            assertEquals(1, events.of(EventKind.STORE_UNAVAILABLE).size)
        }
    }

    suite.test("calls: seen(key) answers once per key across clients through Redis, and in one process without it") {
        RedisRun().use { redis ->
            SandboxRun(umfBinary).use { umf ->
                val events = Events()
                val a = client(umf, events, store = RedisTokenStore("127.0.0.1", redis.port))
                val b = client(umf, events, store = RedisTokenStore("127.0.0.1", redis.port))
                val key = "payment:PAY_${Random.nextLong(1, Long.MAX_VALUE)}:TRADE_SUCCESS"
                assertFalse(a.seen(key, 60_000))
                assertTrue(b.seen(key, 60_000))
                assertTrue(a.seen(key, 60_000))
                val local = client(umf, events)
                assertFalse(local.seen(key, 60_000))
                assertTrue(local.seen(key, 60_000))
                assertFalse(local.seen("$key-2", 60_000))
            }
        }
    }

    suite.test("calls: RedisTokenStore reads RESP2 replies, authenticates, and reports Redis errors") {
        RedisRun(password = "redis-pass-KNOWN-51c2").use { redis ->
            RedisTokenStore("127.0.0.1", redis.port, "redis-pass-KNOWN-51c2").use { store ->
                assertEquals(listOf("a", "42", "é"), store.eval("return {'a', 42, ARGV[1]}", emptyList(), listOf("é")))
                assertEquals(listOf("7"), store.eval("return 7", emptyList(), emptyList()))
                assertEquals(emptyList(), store.eval("return nil", emptyList(), emptyList()))
                assertEquals(listOf("v"), store.eval("redis.call('SET', KEYS[1], ARGV[1]) return {redis.call('GET', KEYS[1])}", listOf("k"), listOf("v")))
                assertFailsWith<RedisException> { store.eval("return redis.error_reply('no')", emptyList(), emptyList()) }
                // The connection is opened again after an error.
                assertEquals(listOf("ok"), store.eval("return {'ok'}", emptyList(), emptyList()))
            }
            RedisTokenStore("127.0.0.1", redis.port).use { store ->
                assertTrue(assertFailsWith<RedisException> { store.eval("return 1", emptyList(), emptyList()) }.message!!.startsWith("NOAUTH"))
            }
        }
    }

    suite.test("calls: the JDK's failures map to not sent / timeout / interrupted; params maps are JSON") {
        assertEquals(FailureKind.NOT_SENT, failureKind(ConnectException("refused")))
        assertEquals(FailureKind.NOT_SENT, failureKind(HttpConnectTimeoutException("connect")))
        assertEquals(FailureKind.TIMEOUT, failureKind(HttpTimeoutException("slow")))
        assertEquals(FailureKind.INTERRUPTED, failureKind(IOException("reset")))
        assertEquals(FailureKind.NOT_SENT, failureKind(IOException(ConnectException("refused"))))
        val params = linkedMapOf("payment_id" to "PAY_\"1\"\n", "n" to 3, "ok" to true, "none" to null,
            "list" to listOf(1.5, java.math.BigDecimal("10.00")), "nested" to mapOf("a" to "\u0001"))
        assertEquals("""{"payment_id":"PAY_\"1\"\n","n":3,"ok":true,"none":null,"list":[1.5,10.00],"nested":{"a":"\u0001"}}""",
            JsonText.write(params))
        // Random strings survive the round trip through the test suite's own parser.
        repeat(200) {
            val s = String(CharArray(Random.nextInt(0, 20)) { Random.nextInt(0, 0x800).toChar() })
            assertEquals(s, Json.parse(JsonText.write(mapOf("s" to s))).obj().str("s"))
        }
    }

    suite.test("calls: events carry no token, secret, card or ID number (every event of every test above)") {
        SandboxRun(umfBinary).use { umf ->
            val server = client(umf, Events())
            val token = server.token().secret()
            // The sandbox's tokens are 64 hex digits: no run of 32 may appear anywhere.
            assertTrue(token.matches(Regex("[0-9a-f]{64}")))
            val hexRun = Regex("[0-9a-fA-F]{32}")
            val leaks = synchronized(reported) {
                reported.filter { text ->
                    hexRun.containsMatchIn(text) || listOf(token, SANDBOX_CLIENT_SECRET, CARD.getValue("number"),
                        CARD.getValue("citizen_id_number"), CARD.getValue("payer_name"), "13800000000").any { text.contains(it) }
                }
            }
            assertTrue(reported.size > 50, "events were reported (${reported.size})")
            assertEquals(emptyList(), leaks)
        }
    }
}

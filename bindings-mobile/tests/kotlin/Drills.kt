// Failure drills: every fault `umf sandbox` injects (README "The sandbox", sandbox/src/faults.rs),
// met by a Kotlin merchant server that is the JVM client (bindings-mobile/jvm, `UmfClient`): the
// core's call loop decides, and the drills check what it decided:
// * reads are retried after transient failures (5xx, timeout, dropped connection); a
//   state-changing POST only when it was certainly not processed (HTTP 429, refused token),
//   never after a failure that may have gone through: the merchant reconciles by a query;
// * a token rejection (HTTP 401 / 00280703): one refresh, the same signed bytes again;
// * notifications: applied once per `idempotencyKey`, whatever their number and order.
// Assertions are on stable codes, counts and states, never on messages.
package com.umfsdk.test

import com.umfsdk.AccessToken
import com.umfsdk.ApiResponse
import com.umfsdk.Client
import com.umfsdk.ClientOptions
import com.umfsdk.EventKind
import com.umfsdk.defaultCallPolicy
import com.umfsdk.jvm.UmfClient
import com.umfsdk.PrivateKey
import com.umfsdk.PublicKey
import com.umfsdk.RetryClass
import com.umfsdk.SignatureScope
import com.umfsdk.TokenAction
import com.umfsdk.TokenManager
import com.umfsdk.UmfException
import com.umfsdk.VerifyOptions
import com.umfsdk.VerifyPolicy
import com.umfsdk.isTokenRejection
import com.umfsdk.operation
import java.io.File
import java.io.IOException
import java.net.http.HttpTimeoutException
import java.time.Duration
import java.util.concurrent.TimeUnit
import kotlin.test.assertContentEquals
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertIs
import kotlin.test.assertTrue
import kotlin.test.fail

private val STRICT = ClientOptions(verify = VerifyOptions(VerifyPolicy.STRICT, SignatureScope.PRIMARY_RESULT))

/** The merchant server of a drill: a `UmfClient` (answers verified, policy STRICT) whose every
 *  API request is counted from its events. */
class Merchant(private val umf: SandboxRun, v: Vectors, timeout: Duration = Duration.ofSeconds(20)) : AutoCloseable {
    /** The operation of every API request sent, in order (token requests not included). */
    val sent: MutableList<String> = java.util.Collections.synchronizedList(mutableListOf())

    val client: UmfClient = UmfClient.create(
        umf.baseUrl, v.key("umf_1024_cert.pem"), v.key("merchant_1024_pkcs8.pem"), SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET,
        policy = defaultCallPolicy().copy(initialBackoffMs = 50, maxBackoffMs = 200, attemptTimeoutMs = timeout.toMillis()),
        options = STRICT,
        listener = { event -> if (event.kind == EventKind.REQUEST) sent += event.operation },
    )

    val tokensFetched: Long get() = client.stats().tokenRequests

    /** How many requests were sent again, byte for byte, with a fresh token. */
    val resentWithFreshToken: Long get() = client.stats().tokenReplays

    fun call(op: String, params: String): ApiResponse = client.call(op, params)

    /** How many `op` requests were sent while `block` ran. */
    fun sentDuring(op: String, block: () -> Unit): Int {
        val before = sent.count { it == op }
        block()
        return sent.count { it == op } - before
    }

    /** The refunds of payment `id` named `reference`, by query (`get_payment_with_refunds`). The
     *  sandbox signs the payment only, so the refunds beside it arrive uncovered. */
    fun refundsNamed(id: String, reference: String): Int =
        Regex("\"mer_reference_id\":\"$reference\"")
            .findAll(Json.write(Json.parse(call("get_payment_with_refunds", """{"payment_id":"$id"}""").uncoveredJson).obj()["refund"]))
            .count()

    /** A card payment of 100.00 USD made end to end (create, SMS, execute); its id. */
    fun paidCardPayment(reference: String): String {
        val id = idOf(call("create_payment", sandboxCardPayment(reference, umf.notifyUrl)))
        call("send_payment_sms", cardPayerParams(id))
        val code = umf.admin("sms/$id").str("code")
        assertEquals("TRADE_SUCCESS", stateOf(call("execute_payment", cardPayerParams(id, mapOf("verify_code" to code)))))
        return id
    }

    override fun close() = client.caller.close()
}

/** The merchant's notification endpoint behind `SandboxRun`: each delivery verified by the app's
 *  client (UMF public key only), then applied once per idempotency key. */
class Inbox(private val umf: SandboxRun, v: Vectors) : AutoCloseable {
    private val verifier = PublicKey(v.key("umf_1024_cert.pem")).use { Client(umf.baseUrl, it) }

    /** Idempotency keys of the deliveries, in arrival order. */
    val delivered = mutableListOf<String>()

    /** Idempotency keys of the events applied (the handler's effect), in order. */
    val applied = mutableListOf<String>()

    /** Receives until `done`, then for `settleMs` more: a duplicate or a held notification
     *  that comes late is counted too. */
    fun receiveUntil(settleMs: Long = 1_000, done: () -> Boolean) {
        val deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20)
        var settleBy = Long.MAX_VALUE
        while (System.nanoTime() < minOf(deadline, settleBy)) {
            val (signature, body) = umf.notifications.poll(50, TimeUnit.MILLISECONDS) ?: continue
            val key = verifier.verifyNotification(signature, body).idempotencyKey
            delivered += key
            if (key !in applied) applied += key
            if (settleBy == Long.MAX_VALUE && done()) settleBy = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(settleMs)
        }
        if (!done()) fail("notifications: $delivered")
    }

    override fun close() = verifier.close()
}

/** What each drill showed, for the closing line. */
private val exercised = linkedMapOf<String, String>()

private val FAULT_KINDS = listOf(
    "latency", "status=5xx", "status=429", "drop", "expire_token", "revoked_token",
    "bad_signature", "duplicate_notification", "reorder_notifications",
)

fun drillTests(suite: Suite, v: Vectors, umfBinary: File) {
    /** A fresh sandbox and merchant for each drill, so that no fault outlives its drill. */
    fun drill(name: String, timeout: Duration = Duration.ofSeconds(20), body: (SandboxRun, Merchant) -> Unit) =
        suite.test("drill: $name") {
            SandboxRun(umfBinary).use { umf -> Merchant(umf, v, timeout).use { merchant -> body(umf, merchant) } }
        }

    /** How many API requests reached the sandbox while `block` ran (the JDK's own resends too). */
    fun SandboxRun.servedDuring(block: () -> Unit): Long {
        val before = requestsServed()
        block()
        return requestsServed() - before
    }

    drill("latency past the client's timeout: a read is sent again, a refund is reconciled by query", Duration.ofMillis(600)) { umf, m ->
        val id = m.paidCardPayment("DRILL-LAT")
        umf.fault("""{"op":"get_payment","kind":"latency","ms":1500,"times":1}""")
        assertEquals(2, m.sentDuring("get_payment") { assertEquals("TRADE_SUCCESS", stateOf(m.call("get_payment", """{"payment_id":"$id"}"""))) })

        // No answer in time to a refund: it may have gone through, so it is not sent again.
        umf.fault("""{"op":"create_refund","kind":"latency","ms":1500,"times":1}""")
        val refund = refundParams(id, "DRILL-LAT-R1", "10.00", umf.notifyUrl, "DRILL-LAT")
        assertEquals(1, m.sentDuring("create_refund") {
            val late = expectError<UmfException.Transport>("timeout") { m.call("create_refund", refund) }
            assertTrue(late.sent && !late.retryable)
            assertIs<HttpTimeoutException>(late.cause)
        })
        Thread.sleep(1_500) // UMF finishes what it was sent; the query then tells what happened.
        val found = m.refundsNamed(id, "DRILL-LAT-R1")
        assertTrue(found <= 1)
        if (found == 0) m.call("create_refund", refund)
        assertEquals(1, m.refundsNamed(id, "DRILL-LAT-R1"), "refunded exactly once")
        exercised["latency"] = "read resent after the timeout; refund not resent, found by query ${if (found == 1) "made" else "not made, then sent"}"
    }

    drill("HTTP 5xx: a read is retried, a payment or refund is not; queries show one of each") { umf, m ->
        val id = m.paidCardPayment("DRILL-5XX")
        umf.fault("""{"op":"get_payment","kind":"status","status":503,"times":1}""")
        assertEquals(2, m.sentDuring("get_payment") { m.call("get_payment", """{"payment_id":"$id"}""") })

        umf.fault("""{"op":"create_payment","kind":"status","status":500,"times":1}""")
        val order = sandboxCardPayment("DRILL-5XX-2", umf.notifyUrl)
        assertEquals(1, m.sentDuring("create_payment") {
            val failed = expectError<UmfException.Api>("api_error") { m.call("create_payment", order) }
            assertEquals(500, failed.httpStatus)
            assertFalse(failed.isRetryable(), "a payment that may have gone through is not retryable")
        }, "not sent again")
        // The documented way to learn what happened: the identical request (same order id, same
        // content) is the same payment, never a second one.
        val first = idOf(m.call("create_payment", order))
        assertEquals(first, idOf(m.call("create_payment", order)), "one payment for the order")

        umf.fault("""{"op":"create_refund","kind":"status","status":503,"times":1}""")
        val refund = refundParams(id, "DRILL-5XX-R1", "10.00", umf.notifyUrl, "DRILL-5XX")
        assertEquals(1, m.sentDuring("create_refund") {
            assertFalse(expectError<UmfException.Api>("api_error") { m.call("create_refund", refund) }.isRetryable())
        }, "not sent again")
        assertEquals(0, m.refundsNamed(id, "DRILL-5XX-R1"), "the query shows no refund was made")
        m.call("create_refund", refund)
        assertEquals(1, m.refundsNamed(id, "DRILL-5XX-R1"), "refunded exactly once")
        exercised["status=5xx"] = "503 read retried; 500 payment and 503 refund not retried, reconciled to one each"
    }

    drill("HTTP 429: retryable even for a POST, and nothing is made twice") { umf, m ->
        val id = m.paidCardPayment("DRILL-429")
        umf.fault("""{"op":"create_refund","kind":"status","status":429,"times":1}""")
        val refund = refundParams(id, "DRILL-429-R1", "10.00", umf.notifyUrl, "DRILL-429")
        val sent = m.sentDuring("create_refund") { assertEquals("REFUND_SUCCESS", stateOf(m.call("create_refund", refund))) }
        assertEquals(2, sent, "429: refused before acting, so sent again")
        assertEquals(1, m.refundsNamed(id, "DRILL-429-R1"), "refunded exactly once")
        umf.fault("""{"op":"create_payment","kind":"status","status":429,"times":1}""")
        val order = sandboxCardPayment("DRILL-429-2", umf.notifyUrl)
        assertEquals(2, m.sentDuring("create_payment") { m.call("create_payment", order) })
        exercised["status=429"] = "refund and payment POSTs sent again after 429, one refund made"
    }

    drill("dropped connection: a read is sent again, a refund or payment is reconciled, never resent blind") { umf, m ->
        val id = m.paidCardPayment("DRILL-DROP")
        // The JDK's HttpClient resends a GET once by itself when the connection closes unanswered,
        // so the read is dropped twice: once for the JDK, once for the call loop's retry.
        umf.fault("""{"op":"get_payment","kind":"drop","times":2}""")
        val served = umf.servedDuring {
            assertEquals(2, m.sentDuring("get_payment") { assertEquals("TRADE_SUCCESS", stateOf(m.call("get_payment", """{"payment_id":"$id"}"""))) })
        }
        assertEquals(3L, served, "the JDK's resend, then the call loop's")

        umf.fault("""{"op":"create_refund","kind":"drop","times":1}""")
        val refund = refundParams(id, "DRILL-DROP-R1", "10.00", umf.notifyUrl, "DRILL-DROP")
        val refundServed = umf.servedDuring {
            assertEquals(1, m.sentDuring("create_refund") { assertFalse(expectError<UmfException.Transport>("transport_error") { m.call("create_refund", refund) }.retryable) })
        }
        assertEquals(1L, refundServed, "neither the JDK nor the merchant sent the POST again")
        assertEquals(0, m.refundsNamed(id, "DRILL-DROP-R1"), "the query shows no refund was made")
        m.call("create_refund", refund)
        assertEquals(1, m.refundsNamed(id, "DRILL-DROP-R1"), "refunded exactly once")

        umf.fault("""{"op":"create_payment","kind":"drop","times":1}""")
        val order = sandboxCardPayment("DRILL-DROP-2", umf.notifyUrl)
        assertEquals(1L, umf.servedDuring {
            assertEquals(1, m.sentDuring("create_payment") { assertTrue(expectError<UmfException.Transport>("transport_error") { m.call("create_payment", order) }.sent) })
        })
        val made = idOf(m.call("create_payment", order))
        assertEquals(made, idOf(m.call("create_payment", order)), "one payment for the order")
        exercised["drop"] = "read resent; refund and payment not resent, reconciled to one each"
    }

    drill("expired and revoked tokens: one refresh, the same signed bytes again") { umf, m ->
        val id = m.paidCardPayment("DRILL-TOKEN")
        val fetched = m.tokensFetched
        umf.fault("""{"op":"create_refund","kind":"expire_token","times":1}""")
        val refund = refundParams(id, "DRILL-TOKEN-R1", "10.00", umf.notifyUrl, "DRILL-TOKEN")
        assertEquals(2, m.sentDuring("create_refund") { assertEquals("REFUND_SUCCESS", stateOf(m.call("create_refund", refund))) })
        assertEquals(fetched + 1, m.tokensFetched)
        assertEquals(1, m.refundsNamed(id, "DRILL-TOKEN-R1"), "the resend did not refund twice")

        // Another deployment sharing the client takes a token: UMF revokes this merchant's.
        TokenManager(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, "${umf.baseUrl}/oauth/authorize").use { other ->
            val fetch = assertIs<TokenAction.Fetch>(other.poll(0))
            other.complete(fetch.ticket, umf.send(fetch.request), 0).close()
        }
        assertEquals(2, m.sentDuring("get_payment") { m.call("get_payment", """{"payment_id":"$id"}""") })
        assertEquals(fetched + 2, m.tokensFetched)
        assertEquals(2L, m.resentWithFreshToken)
        exercised["expire_token"] = "refund resent byte for byte with a fresh token, refunded once"
        exercised["revoked_token"] = "read resent byte for byte with a fresh token"
    }

    drill("bad response signature: refused as signature_invalid, not retried; the query shows what happened") { umf, m ->
        val id = m.paidCardPayment("DRILL-SIG")
        umf.fault("""{"op":"get_payment","kind":"bad_signature","times":1}""")
        assertEquals(1, m.sentDuring("get_payment") {
            val forged = expectError<UmfException.Signature>("signature_invalid") { m.call("get_payment", """{"payment_id":"$id"}""") }
            assertFalse(forged.isRetryable())
        })
        // On a refund the answer is refused, but UMF did act: a query (verified) shows it once.
        umf.fault("""{"op":"create_refund","kind":"bad_signature","times":1}""")
        val refund = refundParams(id, "DRILL-SIG-R1", "10.00", umf.notifyUrl, "DRILL-SIG")
        assertEquals(1, m.sentDuring("create_refund") { expectError<UmfException.Signature>("signature_invalid") { m.call("create_refund", refund) } })
        assertEquals(1, m.refundsNamed(id, "DRILL-SIG-R1"), "made once, not sent again")
        exercised["bad_signature"] = "read and refund answers refused (signature_invalid), not retried"
    }

    drill("duplicated notifications: two deliveries, applied once") { umf, m ->
        Inbox(umf, v).use { inbox ->
            umf.fault("""{"op":"execute_payment","kind":"duplicate_notification","times":1}""")
            val id = m.paidCardPayment("DRILL-DUP")
            val key = "payment:$id:TRADE_SUCCESS"
            inbox.receiveUntil { inbox.delivered.count { it == key } == 2 }
            assertEquals(listOf(key, key), inbox.delivered)
            assertEquals(listOf(key), inbox.applied)
        }
        exercised["duplicate_notification"] = "2 deliveries, 1 applied"
    }

    drill("reordered notifications: the held one comes last, each applied once") { umf, m ->
        Inbox(umf, v).use { inbox ->
            // Two QR payments the customers pay later, and a card payment whose notification is held.
            val qr = listOf("DRILL-QR-1", "DRILL-QR-2").map { reference ->
                idOf(
                    m.call(
                        "create_payment",
                        """{"payer":{"payment_method":"ALIPAY_SCAN","interface_type":"SERVER_TO_SERVER"},"order":{"mer_reference_id":"$reference",""" +
                            """"mer_date":"$SANDBOX_TODAY","amount":{"total":"9.99","currency":"USD"}},"notify_url":"${umf.notifyUrl}"}""",
                    ),
                )
            }
            umf.fault("""{"op":"execute_payment","kind":"reorder_notifications","times":1}""")
            val held = m.paidCardPayment("DRILL-ORDER")
            for (id in qr) umf.admin("payments/$id/complete", """{"state":"TRADE_SUCCESS"}""")
            val keys = (qr + held).map { "payment:$it:TRADE_SUCCESS" }
            inbox.receiveUntil { inbox.delivered.containsAll(keys) }
            assertEquals("payment:$held:TRADE_SUCCESS", inbox.delivered.last(), "held back, overtaken: ${inbox.delivered}")
            assertEquals(keys.toSet(), inbox.delivered.toSet())
            assertEquals(3, inbox.delivered.size)
            assertEquals(inbox.delivered, inbox.applied, "each applied once, in the order delivered")
        }
        exercised["reorder_notifications"] = "3 deliveries, the held one last, 3 applied"
    }

    suite.test("drill: every fault kind of the sandbox was exercised") {
        assertEquals(FAULT_KINDS, exercised.keys.toList(), "a drill failed or is missing")
        println("        drills: ${exercised.size} faults exercised: " + exercised.entries.joinToString("; ") { (k, what) -> "$k: $what" })
    }
}

// End to end against the local UMF sandbox (`umf sandbox`), HTTP done by the JDK's own client
// with the exact bytes the SDK hands out. Three roles, as in production: the device (the UMF
// public key only) encrypts card fields and reads what the server relays; the merchant server
// (merchant key and client secret) takes a token, signs and sends; UMF is the sandbox.
package com.umfsdk.test

import com.sun.net.httpserver.HttpServer
import com.umfsdk.AccessToken
import com.umfsdk.ApiResponse
import com.umfsdk.Client
import com.umfsdk.ClientOptions
import com.umfsdk.HttpHeader
import com.umfsdk.HttpResponse
import com.umfsdk.NotificationKind
import com.umfsdk.PrivateKey
import com.umfsdk.PublicKey
import com.umfsdk.SignatureScope
import com.umfsdk.TokenAction
import com.umfsdk.TokenManager
import com.umfsdk.UmfException
import com.umfsdk.VerificationStatus
import com.umfsdk.VerifyOptions
import com.umfsdk.VerifyPolicy
import com.umfsdk.isTokenRejection
import java.io.File
import java.net.InetSocketAddress
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest as JdkRequest
import java.net.http.HttpResponse as JdkResponse
import java.time.Duration
import java.time.LocalDate
import java.time.format.DateTimeFormatter
import java.util.concurrent.CompletableFuture
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit
import kotlin.test.assertContentEquals
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertIs
import kotlin.test.assertTrue
import kotlin.test.fail

/** `umf sandbox` on a free loopback port, with a few faults armed, and a notification endpoint. */
class SandboxRun(umf: File, vararg faults: String, flags: List<String> = emptyList()) : AutoCloseable {
    private val process: Process
    val baseUrl: String
    val adminUrl: String
    private val http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build()

    /** What the merchant's notification endpoint received: (Signature header, raw body). */
    val notifications = LinkedBlockingQueue<Pair<String, ByteArray>>()

    /** How the endpoint answers (Signature header, raw body); none: UMF's JSON acknowledgement. */
    @Volatile
    var respond: ((String, ByteArray) -> HttpResponse)? = null
    private val endpoint = HttpServer.create(InetSocketAddress("127.0.0.1", 0), 0).apply {
        createContext("/umf/notify") { exchange ->
            val body = exchange.requestBody.readBytes()
            val signature = exchange.requestHeaders.getFirst("Signature") ?: ""
            notifications += signature to body
            val reply = respond?.invoke(signature, body) ?: HttpResponse(
                200, listOf(HttpHeader("Content-Type", "application/json")),
                """{"meta":{"ret_code":"0000","ret_msg":"SUCCESS"}}""".toByteArray(),
            )
            for (header in reply.headers) exchange.responseHeaders.add(header.name, header.value)
            exchange.sendResponseHeaders(reply.status, if (reply.body.isEmpty()) -1 else reply.body.size.toLong())
            exchange.responseBody.use { it.write(reply.body) }
        }
        start()
    }
    val notifyUrl = "http://127.0.0.1:${endpoint.address.port}/umf/notify"

    init {
        val command = listOf(umf.path, "sandbox", "--seed", "7") + flags + faults.flatMap { listOf("--fault", it) }
        process = ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start()
        try {
            val ready = CompletableFuture.supplyAsync { process.inputStream.bufferedReader().readLine() }
                .get(60, TimeUnit.SECONDS) ?: error("umf sandbox exited before it was ready")
            val line = Json.parse(ready).obj()
            baseUrl = line.str("base_url")
            adminUrl = line.str("admin_url")
        } catch (e: Exception) {
            close()
            throw e
        }
    }

    /** Sends the SDK's request exactly as built: method, URL, headers in order, body bytes.
     *  A timeout or a dropped connection is the JDK's `IOException` (`HttpTimeoutException`).
     *  Note: the JDK's client itself sends a GET (never a POST) once more when the connection
     *  closes unanswered. */
    fun send(request: com.umfsdk.HttpRequest, timeout: Duration = Duration.ofSeconds(20)): HttpResponse {
        val builder = JdkRequest.newBuilder(URI.create(request.url())).timeout(timeout)
        for (header in request.headers()) builder.header(header.name, header.value)
        when (request.method()) {
            "GET" -> builder.GET()
            else -> builder.method(request.method(), JdkRequest.BodyPublishers.ofByteArray(request.body()))
        }
        val answer = http.send(builder.build(), JdkResponse.BodyHandlers.ofByteArray())
        val headers = answer.headers().map().flatMap { (name, values) -> values.map { HttpHeader(name, it) } }
        return HttpResponse(answer.statusCode(), headers, answer.body())
    }

    /** `GET /__admin/{path}`, or a POST of `json` (the sandbox's admin API, README "The sandbox"). */
    fun admin(path: String, json: String? = null): Map<String, Any?> = adminJson(path, json).obj()

    /** [admin]'s answer as parsed, for the answers that are arrays (`notifications`, `faults`). */
    fun adminJson(path: String, json: String? = null): Any? {
        val builder = JdkRequest.newBuilder(URI.create("$adminUrl/$path")).timeout(Duration.ofSeconds(20))
        if (json != null) builder.POST(JdkRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json")
        val answer = http.send(builder.build(), JdkResponse.BodyHandlers.ofString())
        check(answer.statusCode() == 200) { "admin $path: HTTP ${answer.statusCode()}" }
        return Json.parse(answer.body())
    }

    /** API requests the sandbox has received (`GET /__admin/health`), whoever sent them. */
    fun requestsServed(): Long = admin("health")["requests_served"] as Long

    /** Arms a fault rule through `POST /__admin/faults`, e.g. `{"op":"get_payment","kind":"drop","times":1}`. */
    fun fault(rule: String) {
        admin("faults", rule)
    }

    /** The next notification about `id`, as the server relays it to the app. */
    fun notificationAbout(id: String): Pair<String, ByteArray> {
        val deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20)
        while (System.nanoTime() < deadline) {
            val next = notifications.poll(200, TimeUnit.MILLISECONDS) ?: continue
            if (next.second.toString(Charsets.UTF_8).contains(id)) return next
        }
        fail("no notification about $id")
    }

    override fun close() {
        process.destroy()
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly()
        endpoint.stop(0)
    }
}

fun stateOf(answer: ApiResponse) = Json.parse(answer.resultJson).obj().strOrNull("state")

fun idOf(answer: ApiResponse) = Json.parse(answer.resultJson).obj().str("id")

/** The sandbox's built-in client credentials (sandbox/src/test_keys.rs). */
const val SANDBOX_CLIENT_ID = "sandbox-client"
const val SANDBOX_CLIENT_SECRET = "sandbox-secret"

val SANDBOX_TODAY: String = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE)

/** A card payment's create_payment for the sandbox: order `reference`, today, notified at `notifyUrl`. */
fun sandboxCardPayment(reference: String, notifyUrl: String) =
    fullCreatePayment("""{"phone":"13800000000"}""").replace("20260301", SANDBOX_TODAY)
        .replace("https://shop.example/umf/notify", notifyUrl).replace("KT-ORDER-0001", reference)

/** The payer of send_payment_sms / execute_payment for payment `id`: the test card, plaintext
 *  (`extra` adds the SMS code). */
fun cardPayerParams(id: String, extra: Map<String, String> = emptyMap()): String {
    val card = CARD + ("phone" to "13800000000") + ("citizen_id_type" to "IDENTITY_CARD") + extra
    return Json.write(mapOf("payment_id" to id, "payer" to mapOf("payment_method" to "CREDIT_CARD", "payer_info" to mapOf("bank_card" to card))))
}

/** A create_refund of `total` USD of a payment made by `sandboxCardPayment(order, …)`. */
fun refundParams(id: String, reference: String, total: String, notifyUrl: String, order: String = "KT-ORDER-0001") =
    """{"payment_id":"$id","notify_url":"$notifyUrl","refund_info":{"mer_reference_id":"$reference",""" +
        """"mer_date":"$SANDBOX_TODAY","amount":{"total":"$total","currency":"USD"},"sub_orders":[{"mer_sub_reference_id":"$order-S1",""" +
        """"trans_code":"01122030","amount":{"total":"$total","currency":"USD"},"items":[{"mer_item_id":"TEA-01"}]}]}}"""

fun sandboxTests(suite: Suite, v: Vectors, umfBinary: File) {
    val strict = ClientOptions(verify = VerifyOptions(VerifyPolicy.STRICT, SignatureScope.PRIMARY_RESULT))
    // The first read of a payment answers 503, the first refund 503, the token expires under
    // the first SMS request, one exchange-rate answer carries a bad signature.
    val faults = arrayOf(
        "get_payment:status=503,times=1",
        "create_refund:status=503,times=1",
        "send_payment_sms:expire_token,times=1",
        "get_exchange_rate:bad_signature,times=1",
    )

    suite.test("sandbox: a card payment end to end; the device encrypts and verifies, the server signs") {
        SandboxRun(umfBinary, *faults).use { umf ->
            val device = PublicKey(v.key("umf_1024_cert.pem")).use { Client(umf.baseUrl, it, strict) }
            val server = PublicKey(v.key("umf_1024_cert.pem")).use { key ->
                PrivateKey(v.key("merchant_1024_pkcs8.pem")).use { Client.withMerchantKey(umf.baseUrl, key, it, strict) }
            }
            val tokens = TokenManager(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, server.tokenUrl())
            fun fetchToken(): AccessToken {
                val now = System.currentTimeMillis()
                val fetch = assertIs<TokenAction.Fetch>(tokens.poll(now))
                return tokens.complete(fetch.ticket, umf.send(fetch.request), now)
            }
            var token = fetchToken()
            assertIs<TokenAction.Use>(tokens.poll(System.currentTimeMillis()))
            /** The server prepares and sends; the device reads the bytes it relays. */
            fun call(op: String, params: String): ApiResponse {
                val answer = umf.send(server.prepare(op, params, token))
                val parsed = device.parse(op, answer)
                assertEquals(VerificationStatus.VERIFIED, parsed.verification.status, op)
                return parsed
            }

            val created = call("create_payment", sandboxCardPayment("KT-ORDER-0001", umf.notifyUrl))
            assertEquals("WAIT_BUYER_PAY", stateOf(created))
            val id = Json.parse(created.resultJson).obj().str("id")
            assertTrue(id.startsWith("PAY_"), id)

            // The customer types the card into the app; only markers leave the device.
            val encryptor = device.cardEncryptor()
            fun payer(op: String, extra: Map<String, String> = emptyMap()) = encryptor.encryptFields(op, cardPayerParams(id, extra)).payloadJson
            val relayed = payer("send_payment_sms")
            assertFalse(relayed.contains(CARD.getValue("number")))
            // The token expires under the first try: drop it, take a new one, and send the same
            // signed bytes again with the new Authorization (the signature covers the body only).
            val sms = server.prepare("send_payment_sms", relayed, token)
            val rejected = umf.send(sms)
            assertTrue(isTokenRejection(rejected))
            val expired = expectError<UmfException.Api>("api_error") { device.parse("send_payment_sms", rejected) }
            assertEquals("token_expired", expired.`class`)
            assertTrue(tokens.invalidate(token.generation()))
            token = fetchToken()
            val resent = sms.withHeader("Authorization", server.authorization(token))
            assertContentEquals(sms.body(), resent.body())
            assertEquals(sms.header("Signature"), resent.header("Signature"))
            assertEquals(VerificationStatus.VERIFIED, device.parse("send_payment_sms", umf.send(resent)).verification.status)
            val code = umf.admin("sms/$id").str("code")
            val executed = call("execute_payment", payer("execute_payment", mapOf("verify_code" to code)))
            assertEquals("TRADE_SUCCESS", stateOf(executed))

            // UMF notifies the server; the app verifies the relayed notification itself.
            val (signature, body) = umf.notificationAbout(id)
            val note = device.verifyNotification(signature, body)
            assertEquals(NotificationKind.PAYMENT, note.kind)
            assertEquals(id, note.id)
            assertEquals("TRADE_SUCCESS", note.state)
            expectError<UmfException.Signature>("signature_invalid") { device.verifyNotification(signature, body + ' '.code.toByte()) }

            // The first read answers 503: a read may be sent again, and then it succeeds.
            val busy = expectError<UmfException.Api>("api_error") { call("get_payment", """{"payment_id":"$id"}""") }
            assertEquals(503, busy.httpStatus)
            assertTrue(busy.isRetryable())
            assertEquals("TRADE_SUCCESS", stateOf(call("get_payment", """{"payment_id":"$id"}""")))

            // The first refund answers 503: a state-changing POST is never retried blindly. The
            // server looks first; no refund was made, so sending it again is safe.
            val refund = refundParams(id, "KT-REFUND-1", "30.00", umf.notifyUrl)
            val lost = expectError<UmfException.Api>("api_error") { call("create_refund", refund) }
            assertFalse(lost.isRetryable())
            // The sandbox signs the payment only: the refunds beside it arrive uncovered.
            val before = call("get_payment_with_refunds", """{"payment_id":"$id"}""")
            assertEquals(listOf("refund"), Json.parse(before.uncoveredJson).obj().keys.toList(), "refunds uncovered")
            assertTrue(!before.uncoveredJson.contains("KT-REFUND-1"), "no refund was made")
            assertEquals("REFUND_SUCCESS", stateOf(call("create_refund", refund)))

            // A repeated order id: the identical request is the same payment again (a safe
            // retry); different contents are refused; once paid, it is refused as paid.
            val order2 = sandboxCardPayment("KT-ORDER-0002", "https://shop.example/umf/notify")
            val first = Json.parse(call("create_payment", order2).resultJson).obj().str("id")
            assertEquals(first, Json.parse(call("create_payment", order2).resultJson).obj().str("id"))
            val different = expectError<UmfException.Api>("api_error") { call("create_payment", order2.replace("100.00", "90.00")) }
            assertEquals("00202022", different.retCode)
            assertEquals("conflict", different.`class`)
            assertFalse(different.isRetryable())
            val paid = expectError<UmfException.Api>("api_error") { call("create_payment", order2.replace("KT-ORDER-0002", "KT-ORDER-0001")) }
            assertEquals("00060780", paid.retCode)
            assertEquals("duplicate", paid.`class`)

            // A forged answer (the sandbox's bad_signature fault) never reaches the app as data.
            expectError<UmfException.Signature>("signature_invalid") {
                device.parse("get_exchange_rate", umf.send(server.prepare("get_exchange_rate", """{"currency":"USD"}""", token)))
            }
            val rates = device.parse("get_exchange_rate", umf.send(server.prepare("get_exchange_rate", """{"currency":"USD"}""", token)))
            assertEquals(VerificationStatus.VERIFIED, rates.verification.status)

            for (closeable in listOf(encryptor, tokens, token, sms, resent, device, server)) closeable.close()
        }
    }
}

// The documents' ambiguous readings end to end: `umf sandbox` set to a reading (its --signature-
// scope, --bearer, --ack, --sign-errors, --outcomes, --token-path, --token-credentials flags and
// the key rotation), and the JVM client configured the way bindings-mobile/README.md ("Readings
// of the documents: what to configure") says. Per reading: the card flow, a refund and the
// notifications (the payment's; the refund's too where refunds are notified, async outcomes)
// acknowledged in the reading's format pass with that configuration alone, and a strict reading
// refuses the other configuration with a typed error. Readings are combined into three sandbox
// processes to keep the run short.
package com.umfsdk.test

import com.umfsdk.AckFormat
import com.umfsdk.ApiResponse
import com.umfsdk.AuthorizationStyle
import com.umfsdk.Client
import com.umfsdk.ClientOptions
import com.umfsdk.HttpResponse
import com.umfsdk.PollPolicy
import com.umfsdk.PublicKey
import com.umfsdk.SignatureScope
import com.umfsdk.TokenAction
import com.umfsdk.TokenCredentialStyle
import com.umfsdk.UmfException
import com.umfsdk.VerificationStatus
import com.umfsdk.defaultCallPolicy
import com.umfsdk.notificationAcknowledgement
import com.umfsdk.jvm.UmfClient
import java.io.File
import java.util.Collections
import java.util.concurrent.TimeUnit
import kotlin.test.assertEquals
import kotlin.test.assertIs
import kotlin.test.assertTrue
import kotlin.test.fail

/** The merchant's side of one sandbox: the server's `UmfClient` and the app's `Client`, both
 *  built with the same options (the configuration under test). */
private class ReadingMerchant(val umf: SandboxRun, val server: UmfClient, val device: Client) {
    /** create_payment, the SMS step and execute_payment with the test card (encrypted by the
     *  device); returns the payment id and execute's answer. */
    fun payByCard(reference: String): Pair<String, ApiResponse> {
        val created = server.createPayment(sandboxCardPayment(reference, umf.notifyUrl))
        assertEquals("WAIT_BUYER_PAY", stateOf(created))
        val id = idOf(created)
        val encryptor = device.cardEncryptor()
        fun payer(op: String, extra: Map<String, String> = emptyMap()) = encryptor.encryptFields(op, cardPayerParams(id, extra)).payloadJson
        server.sendPaymentSms(payer("send_payment_sms"))
        val code = umf.admin("sms/$id").str("code")
        return id to server.executePayment(payer("execute_payment", mapOf("verify_code" to code)))
    }

    /** A refund of 30 USD of the payment of order `reference`. */
    fun refund(id: String, reference: String): ApiResponse =
        server.createRefund(refundParams(id, "$reference-R1", "30.00", umf.notifyUrl, order = reference))

    /** Waits until the sandbox records the notification about `objectId` as acknowledged;
     *  returns its delivery record (`attempts`, `last_status`, ...). */
    fun acknowledged(objectId: String): Map<String, Any?> {
        val deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15)
        while (System.nanoTime() < deadline) {
            val delivery = umf.adminJson("notifications").list().map { it.obj() }.lastOrNull { it["object_id"] == objectId }
            if (delivery != null && delivery["acknowledged"] == true) return delivery
            Thread.sleep(20)
        }
        fail("the notification about $objectId was never acknowledged: ${umf.adminJson("notifications")}")
    }
}

fun readingTests(suite: Suite, v: Vectors, umfBinary: File) {
    val quick = defaultCallPolicy().copy(initialBackoffMs = 5, maxBackoffMs = 50)
    fun merchant(umf: SandboxRun, options: ClientOptions) = ReadingMerchant(
        umf,
        UmfClient.create(umf.baseUrl, v.key("umf_1024_cert.pem"), v.key("merchant_1024_pkcs8.pem"), SANDBOX_CLIENT_ID,
            SANDBOX_CLIENT_SECRET, policy = quick, options = options),
        PublicKey(v.key("umf_1024_cert.pem")).use { Client(umf.baseUrl, it, options) },
    )

    /** The endpoint verifies each notification with `verifier` and acknowledges it in `format`;
     *  with `wrongFirst`, the first delivery of each object gets that reply instead (the
     *  reading must refuse it, so UMF delivers again). Returns what failed in the endpoint. */
    fun acknowledge(umf: SandboxRun, verifier: Client, format: AckFormat, wrongFirst: AckFormat? = null): MutableList<Throwable> {
        val failures = Collections.synchronizedList(mutableListOf<Throwable>())
        val answered = Collections.synchronizedSet(mutableSetOf<String>())
        umf.respond = { signature, body ->
            try {
                val note = verifier.verifyNotification(signature, body)
                val first = answered.add(note.id)
                notificationAcknowledgement(note, if (first && wrongFirst != null) wrongFirst else format)
            } catch (e: Throwable) {
                failures += e
                HttpResponse(500, emptyList(), ByteArray(0))
            }
        }
        return failures
    }

    suite.test("readings: body-without-meta signatures, Bearer<token> only, Basic credentials, json-with-id acks, unsigned errors") {
        val flags = listOf("--signature-scope", "body-without-meta", "--bearer", "strict-no-space",
            "--token-credentials", "basic", "--ack", "json-with-id", "--sign-errors", "no")
        SandboxRun(umfBinary, flags = flags).use { umf ->
            // README: BEARER_NO_SPACE for strict-no-space, BASIC for basic, JSON_WITH_ID acks;
            // the default verification (AUTO scope) reads body-without-meta and unsigned errors.
            val options = ClientOptions(authorization = AuthorizationStyle.BEARER_NO_SPACE, tokenCredentials = TokenCredentialStyle.BASIC)
            val m = merchant(umf, options)
            val failures = acknowledge(umf, m.device, AckFormat.JSON_WITH_ID, wrongFirst = AckFormat.JSON)
            val (id, executed) = m.payByCard("KT-READ-A1")
            assertEquals("TRADE_SUCCESS", stateOf(executed))
            assertEquals(VerificationStatus.VERIFIED, executed.verification.status)
            assertEquals(SignatureScope.BODY_WITHOUT_META, executed.verification.scope)
            val refund = m.refund(id, "KT-READ-A1")
            assertEquals("REFUND_SUCCESS", stateOf(refund))
            assertEquals(SignatureScope.BODY_WITHOUT_META, refund.verification.scope)
            // The plain JSON reply was refused (a failed delivery), the one with the id taken.
            val payment = m.acknowledged(id)
            assertEquals(2L, payment["attempts"], "refused once, then acknowledged: $payment")
            assertEquals(emptyList(), failures)
            assertEquals(1L, m.server.stats().tokenRequests)

            // Unsigned error answers: UMF's own code under the default verification.
            val conflict = expectError<UmfException.Api>("api_error") {
                m.server.createPayment(sandboxCardPayment("KT-READ-A1", umf.notifyUrl).replace("100.00", "90.00"))
            }
            assertEquals("00060780", conflict.retCode, conflict.toString())

            // The token request through a manager built from the client: Basic, and accepted.
            m.device.tokenManager(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET).use { tokens ->
                val fetch = assertIs<TokenAction.Fetch>(tokens.poll(System.currentTimeMillis()))
                assertTrue(fetch.request.header("Authorization")!!.startsWith("Basic "))
                assertTrue(!fetch.request.body().decodeToString().contains(SANDBOX_CLIENT_SECRET))
                tokens.complete(fetch.ticket, umf.send(fetch.request), System.currentTimeMillis()).close()
            }

            // The other configuration is refused. The documents' `Bearer <token>`: 401 / 00280703
            // after the one replay with a fresh token.
            val spaced = merchant(umf, ClientOptions(tokenCredentials = TokenCredentialStyle.BASIC)).server
            val refused = expectError<UmfException.Api>("api_error") { spaced.listBanks() }
            assertEquals(401, refused.httpStatus)
            assertEquals("00280703", refused.retCode)
            assertEquals(1L, spaced.stats().tokenReplays)
            // Credentials in the JSON body: the token endpoint refuses them.
            val issued = umf.admin("health")["tokens_issued"] as Long
            val json = merchant(umf, ClientOptions(authorization = AuthorizationStyle.BEARER_NO_SPACE)).server
            val noToken = expectError<UmfException.Api>("api_error") { json.listBanks() }
            assertEquals(401, noToken.httpStatus)
            assertEquals(issued, umf.admin("health")["tokens_issued"] as Long)
            assertTokenRequestRefused(umf, m.device.tokenUrl())
        }
    }

    suite.test("readings: body-without-sign signatures, a token URL outside the base, JSON credentials, Bearer <token> only, form acks, async outcomes") {
        val flags = listOf("--signature-scope", "body-without-sign", "--bearer", "strict-space", "--token-path", "/v1/oauth/authorize",
            "--token-credentials", "json", "--ack", "form", "--outcomes", "async")
        SandboxRun(umfBinary, flags = flags).use { umf ->
            val tokenUrl = umf.baseUrl.removeSuffix("/cberest/v1") + "/v1/oauth/authorize"
            // README: tokenUrl for the /v1 token path, FORM acks; async outcomes need waiting.
            val options = ClientOptions(tokenUrl = tokenUrl)
            val m = merchant(umf, options)
            assertEquals(tokenUrl, m.device.tokenUrl())
            val failures = acknowledge(umf, m.device, AckFormat.FORM, wrongFirst = AckFormat.JSON)
            val (id, executed) = m.payByCard("KT-READ-B1")
            assertEquals("WAIT_BUYER_PAY", stateOf(executed))
            val poll = PollPolicy(intervalMs = 20, maxIntervalMs = 100, deadlineMs = 10_000, backoff = 2.0)
            val paid = m.server.waitForPayment(id, poll)
            assertEquals("TRADE_SUCCESS", stateOf(paid))
            assertEquals(VerificationStatus.VERIFIED, paid.verification.status)
            assertEquals(SignatureScope.BODY_WITHOUT_SIGN, paid.verification.scope)
            val refund = m.refund(id, "KT-READ-B1")
            assertEquals("REFUND_PROCESS", stateOf(refund))
            val refundId = idOf(refund)
            assertEquals("REFUND_SUCCESS", stateOf(m.server.waitForRefund(refundId, poll)))
            assertEquals(2L, m.acknowledged(id)["attempts"], "the JSON reply refused, the form reply taken")
            assertEquals(2L, m.acknowledged(refundId)["attempts"])
            assertEquals(emptyList(), failures)

            m.device.tokenManager(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET).use { tokens ->
                val fetch = assertIs<TokenAction.Fetch>(tokens.poll(System.currentTimeMillis()))
                assertEquals(tokenUrl, fetch.request.url())
                tokens.complete(fetch.ticket, umf.send(fetch.request), System.currentTimeMillis()).close()
            }

            // Without the token URL: nothing answers at {base}/oauth/authorize.
            val noUrl = expectError<UmfException.Api>("api_error") { merchant(umf, ClientOptions()).server.listBanks() }
            assertEquals(404, noUrl.httpStatus)
            // Basic credentials: refused by a token endpoint that takes the JSON body only.
            val basic = expectError<UmfException.Api>("api_error") {
                merchant(umf, options.copy(tokenCredentials = TokenCredentialStyle.BASIC)).server.listBanks()
            }
            assertEquals(401, basic.httpStatus)
            // UMF's demo spelling `Bearer<token>`: refused like a bad token.
            val noSpace = expectError<UmfException.Api>("api_error") {
                merchant(umf, options.copy(authorization = AuthorizationStyle.BEARER_NO_SPACE)).server.listBanks()
            }
            assertEquals("00280703", noSpace.retCode)
        }
    }

    suite.test("readings: UMF changes its key mid-flow: both keys keep working and name the new one; the old key alone fails closed") {
        SandboxRun(umfBinary, flags = listOf("--ack", "json")).use { umf ->
            // The keys a merchant gets without the repository: `umf sandbox --print-test-keys`.
            val printed = ProcessBuilder(umfBinary.path, "sandbox", "--print-test-keys").start()
            val keys = Json.parse(printed.inputStream.bufferedReader().readText()).obj()
            assertEquals(0, printed.waitFor())
            val next = PublicKey(keys.str("umf_next_public_key_pem").toByteArray())
            assertEquals(keys.str("umf_next_public_key_fingerprint"), next.fingerprint())
            val first = keys.str("umf_public_key_fingerprint")
            // README: the coming key in umfAdditionalPublicKeys.
            val m = merchant(umf, ClientOptions(umfAdditionalPublicKeys = listOf(next)))
            assertEquals(listOf(first, next.fingerprint()), m.device.umfPublicKeys().map { it.fingerprint() })
            val oldOnly = merchant(umf, ClientOptions())
            val failures = acknowledge(umf, m.device, AckFormat.JSON)

            val created = m.server.createPayment(sandboxCardPayment("KT-READ-C1", umf.notifyUrl))
            assertEquals(first, created.verification.keyFingerprint)
            val id = idOf(created)
            val encryptor = m.device.cardEncryptor()
            m.server.sendPaymentSms(encryptor.encryptFields("send_payment_sms", cardPayerParams(id)).payloadJson)
            val code = umf.admin("sms/$id").str("code")
            assertEquals(next.fingerprint(), umf.admin("keys/rotate", "{}").str("umf_public_key_fingerprint"))
            val executed = m.server.executePayment(encryptor.encryptFields("execute_payment", cardPayerParams(id, mapOf("verify_code" to code))).payloadJson)
            assertEquals("TRADE_SUCCESS", stateOf(executed))
            assertEquals(VerificationStatus.VERIFIED, executed.verification.status)
            assertEquals(next.fingerprint(), executed.verification.keyFingerprint)
            val refund = m.refund(id, "KT-READ-C1")
            assertEquals("REFUND_SUCCESS", stateOf(refund))
            assertEquals(next.fingerprint(), refund.verification.keyFingerprint)
            assertEquals(1L, m.acknowledged(id)["attempts"])
            assertEquals(emptyList(), failures)
            val (signature, body) = umf.notificationAbout(id)
            assertEquals(next.fingerprint(), m.device.verifyNotification(signature, body).keyFingerprint)

            // The old key alone: the answer and the notification signed with the new key are
            // refused, never read as data. The new key is 2048-bit, the old one 1024: its
            // signatures do not even have the old key's length.
            expectError<UmfException.Signature>("signature_malformed") { oldOnly.server.getPayment(mapOf("payment_id" to id)) }
            expectError<UmfException.Signature>("signature_malformed") { oldOnly.device.verifyNotification(signature, body) }
            next.close()
        }
    }
}

/** A `TokenManager` built by hand with the default (JSON body) style is refused by a token
 *  endpoint that takes Basic credentials only: the credential style is not a detail. */
private fun assertTokenRequestRefused(umf: SandboxRun, tokenUrl: String) {
    com.umfsdk.TokenManager(SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET, tokenUrl).use { tokens ->
        val fetch = assertIs<TokenAction.Fetch>(tokens.poll(System.currentTimeMillis()))
        val refused = expectError<UmfException.Api>("api_error") {
            tokens.complete(fetch.ticket, umf.send(fetch.request), System.currentTimeMillis())
        }
        assertEquals(401, refused.httpStatus)
    }
}

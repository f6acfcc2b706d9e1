// Error mapping: one subclass per family of the core, a stable code on each, and nothing that
// escapes as anything but an UmfException (no panic crosses the boundary).
package com.umfsdk.test

import com.umfsdk.CardEncryptor
import com.umfsdk.HttpResponse
import com.umfsdk.PrivateKey
import com.umfsdk.PublicKey
import com.umfsdk.TokenAction
import com.umfsdk.TokenManager
import com.umfsdk.UmfException
import kotlin.random.Random
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertIs
import kotlin.test.assertTrue

fun errorTests(suite: Suite, v: Vectors) {
    suite.test("UmfException has a subclass for every error family of the core") {
        val families = UmfException::class.java.declaredClasses
            .filter { UmfException::class.java.isAssignableFrom(it) }
            .map { it.simpleName }
            .toSet()
        assertEquals(
            setOf("Key", "Encryption", "Signature", "Response", "Notification", "Token", "Api", "Request", "Transport", "Crypto", "Internal"),
            families,
        )
    }

    suite.test("every family reachable from the API arrives as its subclass with its code") {
        val umf = CardEncryptor(v.key("umf_1024_cert.pem"))
        val seen = mutableSetOf<String>()
        fun record(e: UmfException) = seen.add(e::class.simpleName!!)

        record(expectError<UmfException.Key>("key_wrong_kind") { PublicKey(v.key("merchant_1024_pkcs8.pem")) })
        record(expectError<UmfException.Key>("key_passphrase_required") { PrivateKey(v.key("merchant_1024_pkcs8_encrypted.der")) })
        record(expectError<UmfException.Encryption>("value_too_long") { umf.encryptValue("x".repeat(200)) })
        record(expectError<UmfException.Signature>("signature_malformed") { umf.publicKey().verify(byteArrayOf(1), "AAAA") })
        record(expectError<UmfException.Response>("response_malformed") { umf.verifyResponse("[1]".toByteArray()) })
        record(expectError<UmfException.Notification>("notification_malformed") { umf.verifyNotification("AAAA", ByteArray(0)) })
        record(expectError<UmfException.Request>("unknown_operation") { umf.encryptFields("nope", "{}") })
        TokenManager("c", "s", "https://t.test/oauth/authorize").use { tokens ->
            val fetch = assertIs<TokenAction.Fetch>(tokens.poll(0))
            record(expectError<UmfException.Api>("api_error") {
                tokens.complete(fetch.ticket, HttpResponse(status = 500, body = ByteArray(0)), 0)
            })
            record(expectError<UmfException.Token>("token_unavailable") {
                tokens.complete(fetch.ticket, HttpResponse(status = 200, body = ByteArray(0)), 0)
            })
        }
        record(expectError<UmfException.Response>("response_malformed") {
            TokenManager("c", "s", "u").use { tokens ->
                val fetch = assertIs<TokenAction.Fetch>(tokens.poll(0))
                tokens.complete(fetch.ticket, HttpResponse(status = 70_000, body = ByteArray(0)), 0)
            }
        })
        // Crypto (the RSA primitive or the random source failing) and Internal cannot be
        // provoked from outside; their mapping is checked by the Rust tests of the binding.
        assertEquals(setOf("Key", "Encryption", "Signature", "Response", "Notification", "Request", "Api", "Token"), seen)
        umf.close()
    }

    suite.test("the Client's request errors arrive as UmfException.Request with their codes") {
        appClient(v).use { app ->
            serverClient(v).use { server ->
                val payload = fullCreatePayment(cardJson())
                val number = CARD.getValue("number")
                val refused = listOf(
                    expectError<UmfException.Request>("merchant_key_required") { app.prepare("create_payment", payload) },
                    expectError<UmfException.Request>("unknown_operation") { server.prepare("create_paymnet", payload) },
                    expectError<UmfException.Request>("unknown_operation") { server.validate("create_paymnet", payload) },
                    expectError<UmfException.Request>("invalid_request") { server.prepare("create_payment", payload.dropLast(2)) },
                    expectError<UmfException.Request>("invalid_request") { server.prepare("create_payment", "[$payload]") },
                    expectError<UmfException.Request>("invalid_request") { server.prepare("get_payment", """{"payment_id":"PAY_1","card":"$number"}""") },
                    expectError<UmfException.Request>("invalid_request") {
                        server.prepare("get_access_token", """{"client_id":"c","client_secret":"s"}""")
                    },
                    expectError<UmfException.Request>("validation_failed") {
                        server.prepare("create_payment", payload.replace("\"currency\":\"USD\"", "\"currency\":\"usd!\""))
                    },
                )
                for (e in refused) assertFalse(e.message.contains(number), "${e.code()} leaks the card number")
                assertTrue(refused.last().problems.isNotEmpty())
                assertTrue(refused.dropLast(1).all { it.problems.isEmpty() })
                assertTrue(refused.none { it.isRetryable() })
            }
        }
    }

    suite.test("message carries the code, detail names the field, never the value") {
        val umf = CardEncryptor(v.key("umf_1024_cert.pem"))
        val secretValue = "4".repeat(130)
        val e = expectError<UmfException.Encryption>("value_too_long") {
            umf.encryptFields("create_payment", createPaymentPayload(CARD + ("cvv2" to secretValue)))
        }
        assertTrue(e.message.contains("value_too_long"))
        assertTrue(e.detail.contains("payer.payer_info.bank_card.cvv2"))
        assertFalse(e.message.contains(secretValue))
        assertFalse(e.isRetryable())
        umf.close()
    }

    suite.test("toString of keys shows size and fingerprint, never key material") {
        val pem = v.key("merchant_1024_pkcs8.pem")
        PrivateKey(pem).use { key ->
            val text = key.toString()
            assertTrue(text.contains(key.fingerprint()), text)
            val body = pem.toString(Charsets.US_ASCII).lines().filter { !it.startsWith("-----") && it.isNotBlank() }
            for (line in body) assertFalse(text.contains(line.take(24)), "no key material in toString")
        }
    }

    suite.test("garbage in: only UmfException comes out, never a panic") {
        val random = Random(7)
        val umf = CardEncryptor(v.key("umf_1024_cert.pem"))
        val server = serverClient(v)
        val ids = listOf("create_payment", "get_payment", "query_card_bin", "unbind_bank_agreement", "download_settlement_file")
        val payload = fullCreatePayment(cardJson())
        val answer = """{"meta":{"ret_code":"0000","ret_msg":"ok"},"payment":{"id":"PAY_1","state":"TRADE_SUCCESS","order":{"amount":{"total":"1.00"}}}}"""
        // One character of a valid payload or answer changed: mostly JSON still, odd values.
        fun mutate(valid: String): String {
            val at = random.nextInt(valid.length)
            return valid.substring(0, at) + "\"{}[]:,0a-. \\é".random(random) + valid.substring(at + 1)
        }
        repeat(300) {
            val bytes = random.nextBytes(random.nextInt(0, 300))
            val text = bytes.toString(Charsets.ISO_8859_1)
            for (call in listOf<() -> Unit>(
                { PublicKey(bytes).close() },
                { PrivateKey(bytes, text).close() },
                { umf.verifyResponse(bytes) },
                { umf.verifyNotification(text, bytes) },
                { umf.encryptFields("create_payment", text, text) },
                { server.prepare(ids[it % ids.size], text).close() },
                { server.validate(ids[it % ids.size], text) },
                { server.parse(ids[it % ids.size], HttpResponse(random.nextInt(-5, 700), emptyList(), bytes)) },
                { server.prepare("create_payment", mutate(payload)).close() },
                { server.validate("create_payment", mutate(payload)) },
                { server.parse("get_payment", HttpResponse(200, emptyList(), mutate(answer).toByteArray())) },
            )) {
                try {
                    call()
                } catch (e: UmfException) {
                    assertTrue(e.code().isNotEmpty())
                }
            }
        }
        umf.close()
        server.close()
    }
}

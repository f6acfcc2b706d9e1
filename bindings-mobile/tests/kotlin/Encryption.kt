// Device-side encryption: what the app encrypts, OpenSSL decrypts with UMF's private key.
package com.umfsdk.test

import com.umfsdk.CardEncryptor
import com.umfsdk.PrivateKey
import com.umfsdk.PublicKey
import com.umfsdk.UmfException
import com.umfsdk.encryptedFields
import com.umfsdk.encryptedFieldsFor
import java.io.File
import java.util.Base64
import java.util.concurrent.TimeUnit
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNull
import kotlin.test.assertTrue

/** OpenSSL as the independent judge: `pkeyutl -decrypt` with UMF's private key (RSAES-PKCS1-v1_5)
 *  and `dgst -sha256 -verify` of request signatures. */
class OpenSsl(private val privateKey: File) {
    fun decrypt(base64: String): String {
        val input = File.createTempFile("umf-ciphertext", ".bin")
        try {
            input.writeBytes(Base64.getDecoder().decode(base64))
            val (status, out) = run("openssl", "pkeyutl", "-decrypt", "-inkey", privateKey.path, "-in", input.path)
            check(status == 0) { "openssl failed" }
            return out.toString(Charsets.UTF_8)
        } finally {
            input.delete()
        }
    }

    /** Whether `openssl dgst -sha256 -verify publicKey` accepts a base64 signature of `data`. */
    fun verifies(publicKey: File, data: ByteArray, base64: String): Boolean {
        val body = File.createTempFile("umf-body", ".bin")
        val signature = File.createTempFile("umf-signature", ".bin")
        try {
            body.writeBytes(data)
            signature.writeBytes(Base64.getDecoder().decode(base64))
            val (status, out) = run(
                "openssl", "dgst", "-sha256", "-verify", publicKey.path, "-signature", signature.path, body.path,
            )
            return status == 0 && out.toString(Charsets.UTF_8).trim() == "Verified OK"
        } finally {
            body.delete()
            signature.delete()
        }
    }

    private fun run(vararg command: String): Pair<Int, ByteArray> {
        val process = ProcessBuilder(*command).redirectError(ProcessBuilder.Redirect.DISCARD).start()
        val out = process.inputStream.readBytes()
        check(process.waitFor(30, TimeUnit.SECONDS)) { "openssl hung" }
        return process.exitValue() to out
    }
}

/** A create_payment body with every card field of the payer, plus fields that stay plain. */
val CARD = linkedMapOf(
    "number" to "6222020000000000000",
    "valid_date" to "1226",
    "cvv2" to "123",
    "payer_name" to "ZHANG SAN",
    "citizen_id_number" to "110101199003071234",
)

fun createPaymentPayload(card: Map<String, String> = CARD): String {
    val fields = card.entries.joinToString(",") { (k, v) -> "\"$k\":\"$v\"" }
    return """{"payer":{"payment_method":"CREDIT_CARD","payer_info":{"name":"张三",""" +
        """"bank_card":{$fields,"phone":"13800000000"}}},""" +
        """"order":{"mer_reference_id":"ORDER-1","amount":{"total":"6.98","currency":"USD",""" +
        """"exchange_rate":{"rate":7.12340}}}}"""
}

private fun marker(value: Any?): String {
    val map = value.obj()
    assertEquals(setOf("\$encrypted"), map.keys, "an encrypted marker")
    return map.str("\$encrypted")
}

fun encryptionTests(suite: Suite, v: Vectors, openssl: OpenSsl) {
    val umfKey = v.key("umf_1024_cert.pem")

    suite.test("card fields of create_payment become markers that OpenSSL decrypts") {
        CardEncryptor(umfKey).use { umf ->
            val out = umf.encryptFields("create_payment", createPaymentPayload())
            val paths = CARD.keys.map { "payer.payer_info.bank_card.$it" }
            assertEquals(setOf("payer.payer_info.name") + paths, out.encrypted.toSet())
            assertTrue(out.passedThrough.isEmpty())
            val payer = Json.parse(out.payloadJson).obj()["payer"].obj()["payer_info"].obj()
            assertEquals("张三", openssl.decrypt(marker(payer["name"])))
            val card = payer["bank_card"].obj()
            for ((field, plaintext) in CARD) {
                assertEquals(plaintext, openssl.decrypt(marker(card[field])), field)
            }
            assertEquals("13800000000", card["phone"], "the phone is not a sensitive field")
            assertFalse(out.payloadJson.contains(CARD.getValue("number")), "no plaintext left")
            // Member order and number text survive the trip through the core.
            assertTrue(out.payloadJson.indexOf("\"payer\"") < out.payloadJson.indexOf("\"order\""))
            assertTrue(out.payloadJson.contains("\"rate\":7.12340"), out.payloadJson)
        }
    }

    suite.test("markers pass through a second time unchanged, never encrypted twice") {
        CardEncryptor(umfKey).use { umf ->
            val once = umf.encryptFields("create_payment", createPaymentPayload())
            val twice = umf.encryptFields("create_payment", once.payloadJson)
            assertEquals(once.payloadJson, twice.payloadJson)
            assertTrue(twice.encrypted.isEmpty())
            assertEquals(once.encrypted.sorted(), twice.passedThrough.sorted())
        }
    }

    suite.test("a query parameter is encrypted (query_card_bin)") {
        CardEncryptor(umfKey).use { umf ->
            val out = umf.encryptFields("query_card_bin", "{}", """{"card":"6222020000000000000"}""")
            assertEquals(listOf("query:card"), out.encrypted)
            val card = Json.parse(out.queryJson!!).obj()["card"]
            assertEquals("6222020000000000000", openssl.decrypt(marker(card)))
        }
    }

    suite.test("empty values are left alone") {
        CardEncryptor(umfKey).use { umf ->
            val out = umf.encryptFields("create_payment", createPaymentPayload(CARD + ("cvv2" to "")))
            assertTrue("payer.payer_info.bank_card.cvv2" !in out.encrypted)
            assertTrue(out.payloadJson.contains("\"cvv2\":\"\""))
        }
    }

    suite.test("encryptValue and PublicKey.encryptToBase64 decrypt with OpenSSL") {
        CardEncryptor(umfKey).use { umf ->
            assertEquals("6222020000000000000", openssl.decrypt(umf.encryptValue("6222020000000000000")))
            val longest = "x".repeat(117)
            assertEquals(longest, openssl.decrypt(umf.encryptValue(longest)))
            umf.publicKey().use { key ->
                assertEquals(117, key.maxPlaintextBytes())
                assertEquals("123", openssl.decrypt(key.encryptToBase64("123")))
            }
        }
    }

    suite.test("a value over one RSA block is value_too_long, naming the path, not the value") {
        CardEncryptor(umfKey).use { umf ->
            val bare = expectError<UmfException.Encryption>("value_too_long") { umf.encryptValue("x".repeat(118)) }
            assertNull(bare.path)
            val long = "9".repeat(118)
            val e = expectError<UmfException.Encryption>("value_too_long") {
                umf.encryptFields("create_payment", createPaymentPayload(CARD + ("number" to long)))
            }
            assertEquals("payer.payer_info.bank_card.number", e.path)
            assertFalse(e.message.contains(long))
        }
    }

    suite.test("ciphertext as a bare string, a bad marker and a number are refused") {
        CardEncryptor(umfKey).use { umf ->
            val ciphertext = umf.encryptValue("6222020000000000000")
            expectError<UmfException.Encryption>("sensitive_value_looks_encrypted") {
                umf.encryptFields("create_payment", createPaymentPayload(CARD + ("number" to ciphertext)))
            }
            val badMarker = createPaymentPayload().replace(
                "\"cvv2\":\"123\"", "\"cvv2\":{\"\$encrypted\":\"bm90IGEgY2lwaGVydGV4dA==\"}",
            )
            expectError<UmfException.Encryption>("invalid_ciphertext") {
                umf.encryptFields("create_payment", badMarker)
            }
            val number = createPaymentPayload().replace("\"cvv2\":\"123\"", "\"cvv2\":123")
            expectError<UmfException.Encryption>("invalid_sensitive_value") {
                umf.encryptFields("create_payment", number)
            }
        }
    }

    suite.test("an unknown operation or unreadable JSON is refused without echoing the payload") {
        CardEncryptor(umfKey).use { umf ->
            expectError<UmfException.Request>("unknown_operation") {
                umf.encryptFields("create_paymnet", createPaymentPayload())
            }
            val broken = createPaymentPayload().dropLast(3)
            val e = expectError<UmfException.Request>("invalid_request") {
                umf.encryptFields("create_payment", broken)
            }
            assertFalse(e.message.contains(CARD.getValue("number")))
            expectError<UmfException.Request>("invalid_request") {
                umf.encryptFields("query_card_bin", "{}", "[\"6222020000000000000\"]")
            }
        }
    }

    suite.test("an operation that sends no sensitive field leaves the payload as it was") {
        CardEncryptor(umfKey).use { umf ->
            val refund = """{"refund_info":{"mer_reference_id":"R-1","amount":{"total":"1.00","currency":"USD"}}}"""
            val out = umf.encryptFields("create_refund", refund)
            assertEquals(refund, out.payloadJson)
            assertTrue(out.encrypted.isEmpty() && out.passedThrough.isEmpty())
        }
    }

    suite.test("the encrypted-field table is the core's") {
        // Derived from the body models (API.md's 35 paths an operation sends, and 9 more).
        assertEquals(44, encryptedFields().size)
        val createPayment = encryptedFieldsFor("create_payment")
        assertEquals(13, createPayment.size)
        assertTrue(createPayment.any { it.path == "payer.payer_info.bank_card.number" })
        assertTrue(encryptedFieldsFor("no_such_operation").isEmpty())
    }

    suite.test("an encryptor built from a loaded key uses that key") {
        PublicKey(umfKey).use { key ->
            CardEncryptor.fromPublicKey(key).use { umf ->
                assertEquals(key.fingerprint(), umf.publicKey().fingerprint())
                assertEquals("42", openssl.decrypt(umf.encryptValue("42")))
            }
        }
    }

    suite.test("what the merchant key signs, its public key verifies") {
        PrivateKey(v.key("merchant_1024_pkcs8_encrypted.pem"), v.passphrase).use { merchant ->
            val body = """{"mer_reference_id":"ORDER-1"}""".toByteArray()
            val signature = merchant.sign(body)
            merchant.publicKey().use { it.verify(body, signature) }
            assertEquals(merchant.fingerprint(), merchant.publicKey().fingerprint())
            PublicKey(merchant.publicKey().toSpkiDer()).use { it.verify(body, signature) }
        }
    }
}

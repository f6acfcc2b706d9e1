// Building requests with the Client: the app's client (UMF public key only) and the merchant
// server's (with the merchant key), the operation table, validation, and a full create_payment
// whose card fields were encrypted on the "device" and whose signature OpenSSL checks.
package com.umfsdk.test

import com.umfsdk.AccessToken
import com.umfsdk.Area
import com.umfsdk.AuthorizationStyle
import com.umfsdk.CardEncryptor
import com.umfsdk.Client
import com.umfsdk.ClientOptions
import com.umfsdk.HttpRequest
import com.umfsdk.PrivateKey
import com.umfsdk.PublicKey
import com.umfsdk.RetryClass
import com.umfsdk.Severity
import com.umfsdk.Stability
import com.umfsdk.UmfEnvironment
import com.umfsdk.UmfException
import com.umfsdk.operation
import com.umfsdk.operations
import java.io.File
import java.security.KeyFactory
import java.security.Signature
import java.security.spec.X509EncodedKeySpec
import java.util.Base64
import kotlin.test.assertContentEquals
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNull
import kotlin.test.assertTrue

const val BASE = "https://uatfx.soopay.net/cberest/v1"

/** The "device": the UMF public key only. */
fun appClient(v: Vectors, options: ClientOptions? = null) =
    PublicKey(v.key("umf_1024_cert.pem")).use { Client(BASE, it, options) }

/** The merchant server: also the merchant private key (never in an app). */
fun serverClient(v: Vectors) =
    PublicKey(v.key("umf_1024_cert.pem")).use { umf ->
        PrivateKey(v.key("merchant_1024_pkcs8.pem")).use { merchant -> Client.withMerchantKey(BASE, umf, merchant) }
    }

/** A create_payment a merchant sends for a card payment: the payer's card and ID, the order with
 *  one sub-order and its goods, where to notify, the risk details UMF asks for physical goods. */
fun fullCreatePayment(cardJson: String, receiver: Boolean = true) = """
    {"payer":{"payment_method":"CREDIT_CARD","interface_type":"SERVER_TO_SERVER","business_type":"B2C",
      "payer_info":{"name":"张三","bank_card":$cardJson}},
     "order":{"mer_reference_id":"KT-ORDER-0001","mer_date":"20260301",
      "amount":{"total":"100.00","currency":"USD"},"order_summary":"green tea",
      "sub_orders":[{"mer_sub_reference_id":"KT-ORDER-0001-S1","trans_code":"01122030",
        "amount":{"total":"100.00","currency":"USD"},
        "items":[{"mer_item_id":"TEA-01","type":"FOOD","name":"green tea","quantity":"2",
          "amount":{"total":"100.00","currency":"USD"}}]}]},
     "notify_url":"https://shop.example/umf/notify",
     "risk_info":{"trans_type":"02","goods_type":"1"${if (receiver) RECEIVER else ""}}}
""".trimIndent()

private const val RECEIVER = ""","receiver_name":"ZHANG SAN","receiver_moblie_id":"13800000000","receiver_address":"Shanghai""""

fun cardJson(card: Map<String, String> = CARD) = Json.write(card + ("phone" to "13800000000"))

private fun bodyOf(request: HttpRequest) = Json.parse(request.body().toString(Charsets.UTF_8)).obj()

fun requestTests(suite: Suite, v: Vectors, openssl: OpenSsl, repo: File) {
    val merchantSpki = File(repo, "tests/vectors/keys/merchant_1024_spki.pem")
    val token = AccessToken.fromParts("T0KEN-VALUE-1234", Long.MAX_VALUE)
    val cardPaths = (CARD.keys.map { "payer.payer_info.bank_card.$it" } + "payer.payer_info.name").toSet()

    suite.test("the operation table is the core's: 54 rows with kinds, keys and encrypted paths") {
        val all = operations()
        assertEquals(54, all.size)
        assertEquals(all.map { it.id }.toSet().size, all.size, "unique ids")
        val create = operation("create_payment")
        assertEquals("POST", create.method)
        assertEquals("/payments/payment", create.path)
        assertTrue(create.signed)
        assertEquals("CreatePaymentRequest", create.bodyModel)
        assertEquals("payment", create.resultShape)
        assertEquals(listOf("payment"), create.resultKeys.take(1))
        assertEquals(Area.PAYMENTS, create.area)
        assertEquals(RetryClass.UNSAFE, create.retry)
        assertEquals(13, create.encryptedPaths.size)
        val get = operation("get_payment")
        assertEquals(listOf("payment_id"), get.pathParams)
        assertEquals(RetryClass.SAFE, get.retry)
        assertFalse(get.signed)
        val bin = operation("query_card_bin")
        assertEquals(listOf("card"), bin.queryParams.map { it.name })
        assertEquals(listOf("query:card"), bin.encryptedPaths)
        assertEquals("csv", operation("download_settlement_file").responseKind)
        assertEquals(Stability.LEGACY, operation("download_reconciliation_statement_file_legacy").stability)
        // Every POST is signed, every GET is not (the token call is neither).
        for (op in all.filter { it.id != "get_access_token" }) assertEquals(op.method == "POST", op.signed, op.id)
        expectError<UmfException.Request>("unknown_operation") { operation("create_paymnet") }
    }

    suite.test("the presets are the documented hosts") {
        assertEquals(BASE, UmfEnvironment.SANDBOX.baseUrl())
        assertEquals("https://fx.soopay.net/cberest/v1", UmfEnvironment.PRODUCTION.baseUrl())
    }

    suite.test("the app's client holds no merchant key: signed operations say merchant_key_required") {
        appClient(v).use { app ->
            assertFalse(app.hasMerchantKey())
            assertEquals("$BASE/oauth/authorize", app.tokenUrl())
            val payload = fullCreatePayment(cardJson())
            val e = expectError<UmfException.Request>("merchant_key_required") { app.prepare("create_payment", payload, token) }
            assertFalse(e.message.contains(CARD.getValue("number")))
            // An unsigned GET builds: the URL with its escaped path parameter, the token, no body.
            app.prepare("get_payment", """{"payment_id":"PAY_A/B"}""", token).use { get ->
                assertEquals("GET", get.method())
                assertEquals("$BASE/payments/payment/PAY_A%2FB", get.url())
                assertEquals("Bearer T0KEN-VALUE-1234", get.header("authorization"))
                assertNull(get.header("Signature"))
                assertEquals(0, get.body().size)
                assertFalse(get.toString().contains("T0KEN"), "toString redacts the token")
            }
        }
    }

    suite.test("a full create_payment: card fields encrypted on the device, signed on the server, checked by OpenSSL") {
        // The device: the UMF public key only. The card fields become markers.
        val device = appClient(v).use { it.cardEncryptor() }
        val relayed = device.encryptFields("create_payment", fullCreatePayment(cardJson()))
        assertEquals(cardPaths, relayed.encrypted.toSet())
        assertFalse(relayed.payloadJson.contains(CARD.getValue("number")))
        // The server: its client passes the markers through into the signed request.
        serverClient(v).use { server ->
            assertTrue(server.hasMerchantKey())
            assertTrue(server.validate("create_payment", relayed.payloadJson).isEmpty())
            val unsigned = server.prepareUnsigned("create_payment", relayed.payloadJson, token)
            assertTrue(unsigned.encrypted().isEmpty(), "nothing is encrypted a second time")
            assertEquals(cardPaths, unsigned.passedThrough().toSet())
            val request = server.prepare("create_payment", relayed.payloadJson, token)
            assertEquals("POST", request.method())
            assertEquals("$BASE/payments/payment", request.url())
            assertEquals("application/json", request.header("Content-Type"))
            assertEquals("Bearer T0KEN-VALUE-1234", request.header("Authorization"))
            val body = request.body()
            assertContentEquals(unsigned.bytesToSign(), body, "the body is serialised once")
            val signature = request.header("Signature")!!
            assertTrue(openssl.verifies(merchantSpki, body, signature), "openssl dgst -sha256 -verify")
            assertFalse(openssl.verifies(merchantSpki, body + ' '.code.toByte(), signature), "and only over these bytes")

            val sent = bodyOf(request)
            val payerInfo = sent["payer"].obj()["payer_info"].obj()
            val card = payerInfo["bank_card"].obj()
            val fromDevice = Json.parse(relayed.payloadJson).obj()["payer"].obj()["payer_info"].obj()["bank_card"].obj()
            for ((field, plaintext) in CARD) {
                val wire = card.str(field)
                assertEquals(fromDevice[field].obj().str("\$encrypted"), wire, "$field went out as the device encrypted it")
                assertEquals(plaintext, openssl.decrypt(wire), field)
            }
            assertEquals("张三", openssl.decrypt(payerInfo.str("name")))
            assertEquals("13800000000", card["phone"], "the phone is not a sensitive field")
            assertFalse(body.toString(Charsets.UTF_8).contains(CARD.getValue("number")))
            assertEquals("100.00", sent["order"].obj()["amount"].obj()["total"], "amounts stay decimal text")
        }
        device.close()
    }

    suite.test("the server's plaintext card fields are encrypted once, in the request, and decrypt with OpenSSL") {
        serverClient(v).use { server ->
            val unsigned = server.prepareUnsigned("create_payment", fullCreatePayment(cardJson()))
            assertEquals(cardPaths, unsigned.encrypted().toSet())
            val card = Json.parse(unsigned.bytesToSign().toString(Charsets.UTF_8)).obj()["payer"].obj()["payer_info"].obj()["bank_card"].obj()
            for ((field, plaintext) in CARD) assertEquals(plaintext, openssl.decrypt(card.str(field)), field)
        }
    }

    suite.test("prepareUnsigned + attachSignature: the app builds, the server signs the bytes, the app sends") {
        val payload = CardEncryptor(v.key("umf_1024_cert.pem")).use {
            it.encryptFields("create_payment", fullCreatePayment(cardJson())).payloadJson
        }
        appClient(v).use { app ->
            val unsigned = app.prepareUnsigned("create_payment", payload, token)
            assertTrue(unsigned.signatureRequired())
            assertNull(unsigned.request().header("Signature"))
            // The merchant server signs exactly these bytes (and the JDK agrees with the core).
            val bytes = unsigned.bytesToSign()
            val signature = PrivateKey(v.key("merchant_1024_pkcs8.pem")).use { it.sign(bytes) }
            val jdk = Signature.getInstance("SHA256withRSA")
            jdk.initVerify(
                KeyFactory.getInstance("RSA").generatePublic(X509EncodedKeySpec(v.key("merchant_1024_spki.der"))),
            )
            jdk.update(bytes)
            assertTrue(jdk.verify(Base64.getDecoder().decode(signature)))
            PublicKey(v.key("merchant_1024_spki.pem")).use { merchantPublic ->
                val request = unsigned.attachSignature(signature, merchantPublic)
                assertEquals(signature, request.header("Signature"))
                assertContentEquals(bytes, request.body())
                assertTrue(openssl.verifies(merchantSpki, request.body(), signature))
                // A signature over other bytes is caught before it reaches UMF.
                val wrong = PrivateKey(v.key("merchant_1024_pkcs8.pem")).use { it.sign(bytes + 1) }
                expectError<UmfException.Signature>("signature_invalid") { unsigned.attachSignature(wrong, merchantPublic) }
            }
            // The same request as the server's own prepare: PKCS#1 v1.5 signatures are deterministic.
            serverClient(v).use { server ->
                val direct = server.prepare("create_payment", payload, token)
                assertEquals(direct.header("Signature"), signature)
                assertContentEquals(direct.body(), bytes)
                PrivateKey(v.key("merchant_1024_pkcs8.pem")).use { key ->
                    assertEquals(signature, unsigned.signWith(key).header("Signature"))
                }
            }
        }
    }

    suite.test("validate reports every problem with its path and severity; warnings do not stop prepare") {
        serverClient(v).use { server ->
            // Physical goods without the receiver's details: a documented rule the documents'
            // own examples break, so a warning.
            val noReceiver = fullCreatePayment(cardJson(), receiver = false)
            val warnings = server.validate("create_payment", noReceiver)
            assertTrue(warnings.isNotEmpty() && warnings.all { it.severity == Severity.WARNING }, "$warnings")
            server.prepare("create_payment", noReceiver).close()

            val broken = fullCreatePayment(cardJson())
                .replace("\"total\":\"100.00\",\"currency\":\"USD\"},\"order_summary\"", "\"total\":\"100.001\",\"currency\":\"USD\"},\"order_summary\"")
                .replace("\"mer_date\":\"20260301\"", "\"mer_date\":\"2026-03-01\"")
            val problems = server.validate("create_payment", broken).filter { it.severity == Severity.ERROR }
            val paths = problems.map { it.path }.toSet()
            assertTrue("order.amount.total" in paths && "order.mer_date" in paths, "$problems")
            val e = expectError<UmfException.Request>("validation_failed") { server.prepare("create_payment", broken) }
            assertEquals(problems, e.problems, "prepare reports what validate finds")
            assertTrue(e.problems.all { it.rule.isNotEmpty() && it.severity == Severity.ERROR })
        }
    }

    suite.test("path, query and confirmation parameters come from the one parameter object") {
        serverClient(v).use { server ->
            server.prepare("list_transactions", """{"mer_date":"20260301","page_number":"2"}""").use {
                assertEquals("$BASE/payments/transactions?mer_date=20260301&page_number=2", it.url())
            }
            // A card number in the query is encrypted (query_card_bin) and URL-encoded.
            server.prepare("query_card_bin", """{"card":"6222020000000000000"}""").use {
                val card = it.url().substringAfter("card=")
                assertEquals("6222020000000000000", openssl.decrypt(java.net.URLDecoder.decode(card, "UTF-8")))
            }
            val unbind = """{"external_customer_id":"C1","payer_agreements":[{"usr_busi_agreement_id":"U1","usr_pay_agreement_id":"P1"}]}"""
            val e = expectError<UmfException.Request>("validation_failed") { server.prepare("unbind_bank_agreement", unbind) }
            assertTrue(e.problems.any { it.rule == "confirmation_required" }, "${e.problems}")
            server.prepare("unbind_bank_agreement", unbind.replace("{\"external", "{\"\$confirm\":true,\"external")).use {
                assertFalse(it.body().toString(Charsets.UTF_8).contains("confirm"), "the confirmation is not sent")
            }
            expectError<UmfException.Request>("invalid_request") {
                server.prepare("get_payment", """{"payment_id":"self_account_balance"}""")
            }
        }
    }

    suite.test("client options: Bearer spelling, Accept-Language, signed GETs") {
        val options = ClientOptions(
            authorization = AuthorizationStyle.BEARER_NO_SPACE,
            acceptLanguage = "zh",
            signGetRequests = true,
        )
        PublicKey(v.key("umf_1024_cert.pem")).use { umf ->
            PrivateKey(v.key("merchant_1024_pkcs8.pem")).use { merchant ->
                Client.withMerchantKey(BASE, umf, merchant, options).use { client ->
                    assertEquals("BearerT0KEN-VALUE-1234", client.authorization(token))
                    client.prepare("get_payment", """{"payment_id":"PAY_1"}""", token).use { get ->
                        assertEquals("zh", get.header("Accept-Language"))
                        assertEquals("BearerT0KEN-VALUE-1234", get.header("Authorization"))
                        assertTrue(openssl.verifies(merchantSpki, ByteArray(0), get.header("Signature")!!))
                    }
                }
            }
        }
    }
}

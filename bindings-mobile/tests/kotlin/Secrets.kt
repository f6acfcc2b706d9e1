// Secret hygiene (SECURITY.md, "Read secrets from logs or error messages"): every object of the
// Kotlin binding that can hold a secret is built from KNOWN secret values, and every string the
// binding can produce about it is scanned for them.
//
// Two kinds of surface:
// * printed: toString(), and for exceptions message, localizedMessage and
//   stackTraceToString(). None may hold any secret, ever.
// * returned: what the binding's accessors give back (walked by reflection over the generated
//   interfaces, records and exception fields). A secret may come back only where the API exists
//   to carry it: the token from AccessToken.secret() and in the Authorization header's value,
//   the client secret in the token request's body, and the phone, which UMF's API sends in
//   plaintext. Card number, CVV, ID number, passphrases and key material never come back.
package com.umfsdk.test

import com.umfsdk.AccessToken
import com.umfsdk.ApiResponse
import com.umfsdk.CardEncryptor
import com.umfsdk.Client
import com.umfsdk.ClientOptions
import com.umfsdk.HttpHeader
import com.umfsdk.HttpResponse
import com.umfsdk.PrivateKey
import com.umfsdk.PublicKey
import com.umfsdk.TokenAction
import com.umfsdk.TokenManager
import com.umfsdk.UmfException
import com.umfsdk.VerifiedNotification
import java.lang.reflect.Method
import java.lang.reflect.Modifier
import java.math.BigInteger
import java.security.KeyFactory
import java.security.interfaces.RSAPrivateCrtKey
import java.security.spec.PKCS8EncodedKeySpec
import java.util.Base64
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertIs
import kotlin.test.assertTrue
import kotlin.test.fail

// The known secrets. Distinctive, so that a hit is never a coincidence.
private const val TOKEN = "tok-KNOWN-4f7c2a9e1b3d5068e0a1"
private const val CLIENT_SECRET = "cs-KNOWN-9b1e7d3c5a2f40868d2c"
private const val CARD_NUMBER = "6222020000000000000"
private const val ID_NUMBER = "110101199003070011"
private const val PHONE = "13912345678"
private const val CVV = "737"
private const val WRONG_PASSPHRASE = "not-the-passphrase-KNOWN-3c9d"

/** The merchant key every secret-bearing object here is built from. */
private const val KEY = "merchant_1024_pkcs8"

/** What may come back from an accessor: the secrets the API exists to carry there. */
private val RETURNED_MAY_CARRY = mapOf(
    "AccessToken.secret" to setOf("token"),
    "HttpHeader.value" to setOf("token"),
    "HttpRequest.body" to setOf("client secret", "phone"),
    "UnsignedRequest.bytesToSign" to setOf("phone"),
    "EncryptedPayload.payloadJson" to setOf("phone"),
    "ApiResponse.resultJson" to setOf("phone"),
    "VerifiedNotification.notificationJson" to setOf("phone"),
)

/** Every rendering of the secrets that must not be printed, and the scan over surfaces. */
class SecretScan(v: Vectors) {
    private val plain = linkedMapOf(
        "token" to listOf(TOKEN),
        "client secret" to listOf(CLIENT_SECRET),
        "passphrase" to listOf(v.passphrase, WRONG_PASSPHRASE),
        "card number" to listOf(CARD_NUMBER),
        "ID number" to listOf(ID_NUMBER),
        "phone" to listOf(PHONE),
    )

    /** A CVV is three digits: a hit only where it stands alone, not inside a longer number or
     *  a base64 run (ciphertexts are random, so an unbounded match would be a flaky test). */
    private val cvv = Regex("(?<![0-9A-Za-z+/])$CVV(?![0-9A-Za-z+/=])")

    /** Runs of the private key: its PEM body, its DER as base64 at each of the three byte
     *  alignments (so any run of the key's bytes, PKCS#1 inside PKCS#8 included), as hex, and
     *  its private numbers in decimal and hex. Every window of `WINDOW` characters. */
    private val keyRuns = HashSet<String>()

    init {
        val der = v.key("$KEY.der")
        val renderings = mutableListOf(pemBody(v.key("$KEY.pem")), pemBody(v.key("${KEY}_encrypted.pem")))
        for (offset in 0..2) renderings += Base64.getEncoder().encodeToString(der.copyOfRange(offset, der.size))
        val hex = der.joinToString("") { "%02x".format(it) }
        renderings += listOf(hex, hex.uppercase())
        val key = KeyFactory.getInstance("RSA").generatePrivate(PKCS8EncodedKeySpec(der)) as RSAPrivateCrtKey
        val numbers = listOf(key.privateExponent, key.primeP, key.primeQ, key.primeExponentP, key.primeExponentQ, key.crtCoefficient)
        for (n: BigInteger in numbers) renderings += listOf(n.toString(10), n.toString(16), n.toString(16).uppercase())
        for (text in renderings) for (i in 0..text.length - WINDOW) keyRuns += text.substring(i, i + WINDOW)
    }

    val leaks = mutableListOf<String>()
    var printedSurfaces = 0
        private set
    var returnedSurfaces = 0
        private set

    private fun secretsIn(text: String): Set<String> {
        val found = plain.filterValues { values -> values.any { text.contains(it) } }.keys.toMutableSet()
        if (cvv.containsMatchIn(text)) found += "CVV"
        if ((0..text.length - WINDOW).any { text.substring(it, it + WINDOW) in keyRuns }) found += "private key material"
        return found
    }

    /** A printing surface: holds no secret at all. */
    fun printed(where: String, text: String?) {
        if (text == null) return
        printedSurfaces++
        for (secret in secretsIn(text)) leaks += "$where prints the $secret: ${text.take(300)}"
    }

    /** An accessor's value: holds only what `RETURNED_MAY_CARRY` allows for that accessor. */
    fun returned(where: String, accessor: String, text: String) {
        returnedSurfaces++
        val allowed = RETURNED_MAY_CARRY[accessor].orEmpty()
        for (secret in secretsIn(text) - allowed) leaks += "$where returns the $secret: ${text.take(300)}"
    }

    /** Everything the binding shows of `value`: its printed forms, then every accessor of the
     *  generated API, recursively (objects, records, lists, exceptions' fields). */
    fun inspect(where: String, value: Any?, accessor: String = "", depth: Int = 0) {
        when (value) {
            null, is Boolean, is Number, is Enum<*> -> return
            is String -> return returned(where, accessor, value)
            is ByteArray -> return returned(where, accessor, value.toString(Charsets.UTF_8))
            is List<*> -> {
                printed("$where.toString()", value.toString())
                value.forEachIndexed { i, item -> inspect("$where[$i]", item, accessor, depth) }
                return
            }
            is Throwable -> {
                printed("$where.message", value.message)
                printed("$where.localizedMessage", value.localizedMessage)
                printed("$where.toString()", value.toString())
                printed("$where.stackTraceToString()", value.stackTraceToString())
            }
            else -> printed("$where.toString()", value.toString())
        }
        if (!value.javaClass.name.startsWith("com.umfsdk.") || depth > 4) return
        for (method in accessors(value.javaClass)) {
            val name = accessorName(method)
            inspect("$where.$name()", method.invoke(value), "${value.javaClass.simpleName}.$name", depth + 1)
        }
    }

    fun assertClean() {
        assertTrue(leaks.isEmpty(), "${leaks.size} leaks:\n" + leaks.joinToString("\n"))
    }

    companion object {
        private const val WINDOW = 16

        private fun pemBody(pem: ByteArray) = pem.toString(Charsets.US_ASCII).lines()
            .filter { !it.startsWith("-----") && !it.contains(':') }
            .joinToString("") { it.trim() }

        private val SKIP = setOf("getMessage", "getLocalizedMessage", "getCause", "getStackTrace", "getSuppressed")

        /** The exported API of a generated class: its `…Interface` for objects; getters (and
         *  `code()`) for records, enums' payloads and exceptions. */
        private fun accessors(type: Class<*>): List<Method> {
            val api = type.interfaces.firstOrNull { it.simpleName == type.simpleName + "Interface" }
            val candidates = api?.methods?.toList() ?: type.methods.filter {
                it.declaringClass.name.startsWith("com.umfsdk.") &&
                    (it.name == "code" || it.name.startsWith("get") || it.name.startsWith("is"))
            }
            return candidates.filter {
                it.parameterCount == 0 && !Modifier.isStatic(it.modifiers) && it.returnType != Void.TYPE && it.name !in SKIP
            }.sortedBy { it.name }
        }

        private fun accessorName(method: Method): String {
            val name = method.name
            return if (name.startsWith("get") && name.length > 3) name[3].lowercase() + name.substring(4) else name
        }
    }
}

/** A create_payment carrying every known card and identity secret in plaintext. */
private fun secretPayment(number: String = CARD_NUMBER, cvv: String = CVV, idType: String = "IDENTITY_CARD") =
    fullCreatePayment(
        Json.write(
            linkedMapOf(
                "number" to number, "valid_date" to "1226", "cvv2" to cvv, "payer_name" to "ZHANG SAN",
                "citizen_id_type" to idType, "citizen_id_number" to ID_NUMBER, "phone" to PHONE,
            ),
        ),
    ).replace("13800000000", PHONE)

/** The request body's bank card, as UMF echoes it back in its answers and notifications. */
private fun echoedCard(requestBody: ByteArray): Any? =
    Json.parse(requestBody.toString(Charsets.UTF_8)).obj()["payer"].obj()["payer_info"].obj()["bank_card"]

/** Signs like UMF does (its test key, tests/vectors/keys): the notification's `Signature`. */
private fun umfSigned(v: Vectors, body: String): Pair<String, ByteArray> =
    PrivateKey(v.key("umf_1024_pkcs8.pem")).use { it.sign(body.toByteArray()) } to body.toByteArray()

/** Runs `block`, which must throw an `UmfException` with `code`, and inspects what it throws;
 *  a different outcome is recorded as a leak too, so that one run reports every case. */
private fun SecretScan.raising(code: String, what: String, block: () -> Unit) {
    try {
        block()
        leaks += "$what: expected $code, nothing was thrown"
    } catch (e: UmfException) {
        if (e.code() != code) leaks += "$what: expected $code, got ${e.code()}"
        inspect("[$code: $what]", e)
    }
}

fun secretTests(suite: Suite, v: Vectors) {
    val pem = v.key("$KEY.pem")
    val der = v.key("$KEY.der")
    val encryptedPem = v.key("${KEY}_encrypted.pem")

    suite.test("secrets: keys, clients, tokens, requests, answers and notifications print none") {
        val scan = SecretScan(v)
        val umf = PublicKey(v.key("umf_1024_cert.pem"))
        val merchant = PrivateKey(pem)
        val protected = PrivateKey(encryptedPem, v.passphrase)
        val protectedDer = PrivateKey(v.key("${KEY}_encrypted.der"), v.passphrase)
        assertEquals(merchant.fingerprint(), protected.fingerprint())
        val server = Client.withMerchantKey(BASE, umf, protected)
        val app = Client(BASE, umf, ClientOptions(acceptLanguage = "en"))

        val tokens = TokenManager("client-1", CLIENT_SECRET, server.tokenUrl())
        val fetch = assertIs<TokenAction.Fetch>(tokens.poll(0))
        assertTrue(fetch.request.body().toString(Charsets.UTF_8).contains(CLIENT_SECRET), "the token request carries the secret")
        scan.inspect("TokenAction.Fetch", fetch)
        val token = tokens.complete(fetch.ticket, HttpResponse(200, emptyList(), """{"access_token":"$TOKEN","expires_in":3600}""".toByteArray()), 0)
        assertEquals(TOKEN, token.secret())
        val use = assertIs<TokenAction.Use>(tokens.poll(1))
        val fromParts = AccessToken.fromParts(TOKEN, Long.MAX_VALUE)
        assertEquals("Bearer $TOKEN", server.authorization(token))
        scan.returned("Client.authorization(token)", "HttpHeader.value", server.authorization(token))

        val payload = secretPayment()
        val request = server.prepare("create_payment", payload, token)
        assertEquals("Bearer $TOKEN", request.header("Authorization"))
        val resent = request.withHeader("Authorization", server.authorization(fromParts))
        val unsigned = server.prepareUnsigned("create_payment", payload, token)
        val encryptor = app.cardEncryptor()
        val fromDevice = encryptor.encryptFields("create_payment", payload)
        val appUnsigned = app.prepareUnsigned("create_payment", fromDevice.payloadJson, fromParts)
        val cardBin = server.prepare("query_card_bin", """{"card":"$CARD_NUMBER"}""", token)
        val warnings = server.validate("create_payment", secretPayment().replace(""","receiver_name":"ZHANG SAN"""", ""))
        assertTrue(warnings.isNotEmpty())

        // UMF's answer and notification echo the payer's card (encrypted) and phone (plain).
        val card = echoedCard(request.body())
        val answerBody = Json.write(
            mapOf(
                "meta" to mapOf("ret_code" to "0000", "ret_msg" to "successful transaction"),
                "payment" to mapOf(
                    "id" to "PAY_SECRET1", "state" to "WAIT_BUYER_PAY", "payer" to mapOf("payer_info" to mapOf("bank_card" to card)),
                    "order" to mapOf("amount" to mapOf("total" to "1.00", "currency" to "USD")),
                ),
            ),
        )
        val answer: ApiResponse = server.parse("create_payment", HttpResponse(200, listOf(HttpHeader("Content-Type", "application/json")), answerBody.toByteArray()))
        assertTrue(answer.resultJson.contains(PHONE), "the echoed phone is data the app may read")
        val (signature, noteBody) = umfSigned(v, answerBody.replace("WAIT_BUYER_PAY", "TRADE_SUCCESS"))
        val note: VerifiedNotification = app.verifyNotification(signature, noteBody)
        val noteOnDevice = encryptor.verifyNotification(signature, noteBody)

        val objects = listOf(
            "PublicKey" to umf, "PrivateKey(pem)" to merchant, "PrivateKey(encrypted pem, passphrase)" to protected,
            "PrivateKey(encrypted der, passphrase)" to protectedDer, "PrivateKey.publicKey()" to merchant.publicKey(),
            "Client.withMerchantKey" to server, "Client" to app, "TokenManager" to tokens, "TokenManager.tokenRequest()" to tokens.tokenRequest(),
            "AccessToken(complete)" to token, "AccessToken.fromParts" to fromParts, "TokenAction.Use" to use,
            "TokenManager.install" to tokens.install(TOKEN, Long.MAX_VALUE), "TokenManager.current" to tokens.current(2),
            "HttpRequest(create_payment)" to request, "HttpRequest.withHeader" to resent, "HttpRequest(query_card_bin)" to cardBin,
            "UnsignedRequest(server)" to unsigned, "UnsignedRequest(app)" to appUnsigned, "UnsignedRequest.signWith" to unsigned.signWith(merchant),
            "CardEncryptor" to encryptor, "EncryptedPayload" to fromDevice, "ValidationProblem(warnings)" to warnings,
            "ApiResponse" to answer, "VerifiedNotification(Client)" to note, "VerifiedNotification(CardEncryptor)" to noteOnDevice,
        )
        for ((name, value) in objects) scan.inspect(name, value)
        scan.assertClean()
        println("        secrets: ${objects.size + 1} objects, ${scan.printedSurfaces} printed and ${scan.returnedSurfaces} returned surfaces clean")
    }

    suite.test("secrets: the request carries card, CVV and ID number only encrypted, and the token only in Authorization") {
        PublicKey(v.key("umf_1024_cert.pem")).use { umf ->
            PrivateKey(pem).use { merchant ->
                Client.withMerchantKey(BASE, umf, merchant).use { server ->
                    val token = AccessToken.fromParts(TOKEN, Long.MAX_VALUE)
                    val request = server.prepare("create_payment", secretPayment(), token)
                    val body = request.body().toString(Charsets.UTF_8)
                    for (secret in listOf(CARD_NUMBER, ID_NUMBER, TOKEN, CLIENT_SECRET)) assertFalse(body.contains(secret), "body holds $secret")
                    val card = echoedCard(request.body()).obj()
                    for (field in listOf("number", "cvv2", "citizen_id_number", "valid_date", "payer_name")) {
                        assertEquals(172, card.str(field).length, "$field is a 1024-bit RSA ciphertext in base64")
                    }
                    assertEquals(PHONE, card.str("phone"), "the phone is not a sensitive field of UMF's API")
                    assertEquals(listOf("Bearer $TOKEN"), request.headers().filter { it.value.contains(TOKEN) }.map { it.value })
                    assertFalse(request.url().contains(TOKEN))
                }
            }
        }
    }

    suite.test("secrets: every error raised from secret-bearing inputs prints none of them") {
        val scan = SecretScan(v)
        val umf = PublicKey(v.key("umf_1024_cert.pem"))
        val merchant = PrivateKey(pem)
        val server = Client.withMerchantKey(BASE, umf, merchant)
        val app = Client(BASE, umf)
        val encryptor = app.cardEncryptor()
        val token = AccessToken.fromParts(TOKEN, Long.MAX_VALUE)
        val payload = secretPayment()
        val body = pem.toString(Charsets.US_ASCII).lines().filter { it.isNotBlank() && !it.startsWith("-----") }.joinToString("\n")
        fun armoured(begin: String, inside: String, end: String = "-----END PRIVATE KEY-----") = "$begin\n$inside\n$end\n".toByteArray()

        // Keys: wrong or missing passphrase, the wrong kind, damaged files, secrets where a key belongs.
        scan.raising("key_passphrase_incorrect", "wrong passphrase") { PrivateKey(encryptedPem, WRONG_PASSPHRASE) }
        scan.raising("key_passphrase_incorrect", "wrong passphrase, DER") { PrivateKey(v.key("${KEY}_encrypted.der"), WRONG_PASSPHRASE) }
        scan.raising("key_passphrase_required", "no passphrase") { PrivateKey(encryptedPem) }
        scan.raising("key_wrong_kind", "private key as public, PEM") { PublicKey(pem) }
        scan.raising("key_wrong_kind", "private key as public, DER") { PublicKey(der) }
        scan.raising("key_invalid", "truncated PEM") { PrivateKey(pem.copyOf(400)) }
        scan.raising("key_invalid", "truncated DER") { PrivateKey(der.copyOf(300)) }
        scan.raising("key_invalid", "secrets inside the armour") {
            PrivateKey(armoured("-----BEGIN PRIVATE KEY-----", "$CLIENT_SECRET $CARD_NUMBER $TOKEN"))
        }
        scan.raising("key_invalid", "the BEGIN line not closed") { PrivateKey(armoured("-----BEGIN PRIVATE KEY", body)) }
        scan.raising("key_invalid", "a secret as the label") { PrivateKey(armoured("-----BEGIN $CLIENT_SECRET-----", body)) }
        scan.raising("key_wrong_kind", "a secret as the label of a whole block") {
            PrivateKey(armoured("-----BEGIN $CLIENT_SECRET-----", body, "-----END $CLIENT_SECRET-----"))
        }
        scan.raising("key_wrong_kind", "a secret as the label, as a public key") {
            PublicKey(armoured("-----BEGIN $CLIENT_SECRET-----", body, "-----END $CLIENT_SECRET-----"))
        }
        scan.raising("key_invalid", "a mismatched END line") { PrivateKey(armoured("-----BEGIN PRIVATE KEY-----", body, "-----END $TOKEN-----")) }
        scan.raising("key_invalid", "secrets as a private key") { PrivateKey("$CLIENT_SECRET $TOKEN $CARD_NUMBER".toByteArray(), v.passphrase) }
        scan.raising("key_invalid", "secrets as a public key") { PublicKey("$CLIENT_SECRET $TOKEN $CARD_NUMBER".toByteArray()) }
        scan.raising("key_invalid", "base64 of secrets as a key") {
            PrivateKey(Base64.getEncoder().encode("$CLIENT_SECRET $TOKEN $CARD_NUMBER".toByteArray()))
        }

        // Sensitive fields: too long for one RSA block, on the device and on the server.
        val tooLong = CARD_NUMBER + "0".repeat(120)
        scan.raising("value_too_long", "encryptValue") { encryptor.encryptValue(tooLong) }
        scan.raising("value_too_long", "PublicKey.encryptToBase64") { umf.encryptToBase64(tooLong) }
        scan.raising("value_too_long", "encryptFields") { encryptor.encryptFields("create_payment", secretPayment(number = tooLong)) }
        scan.raising("validation_failed", "prepare: over-long card number") { server.prepare("create_payment", secretPayment(number = tooLong), token) }

        // Requests: bad JSON around the card number, validation, the app's client, unknown ids.
        scan.raising("invalid_request", "truncated JSON") { server.prepare("create_payment", payload.dropLast(3), token) }
        scan.raising("invalid_request", "card number where a key belongs") { server.prepare("create_payment", """{"$CARD_NUMBER" $ID_NUMBER}""", token) }
        scan.raising("invalid_request", "JSON array") { server.validate("create_payment", "[$payload]") }
        scan.raising("invalid_request", "device: truncated JSON") { encryptor.encryptFields("create_payment", payload.dropLast(1)) }
        scan.raising("invalid_request", "device: bad query JSON") { encryptor.encryptFields("query_card_bin", "{}", """{"card":"$CARD_NUMBER"""") }
        scan.raising("invalid_request", "card as a query parameter it is not") { server.prepare("get_payment", """{"payment_id":"PAY_1","card":"$CARD_NUMBER"}""") }
        scan.raising("validation_failed", "card number as a path value") { server.prepare("get_payment", """{"payment_id":"$CARD_NUMBER/self_account_balance"}""") }
        scan.raising("validation_failed", "bad currency") { server.prepare("create_payment", payload.replace("\"currency\":\"USD\"", "\"currency\":\"usd!\""), token) }
        scan.raising("validation_failed", "ID number in the ID type") { server.prepare("create_payment", secretPayment(idType = ID_NUMBER), token) }
        scan.raising("validation_failed", "card number as an array") {
            server.prepare("create_payment", payload.replace("\"$CARD_NUMBER\"", "[\"$CARD_NUMBER\"]"), token)
        }
        scan.raising("validation_failed", "phone as an object") {
            server.prepare("create_payment", payload.replace("\"phone\":\"$PHONE\"", "\"phone\":{\"n\":\"$PHONE\"}"), token)
        }
        scan.raising("merchant_key_required", "the app signs nothing") { app.prepare("create_payment", payload, token) }
        scan.raising("unknown_operation", "device") { encryptor.encryptFields("create_paymnet", payload) }
        scan.raising("unknown_operation", "server") { server.prepare("create_paymnet", payload, token) }

        // Signatures: the token or the client secret where a signature belongs.
        val unsigned = server.prepareUnsigned("create_payment", payload, token)
        val merchantPublic = merchant.publicKey()
        scan.raising("signature_invalid", "a signature over other bytes") { unsigned.attachSignature(merchant.sign(CARD_NUMBER.toByteArray()), merchantPublic) }
        scan.raising("signature_malformed", "the token as a signature") { unsigned.attachSignature(TOKEN, merchantPublic) }
        scan.raising("signature_malformed", "the secret as a signature") { umf.verify(CARD_NUMBER.toByteArray(), CLIENT_SECRET) }

        // Tokens: answers that carry the token but are not usable.
        TokenManager("client-1", CLIENT_SECRET, server.tokenUrl()).use { tokens ->
            fun completeWith(status: Int, reply: String, now: Long) {
                val fetch = assertIs<TokenAction.Fetch>(tokens.poll(now))
                tokens.complete(fetch.ticket, HttpResponse(status, emptyList(), reply.toByteArray()), now)
            }
            scan.raising("token_response_invalid", "no expiry") { completeWith(200, """{"access_token":"$TOKEN"}""", 0) }
            scan.raising("token_response_invalid", "form-encoded") { completeWith(200, "access_token=$TOKEN&expires_in=3600", 10_000) }
            scan.raising("token_response_invalid", "the token as the expiry") { completeWith(200, """{"access_token":"$TOKEN","expires_in":"$TOKEN"}""", 20_000) }
            scan.raising("token_response_invalid", "the token as a number") { completeWith(200, """{"access_token":["$TOKEN"],"expires_in":3600}""", 30_000) }
            scan.raising("api_error", "the client is refused") {
                completeWith(401, """{"meta":{"ret_code":"00060711","ret_msg":"Merchant has not registered."}}""", 40_000)
            }
            val fetch = assertIs<TokenAction.Fetch>(tokens.poll(50_000))
            tokens.complete(fetch.ticket, HttpResponse(200, emptyList(), """{"access_token":"$TOKEN","expires_in":3600}""".toByteArray()), 50_000)
            scan.raising("token_unavailable", "a ticket used twice") {
                tokens.complete(fetch.ticket, HttpResponse(200, emptyList(), """{"access_token":"$TOKEN","expires_in":3600}""".toByteArray()), 50_001)
            }
        }

        // Answers and notifications that echo the secrets (as a broken peer might) and are refused.
        val echo = """{"meta":{"ret_code":"0000","ret_msg":"ok"},"payment":{"id":"PAY_1","payer":{"payer_info":{"bank_card":""" +
            """{"number":"$CARD_NUMBER","citizen_id_number":"$ID_NUMBER","phone":"$PHONE","cvv2":"$CVV"}}},""" +
            """"order":{"amount":{"total":"1.00","currency":"USD"}}}}"""
        fun answer(status: Int, text: String) = HttpResponse(status, emptyList(), text.toByteArray())
        scan.raising("response_malformed", "truncated answer") { server.parse("create_payment", answer(200, echo.dropLast(4))) }
        scan.raising("response_malformed", "duplicate member") { server.parse("create_payment", answer(200, echo.replace("\"id\":\"PAY_1\"", "\"id\":\"PAY_1\",\"id\":\"$CARD_NUMBER\""))) }
        scan.raising("response_malformed", "a trailing document") { server.parse("create_payment", answer(200, "$echo {\"card\":\"$CARD_NUMBER\"}")) }
        scan.raising("response_malformed", "meta of the wrong type") {
            server.parse("create_payment", answer(200, echo.replace("{\"ret_code\":\"0000\",\"ret_msg\":\"ok\"}", "[\"$CARD_NUMBER\"]")))
        }
        scan.raising("response_malformed", "a status that is none") { server.parse("create_payment", answer(70_000, echo)) }
        val otherSignature = umfSigned(v, CARD_NUMBER).first
        scan.raising("signature_invalid", "a meta.sign over other bytes") {
            server.parse("create_payment", answer(200, echo.replace("\"ret_msg\":\"ok\"", "\"ret_msg\":\"ok\",\"sign\":\"$otherSignature\"")))
        }
        scan.raising("api_error", "UMF refuses the request") {
            server.parse("create_payment", answer(400, """{"meta":{"ret_code":"00060700","ret_msg":"Data validation failure"}}"""))
        }
        val (signature, note) = umfSigned(v, echo)
        scan.raising("signature_invalid", "notification, changed by one byte") { app.verifyNotification(signature, note + ' '.code.toByte()) }
        scan.raising("signature_malformed", "notification, the secret as its signature") { encryptor.verifyNotification(CLIENT_SECRET, note) }
        for ((what, text) in listOf(
            "no object" to """{"meta":{"ret_code":"0000"},"card":"$CARD_NUMBER"}""",
            "payment of the wrong type" to """{"meta":{"ret_code":"0000"},"payment":["$CARD_NUMBER","$ID_NUMBER"]}""",
            "id of the wrong type" to """{"meta":{"ret_code":"0000"},"payment":{"id":{"card":"$CARD_NUMBER"},"state":"TRADE_SUCCESS"}}""",
            "state of the wrong type" to """{"meta":{"ret_code":"0000"},"payment":{"id":"PAY_1","state":{"card":"$CARD_NUMBER"}}}""",
            "not JSON" to "payment=$CARD_NUMBER&id=$ID_NUMBER",
        )) {
            val (s, b) = umfSigned(v, text)
            scan.raising("notification_malformed", what) { app.verifyNotification(s, b) }
        }

        scan.assertClean()
        println("        secrets: ${scan.printedSurfaces} printed and ${scan.returnedSurfaces} returned surfaces of errors clean")
        for (closeable in listOf(encryptor, app, server, merchant, merchantPublic, umf, token, unsigned)) closeable.close()
    }

    suite.test("secrets: the caller may wipe its key bytes at once; the binding keeps its own copy") {
        val bytes = pem.copyOf()
        val passphraseProtected = encryptedPem.copyOf()
        PrivateKey(bytes).use { key ->
            PrivateKey(passphraseProtected, v.passphrase).use { protected ->
                bytes.fill(0)
                passphraseProtected.fill(0)
                val message = CARD_NUMBER.toByteArray()
                PublicKey(v.key("merchant_1024_spki.pem")).use { public ->
                    public.verify(message, key.sign(message))
                    public.verify(message, protected.sign(message))
                }
            }
        }
        // The binding reads the caller's array and never writes to it: the wiping is the caller's.
        val kept = pem.copyOf()
        PrivateKey(kept).close()
        if (!kept.contentEquals(pem)) fail("the caller's key bytes were changed")
    }
}

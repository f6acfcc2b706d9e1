// The shared vectors of tests/vectors/manifest.json, read by every language's suite: keys in
// every format, bad keys, OpenSSL signatures, signed responses and notifications with their
// tampered twins. Assertions are on stable codes, never on messages.
package com.umfsdk.test

import com.umfsdk.CardEncryptor
import com.umfsdk.NotificationKind
import com.umfsdk.PrivateKey
import com.umfsdk.PublicKey
import com.umfsdk.SignatureScope
import com.umfsdk.UmfException
import com.umfsdk.VerificationStatus
import com.umfsdk.VerifyOptions
import com.umfsdk.VerifyPolicy
import com.umfsdk.rsaBackend
import java.io.File
import java.util.Base64
import kotlin.test.assertEquals
import kotlin.test.assertTrue

class Vectors(repo: File) {
    private val dir = File(repo, "tests/vectors")
    val manifest = Json.parse(File(dir, "manifest.json").readText()).obj()
    val passphrase = manifest.str("passphrase")

    fun key(file: String): ByteArray = File(dir, "keys/$file").readBytes()

    /** Runs `check` on every case of a signed section (`responses`, `notifications`) with an
     *  encryptor for the section's UMF key, after checking how many cases there are. */
    fun eachSignedCase(section: String, count: Int, check: (CardEncryptor, Map<String, Any?>, ByteArray) -> Unit) {
        val entry = manifest[section].obj()
        val cases = entry["cases"].list().map { it.obj() }
        assertEquals(count, cases.size, "$section cases")
        CardEncryptor(key(entry.str("umf_public_key"))).use { umf ->
            for (case in cases) check(umf, case, case.str("body").toByteArray(Charsets.UTF_8))
        }
    }
}

internal fun scopeOf(name: String) = when (name) {
    "auto" -> SignatureScope.AUTO
    "primary_result" -> SignatureScope.PRIMARY_RESULT
    "body_without_meta" -> SignatureScope.BODY_WITHOUT_META
    "body_without_sign" -> SignatureScope.BODY_WITHOUT_SIGN
    else -> error("unknown scope $name")
}

internal fun policyOf(name: String?) = when (name) {
    null, "if_present" -> VerifyPolicy.IF_PRESENT
    "strict" -> VerifyPolicy.STRICT
    "off" -> VerifyPolicy.OFF
    else -> error("unknown policy $name")
}

fun vectorTests(suite: Suite, v: Vectors) {
    suite.test("every vector key loads with its size and fingerprint") {
        val keys = v.manifest["keys"].list()
        assertEquals(60, keys.size)
        for (entry in keys.map { it.obj() }) {
            val file = entry.str("file")
            val (bits, fingerprint) = when (entry.str("kind")) {
                "rsa_private_key" -> PrivateKey(v.key(file)).use { it.bits() to it.fingerprint() }
                "encrypted_private_key" ->
                    PrivateKey(v.key(file), v.passphrase).use { it.bits() to it.fingerprint() }
                else -> PublicKey(v.key(file)).use { it.bits() to it.fingerprint() }
            }
            assertEquals((entry["bits"] as Long).toInt(), bits, file)
            assertEquals(entry.str("fingerprint"), fingerprint, file)
        }
    }

    suite.test("every bad key is refused with its code") {
        val bad = v.manifest["bad_keys"].list().map { it.obj() }
        assertEquals(25, bad.size) // 13 unusable files, 12 encrypted keys over a KDF cap
        for (entry in bad) {
            val bytes = v.key(entry.str("file"))
            val e = expectError<UmfException.Key>(entry.str("error")) {
                if (entry.str("wanted") == "private") {
                    PrivateKey(bytes, entry.strOrNull("passphrase")).close()
                } else {
                    PublicKey(bytes).close()
                }
            }
            assertTrue(e.message.contains(entry.str("error")), "message names the code")
        }
    }

    suite.test("the desktop library does its RSA in OpenSSL (the openssl feature)") {
        assertTrue(rsaBackend().startsWith("OpenSSL "), rsaBackend())
    }

    suite.test("signatures match OpenSSL's byte for byte and verify") {
        val signatures = v.manifest["signatures"].list().map { it.obj() }
        assertEquals(10, signatures.size)
        for (entry in signatures) {
            val body = Base64.getDecoder().decode(entry.str("body_b64"))
            val expected = entry.str("signature")
            PrivateKey(v.key(entry.str("key"))).use { key ->
                assertEquals(expected, key.sign(body), entry.str("name"))
            }
            PublicKey(v.key(entry.str("public_key"))).use { key ->
                key.verify(body, expected)
                expectError<UmfException.Signature>("signature_invalid") {
                    key.verify(body + byteArrayOf(0x20), expected)
                }
            }
        }
    }

    suite.test("signed responses verify and tampered twins fail with their codes") {
        v.eachSignedCase("responses", 27) { umf, case, body ->
            val name = case.str("name")
            val options = VerifyOptions(policyOf(case.strOrNull("policy")), scopeOf(case.str("scope")))
            val resultKeys = case["result_keys"].list().map { it as String }
            when (val expect = case.str("expect")) {
                "verified", "unsigned" -> {
                    val report = umf.verifyResponse(body, options, resultKeys)
                    val status = if (expect == "verified") VerificationStatus.VERIFIED else VerificationStatus.UNSIGNED
                    assertEquals(status, report.status, name)
                    // `auto` reports the reading that verified.
                    val reported = if (expect == "verified") case.strOrNull("reported_scope") else null
                    assertEquals(reported?.let { scopeOf(it) } ?: options.scope, report.scope, name)
                    assertEquals(expect == "verified", report.covered.isNotEmpty(), name)
                }
                else -> expectError<UmfException>(expect) { umf.verifyResponse(body, options, resultKeys) }
            }
        }
    }

    suite.test("signed notifications verify and tampered twins fail with their codes") {
        v.eachSignedCase("notifications", 14) { umf, case, body ->
            val name = case.str("name")
            val signature = case.str("signature")
            when (val expect = case.str("expect")) {
                "verified" -> {
                    val n = umf.verifyNotification(signature, body)
                    assertEquals(NotificationKind.valueOf(case.str("kind").uppercase()), n.kind, name)
                    assertEquals(case.str("id"), n.id, name)
                    assertEquals(case.strOrNull("state"), n.state, name)
                    assertEquals(case.str("idempotency_key"), n.idempotencyKey, name)
                    assertEquals(case.str("id"), Json.parse(n.notificationJson).obj().str("id"), name)
                }
                else -> expectError<UmfException>(expect) { umf.verifyNotification(signature, body) }
            }
        }
    }

    suite.test("a verified response can be checked with policy OFF and default options") {
        val responses = v.manifest["responses"].obj()
        val unsigned = responses["cases"].list().map { it.obj() }.first { it.str("name") == "unsigned" }
        CardEncryptor(v.key(responses.str("umf_public_key"))).use { umf ->
            val body = unsigned.str("body").toByteArray()
            assertEquals(VerificationStatus.UNSIGNED, umf.verifyResponse(body).status)
            val off = VerifyOptions(VerifyPolicy.OFF, SignatureScope.PRIMARY_RESULT)
            assertEquals(VerificationStatus.NOT_CHECKED, umf.verifyResponse(body, off).status)
        }
    }
}

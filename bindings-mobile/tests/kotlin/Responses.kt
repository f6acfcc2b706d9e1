// Parsing UMF's answers with the app's client: every response example of the documents, signed
// here by the JDK with UMF's test key the way UMF signs (meta.sign over the raw text of the
// primary result), parsed into every result shape the table has; tampered twins refused; the
// CSV statements; UMF's errors mapped with their class and retry advice.
package com.umfsdk.test

import com.umfsdk.ApiResponse
import com.umfsdk.ClientOptions
import com.umfsdk.HttpResponse
import com.umfsdk.OperationInfo
import com.umfsdk.SignatureScope
import com.umfsdk.UmfException
import com.umfsdk.VerificationStatus
import com.umfsdk.VerifyOptions
import com.umfsdk.VerifyPolicy
import com.umfsdk.operation
import com.umfsdk.operations
import java.io.File
import java.security.KeyFactory
import java.security.Signature
import java.security.spec.PKCS8EncodedKeySpec
import java.util.Base64
import kotlin.test.assertContentEquals
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNull
import kotlin.test.assertTrue
import kotlin.test.fail

/** UMF's side, played by the JDK: SHA256withRSA with UMF's test private key. */
class UmfSigner(pkcs8Pem: File) {
    private val key = KeyFactory.getInstance("RSA").generatePrivate(
        PKCS8EncodedKeySpec(
            Base64.getMimeDecoder().decode(pkcs8Pem.readLines().filter { !it.startsWith("-----") }.joinToString("")),
        ),
    )

    fun sign(bytes: ByteArray): String = Signature.getInstance("SHA256withRSA").run {
        initSign(key)
        update(bytes)
        Base64.getEncoder().encodeToString(sign())
    }

    /**
     * The envelope as UMF would send it, `meta.sign` over the raw text of the primary result
     * member (the operation's first result key present, else the first member that is not
     * `meta` or `links`), or over `meta` without its sign when there is no result member.
     * `tamper` signs other bytes, for the forged twin.
     */
    fun signedBody(op: OperationInfo, envelope: Map<String, Any?>, tamper: Boolean = false): Pair<String, String> {
        val meta = envelope["meta"].obj().filterKeys { it != "sign" }
        val members = envelope.filterKeys { it != "meta" }.mapValues { Json.write(it.value) }
        val primary = op.resultKeys.firstOrNull { it in members } ?: members.keys.firstOrNull { it != "links" }
        val metaText = Json.write(meta)
        val covered = if (primary != null) members.getValue(primary) else metaText
        val signature = sign((if (tamper) "$covered " else covered).toByteArray())
        val signedMeta = metaText.dropLast(1) + (if (meta.isEmpty()) "" else ",") + "\"sign\":\"$signature\"}"
        val body = "{\"meta\":$signedMeta" + members.entries.joinToString("") { (k, v) -> ",${Json.write(k)}:$v" } + "}"
        return body to (primary ?: "meta")
    }
}

private fun response(status: Int, body: String) = HttpResponse(status = status, body = body.toByteArray())

/** Every `id` and `state` string in a JSON value: what a typed result must keep. */
private fun facts(value: Any?, out: MutableSet<String> = mutableSetOf()): Set<String> {
    when (value) {
        is Map<*, *> -> for ((k, v) in value) {
            if ((k == "id" || k == "state") && v is String && v.isNotEmpty()) out += "\"$k\":\"$v\""
            facts(v, out)
        }
        is List<*> -> value.forEach { facts(it, out) }
    }
    return out
}

fun responseTests(suite: Suite, v: Vectors, repo: File) {
    val umf = UmfSigner(File(repo, "tests/vectors/keys/umf_1024_pkcs8.pem"))
    val strict = ClientOptions(verify = VerifyOptions(VerifyPolicy.STRICT, SignatureScope.PRIMARY_RESULT))
    val examples = File(repo, "tests/vectors/examples/examples.jsonl").readLines()
        .map { Json.parse(it).obj() }
        .filter { it["kind"] == "response" && it["operation"] != "get_access_token" }

    suite.test("every response example, signed as UMF signs, parses verified on the app into its shape") {
        assertEquals(77, examples.size)
        val shapes = mutableSetOf<String>()
        val errors = mutableListOf<String>()
        appClient(v, strict).use { app ->
            for (example in examples) {
                val op = operation(example.str("operation"))
                val json = example["json"]
                // 004's reconciliation statement comes as a top-level array of one envelope.
                val envelope = (if (json is List<*>) json.first() else json).obj()
                val (body, covered) = umf.signedBody(op, envelope)
                val wire = if (json is List<*>) "[$body]" else body
                val retCode = envelope["meta"].obj().strOrNull("ret_code") ?: "0000"
                val where = "${example["seed"]}:L${example["line"]} ${op.id}"
                try {
                    val parsed = app.parse(op.id, response(200, wire))
                    if (retCode != "0000") fail("$where: $retCode parsed as success")
                    assertEquals(VerificationStatus.VERIFIED, parsed.verification.status, where)
                    assertEquals(listOf(covered), parsed.verification.covered, where)
                    assertEquals(op.id, parsed.operation)
                    val expected = facts(envelope.filterKeys { it !in setOf("meta", "links", "pagination") })
                    for (fact in expected) assertTrue(parsed.resultJson.contains(fact), "$where: $fact lost")
                    shapes += op.resultShape!!
                } catch (e: UmfException.Api) {
                    if (e.retCode != retCode) throw e
                    errors += "${op.id}:$retCode"
                }
                // The forged twin: the same body with a signature over other bytes.
                val (forged, _) = umf.signedBody(op, envelope, tamper = true)
                expectError<UmfException.Signature>("signature_invalid") {
                    app.parse(op.id, response(200, if (json is List<*>) "[$forged]" else forged))
                }
            }
        }
        val jsonShapes = operations().filter { it.responseKind == "json" }.map { it.resultShape!! }.toSet()
        assertEquals(25, jsonShapes.size)
        assertEquals(jsonShapes, shapes, "every JSON result shape of the table is reached")
        assertEquals(listOf("create_payment:00080557", "query_ciq_no_payment_id:00280045"), errors)
        println("        ${examples.size} examples, ${shapes.size} result shapes, ${errors.size} UMF errors")
    }

    suite.test("a result keeps the core's typed reading: 004 spellings, amounts as text, links apart") {
        val example = examples.first { it["operation"] == "get_payment" }
        val op = operation("get_payment")
        val (body, _) = umf.signedBody(op, example["json"].obj())
        appClient(v, strict).use { app ->
            val parsed = app.parse("get_payment", response(200, body))
            assertEquals(200, parsed.httpStatus)
            val meta = Json.parse(parsed.metaJson).obj()
            assertEquals("0000", meta["ret_code"])
            val payment = Json.parse(parsed.resultJson).obj()
            assertEquals("TRADE_SUCCESS", payment["state"], parsed.resultJson)
            val order = payment["order"].obj()
            assertEquals("201704245435022", order["mer_reference_id"])
            assertFalse("user_ip" in order, "\"\" reads as absent")
            val amount = order["amount"].obj()
            assertEquals("100.02", amount["total"], "amounts are decimal text")
            assertEquals("690.37", amount["total_cny"])
            assertTrue(Json.parse(parsed.linksJson) is List<*>)
            assertNull(parsed.fileBytes)
        }
    }

    suite.test("an unsigned answer: reported UNSIGNED by default, refused when the app is strict") {
        val body = """{"meta":{"ret_code":"0000","ret_msg":"success"},"payment":{"id":"PAY_1","state":"TRADE_SUCCESS","order":{"amount":{"total":"1.00","currency":"USD"}}}}"""
        appClient(v).use { app ->
            val parsed = app.parse("get_payment", response(200, body))
            assertEquals(VerificationStatus.UNSIGNED, parsed.verification.status)
        }
        appClient(v, strict).use { app ->
            expectError<UmfException.Signature>("signature_missing") { app.parse("get_payment", response(200, body)) }
        }
    }

    suite.test("the CSV statements come back as the exact bytes and their parse") {
        val raw = File(repo, "tests/vectors/examples/repaired/004_L3444_download_settlement_file.response.csv").readBytes()
        appClient(v, strict).use { app ->
            val parsed: ApiResponse = app.parse("download_settlement_file", HttpResponse(200, emptyList(), raw))
            assertContentEquals(raw, parsed.fileBytes)
            assertEquals(VerificationStatus.UNSIGNED, parsed.verification.status, "file streams carry no signature")
            val statement = Json.parse(parsed.resultJson).obj()["statement"].obj()
            assertEquals(6, statement["rows"].list().size)
        }
    }

    suite.test("UMF's errors: ret_code, class and whether the same request may be sent again") {
        appClient(v).use { app ->
            // A read may be retried after a transient failure…
            val busy = expectError<UmfException.Api>("api_error") { app.parse("get_payment", response(503, "")) }
            assertEquals(503, busy.httpStatus)
            assertNull(busy.retCode)
            assertEquals("retryable", busy.`class`)
            assertTrue(busy.isRetryable() && busy.retryable)
            // …a payment never, unless the answer proves it was not processed (HTTP 429).
            val lost = expectError<UmfException.Api>("api_error") { app.parse("create_payment", response(503, "")) }
            assertFalse(lost.isRetryable())
            val limited = expectError<UmfException.Api>("api_error") { app.parse("create_payment", response(429, "")) }
            assertTrue(limited.isRetryable())
            val bank = """{"meta":{"ret_code":"00090504","ret_msg":"Bank network error."}}"""
            assertTrue(expectError<UmfException.Api>("api_error") { app.parse("get_payment", response(200, bank)) }.retryable)
            assertFalse(expectError<UmfException.Api>("api_error") { app.parse("execute_payment", response(200, bank)) }.retryable)
            val expired = expectError<UmfException.Api>("api_error") {
                app.parse("get_payment", response(401, """{"meta":{"ret_code":"00280703","ret_msg":"token invalid"}}"""))
            }
            assertEquals("00280703", expired.retCode)
            assertEquals("token_expired", expired.`class`)
            val paid = expectError<UmfException.Api>("api_error") {
                app.parse("create_payment", response(200, """{"meta":{"ret_code":"00060780","ret_msg":"已支付"}}"""))
            }
            assertEquals("duplicate", paid.`class`)
            assertEquals("已支付", paid.retMsg)
            assertFalse(paid.isRetryable())
            val declined = expectError<UmfException.Api>("api_error") {
                app.parse("execute_payment", response(200, """{"meta":{"ret_code":"00060550","ret_msg":"declined"}}"""))
            }
            assertEquals("other", declined.`class`)
            // Not an answer UMF gives.
            expectError<UmfException.Response>("response_malformed") { app.parse("get_payment", response(200, "<html>")) }
            expectError<UmfException.Response>("response_malformed") {
                app.parse("get_payment", response(200, """{"meta":{"ret_code":"0000"}}"""))
            }
            expectError<UmfException.Request>("unknown_operation") { app.parse("get_paymnet", response(200, "{}")) }
            expectError<UmfException.Request>("invalid_request") { app.parse("get_access_token", response(200, "{}")) }
        }
    }
}

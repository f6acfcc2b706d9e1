// The forgery matrix (tests/vectors/forgery.json), read by every language's suite: each tampered
// response and notification is refused with the core's code, the untampered ones verify.
package com.umfsdk.test

import com.umfsdk.CardEncryptor
import com.umfsdk.Client
import com.umfsdk.ClientOptions
import com.umfsdk.HttpResponse
import com.umfsdk.PublicKey
import com.umfsdk.UmfException
import com.umfsdk.VerificationStatus
import com.umfsdk.VerifyOptions
import java.io.File
import kotlin.test.assertEquals
import kotlin.test.assertTrue

private fun outcome(call: () -> String): String =
    try {
        call()
    } catch (e: UmfException) {
        e.code()
    }

fun forgeryTests(suite: Suite, repo: File) {
    val matrix = Json.parse(File(repo, "tests/vectors/forgery.json").readText()).obj()
    val key = File(repo, "tests/vectors/keys/${matrix.str("umf_public_key")}").readBytes()
    val responses = matrix["responses"].list().map { it.obj() }
    val notifications = matrix["notifications"].list().map { it.obj() }
    val answers = matrix["answers"].list().map { it.obj() }

    suite.test("every tampered response is refused with its code") {
        CardEncryptor(key).use { umf ->
            for (case in responses) {
                val options = VerifyOptions(policyOf(case.strOrNull("policy")), scopeOf(case.str("scope")))
                val resultKeys = case["result_keys"].list().map { it as String }
                val body = case.str("body").toByteArray(Charsets.UTF_8)
                val got = outcome {
                    when (umf.verifyResponse(body, options, resultKeys).status) {
                        VerificationStatus.VERIFIED -> "verified"
                        VerificationStatus.UNSIGNED -> "unsigned"
                        VerificationStatus.NOT_CHECKED -> "not_checked"
                    }
                }
                assertEquals(case.str("expect"), got, "${case.str("name")} (${case.str("tamper")})")
            }
        }
    }

    suite.test("every tampered notification is refused with its code") {
        CardEncryptor(key).use { umf ->
            for (case in notifications) {
                val body = case.str("body").toByteArray(Charsets.UTF_8)
                val got = outcome { umf.verifyNotification(case.str("signature"), body).let { "verified" } }
                assertEquals(case.str("expect"), got, "${case.str("name")} (${case.str("tamper")})")
            }
        }
    }

    suite.test("scope confusion: what the signature does not cover never reaches the result") {
        for (case in answers) {
            val options = ClientOptions(verify = VerifyOptions(policyOf(case.strOrNull("policy")), scopeOf(case.str("scope"))))
            val client = PublicKey(key).use { Client("https://uatfx.soopay.net/cberest/v1", it, options) }
            client.use {
                val name = case.str("name")
                val response = HttpResponse(status = 200, body = case.str("body").toByteArray(Charsets.UTF_8))
                val answer = try {
                    it.parse(case.str("op"), response)
                } catch (e: UmfException) {
                    assertEquals(case.str("expect"), e.code(), name)
                    null
                }
                if (answer != null) {
                    assertEquals(case.str("expect"), "verified", name)
                    assertEquals(VerificationStatus.VERIFIED, answer.verification.status, name)
                    val names = { k: String -> case[k].list().map { n -> n as String }.sorted() }
                    assertEquals(names("covered"), answer.verification.covered.sorted(), "$name covered")
                    assertEquals(names("uncovered"), answer.verification.uncovered.sorted(), "$name uncovered")
                    for (absent in names("absent")) assertTrue(!answer.resultJson.contains(absent), "$name: $absent")
                    for (present in names("present")) assertTrue(answer.resultJson.contains(present), "$name: $present")
                }
            }
        }
        println("forgery matrix (Kotlin): ${answers.size} scope-confusion answers read through Client.parse")
    }

    suite.test("the forgery matrix is whole") {
        val cases = responses + notifications
        val refused = cases.count { it.str("expect") != "verified" && it.str("expect") != "unsigned" }
        assertTrue(responses.size >= 54 && notifications.size >= 28, "matrix size")
        assertTrue(refused >= 70, "refused cases")
        assertTrue(answers.size >= 13, "scope-confusion answers")
        println("forgery matrix (Kotlin): ${cases.size} cases, $refused refused by code, ${cases.size - refused} untampered accepted")
    }
}

// The cross-language benchmark's workloads (core/examples/bench_fixtures.rs defines them) on the
// JVM: the Kotlin binding (UniFFI over the built library) against the same work hand-written
// with the JDK's `Signature`/`Cipher` and Gson for JSON (the JDK has no JSON parser), both
// measured in this run. A benchmark, not a test: scripts/bench.sh runs it and collects the
// `BENCH|...` lines it prints.
//
//   java ... com.umfsdk.bench.WorkloadsBenchKt <fixtures directory>
//
// Iteration policy (the same in every language), in the manner of JMH (Rounds.kt): each contender
// is warmed up for BENCH_WARMUP_MS (the JIT settles), then BENCH_ROUNDS rounds of BENCH_ROUND_MS
// each alternate between the SDK and the baseline; a round's figure is its mean time per call,
// the median round is reported; results feed a sink so the JIT cannot drop the work.
package com.umfsdk.bench

import com.google.gson.Gson
import com.google.gson.JsonArray
import com.google.gson.JsonObject
import com.google.gson.JsonParser
import com.umfsdk.Client
import com.umfsdk.ClientOptions
import com.umfsdk.HttpHeader
import com.umfsdk.HttpResponse
import com.umfsdk.PrivateKey
import com.umfsdk.PublicKey
import com.umfsdk.SignatureScope
import com.umfsdk.VerificationStatus
import com.umfsdk.VerifyOptions
import com.umfsdk.VerifyPolicy
import java.io.File
import java.security.KeyFactory
import java.security.Signature
import java.security.spec.PKCS8EncodedKeySpec
import java.security.spec.X509EncodedKeySpec
import java.util.Base64
import java.util.Locale
import javax.crypto.Cipher

private fun env(name: String, default: Long) = System.getenv(name)?.toLongOrNull() ?: default
private val WARMUP_MS = env("BENCH_WARMUP_MS", 500)
private val ROUND_MS = env("BENCH_ROUND_MS", 300)
private val ROUNDS = env("BENCH_ROUNDS", 7).toInt()

/** Median µs per call of `ours` and `theirs` (the shared loop of Rounds.kt). */
private fun measure(ours: () -> Int, theirs: () -> Int): Pair<Double, Double> {
    val (a, b) = Bench(WARMUP_MS, ROUND_MS, ROUNDS).measure(listOf(ours, theirs))
    return a / 1000 to b / 1000
}

private class Workload(val name: String, val ours: () -> Int, val theirs: () -> Int)

private class Fixtures(val dir: File) {
    val manifest: JsonObject = JsonParser.parseString(File(dir, "manifest.json").readText()).asJsonObject
    val keys = File(manifest["keys_dir"].asString)
    val umfBits = manifest["umf_bits"].asInt

    fun read(name: String) = File(dir, name).readBytes()
    fun key(name: String) = File(keys, name).readBytes()
    fun jdkPrivate(bits: Int) = KeyFactory.getInstance("RSA")
        .generatePrivate(PKCS8EncodedKeySpec(key("merchant_${bits}_pkcs8.der")))
    fun jdkPublic(bits: Int) = KeyFactory.getInstance("RSA")
        .generatePublic(X509EncodedKeySpec(key("umf_${bits}_spki.der")))
}

private val b64 = Base64.getEncoder()
private val unb64 = Base64.getDecoder()

private fun keyWorkloads(fx: Fixtures, bits: Int): List<Workload> {
    val message = fx.read(fx.manifest["message"].asString)
    val signature = fx.manifest["signatures"].asJsonObject[bits.toString()].asString
    val rawSignature = unb64.decode(signature)
    val card = fx.manifest["card_number"].asString
    val ours = PrivateKey(fx.key("merchant_${bits}_pkcs8.pem"), null)
    val oursPublic = PublicKey(fx.key("umf_${bits}_spki.pem"))
    val signer = Signature.getInstance("SHA256withRSA").apply { initSign(fx.jdkPrivate(bits)) }
    val verifier = Signature.getInstance("SHA256withRSA")
    val jdkPublic = fx.jdkPublic(bits)
    val cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding")

    val jdkSign = {
        signer.update(message)
        b64.encodeToString(signer.sign()).length
    }
    // PKCS#1 v1.5 signatures are deterministic: both must give the same one.
    check(ours.sign(message) == run { signer.update(message); b64.encodeToString(signer.sign()) })
    return listOf(
        Workload("sign-$bits", { ours.sign(message).length }, jdkSign),
        Workload("verify-$bits", { oursPublic.verify(message, signature); 1 }, {
            verifier.initVerify(jdkPublic)
            verifier.update(message)
            check(verifier.verify(rawSignature))
            1
        }),
        Workload("encrypt-$bits", { oursPublic.encryptToBase64(card).length }, {
            cipher.init(Cipher.ENCRYPT_MODE, jdkPublic)
            b64.encodeToString(cipher.doFinal(card.toByteArray(Charsets.UTF_8))).length
        }),
    )
}

private fun prepareWorkload(fx: Fixtures, client: Client): Workload {
    val spec = fx.manifest["create_payment"].asJsonObject
    val text = String(fx.read(spec["file"].asString), Charsets.UTF_8)
    val paths = spec["encrypted_paths"].asJsonArray.map { it.asString.split('.') }
    val gson = Gson()
    val umfKey = fx.jdkPublic(fx.umfBits)
    val cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding")
    val signer = Signature.getInstance("SHA256withRSA").apply { initSign(fx.jdkPrivate(fx.umfBits)) }
    // Both start from the JSON text (the binding takes JSON text).
    return Workload("prepare-create_payment", {
        client.prepare("create_payment", text, null).use { 1 }
    }, {
        val body = JsonParser.parseString(text).asJsonObject
        for (path in paths) {
            val parent = path.dropLast(1).fold(body) { node, name -> node[name].asJsonObject }
            val leaf = path.last()
            cipher.init(Cipher.ENCRYPT_MODE, umfKey)
            val plain = parent[leaf].asString.toByteArray(Charsets.UTF_8)
            parent.addProperty(leaf, b64.encodeToString(cipher.doFinal(plain)))
        }
        val raw = gson.toJson(body).toByteArray(Charsets.UTF_8)
        signer.update(raw)
        raw.size + b64.encodeToString(signer.sign()).length
    })
}

private fun statementWorkload(fx: Fixtures, client: Client): Workload {
    val spec = fx.manifest["statement"].asJsonObject
    val raw = fx.read(spec["file"].asString)
    val operation = spec["operation"].asString
    val (start, end) = spec["signed"].asJsonArray.map { it.asInt }
    val umfKey = fx.jdkPublic(fx.umfBits)
    val verifier = Signature.getInstance("SHA256withRSA")
    val response = HttpResponse(200, listOf(HttpHeader("Content-Type", "application/json;charset=UTF-8")), raw)
    check(client.parse(operation, response).verification.status == VerificationStatus.VERIFIED)
    return Workload("verify-statement-20k", { client.parse(operation, response).resultJson.length }, {
        val body = JsonParser.parseString(String(raw, Charsets.UTF_8)) as JsonArray
        val sign = body[0].asJsonObject["meta"].asJsonObject["sign"].asString
        verifier.initVerify(umfKey)
        verifier.update(raw, start, end - start)
        check(verifier.verify(unb64.decode(sign)))
        body.size()
    })
}

private fun notificationWorkload(fx: Fixtures, client: Client): Workload {
    val spec = fx.manifest["notification"].asJsonObject
    val raw = fx.read(spec["file"].asString)
    val signature = spec["signature"].asString
    val rawSignature = unb64.decode(signature)
    val umfKey = fx.jdkPublic(fx.umfBits)
    val verifier = Signature.getInstance("SHA256withRSA")
    return Workload("verify-notification", { client.verifyNotification(signature, raw).id.length }, {
        verifier.initVerify(umfKey)
        verifier.update(raw)
        check(verifier.verify(rawSignature))
        JsonParser.parseString(String(raw, Charsets.UTF_8)).asJsonObject.size()
    })
}

fun main(args: Array<String>) {
    val fx = Fixtures(File(args.getOrElse(0) { "target/bench/fixtures" }))
    val strict = ClientOptions(verify = VerifyOptions(VerifyPolicy.STRICT, SignatureScope.PRIMARY_RESULT))
    val client = PublicKey(fx.key("umf_${fx.umfBits}_spki.pem")).use { umfKey ->
        PrivateKey(fx.key("merchant_${fx.umfBits}_pkcs8.pem"), null).use { merchant ->
            Client.withMerchantKey("https://uatfx.soopay.net/cberest/v1", umfKey, merchant, strict)
        }
    }
    // BENCH_ONLY=verify-1024,encrypt-1024 runs those alone (to profile one crossing).
    val only = System.getenv("BENCH_ONLY")?.split(',')?.filter { it.isNotBlank() }?.toSet()
    val workloads = (keyWorkloads(fx, 1024) + keyWorkloads(fx, 2048) +
        listOf(prepareWorkload(fx, client), statementWorkload(fx, client), notificationWorkload(fx, client)))
        .filter { only == null || it.name in only }
    val jdk = "JDK ${System.getProperty("java.version")} Signature/Cipher + Gson"
    println("kotlin: umf-sdk (UniFFI/JNA) vs $jdk (${System.getProperty("java.vm.name")}), " +
        "warm-up $WARMUP_MS ms, median of $ROUNDS rounds of $ROUND_MS ms")
    println("%-24s %10s %12s %7s".format(Locale.ROOT, "workload", "umf", "JDK", "ratio"))
    val lines = mutableListOf<String>()
    for (w in workloads) {
        val (ours, theirs) = measure(w.ours, w.theirs)
        println("%-24s %8.1fµs %10.1fµs %6.2f×".format(Locale.ROOT, w.name, ours, theirs, ours / theirs))
        lines += "BENCH|kotlin|${w.name}|${"%.1f".format(Locale.ROOT, ours)}|$jdk|${"%.1f".format(Locale.ROOT, theirs)}"
    }
    println(lines.joinToString("\n"))
    if (sink == 42L) println()
    client.close()
}

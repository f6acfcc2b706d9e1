// What encrypting a card's fields costs a Kotlin caller, next to the same work done with the
// JDK's own RSA (`Cipher.getInstance("RSA/ECB/PKCS1Padding")`), in the manner of JMH: warm-up
// until the JIT settles, then timed rounds (alternating between the contenders), the median
// reported, results consumed by a sink.
//
//   java ... com.umfsdk.bench.EncryptBenchKt <repository root> [warm-up ms] [round ms] [rounds]
package com.umfsdk.bench

import com.umfsdk.CardEncryptor
import java.io.File
import java.security.cert.CertificateFactory
import java.util.Base64
import javax.crypto.Cipher

/** The five card fields of a create_payment payer (004:L97-101). */
private val CARD = linkedMapOf(
    "number" to "6222020000000000000",
    "valid_date" to "1226",
    "cvv2" to "123",
    "payer_name" to "ZHANG SAN",
    "citizen_id_number" to "110101199003071234",
)

private fun payload(card: Map<String, String>) =
    """{"payer":{"payment_method":"CREDIT_CARD","payer_info":{"bank_card":{""" +
        card.entries.joinToString(",") { (k, v) -> "\"$k\":$v" } +
        """}}},"order":{"mer_reference_id":"ORDER-1","amount":{"total":"6.98","currency":"USD"}}}"""

private val PLAIN_PAYLOAD = payload(CARD.mapValues { "\"${it.value}\"" })

fun main(args: Array<String>) {
    val repo = File(args.getOrElse(0) { "." })
    val bench = Bench(
        warmupMs = args.getOrNull(1)?.toLong() ?: 3_000,
        roundMs = args.getOrNull(2)?.toLong() ?: 1_000,
        rounds = args.getOrNull(3)?.toInt() ?: 10,
    )
    val certificate = File(repo, "tests/vectors/keys/umf_1024_cert.pem").readBytes()

    val umf = CardEncryptor(certificate)
    val jdkKey = CertificateFactory.getInstance("X.509")
        .generateCertificate(certificate.inputStream()).publicKey
    val cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding")
    val base64 = Base64.getEncoder()

    // The same output as the SDK's: every card field replaced by an encrypted marker.
    val jdk = {
        val markers = CARD.mapValues { (_, value) ->
            cipher.init(Cipher.ENCRYPT_MODE, jdkKey)
            val ciphertext = base64.encodeToString(cipher.doFinal(value.toByteArray(Charsets.UTF_8)))
            "{\"\$encrypted\":\"$ciphertext\"}"
        }
        payload(markers).length
    }
    val sdkFields = { umf.encryptFields("create_payment", PLAIN_PAYLOAD).payloadJson.length }
    val sdkValues = { CARD.values.sumOf { umf.encryptValue(it).length } }
    // The floor of any call through UniFFI's JNA bindings: no work on the Rust side.
    val publicKey = umf.publicKey()
    val roundTrip = { publicKey.bits() }

    println("benchmark: encrypt a card's ${CARD.size} fields, RSA-1024 PKCS#1 v1.5, on the JVM " +
        "(${System.getProperty("java.vm.name")} ${System.getProperty("java.version")})")
    println("  warm-up ${bench.warmupMs} ms, ${bench.rounds} rounds of ${bench.roundMs} ms, median")
    val (jdkNs, fieldsNs, valuesNs, roundTripNs) =
        bench.measure(listOf(jdk, sdkFields, sdkValues, roundTrip))
    fun row(name: String, ns: Double) =
        println("  %-46s %8.1f µs/card   %5.2f× the JDK".format(name, ns / 1000, ns / jdkNs))
    row("JDK Cipher RSA/ECB/PKCS1Padding + markers", jdkNs)
    row("umf CardEncryptor.encryptFields (JSON in/out)", fieldsNs)
    row("umf CardEncryptor.encryptValue × ${CARD.size}", valuesNs)
    println("  %-46s %8.1f µs/call".format("one call through JNA (PublicKey.bits)", roundTripNs / 1000))
    println("  ratio umf/JDK: %.2f".format(fieldsNs / jdkNs))
    if (sink == 42L) println()
    publicKey.close()
    umf.close()
}

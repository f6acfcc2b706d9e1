// Entry point of the Kotlin suite:
// `java ... com.umfsdk.test.MainKt <repository root> [umf command, default target/debug/umf]`.
package com.umfsdk.test

import java.io.File
import kotlin.system.exitProcess

fun main(args: Array<String>) {
    val repo = File(args.firstOrNull() ?: ".")
    val vectors = Vectors(repo)
    val openssl = OpenSsl(File(repo, "tests/vectors/keys/umf_1024_pkcs8.pem"))
    val suite = Suite()
    vectorTests(suite, vectors)
    encryptionTests(suite, vectors, openssl)
    requestTests(suite, vectors, openssl, repo)
    responseTests(suite, vectors, repo)
    errorTests(suite, vectors)
    tokenTests(suite)
    forgeryTests(suite, repo)
    secretTests(suite, vectors)
    // The `umf` command of the repository (cli/), for the end-to-end run against its sandbox.
    val umf = File(args.getOrNull(1) ?: File(repo, "target/debug/umf").path)
    sandboxTests(suite, vectors, umf)
    drillTests(suite, vectors, umf)
    callTests(suite, vectors, umf)
    readingTests(suite, vectors, umf)
    typedTests(suite, vectors, repo, umf)
    exitProcess(if (suite.run() == 0) 0 else 1)
}

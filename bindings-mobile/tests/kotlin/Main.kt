// Entry point of the Kotlin suite: `java ... com.umfsdk.test.MainKt <repository root>`.
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
    errorTests(suite, vectors)
    tokenTests(suite)
    exitProcess(if (suite.run() == 0) 0 else 1)
}

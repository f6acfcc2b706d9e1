// The names the README's Kotlin examples take from the reader's own code, declared so that the
// examples compile with the suite (scripts/generate-mobile.sh turns each ```kotlin block into a
// function of ReadmeExamples.kt).
package com.umfsdk.test

/** The app's own channel to its merchant server. */
fun interface MerchantServer {
    fun post(path: String, body: String): ByteArray
}

/** What the README's `TokenStore` example needs of a Redis client (Jedis's `eval`). */
fun interface Jedis {
    fun eval(script: String, keys: List<String>, args: List<String>): Any?
}

// A test runner small enough to need nothing but the Kotlin standard library and kotlin-test:
// no Gradle and no JUnit download, so the suite runs on a machine with only kotlinc and JNA.
package com.umfsdk.test

import com.umfsdk.UmfException
import kotlin.test.assertEquals
import kotlin.test.fail

class Suite {
    private val tests = mutableListOf<Pair<String, () -> Unit>>()

    fun test(name: String, body: () -> Unit) {
        tests += name to body
    }

    /** Runs every test, prints one line each and the closing count; returns the failures. */
    fun run(): Int {
        var failed = 0
        val started = System.nanoTime()
        for ((name, body) in tests) {
            try {
                body()
                println("ok      $name")
            } catch (t: Throwable) {
                failed++
                println("FAILED  $name\n        $t")
            }
        }
        println("ran ${tests.size} tests in ${(System.nanoTime() - started) / 1_000_000} ms")
        println("kotlin: ${tests.size - failed} passed, $failed failed")
        return failed
    }
}

/** Runs `block`, which must throw an `UmfException` of class `T` with stable `code`. */
inline fun <reified T : UmfException> expectError(code: String, block: () -> Unit): T {
    try {
        block()
    } catch (e: UmfException) {
        if (e !is T) fail("expected ${T::class.simpleName}($code), got $e")
        assertEquals(code, e.code(), "error code")
        return e
    }
    fail("expected ${T::class.simpleName}($code), nothing was thrown")
}

// The JMH-style timing loop the Kotlin benchmarks share: warm-up until the JIT settles, then
// timed rounds alternating between the contenders, the median reported, results consumed by a
// sink.
package com.umfsdk.bench

/** Keeps results alive so the JIT cannot drop the work. */
internal var sink = 0L

internal class Bench(val warmupMs: Long, val roundMs: Long, val rounds: Int) {
    /**
     * Median nanoseconds per call of each op. The rounds of the ops alternate, so that load
     * from elsewhere on the machine falls on all of them alike and the ratios stay meaningful.
     */
    fun measure(ops: List<() -> Int>): List<Double> {
        for (op in ops) time(op, warmupMs)
        val perOp = List(ops.size) { DoubleArray(rounds) }
        for (round in 0 until rounds) {
            ops.forEachIndexed { i, op -> perOp[i][round] = time(op, roundMs) }
        }
        return perOp.map { it.sorted()[rounds / 2] }
    }

    /** Calls `op` for `ms` milliseconds; nanoseconds per call. */
    private fun time(op: () -> Int, ms: Long): Double {
        var n = 0
        val start = System.nanoTime()
        val end = start + ms * 1_000_000
        var now = start
        while (now < end) {
            sink += op()
            n++
            now = System.nanoTime()
        }
        return (now - start).toDouble() / n
    }
}

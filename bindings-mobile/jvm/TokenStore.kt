// The shared token store as the JVM client sees it: one method, so any Redis client fits.
package com.umfsdk.jvm

/**
 * Runs one of the core's Lua scripts atomically (`EVAL script len(keys) keys... args...`) and
 * returns the reply as strings: bulk strings decoded as UTF-8, integers as decimal text, an
 * array flattened in order. Throw on any failure (unreachable, refused, timed out): the call
 * loop then falls back to a token of this process, or fails in the `REQUIRED` mode.
 *
 * [RedisTokenStore] is a minimal client of its own; with Jedis or Lettuce at hand, wrap their
 * `eval` instead, e.g. `TokenStore { s, k, a -> (jedis.eval(s, k, a) as List<*>).map { it.toString() } }`.
 */
fun interface TokenStore {
    fun eval(script: String, keys: List<String>, args: List<String>): List<String>
}

// The token state machine through the binding: single flight, stale tickets, UMF's errors.
package com.umfsdk.test

import com.umfsdk.HttpResponse
import com.umfsdk.TokenAction
import com.umfsdk.TokenManager
import com.umfsdk.UmfException
import com.umfsdk.isTokenRejection
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertIs
import kotlin.test.assertNull
import kotlin.test.assertTrue

private const val SECRET = "s3cret-value"
private const val URL = "https://sandbox.test/cberest/v1/oauth/authorize"

private fun reply(status: Int, body: String) = HttpResponse(status = status, body = body.toByteArray())

fun tokenTests(suite: Suite) {
    suite.test("one caller fetches, the others wait, then everyone uses the token") {
        TokenManager("client-1", SECRET, URL).use { tokens ->
            val fetch = assertIs<TokenAction.Fetch>(tokens.poll(1_000))
            assertEquals("POST", fetch.request.method())
            assertEquals(URL, fetch.request.url())
            val body = fetch.request.body().toString(Charsets.UTF_8)
            assertTrue(body.contains("\"client_id\":\"client-1\""))
            assertFalse(fetch.request.toString().contains(SECRET), "toString redacts the body")
            assertIs<TokenAction.Wait>(tokens.poll(1_001))
            assertTrue(tokens.isRefreshing())

            val token = tokens.complete(fetch.ticket, reply(200, """{"expires_in": 3600, "access_token": "tok-1"}"""), 2_000)
            assertEquals("tok-1", token.secret())
            assertEquals(1_000 + 3_600_000L, token.expiresAtMs(), "its life counts from the poll that began the refresh")
            assertFalse(token.toString().contains("tok-1"), "toString redacts the token")
            val use = assertIs<TokenAction.Use>(tokens.poll(3_000))
            assertEquals(token.generation(), use.token.generation())
            assertEquals("tok-1", tokens.current(3_000)?.secret())
            assertNull(tokens.current(1_000 + 3_600_000L - 59_000), "refreshed a minute early")
        }
    }

    suite.test("a ticket is good once; a stale one is token_unavailable") {
        TokenManager("client-1", SECRET, URL, refreshTimeoutMs = 10_000).use { tokens ->
            val first = assertIs<TokenAction.Fetch>(tokens.poll(0))
            val second = assertIs<TokenAction.Fetch>(tokens.poll(20_000), "the first refresh timed out")
            expectError<UmfException.Token>("token_unavailable") {
                tokens.complete(first.ticket, reply(200, """{"expires_in": 60, "access_token": "late"}"""), 20_001)
            }
            tokens.complete(second.ticket, reply(200, """{"expires_in": 3600, "access_token": "t"}"""), 20_002)
            expectError<UmfException.Token>("token_unavailable") {
                tokens.complete(second.ticket, reply(200, """{"expires_in": 3600, "access_token": "t"}"""), 20_003)
            }
        }
    }

    suite.test("UMF's error replies are UmfException.Api, held briefly; a bad reply is token_response_invalid") {
        TokenManager("client-1", SECRET, URL).use { tokens ->
            val a = assertIs<TokenAction.Fetch>(tokens.poll(0))
            val api = expectError<UmfException.Api>("api_error") {
                tokens.complete(a.ticket, reply(503, """{"meta":{"ret_code":"00090504","ret_msg":"busy"}}"""), 1)
            }
            assertEquals(503, api.httpStatus)
            assertEquals("00090504", api.retCode)
            assertEquals("retryable", api.`class`)
            assertTrue(api.retryable && api.isRetryable())

            // Callers polling just after a failure get it thrown instead of each fetching.
            expectError<UmfException.Api>("api_error") { tokens.poll(2) }
            val b = assertIs<TokenAction.Fetch>(tokens.poll(2_000), "after the hold, fetch again")
            val invalid = expectError<UmfException.Token>("token_response_invalid") {
                tokens.complete(b.ticket, reply(200, """{"expires_in": 3600}"""), 2_001)
            }
            assertFalse(invalid.isRetryable())

            val c = assertIs<TokenAction.Fetch>(tokens.poll(4_000))
            tokens.abandon(c.ticket)
            assertFalse(tokens.isRefreshing())
        }
    }

    suite.test("invalidation drops the current token only") {
        TokenManager("client-1", SECRET, URL).use { tokens ->
            val old = tokens.install("old", 10_000_000)
            val fresh = tokens.install("fresh", 10_000_000)
            assertFalse(tokens.invalidate(old.generation()), "a late 401 for an old token is ignored")
            assertEquals("fresh", tokens.current(0)?.secret())
            assertTrue(tokens.invalidate(fresh.generation()))
            assertIs<TokenAction.Fetch>(tokens.poll(0))
        }
    }

    suite.test("token rejections are HTTP 401 or 00280703") {
        assertTrue(isTokenRejection(reply(401, "")))
        assertTrue(isTokenRejection(reply(200, """{"meta":{"ret_code":"00280703","ret_msg":"expired"}}""")))
        assertFalse(isTokenRejection(reply(200, """{"meta":{"ret_code":"0000","ret_msg":"ok"}}""")))
        assertFalse(isTokenRejection(reply(-1, "")), "a status that is no status is not a rejection")
    }
}

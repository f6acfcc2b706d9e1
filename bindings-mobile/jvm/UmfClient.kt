// The JVM client: java.net.http sends what the core's call loop decides. No policy lives
// here; retries, replays, tokens and the shared store are the core's (umf_core::calls).
package com.umfsdk.jvm

import com.umfsdk.AccessToken
import com.umfsdk.ApiResponse
import com.umfsdk.Call
import com.umfsdk.CallEvent
import com.umfsdk.CallPolicy
import com.umfsdk.CallStats
import com.umfsdk.Caller
import com.umfsdk.Client
import com.umfsdk.ClientOptions
import com.umfsdk.FailureKind
import com.umfsdk.HttpHeader
import com.umfsdk.HttpResponse
import com.umfsdk.PollPolicy
import com.umfsdk.Poller
import com.umfsdk.PrivateKey
import com.umfsdk.PublicKey
import com.umfsdk.SeenSet
import com.umfsdk.SendFailure
import com.umfsdk.Step
import com.umfsdk.StoreConfig
import com.umfsdk.StoreMode
import com.umfsdk.UmfException
import com.umfsdk.callEventJson
import com.umfsdk.defaultPollPolicy
import com.umfsdk.defaultStoreConfig
import com.umfsdk.seenReply
import java.io.IOException
import java.net.ConnectException
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpConnectTimeoutException
import java.net.http.HttpRequest as JdkRequest
import java.net.http.HttpResponse as JdkResponse
import java.net.http.HttpTimeoutException
import java.nio.channels.UnresolvedAddressException
import java.time.Duration

/** Receives every event of every call: operation, method, path template, status, `ret_code`,
 *  attempt, duration, token source, retry reason, error code. Never a key, secret, token,
 *  body, card or ID number (the event has no field for one). `callEventJson(event)` gives
 *  the JSON line. Called on the calling thread; keep it quick and let it not throw. */
fun interface UmfEventListener {
    fun onEvent(event: CallEvent)
}

/**
 * A UMF client for JVM servers: a method per operation (from the core's table), each
 * validated, encrypted, signed and sent over `java.net.http.HttpClient`, the answer verified.
 *
 * Build one per `client_id` per process and share it between threads. For a fleet (several
 * processes or hosts with one `client_id`), give every instance the same [TokenStore]
 * (e.g. [RedisTokenStore]) so the fleet holds one token at a time.
 *
 * Failures are `UmfException`s: `UmfException.Transport` (`transport_error`, `timeout`,
 * `store_unavailable`, with `sent` and `retryable`), `UmfException.Api` for UMF's error
 * answers, and the request and signature families.
 */
class UmfClient(
    val caller: Caller,
    private val store: TokenStore? = null,
    private val listener: UmfEventListener? = null,
    private val http: HttpClient = defaultHttpClient(),
) : UmfOperations() {
    private val localSeen = SeenSet(100_000)

    companion object {
        /** `jvm/<java.version>`, the host part of `User-Agent`. */
        val HOST: String = "jvm/" + System.getProperty("java.version")

        /** HTTP/1.1, redirects never followed (a redirected POST would lose its signed body). */
        fun defaultHttpClient(): HttpClient = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build()

        /**
         * A client from PEM (or DER) key bytes: the UMF public key, the merchant private key
         * ([merchantKeyPassphrase] if it is encrypted), and the client credentials.
         * [storeConfig] applies when [store] is given (default: the core's, fallback mode).
         */
        @JvmStatic
        @JvmOverloads
        fun create(
            baseUrl: String,
            umfPublicKey: ByteArray,
            merchantKey: ByteArray,
            clientId: String,
            clientSecret: String,
            policy: CallPolicy? = null,
            store: TokenStore? = null,
            storeConfig: StoreConfig? = null,
            listener: UmfEventListener? = null,
            options: ClientOptions? = null,
            merchantKeyPassphrase: String? = null,
            http: HttpClient = defaultHttpClient(),
        ): UmfClient {
            val client = PublicKey(umfPublicKey).use { umf ->
                PrivateKey(merchantKey, merchantKeyPassphrase).use { key ->
                    Client.withMerchantKey(baseUrl, umf, key, options)
                }
            }
            val config = if (store == null) null else storeConfig ?: defaultStoreConfig()
            val caller = Caller(client, clientId, clientSecret, HOST, policy, config)
            return UmfClient(caller, store, listener, http)
        }
    }

    /** The verified answer of [operation]; params as JSON text (see [UmfOperations]). */
    override fun call(operation: String, params: String): ApiResponse =
        complete(caller.call(operation, params)) { it.answer() }

    /** Sends a request built elsewhere (authorised with the token when [authorize]) and
     *  returns the answer as received. */
    fun send(request: com.umfsdk.HttpRequest, authorize: Boolean = true): HttpResponse =
        complete(caller.send(request, authorize)) { it.response() }

    /**
     * Queries the payment (`get_payment`) until its state is final and returns that answer:
     * `executePayment` may answer `WAIT_BUYER_PAY`, the outcome following by notification and
     * query. The core's [Poller] says how long to sleep between queries ([poll]: `intervalMs`,
     * `maxIntervalMs`, `deadlineMs`, `backoff`); past `deadlineMs` it throws
     * [UmfException.Transport] `outcome_pending`: the payment is then still pending, not failed.
     */
    fun waitForPayment(paymentId: String, poll: PollPolicy = defaultPollPolicy()): ApiResponse =
        waitFor(Poller("payment", poll), paymentId)

    /** Queries the refund (`get_refund`) until its state is final; see [waitForPayment]. */
    fun waitForRefund(refundId: String, poll: PollPolicy = defaultPollPolicy()): ApiResponse =
        waitFor(Poller("refund", poll), refundId)

    private fun waitFor(poller: Poller, id: String): ApiResponse = poller.use {
        val params = it.queryParams(id)
        var answer = call(it.queryOperation(), params)
        var wait = it.observeAnswer(answer)
        while (wait != null) {
            Thread.sleep(wait)
            answer = call(it.queryOperation(), params)
            wait = it.observeAnswer(answer)
        }
        answer
    }

    /** A valid token (fetched, or the cached or shared one). */
    fun token(): AccessToken = complete(caller.token()) { it.token() }

    /** What this client's calls sent so far. */
    fun stats(): CallStats = caller.stats()

    /**
     * Records a notification's `idempotencyKey` for [ttlMs]; `true` when it was recorded
     * before (handled already: acknowledge, do nothing). With a store, shared by the fleet;
     * if the store fails, in the `FALLBACK` mode this instance's own memory answers (a
     * duplicate delivered to two instances may then be handled twice), in `REQUIRED` it throws.
     */
    fun seen(idempotencyKey: String, ttlMs: Long): Boolean {
        val command = caller.seenCommand(idempotencyKey, ttlMs)
            ?: return localSeen.seen(idempotencyKey, ttlMs)
        val reply = try {
            store!!.eval(command.script, command.keys, command.args)
        } catch (e: Exception) {
            if (caller.store()?.mode == StoreMode.REQUIRED) {
                throw UmfException.Transport("store_unavailable", storeMessage(e), "", false, true, null).apply { initCause(e) }
            }
            return localSeen.seen(idempotencyKey, ttlMs)
        }
        return seenReply(reply)
    }

    /** Drives [call] to its end and reads its outcome; a transport error gets the host
     *  exception behind it as its cause. */
    private fun <T> complete(call: Call, outcome: (Call) -> T): T = try {
        val cause = drive(call)
        try {
            outcome(call)
        } catch (e: UmfException.Transport) {
            if (cause != null && e.cause == null) e.initCause(cause)
            throw e
        }
    } finally {
        call.destroy()
    }

    /** The host loop: the only code here that runs a call, and it decides nothing. Returns
     *  the last host exception. An interrupted thread abandons the call: the
     *  `InterruptedException` propagates, and the call, destroyed, gives up any token refresh
     *  it held so another call may start one at once. */
    private fun drive(call: Call): Throwable? {
        var cause: Throwable? = null
        while (true) {
            when (val step = call.next()) {
                is Step.Send -> try {
                    call.received(exchange(step.request, step.timeoutMs))
                } catch (e: IOException) {
                    cause = e
                    call.failed(SendFailure(failureKind(e), e.toString().take(300)))
                } catch (e: UnresolvedAddressException) {
                    cause = e
                    call.failed(SendFailure(FailureKind.NOT_SENT, "unresolved address"))
                }
                is Step.Store -> {
                    val command = step.command
                    try {
                        val s = store ?: throw IOException("no store configured")
                        call.storeReplied(s.eval(command.script, command.keys, command.args))
                    } catch (e: Exception) {
                        cause = e
                        call.storeFailed(storeMessage(e))
                    }
                }
                is Step.Sleep -> Thread.sleep(step.ms)
                Step.Done -> {
                    emit(call)
                    return cause
                }
            }
            emit(call)
        }
    }

    private fun emit(call: Call) {
        val l = listener ?: return
        for (event in call.takeEvents()) {
            try {
                l.onEvent(event)
            } catch (_: RuntimeException) {
                // A listener's failure must not change a payment's outcome.
            }
        }
    }

    /** The exact request out, the exact bytes back, within [timeoutMs]. */
    private fun exchange(request: com.umfsdk.HttpRequest, timeoutMs: Long): HttpResponse {
        val builder = JdkRequest.newBuilder(URI.create(request.url())).timeout(Duration.ofMillis(timeoutMs))
        for (header in request.headers()) builder.header(header.name, header.value)
        when (val method = request.method()) {
            "GET" -> builder.GET()
            else -> builder.method(method, JdkRequest.BodyPublishers.ofByteArray(request.body()))
        }
        val answer = http.send(builder.build(), JdkResponse.BodyHandlers.ofByteArray())
        val headers = answer.headers().map().flatMap { (name, values) -> values.map { HttpHeader(name, it) } }
        return HttpResponse(answer.statusCode(), headers, answer.body())
    }

    private fun storeMessage(e: Exception): String = (e::class.simpleName + ": " + (e.message ?: "")).take(300)
}

/** How the JDK's client failed: nothing sent (refused, connect timeout), no answer in time,
 *  or broken after sending. */
fun failureKind(e: IOException): FailureKind = when (e) {
    is HttpConnectTimeoutException -> FailureKind.NOT_SENT
    is ConnectException -> FailureKind.NOT_SENT
    is HttpTimeoutException -> FailureKind.TIMEOUT
    else -> if (e.cause is ConnectException || e.cause is UnresolvedAddressException) FailureKind.NOT_SENT else FailureKind.INTERRUPTED
}

/** The event as the core writes it: one JSON object with snake_case names and values. */
fun CallEvent.toJson(): String = callEventJson(this)

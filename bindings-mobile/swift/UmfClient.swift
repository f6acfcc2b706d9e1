// The Swift client: URLSession (FoundationNetworking on Linux) sends what the core's call loop
// decides. No policy lives here; retries, replays, tokens and the shared store are the core's.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The shared token store: runs one of the core's Lua scripts (`EVAL script len(keys) keys...
/// args...`) on Redis and returns the reply as strings (bulk strings as UTF-8, integers as
/// decimal text). Throw on any failure. This package ships no Redis client: wrap the one the
/// server has (RediStack, ...).
public protocol UmfTokenStore {
    func eval(script: String, keys: [String], args: [String]) throws -> [String]
}

/// A UMF client for Swift servers and tools: a method per operation (from the core's table),
/// each validated, encrypted, signed and sent over `URLSession`, the answer verified.
/// Synchronous: call it from a worker thread, never the main thread of an app.
///
/// Build one per `client_id` per process. Failures throw `UmfError` (`.Transport` for
/// `transport_error`, `timeout` and `store_unavailable`, with `sent` and `retryable`).
public final class UmfClient {
    /// The core's loop for this client id.
    public let caller: Caller
    private let store: UmfTokenStore?
    private let listener: ((CallEvent) -> Void)?
    private let session: URLSession
    private let localSeen = SeenSet(capacity: 100_000)

    /// `swift/<compiler version>`, the host part of `User-Agent` (the compiler, not the
    /// package's language mode).
    public static let host: String = {
        #if compiler(>=6.2)
        return "swift/6.2"
        #elseif compiler(>=6.1)
        return "swift/6.1"
        #elseif compiler(>=6.0)
        return "swift/6.0"
        #else
        return "swift/5"
        #endif
    }()

    /// A client over `caller`; `listener` receives every event (names, numbers and codes
    /// only: never a key, secret, token, body, card or ID number).
    public init(
        caller: Caller, store: UmfTokenStore? = nil, listener: ((CallEvent) -> Void)? = nil,
        session: URLSession? = nil
    ) {
        self.caller = caller
        self.store = store
        self.listener = listener
        self.session = session ?? {
            let configuration = URLSessionConfiguration.ephemeral
            configuration.httpCookieStorage = nil
            configuration.urlCache = nil
            return URLSession(configuration: configuration)
        }()
    }

    /// A client from key file bytes and the client credentials.
    public convenience init(
        baseUrl: String, umfPublicKey: Data, merchantKey: Data, clientId: String,
        clientSecret: String, policy: CallPolicy? = nil, store: UmfTokenStore? = nil,
        storeConfig: StoreConfig? = nil, listener: ((CallEvent) -> Void)? = nil,
        options: ClientOptions? = nil
    ) throws {
        let client = Client.withMerchantKey(
            baseUrl: baseUrl, umfPublicKey: try PublicKey(keyBytes: umfPublicKey),
            merchantKey: try PrivateKey(keyBytes: merchantKey), options: options)
        let config = store == nil ? nil : (storeConfig ?? defaultStoreConfig())
        let caller = Caller(
            client: client, clientId: clientId, clientSecret: clientSecret, host: UmfClient.host,
            policy: policy, store: config)
        self.init(caller: caller, store: store, listener: listener)
    }

    /// The verified answer of `operation`, its flat parameter object as JSON text.
    public func call(_ operation: String, _ params: String = "{}") throws -> ApiResponse {
        let call = try caller.call(operationId: operation, paramsJson: params)
        drive(call)
        return try call.answer()
    }

    /// Sends a request built elsewhere; the answer as received.
    public func send(_ request: HttpRequest, authorize: Bool = true) throws -> HttpResponse {
        let call = caller.send(request: request, authorize: authorize)
        drive(call)
        return try call.response()
    }

    /// Queries the payment (`get_payment`) until its state is final and returns that answer:
    /// `executePayment` may answer `WAIT_BUYER_PAY`, the outcome following by notification and
    /// query. The core's `Poller` says how long to sleep between queries (`poll`); past
    /// `poll.deadlineMs` it throws `UmfError.Transport` `outcome_pending`: still pending, not failed.
    public func waitForPayment(_ paymentId: String, poll: PollPolicy = defaultPollPolicy()) throws -> ApiResponse {
        try waitFor(Poller(subject: "payment", policy: poll), paymentId)
    }

    /// Queries the refund (`get_refund`) until its state is final; see `waitForPayment`.
    public func waitForRefund(_ refundId: String, poll: PollPolicy = defaultPollPolicy()) throws -> ApiResponse {
        try waitFor(Poller(subject: "refund", policy: poll), refundId)
    }

    private func waitFor(_ poller: Poller, _ id: String) throws -> ApiResponse {
        let params = poller.queryParams(id: id)
        var answer = try call(poller.queryOperation(), params)
        while let wait = try poller.observeAnswer(answer: answer) {
            Thread.sleep(forTimeInterval: Double(wait) / 1000)
            answer = try call(poller.queryOperation(), params)
        }
        return answer
    }

    /// A valid token.
    public func token() throws -> AccessToken {
        let call = caller.token()
        drive(call)
        return try call.token()
    }

    /// What this client's calls sent so far.
    public func stats() -> CallStats { caller.stats() }

    /// Records a notification's idempotency key for `ttlMs`; `true` when recorded before.
    public func seen(_ idempotencyKey: String, ttlMs: Int64) throws -> Bool {
        guard let command = caller.seenCommand(idempotencyKey: idempotencyKey, ttlMs: ttlMs),
            let store
        else { return localSeen.seen(key: idempotencyKey, ttlMs: ttlMs) }
        do {
            return try seenReply(reply: store.eval(script: command.script, keys: command.keys, args: command.args))
        } catch {
            if caller.store()?.mode == .required {
                throw UmfError.Transport(
                    code: "store_unavailable", detail: "\(error)", operation: "", sent: false, retryable: true,
                    waitedMs: nil)
            }
            return localSeen.seen(key: idempotencyKey, ttlMs: ttlMs)
        }
    }

    /// The host loop: the only code here that runs a call, and it decides nothing.
    private func drive(_ call: Call) {
        while true {
            switch call.next() {
            case let .send(request, timeoutMs, _):
                switch exchange(request, timeoutMs: timeoutMs) {
                case let .success(response): call.received(response: response)
                case let .failure(failure): call.failed(failure: failure)
                }
            case let .store(command):
                do {
                    guard let store else { throw UmfSendError(message: "no store configured") }
                    call.storeReplied(reply: try store.eval(script: command.script, keys: command.keys, args: command.args))
                } catch {
                    call.storeFailed(message: String(String(describing: error).prefix(300)))
                }
            case let .sleep(ms):
                Thread.sleep(forTimeInterval: Double(ms) / 1000)
            case .done:
                emit(call)
                return
            }
            emit(call)
        }
    }

    private func emit(_ call: Call) {
        guard let listener else { return }
        for event in call.takeEvents() { listener(event) }
    }

    /// The exact request out and the exact bytes back within `timeoutMs`, or how it failed.
    private func exchange(_ request: HttpRequest, timeoutMs: Int64) -> Exchange {
        guard let url = URL(string: request.url()) else {
            return .failure(SendFailure(kind: .notSent, message: "not a URL"))
        }
        var outgoing = URLRequest(
            url: url, cachePolicy: .reloadIgnoringLocalCacheData,
            timeoutInterval: Double(timeoutMs) / 1000)
        outgoing.httpMethod = request.method()
        for header in request.headers() { outgoing.setValue(header.value, forHTTPHeaderField: header.name) }
        if request.method() != "GET" { outgoing.httpBody = request.body() }
        /// Written by URLSession's queue before `done` is signalled, read after.
        final class Outcome: @unchecked Sendable {
            var result: Exchange = .failure(SendFailure(kind: .interrupted, message: "no answer"))
        }
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        session.dataTask(with: outgoing) { data, response, error in
            if let error {
                outcome.result = .failure(UmfClient.failure(error))
            } else if let response = response as? HTTPURLResponse {
                let headers = response.allHeaderFields.map { HttpHeader(name: "\($0.key)", value: "\($0.value)") }
                outcome.result = .success(
                    HttpResponse(status: Int32(response.statusCode), headers: headers, body: data ?? Data()))
            }
            done.signal()
        }.resume()
        done.wait()
        return outcome.result
    }

    /// How URLSession failed: nothing sent (no host, refused), no answer in time, or broken
    /// after sending. A connect timeout reads as a timeout: URLSession does not tell them apart.
    static func failure(_ error: Error) -> SendFailure {
        let message = String(String(describing: error).prefix(300))
        guard let error = error as? URLError else { return SendFailure(kind: .interrupted, message: message) }
        switch error.code {
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet,
            .badURL, .unsupportedURL:
            return SendFailure(kind: .notSent, message: message)
        case .timedOut:
            return SendFailure(kind: .timeout, message: message)
        default:
            return SendFailure(kind: .interrupted, message: message)
        }
    }
}

/// One exchange's outcome.
enum Exchange {
    case success(HttpResponse)
    case failure(SendFailure)
}

struct UmfSendError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

// The Swift client (bindings-mobile/swift: UmfClient over URLSession) against `umf sandbox`:
// the core's call loop driven by FoundationNetworking. No Redis client ships for Swift, so the
// shared store is exercised by the Kotlin suite only.
import Foundation
import UmfSdk
import XCTest

final class CallsTests: XCTestCase {
    /// Every event the test's client reported.
    final class Events: @unchecked Sendable {
        private let lock = NSLock()
        private var events: [CallEvent] = []
        func add(_ event: CallEvent) { lock.withLock { events.append(event) } }
        var all: [CallEvent] { lock.withLock { events } }
        func retries(_ reason: RetryReason) -> Int { all.filter { $0.kind == .retry && $0.retryReason == reason }.count }
    }

    private func client(_ umf: SandboxRun, _ events: Events) throws -> UmfClient {
        var policy = defaultCallPolicy()
        policy.initialBackoffMs = 5
        policy.maxBackoffMs = 50
        return try UmfClient(
            baseUrl: umf.baseUrl, umfPublicKey: Vectors.key("umf_1024_cert.pem"),
            merchantKey: Vectors.key("merchant_1024_pkcs8.pem"), clientId: SANDBOX_CLIENT_ID,
            clientSecret: SANDBOX_CLIENT_SECRET, policy: policy, listener: { events.add($0) })
    }

    func testACallThroughURLSessionTakesOneTokenAndReusesIt() throws {
        let umf = try SandboxRun(faults: [])
        defer { umf.stop() }
        let events = Events()
        let server = try client(umf, events)
        XCTAssertTrue(server.caller.userAgent().hasSuffix(" swift/6.0"), server.caller.userAgent())
        let created = try server.createPayment(sandboxCardPayment("SW-CALL-0001", notifyUrl: umf.endpoint.url))
        let id = try Json.parse(Data(created.resultJson.utf8)).str("id")
        XCTAssertEqual(try Json.parse(Data(server.getPayment(#"{"payment_id":"\#(id)"}"#).resultJson.utf8)).str("state"), "WAIT_BUYER_PAY")
        let stats = server.stats()
        XCTAssertEqual(stats.tokenRequests, 1)
        XCTAssertEqual(stats.requests, 2)
        XCTAssertEqual(events.all.filter { $0.kind == .request }.map { $0.token }, [.fetched, .reused])
        XCTAssertEqual(events.all.filter { $0.kind == .request }.map { $0.path }, try ["create_payment", "get_payment"].map { try operation(operationId: $0).path })
        XCTAssertTrue(try callEventJson(event: events.all[0]).hasPrefix(#"{"kind":"token_request","operation":"get_access_token""#))
    }

    func testAPendingPaymentIsWaitedForUntilFinalOrTheDeadline() throws {
        let umf = try SandboxRun(faults: [])
        defer { umf.stop() }
        let server = try client(umf, Events())
        var quick = defaultPollPolicy()
        quick.intervalMs = 20
        quick.maxIntervalMs = 20
        quick.deadlineMs = 200
        let created = try server.createPayment(sandboxCardPayment("SW-WAIT-0001", notifyUrl: umf.endpoint.url))
        let id = try Json.parse(Data(created.resultJson.utf8)).str("id")
        do {
            _ = try server.waitForPayment(id, poll: quick)
            XCTFail("a payment nobody pays stays pending")
        } catch let UmfError.Transport(code, detail, operation, _, _, waitedMs) {
            XCTAssertEqual(code, "outcome_pending")
            XCTAssertEqual(operation, "get_payment")
            XCTAssertGreaterThanOrEqual(waitedMs ?? 0, 200)
            XCTAssertTrue(detail.contains("WAIT_BUYER_PAY"), detail)
        }
        _ = try umf.admin("payments/\(id)/complete", json: #"{"state":"TRADE_SUCCESS"}"#)
        let paid = try server.waitForPayment(id, poll: quick)
        XCTAssertEqual(try Json.parse(Data(paid.resultJson.utf8)).str("state"), "TRADE_SUCCESS")
    }

    func testARevokedTokenIsReplayedOnce() throws {
        let umf = try SandboxRun(faults: [])
        defer { umf.stop() }
        let events = Events()
        let server = try client(umf, events)
        _ = try server.listBanks()
        _ = try umf.admin("tokens/expire", json: "{}")
        _ = try server.listBanks()
        let stats = server.stats()
        XCTAssertEqual(stats.tokenReplays, 1)
        XCTAssertEqual(stats.tokenRequests, 2)
        XCTAssertEqual(events.retries(.tokenRejected), 1)
        XCTAssertEqual(events.all.filter { $0.kind == .request }.map { $0.status }, [200, 401, 200])
    }

    func testA503IsRetriedOnAReadNotOnCreatePayment() throws {
        let umf = try SandboxRun(faults: ["list_banks:status=503,times=1", "create_payment:status=503,times=1"])
        defer { umf.stop() }
        let events = Events()
        let server = try client(umf, events)
        _ = try server.listBanks()
        XCTAssertEqual(events.retries(.serverError), 1)
        XCTAssertThrowsError(try server.createPayment(sandboxCardPayment("SW-CALL-0503", notifyUrl: umf.endpoint.url))) { error in
            guard case let UmfError.Api(code, _, status, _, _, _, retryable) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(code, "api_error")
            XCTAssertEqual(status, 503)
            XCTAssertFalse(retryable)
        }
        XCTAssertEqual(server.stats().requests, 3)
        XCTAssertEqual(server.stats().retries, 1)
    }

    func testAConnectionRefusedIsRetriedThenATransportError() throws {
        let umf = try SandboxRun(faults: [])
        defer { umf.stop() }
        // Port 9 (discard) on loopback: nothing listens, the connection is refused.
        let events = Events()
        var policy = defaultCallPolicy()
        policy.initialBackoffMs = 5
        let server = try UmfClient(
            baseUrl: "http://127.0.0.1:9/cberest/v1", umfPublicKey: Vectors.key("umf_1024_cert.pem"),
            merchantKey: Vectors.key("merchant_1024_pkcs8.pem"), clientId: SANDBOX_CLIENT_ID,
            clientSecret: SANDBOX_CLIENT_SECRET, policy: policy, listener: { events.add($0) })
        XCTAssertThrowsError(try server.listBanks()) { error in
            guard case let UmfError.Transport(code, _, operation, sent, retryable, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(code, "transport_error")
            XCTAssertEqual(operation, "get_access_token")
            XCTAssertFalse(sent)
            XCTAssertTrue(retryable)
        }
        XCTAssertEqual(server.stats().tokenRequests, 3)
        XCTAssertEqual(events.retries(.notSent), 2)
    }
}

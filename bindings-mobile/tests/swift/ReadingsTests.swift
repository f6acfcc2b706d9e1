// The documents' ambiguous readings end to end, as the Kotlin suite's Readings.kt: `umf sandbox`
// set to a reading, the Swift client configured the way bindings-mobile/README.md ("Readings of
// the documents: what to configure") says. Per reading: the card flow, a refund and the
// notifications (the payment's; the refund's too where refunds are notified, async outcomes)
// delivered to the suite's endpoint and acknowledged in the reading's format pass with that
// configuration alone; a strict reading refuses the other configuration with a typed error.
// Readings are combined into three sandbox processes to keep the run short.
import Foundation
import UmfSdk
import XCTest

final class ReadingsTests: XCTestCase {
    /// The merchant's side of one sandbox: the server's `UmfClient` and the app's `Client`, both
    /// built with the same options (the configuration under test).
    struct Merchant {
        let umf: SandboxRun
        let server: UmfClient
        let device: Client

        init(_ umf: SandboxRun, _ options: ClientOptions) throws {
            var policy = defaultCallPolicy()
            policy.initialBackoffMs = 5
            policy.maxBackoffMs = 50
            self.umf = umf
            server = try UmfClient(
                baseUrl: umf.baseUrl, umfPublicKey: Vectors.key("umf_1024_cert.pem"),
                merchantKey: Vectors.key("merchant_1024_pkcs8.pem"), clientId: SANDBOX_CLIENT_ID,
                clientSecret: SANDBOX_CLIENT_SECRET, policy: policy, options: options)
            device = try appClient(options, base: umf.baseUrl)
        }

        /// create_payment, the SMS step and execute_payment with the test card (encrypted by the
        /// device); the payment id and execute's answer.
        func payByCard(_ reference: String) throws -> (String, ApiResponse) {
            let created = try server.createPayment(sandboxCardPayment(reference, notifyUrl: umf.endpoint.url))
            XCTAssertEqual(try stateOf(created), "WAIT_BUYER_PAY")
            let id = try idOf(created)
            let encryptor = device.cardEncryptor()
            func payer(_ op: String, _ extra: [(String, String)] = []) throws -> String {
                try encryptor.encryptFields(operationId: op, payloadJson: cardPayerParams(id, extra: extra)).payloadJson
            }
            _ = try server.sendPaymentSms(try payer("send_payment_sms"))
            let code = try umf.admin("sms/\(id)").str("code")
            return (id, try server.executePayment(try payer("execute_payment", [("verify_code", code)])))
        }

        /// A refund of 30 USD of the payment of order `reference`.
        func refund(_ id: String, _ reference: String) throws -> ApiResponse {
            try server.createRefund(refundParams(id, "\(reference)-R1", "30.00", notifyUrl: umf.endpoint.url, order: reference))
        }

        /// The sandbox's delivery record of the notification about `objectId` once acknowledged.
        func acknowledged(_ objectId: String) throws -> Json? {
            let deadline = Date().addingTimeInterval(15)
            while Date() < deadline {
                let delivery = try umf.admin("notifications").array?.last { $0.strOrNil("object_id") == objectId }
                if let delivery, delivery["acknowledged"] == .bool(true) { return delivery }
                Thread.sleep(forTimeInterval: 0.02)
            }
            XCTFail("the notification about \(objectId) was never acknowledged")
            return nil
        }
    }

    /// What failed inside the endpoint.
    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var errors: [String] = []
        private var answered: Set<String> = []
        func add(_ error: Error) { lock.withLock { errors.append("\(error)") } }
        var all: [String] { lock.withLock { errors } }
        /// Whether this is the first notification about `id`.
        func first(_ id: String) -> Bool { lock.withLock { answered.insert(id).inserted } }
    }

    /// The endpoint verifies each notification with `verifier` and acknowledges it in `format`;
    /// with `wrongFirst`, the first delivery of each object gets that reply instead (the reading
    /// must refuse it, so UMF delivers again).
    func acknowledge(_ umf: SandboxRun, _ verifier: Client, _ format: AckFormat, wrongFirst: AckFormat? = nil) -> Failures {
        let failures = Failures()
        umf.endpoint.respond = { signature, body in
            do {
                let note = try verifier.verifyNotification(signature: signature, rawBody: body)
                let reply = failures.first(note.id) ? (wrongFirst ?? format) : format
                return try notificationAcknowledgement(notification: note, format: reply)
            } catch {
                failures.add(error)
                return HttpResponse(status: 500, headers: [], body: Data())
            }
        }
        return failures
    }

    func status(_ error: UmfError?) -> Int32? {
        if case .Api(_, _, let status, _, _, _, _)? = error { return status }
        return nil
    }

    func retCode(_ error: UmfError?) -> String? {
        if case .Api(_, _, _, let retCode, _, _, _)? = error { return retCode }
        return nil
    }

    func testBodyWithoutMetaBearerNoSpaceBasicCredentialsJsonWithIdAcksUnsignedErrors() throws {
        let umf = try SandboxRun(faults: [], flags: [
            "--signature-scope", "body-without-meta", "--bearer", "strict-no-space", "--token-credentials", "basic",
            "--ack", "json-with-id", "--sign-errors", "no",
        ])
        defer { umf.stop() }
        // README: bearerNoSpace for strict-no-space, basic for basic, jsonWithId acks; the default
        // verification (auto scope) reads body-without-meta and unsigned errors.
        let options = ClientOptions(authorization: .bearerNoSpace, tokenCredentials: .basic)
        let m = try Merchant(umf, options)
        let failures = acknowledge(umf, m.device, .jsonWithId, wrongFirst: .json)
        let (id, executed) = try m.payByCard("SW-READ-A1")
        XCTAssertEqual(try stateOf(executed), "TRADE_SUCCESS")
        XCTAssertEqual(executed.verification.status, .verified)
        XCTAssertEqual(executed.verification.scope, .bodyWithoutMeta)
        let refund = try m.refund(id, "SW-READ-A1")
        XCTAssertEqual(try stateOf(refund), "REFUND_SUCCESS")
        XCTAssertEqual(refund.verification.scope, .bodyWithoutMeta)
        // The plain JSON reply was refused (a failed delivery), the one with the id taken.
        XCTAssertEqual(try m.acknowledged(id)?["attempts"]?.int, 2)
        XCTAssertEqual(failures.all, [])
        XCTAssertEqual(m.server.stats().tokenRequests, 1)

        // An unsigned error answer: UMF's own code under the default verification.
        let paid = expectError("Api", "api_error") {
            try m.server.createPayment(sandboxCardPayment("SW-READ-A1", notifyUrl: umf.endpoint.url).replacingOccurrences(of: "100.00", with: "90.00"))
        }
        XCTAssertEqual(retCode(paid), "00060780")

        // A token manager built from the client sends Basic credentials, and they are accepted.
        let tokens = m.device.tokenManager(clientId: SANDBOX_CLIENT_ID, clientSecret: SANDBOX_CLIENT_SECRET)
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        guard case let .fetch(ticket, request) = try tokens.poll(nowMs: now) else { return XCTFail("expected Fetch") }
        XCTAssertEqual(request.header(name: "Authorization")?.hasPrefix("Basic "), true)
        XCTAssertFalse(request.body().text.contains(SANDBOX_CLIENT_SECRET))
        _ = try tokens.complete(ticket: ticket, response: try send(request), nowMs: now)

        // The other configuration is refused. The documents' `Bearer <token>`: 401 / 00280703
        // after the one replay with a fresh token.
        let spaced = try Merchant(umf, ClientOptions(tokenCredentials: .basic)).server
        let refused = expectError("Api", "api_error") { try spaced.listBanks() }
        XCTAssertEqual(status(refused), 401)
        XCTAssertEqual(retCode(refused), "00280703")
        XCTAssertEqual(spaced.stats().tokenReplays, 1)
        // Credentials in the JSON body: the token endpoint refuses them.
        let json = try Merchant(umf, ClientOptions(authorization: .bearerNoSpace)).server
        XCTAssertEqual(status(expectError("Api", "api_error") { try json.listBanks() }), 401)
        XCTAssertEqual(json.stats().requests, 0, "no API request without a token")
    }

    func testBodyWithoutSignATokenUrlOutsideTheBaseJsonCredentialsBearerSpaceFormAcksAsyncOutcomes() throws {
        let umf = try SandboxRun(faults: [], flags: [
            "--signature-scope", "body-without-sign", "--bearer", "strict-space", "--token-path", "/v1/oauth/authorize",
            "--token-credentials", "json", "--ack", "form", "--outcomes", "async",
        ])
        defer { umf.stop() }
        let base = umf.baseUrl
        let tokenUrl = String(base.dropLast("/cberest/v1".count)) + "/v1/oauth/authorize"
        // README: tokenUrl for the /v1 token path, form acks; async outcomes need waiting.
        let options = ClientOptions(tokenUrl: tokenUrl)
        let m = try Merchant(umf, options)
        XCTAssertEqual(m.device.tokenUrl(), tokenUrl)
        let failures = acknowledge(umf, m.device, .form, wrongFirst: .json)
        let (id, executed) = try m.payByCard("SW-READ-B1")
        XCTAssertEqual(try stateOf(executed), "WAIT_BUYER_PAY")
        var poll = defaultPollPolicy()
        poll.intervalMs = 20
        poll.maxIntervalMs = 100
        poll.deadlineMs = 10_000
        let paid = try m.server.waitForPayment(id, poll: poll)
        XCTAssertEqual(try stateOf(paid), "TRADE_SUCCESS")
        XCTAssertEqual(paid.verification.status, .verified)
        XCTAssertEqual(paid.verification.scope, .bodyWithoutSign)
        let refund = try m.refund(id, "SW-READ-B1")
        XCTAssertEqual(try stateOf(refund), "REFUND_PROCESS")
        let refundId = try idOf(refund)
        XCTAssertEqual(try stateOf(try m.server.waitForRefund(refundId, poll: poll)), "REFUND_SUCCESS")
        XCTAssertEqual(try m.acknowledged(id)?["attempts"]?.int, 2, "the JSON reply refused, the form reply taken")
        XCTAssertEqual(try m.acknowledged(refundId)?["attempts"]?.int, 2)
        XCTAssertEqual(failures.all, [])

        // Without the token URL: nothing answers at {base}/oauth/authorize.
        let noUrl = try Merchant(umf, ClientOptions()).server
        XCTAssertEqual(status(expectError("Api", "api_error") { try noUrl.listBanks() }), 404)
        // Basic credentials: refused by a token endpoint that takes the JSON body only.
        var basic = options
        basic.tokenCredentials = .basic
        XCTAssertEqual(status(expectError("Api", "api_error") { try Merchant(umf, basic).server.listBanks() }), 401)
        // UMF's demo spelling `Bearer<token>`: refused like a bad token.
        var noSpace = options
        noSpace.authorization = .bearerNoSpace
        XCTAssertEqual(retCode(expectError("Api", "api_error") { try Merchant(umf, noSpace).server.listBanks() }), "00280703")
    }

    func testAKeyChangeOverMidFlowBothKeysKeepWorkingTheOldKeyAloneFailsClosed() throws {
        let umf = try SandboxRun(faults: [], flags: ["--ack", "json"])
        defer { umf.stop() }
        // The keys a merchant gets without the repository: `umf sandbox --print-test-keys`.
        let printed = try UmfSdkTests.run([Repo.umfCommand, "sandbox", "--print-test-keys"])
        XCTAssertEqual(printed.status, 0)
        let keys = try Json.parse(printed.output)
        let next = try PublicKey(keyBytes: keys.str("umf_next_public_key_pem").bytes)
        XCTAssertEqual(next.fingerprint(), keys.str("umf_next_public_key_fingerprint"))
        let first = keys.str("umf_public_key_fingerprint")
        // README: the coming key in umfAdditionalPublicKeys.
        let m = try Merchant(umf, ClientOptions(umfAdditionalPublicKeys: [next]))
        XCTAssertEqual(m.device.umfPublicKeys().map { $0.fingerprint() }, [first, next.fingerprint()])
        let oldOnly = try Merchant(umf, ClientOptions())
        let failures = acknowledge(umf, m.device, .json)

        let created = try m.server.createPayment(sandboxCardPayment("SW-READ-C1", notifyUrl: umf.endpoint.url))
        XCTAssertEqual(created.verification.keyFingerprint, first)
        let id = try idOf(created)
        let encryptor = m.device.cardEncryptor()
        _ = try m.server.sendPaymentSms(try encryptor.encryptFields(operationId: "send_payment_sms", payloadJson: cardPayerParams(id)).payloadJson)
        let code = try umf.admin("sms/\(id)").str("code")
        XCTAssertEqual(try umf.admin("keys/rotate", json: "{}").str("umf_public_key_fingerprint"), next.fingerprint())
        let executed = try m.server.executePayment(
            try encryptor.encryptFields(operationId: "execute_payment", payloadJson: cardPayerParams(id, extra: [("verify_code", code)])).payloadJson)
        XCTAssertEqual(try stateOf(executed), "TRADE_SUCCESS")
        XCTAssertEqual(executed.verification.status, .verified)
        XCTAssertEqual(executed.verification.keyFingerprint, next.fingerprint())
        let refund = try m.refund(id, "SW-READ-C1")
        XCTAssertEqual(try stateOf(refund), "REFUND_SUCCESS")
        XCTAssertEqual(refund.verification.keyFingerprint, next.fingerprint())
        XCTAssertEqual(try m.acknowledged(id)?["attempts"]?.int, 1)
        XCTAssertEqual(failures.all, [])
        guard let (signature, body) = umf.endpoint.notification(about: id) else { return XCTFail("no notification about \(id)") }
        XCTAssertEqual(try m.device.verifyNotification(signature: signature, rawBody: body).keyFingerprint, next.fingerprint())

        // The old key alone: the answer and the notification signed with the new key are
        // refused, never read as data. The new key is 2048-bit, the old one 1024: its signatures
        // do not even have the old key's length.
        expectError("Signature", "signature_malformed") { try oldOnly.server.getPayment(#"{"payment_id":"\#(id)"}"#) }
        expectError("Signature", "signature_malformed") { try oldOnly.device.verifyNotification(signature: signature, rawBody: body) }
    }
}

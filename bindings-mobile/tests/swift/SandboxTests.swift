// End to end against `umf sandbox`, over URLSession: the app's client (UMF public key only)
// encrypts the card and verifies every answer; the merchant server's client signs; the sandbox
// decrypts, checks every signature and notifies the merchant's endpoint, whose notification the
// app verifies. Faults armed: the first read of a payment answers 503, the first refund 503, the
// token expires under the first SMS request, one exchange-rate answer carries a bad signature.
import Foundation
import UmfSdk
import XCTest

/// The sandbox's built-in client credentials (sandbox/src/test_keys.rs).
let SANDBOX_CLIENT_ID = "sandbox-client"
let SANDBOX_CLIENT_SECRET = "sandbox-secret"

let SANDBOX_TODAY: String = {
    let format = DateFormatter()
    format.dateFormat = "yyyyMMdd"
    format.locale = Locale(identifier: "en_US_POSIX")
    return format.string(from: Date())
}()

/// A card payment's create_payment for the sandbox: order `reference`, today, notified at `notifyUrl`.
func sandboxCardPayment(_ reference: String, notifyUrl: String) -> String {
    fullCreatePayment(#"{"phone":"13800000000"}"#).replacingOccurrences(of: "20260301", with: SANDBOX_TODAY)
        .replacingOccurrences(of: "https://shop.example/umf/notify", with: notifyUrl)
        .replacingOccurrences(of: "KT-ORDER-0001", with: reference)
}

/// The payer of send_payment_sms / execute_payment for payment `id`: the test card, plaintext.
func cardPayerParams(_ id: String, extra: [(String, String)] = []) -> String {
    let fields = CARD + [("phone", "13800000000"), ("citizen_id_type", "IDENTITY_CARD")] + extra
    return Json.object([
        ("payment_id", .string(id)),
        ("payer", .object([("payment_method", .string("CREDIT_CARD")), ("payer_info", .object([("bank_card", Json.strings(fields))]))])),
    ]).text
}

/// A create_refund of `total` USD of a payment made by `sandboxCardPayment(order, …)`.
func refundParams(_ id: String, _ reference: String, _ total: String, notifyUrl: String, order: String = "KT-ORDER-0001") -> String {
    #"{"payment_id":"\#(id)","notify_url":"\#(notifyUrl)","refund_info":{"mer_reference_id":"\#(reference)","#
        + #""mer_date":"\#(SANDBOX_TODAY)","amount":{"total":"\#(total)","currency":"USD"},"sub_orders":[{"mer_sub_reference_id":"\#(order)-S1","#
        + #""trans_code":"01122030","amount":{"total":"\#(total)","currency":"USD"},"items":[{"mer_item_id":"TEA-01"}]}]}}"#
}

func stateOf(_ answer: ApiResponse) throws -> String? { try Json.parse(answer.resultJson).strOrNil("state") }
func idOf(_ answer: ApiResponse) throws -> String { try Json.parse(answer.resultJson).str("id") }

final class SandboxTests: XCTestCase {
    func testACardPaymentEndToEndTheDeviceEncryptsAndVerifiesTheServerSigns() throws {
        let umf = try SandboxRun(faults: [
            "get_payment:status=503,times=1",
            "create_refund:status=503,times=1",
            "send_payment_sms:expire_token,times=1",
            "get_exchange_rate:bad_signature,times=1",
        ])
        defer { umf.stop() }
        let device = try appClient(STRICT, base: umf.baseUrl)
        let server = try serverClient(STRICT, base: umf.baseUrl)
        let tokens = TokenManager(clientId: SANDBOX_CLIENT_ID, clientSecret: SANDBOX_CLIENT_SECRET, tokenUrl: server.tokenUrl())
        func nowMs() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }
        func fetchToken() throws -> AccessToken {
            let now = nowMs()
            let (ticket, request) = fetchOf(try tokens.poll(nowMs: now))!
            return try tokens.complete(ticket: ticket, response: try send(request), nowMs: now)
        }
        var token = try fetchToken()
        guard case .use = try tokens.poll(nowMs: nowMs()) else { return XCTFail("expected Use") }
        /// The server prepares and sends; the device reads the bytes it relays.
        func call(_ op: String, _ params: String) throws -> ApiResponse {
            let answer = try send(try server.prepare(operationId: op, paramsJson: params, token: token))
            let parsed = try device.parse(operationId: op, response: answer)
            XCTAssertEqual(parsed.verification.status, .verified, op)
            return parsed
        }

        let created = try call("create_payment", sandboxCardPayment("SW-ORDER-0001", notifyUrl: umf.endpoint.url))
        XCTAssertEqual(try stateOf(created), "WAIT_BUYER_PAY")
        let id = try idOf(created)
        XCTAssertTrue(id.hasPrefix("PAY_"), id)

        // The customer types the card into the app; only markers leave the device.
        let encryptor = device.cardEncryptor()
        func payer(_ op: String, _ extra: [(String, String)] = []) throws -> String {
            try encryptor.encryptFields(operationId: op, payloadJson: cardPayerParams(id, extra: extra)).payloadJson
        }
        let relayed = try payer("send_payment_sms")
        XCTAssertFalse(relayed.contains(CARD_NUMBER_PLAIN))
        // The token expires under the first try: drop it, take a new one, and send the same
        // signed bytes again with the new Authorization (the signature covers the body only).
        let sms = try server.prepare(operationId: "send_payment_sms", paramsJson: relayed, token: token)
        let rejected = try send(sms)
        XCTAssertTrue(isTokenRejection(response: rejected))
        let expired = expectError("Api", "api_error") { try device.parse(operationId: "send_payment_sms", response: rejected) }
        if case .Api(_, _, _, _, _, let returnClass, _)? = expired { XCTAssertEqual(returnClass, "token_expired") }
        XCTAssertTrue(tokens.invalidate(generation: token.generation()))
        token = try fetchToken()
        let resent = try sms.withHeader(name: "Authorization", value: try server.authorization(token: token))
        XCTAssertEqual(resent.body(), sms.body())
        XCTAssertEqual(resent.header(name: "Signature"), sms.header(name: "Signature"))
        XCTAssertEqual(try device.parse(operationId: "send_payment_sms", response: try send(resent)).verification.status, .verified)
        let code = try umf.admin("sms/\(id)").str("code")
        let executed = try call("execute_payment", try payer("execute_payment", [("verify_code", code)]))
        XCTAssertEqual(try stateOf(executed), "TRADE_SUCCESS")

        // UMF notifies the server; the app verifies the relayed notification itself.
        guard let (signature, body) = umf.endpoint.notification(about: id) else { return XCTFail("no notification about \(id)") }
        let note = try device.verifyNotification(signature: signature, rawBody: body)
        XCTAssertEqual(note.kind, .payment)
        XCTAssertEqual(note.id, id)
        XCTAssertEqual(note.state, "TRADE_SUCCESS")
        expectError("Signature", "signature_invalid") { try device.verifyNotification(signature: signature, rawBody: body.appending(0x20)) }
        let deliveries = try umf.admin("notifications")
        XCTAssertTrue(deliveries.text.contains(id), "the sandbox recorded the delivery")

        // The first read answers 503: a read may be sent again, and then it succeeds.
        let busy = expectError("Api", "api_error") { try call("get_payment", #"{"payment_id":"\#(id)"}"#) }
        if case .Api(_, _, let status, _, _, _, _)? = busy { XCTAssertEqual(status, 503) }
        XCTAssertTrue(busy?.isRetryable() ?? false)
        XCTAssertEqual(try stateOf(try call("get_payment", #"{"payment_id":"\#(id)"}"#)), "TRADE_SUCCESS")

        // The first refund answers 503: a state-changing POST is never retried blindly. The
        // server looks first; no refund was made, so sending it again is safe.
        let refund = refundParams(id, "SW-REFUND-1", "30.00", notifyUrl: umf.endpoint.url, order: "SW-ORDER-0001")
        let lost = expectError("Api", "api_error") { try call("create_refund", refund) }
        XCTAssertFalse(lost?.isRetryable() ?? true)
        // The sandbox signs the payment only: the refunds beside it arrive uncovered.
        let before = try call("get_payment_with_refunds", #"{"payment_id":"\#(id)"}"#)
        XCTAssertNotNil(try Json.parse(before.uncoveredJson)["refund"], "refunds uncovered")
        XCTAssertFalse(before.uncoveredJson.contains("SW-REFUND-1"), "no refund was made")
        XCTAssertEqual(try stateOf(try call("create_refund", refund)), "REFUND_SUCCESS")

        // A repeated order id: the identical request is the same payment again (a safe retry);
        // different contents are refused; once paid, it is refused as paid.
        let order2 = sandboxCardPayment("SW-ORDER-0002", notifyUrl: "https://shop.example/umf/notify")
        let first = try idOf(try call("create_payment", order2))
        XCTAssertEqual(try idOf(try call("create_payment", order2)), first)
        let different = expectError("Api", "api_error") { try call("create_payment", order2.replacingOccurrences(of: "100.00", with: "90.00")) }
        if case .Api(_, _, _, let retCode, _, let returnClass, let retryable)? = different {
            XCTAssertEqual(retCode, "00202022")
            // Other contents under the same order id: a conflict, not a done duplicate.
            XCTAssertEqual(returnClass, "conflict")
            XCTAssertFalse(retryable)
        }
        let paid = expectError("Api", "api_error") { try call("create_payment", order2.replacingOccurrences(of: "SW-ORDER-0002", with: "SW-ORDER-0001")) }
        if case .Api(_, _, _, let retCode, _, let returnClass, _)? = paid {
            XCTAssertEqual(retCode, "00060780")
            XCTAssertEqual(returnClass, "duplicate")
        }

        // A forged answer (the sandbox's bad_signature fault) never reaches the app as data.
        let rates = #"{"currency":"USD"}"#
        expectError("Signature", "signature_invalid") {
            try device.parse(operationId: "get_exchange_rate", response: try send(try server.prepare(operationId: "get_exchange_rate", paramsJson: rates, token: token)))
        }
        let again = try device.parse(operationId: "get_exchange_rate", response: try send(try server.prepare(operationId: "get_exchange_rate", paramsJson: rates, token: token)))
        XCTAssertEqual(again.verification.status, .verified)
    }
}

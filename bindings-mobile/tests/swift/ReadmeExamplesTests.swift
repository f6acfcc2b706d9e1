// The README's Swift examples (bindings-mobile/README.md), extracted by generate-mobile.sh into
// ReadmeExamples.swift: compiled with the suite, and run here with real inputs.
import Foundation
import UmfSdk
import XCTest

/// What the README's example throws when an answer is not verified.
struct Forged: Error {}

/// The README's merchant server: takes the app's payload, answers with what UMF answered.
protocol MerchantServer {
    func post(_ path: String, _ body: String) throws -> Data
}

/// Plays the merchant server and UMF: checks that only markers left the "device", and answers
/// with UMF's answer to send_payment_sms, signed as UMF signs (or forged).
private struct Relay: MerchantServer {
    let forged: Bool
    var received: (String) -> Void

    func post(_ path: String, _ body: String) throws -> Data {
        received(body)
        let envelope = try Json.parse(#"{"meta":{"ret_code":"0000","ret_msg":"successful"},"payment":{"id":"PAY_1","state":"WAIT_BUYER_PAY"}}"#)
        return try signedBody(try operation(operationId: "send_payment_sms"), envelope, tamper: forged).0.bytes
    }
}

final class ReadmeExamplesTests: XCTestCase {
    func testTheAppExampleRunsAsDocumented() throws {
        // A notification the server relays with UMF's Signature header (the shared vectors).
        let note = Vectors.manifest["notifications"]!["cases"]!.array!.first { $0.str("expect") == "verified" }!
        var relayed: [String] = []
        var seen = Set<String>()
        var shown: [PaymentState?] = []
        try readmeExample1(
            keyData: Vectors.key("umf_1024_cert.pem"), card: typedCard(), paymentId: "PAY_1", order: typedCreatePayment(),
            myServer: Relay(forged: false) { relayed.append($0) },
            signatureHeader: note.str("signature"), notificationBytes: note.str("body").bytes,
            seen: &seen, show: { shown.append($0) }
        )
        XCTAssertEqual(relayed.count, 1)
        XCTAssertFalse(relayed[0].contains(CARD_NUMBER_PLAIN), "only markers leave the device")
        XCTAssertTrue(relayed[0].contains("$encrypted"))
        XCTAssertEqual(seen, [note.str("idempotency_key")])
        XCTAssertEqual(shown, [note.strOrNil("state").map { PaymentState(rawValue: $0) ?? .unrecognized }])

        // The same notification again is not shown twice; a forged answer stops the example
        // where the README says it does.
        XCTAssertThrowsError(try readmeExample1(
            keyData: Vectors.key("umf_1024_cert.pem"), card: typedCard(), paymentId: "PAY_1", order: typedCreatePayment(),
            myServer: Relay(forged: true) { _ in }, signatureHeader: note.str("signature"),
            notificationBytes: note.str("body").bytes, seen: &seen, show: { shown.append($0) }
        )) { error in XCTAssertEqual((error as? UmfError)?.code(), "signature_invalid") }
        XCTAssertEqual(shown.count, 1)
    }
}

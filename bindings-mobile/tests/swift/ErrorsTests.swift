// Error mapping: one case of UmfError per family of the core, a stable code on each, and nothing
// that escapes as anything but a UmfError (no panic crosses the boundary).
import Foundation
import UmfSdk
import XCTest

/// A seeded generator (SplitMix64): the garbage is the same on every run and every machine.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

final class ErrorsTests: XCTestCase {
    func testUmfErrorHasACaseForEveryErrorFamilyOfTheCore() {
        // `UmfError.family` (Harness.swift) switches over every case without a default: a family
        // added or removed in the core fails to compile there. Here, each case by its name.
        let all: [UmfError] = [
            .Key(code: "k", detail: "", found: nil, wanted: nil, path: nil, parameter: nil, value: nil, max: nil), .Encryption(code: "e", detail: "", path: nil, len: nil, max: nil), .Signature(code: "s", detail: "", unverifiedRetCode: nil),
            .Response(code: "r", detail: "", path: nil), .Notification(code: "n", detail: ""), .Token(code: "t", detail: ""),
            .Api(code: "a", detail: "", httpStatus: 500, retCode: nil, retMsg: "", class: "retryable", retryable: true),
            .Request(code: "q", detail: "", problems: [], operation: nil, name: nil),
            .Transport(code: "x", detail: "", operation: "get_payment", sent: false, retryable: true, waitedMs: nil),
            .Crypto(code: "c", detail: ""), .Internal(code: "i", detail: ""),
        ]
        XCTAssertEqual(all.map(\.family), ["Key", "Encryption", "Signature", "Response", "Notification", "Token", "Api", "Request", "Transport", "Crypto", "Internal"])
        XCTAssertEqual(all.map { $0.code() }, ["k", "e", "s", "r", "n", "t", "a", "q", "x", "c", "i"])
        XCTAssertEqual(all.map { $0.isRetryable() }, [false, false, false, false, false, false, true, false, true, false, false])
    }

    func testEveryFamilyReachableFromTheApiArrivesAsItsCaseWithItsCode() throws {
        let umf = try CardEncryptor(umfPublicKey: Vectors.key("umf_1024_cert.pem"))
        var seen = Set<String>()
        func record(_ error: UmfError?) { if let error { seen.insert(error.family) } }

        record(expectError("Key", "key_wrong_kind") { try PublicKey(keyBytes: Vectors.key("merchant_1024_pkcs8.pem")) })
        record(expectError("Key", "key_passphrase_required") { try PrivateKey(keyBytes: Vectors.key("merchant_1024_pkcs8_encrypted.der")) })
        record(expectError("Encryption", "value_too_long") { try umf.encryptValue(value: String(repeating: "x", count: 200)) })
        record(expectError("Signature", "signature_malformed") { try umf.publicKey().verify(message: Data([1]), signature: "AAAA") })
        record(expectError("Response", "response_malformed") { try umf.verifyResponse(rawBody: "[1]".bytes) })
        record(expectError("Notification", "notification_malformed") { try umf.verifyNotification(signature: "AAAA", rawBody: Data()) })
        record(expectError("Request", "unknown_operation") { try umf.encryptFields(operationId: "nope", payloadJson: "{}") })
        let tokens = TokenManager(clientId: "c", clientSecret: "s", tokenUrl: "https://t.test/oauth/authorize")
        let (ticket, _) = fetchOf(try tokens.poll(nowMs: 0))!
        record(expectError("Api", "api_error") { try tokens.complete(ticket: ticket, response: response(500, ""), nowMs: 0) })
        record(expectError("Token", "token_unavailable") { try tokens.complete(ticket: ticket, response: response(200, ""), nowMs: 0) })
        let other = TokenManager(clientId: "c", clientSecret: "s", tokenUrl: "u")
        let (otherTicket, _) = fetchOf(try other.poll(nowMs: 0))!
        record(expectError("Response", "response_malformed") { try other.complete(ticket: otherTicket, response: response(70_000, ""), nowMs: 0) })
        // Crypto (the RSA primitive or the random source failing) and Internal cannot be provoked
        // from outside; their mapping is checked by the Rust tests of the binding.
        XCTAssertEqual(seen, ["Key", "Encryption", "Signature", "Response", "Notification", "Request", "Api", "Token"])
    }

    func testTheClientsRequestErrorsArriveAsRequestWithTheirCodes() throws {
        let app = try appClient()
        let server = try serverClient()
        let payload = fullCreatePayment(cardJson())
        let refused: [UmfError?] = [
            expectError("Request", "merchant_key_required") { try app.prepare(operationId: "create_payment", paramsJson: payload) },
            expectError("Request", "unknown_operation") { try server.prepare(operationId: "create_paymnet", paramsJson: payload) },
            expectError("Request", "unknown_operation") { try server.validate(operationId: "create_paymnet", paramsJson: payload) },
            expectError("Request", "invalid_request") { try server.prepare(operationId: "create_payment", paramsJson: String(payload.dropLast(2))) },
            expectError("Request", "invalid_request") { try server.prepare(operationId: "create_payment", paramsJson: "[\(payload)]") },
            expectError("Request", "invalid_request") {
                try server.prepare(operationId: "get_payment", paramsJson: #"{"payment_id":"PAY_1","card":"\#(CARD_NUMBER_PLAIN)"}"#)
            },
            expectError("Request", "invalid_request") {
                try server.prepare(operationId: "get_access_token", paramsJson: #"{"client_id":"c","client_secret":"s"}"#)
            },
            expectError("Request", "validation_failed") {
                try server.prepare(operationId: "create_payment", paramsJson: payload.replacingOccurrences(of: #""currency":"USD""#, with: #""currency":"usd!""#))
            },
        ]
        let errors = refused.compactMap { $0 }
        XCTAssertEqual(errors.count, refused.count)
        for error in errors { XCTAssertFalse(error.localizedDescription.contains(CARD_NUMBER_PLAIN), "\(error.code()) leaks the card number") }
        let problems = errors.map { error -> [ValidationProblem] in
            if case .Request(_, _, let problems, _, _) = error { return problems }
            return []
        }
        XCTAssertFalse(problems.last!.isEmpty)
        XCTAssertTrue(problems.dropLast().allSatisfy(\.isEmpty))
        XCTAssertTrue(errors.allSatisfy { !$0.isRetryable() })
    }

    func testTheMessageCarriesTheCodeTheDetailNamesTheFieldNeverTheValue() throws {
        let umf = try CardEncryptor(umfPublicKey: Vectors.key("umf_1024_cert.pem"))
        let secretValue = String(repeating: "4", count: 130)
        let error = expectError("Encryption", "value_too_long") {
            try umf.encryptFields(operationId: "create_payment", payloadJson: createPaymentPayload(card("cvv2", secretValue)))
        }
        guard case .Encryption(_, let detail, _, _, _)? = error else { return XCTFail("not Encryption") }
        XCTAssertTrue(error!.localizedDescription.contains("value_too_long"), error!.localizedDescription)
        XCTAssertTrue(detail.contains("payer.payer_info.bank_card.cvv2"), detail)
        for text in [error!.localizedDescription, String(describing: error!), String(reflecting: error!)] {
            XCTAssertFalse(text.contains(secretValue))
        }
        XCTAssertFalse(error!.isRetryable())
    }

    func testTheDescriptionOfKeysShowsSizeAndFingerprintNeverKeyMaterial() throws {
        let pem = Vectors.key("merchant_1024_pkcs8.pem")
        let key = try PrivateKey(keyBytes: pem)
        for text in [String(describing: key), String(reflecting: key), key.debugDescription] {
            XCTAssertTrue(text.contains(key.fingerprint()), text)
            let body = pem.text.split(separator: "\n").filter { !$0.hasPrefix("-----") && !$0.isEmpty }
            for line in body { XCTAssertFalse(text.contains(line.prefix(24)), "no key material in \(text)") }
        }
    }

    func testGarbageInOnlyUmfErrorComesOutNeverAPanic() throws {
        var random = SplitMix64(state: 7)
        let umf = try CardEncryptor(umfPublicKey: Vectors.key("umf_1024_cert.pem"))
        let server = try serverClient()
        let ids = ["create_payment", "get_payment", "query_card_bin", "unbind_bank_agreement", "download_settlement_file"]
        let payload = fullCreatePayment(cardJson())
        let answer = #"{"meta":{"ret_code":"0000","ret_msg":"ok"},"payment":{"id":"PAY_1","state":"TRADE_SUCCESS","order":{"amount":{"total":"1.00"}}}}"#
        let replacements = Array("\"{}[]:,0a-. \\é")
        // One character of a valid payload or answer changed: mostly JSON still, odd values.
        func mutate(_ valid: String) -> String {
            var chars = Array(valid)
            chars[Int.random(in: 0..<chars.count, using: &random)] = replacements.randomElement(using: &random)!
            return String(chars)
        }
        var refused = 0
        for round in 0..<300 {
            let bytes = Data((0..<Int.random(in: 0..<300, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) })
            let text = String(decoding: bytes, as: UTF8.self)
            let id = ids[round % ids.count]
            let status = Int32.random(in: -5..<700, using: &random)
            let calls: [() throws -> Void] = [
                { _ = try PublicKey(keyBytes: bytes) },
                { _ = try PrivateKey(keyBytes: bytes, passphrase: text) },
                { _ = try umf.verifyResponse(rawBody: bytes) },
                { _ = try umf.verifyNotification(signature: text, rawBody: bytes) },
                { _ = try umf.encryptFields(operationId: "create_payment", payloadJson: text, queryJson: text) },
                { _ = try server.prepare(operationId: id, paramsJson: text) },
                { _ = try server.validate(operationId: id, paramsJson: text) },
                { _ = try server.parse(operationId: id, response: HttpResponse(status: status, headers: [], body: bytes)) },
                { _ = try server.prepare(operationId: "create_payment", paramsJson: mutate(payload)) },
                { _ = try server.validate(operationId: "create_payment", paramsJson: mutate(payload)) },
                { _ = try server.parse(operationId: "get_payment", response: response(200, mutate(answer))) },
            ]
            for call in calls {
                do {
                    try call()
                } catch let error as UmfError {
                    XCTAssertFalse(error.code().isEmpty)
                    refused += 1
                } catch {
                    XCTFail("not a UmfError: \(error)")
                }
            }
        }
        XCTAssertGreaterThan(refused, 2_000, "garbage is refused, not accepted")
    }
}

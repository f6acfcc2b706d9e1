// The shared vectors (tests/vectors/manifest.json) and the forgery matrix
// (tests/vectors/forgery.json), read by every language's suite: keys in every format, bad keys,
// OpenSSL signatures, signed responses and notifications with their tampered twins. Assertions
// are on stable codes, never on messages.
import Foundation
import UmfSdk
import XCTest

func scopeOf(_ name: String) -> SignatureScope {
    switch name {
    case "auto": return .auto
    case "primary_result": return .primaryResult
    case "body_without_meta": return .bodyWithoutMeta
    case "body_without_sign": return .bodyWithoutSign
    default: fatalError("unknown scope \(name)")
    }
}

func policyOf(_ name: String?) -> VerifyPolicy {
    switch name {
    case nil, "if_present": return .ifPresent
    case "strict": return .strict
    case "off": return .off
    default: fatalError("unknown policy \(name!)")
    }
}

func statusName(_ status: VerificationStatus) -> String {
    switch status {
    case .verified: return "verified"
    case .unsigned: return "unsigned"
    case .notChecked: return "not_checked"
    }
}

func kindOf(_ name: String) -> NotificationKind {
    switch name {
    case "payment": return .payment
    case "refund": return .refund
    case "customs_declaration": return .customsDeclaration
    default: fatalError("unknown notification kind \(name)")
    }
}

/// The outcome of a verification as the vectors name it: the status, or the error's code.
func outcome(_ body: () throws -> String) -> String {
    do {
        return try body()
    } catch let error as UmfError {
        return error.code()
    } catch {
        return "unexpected \(error)"
    }
}

final class VectorsTests: XCTestCase {
    /// Runs `check` on every case of a signed section with an encryptor for the section's UMF
    /// key, after checking how many cases there are.
    private func eachSignedCase(_ section: String, count: Int, _ check: (CardEncryptor, Json, Data) throws -> Void) throws {
        let entry = Vectors.manifest[section]!
        let cases = entry["cases"]!.array!
        XCTAssertEqual(cases.count, count, "\(section) cases")
        let umf = try CardEncryptor(umfPublicKey: Vectors.key(entry.str("umf_public_key")))
        for item in cases { try check(umf, item, item.str("body").bytes) }
    }

    func testEveryVectorKeyLoadsWithItsSizeAndFingerprint() throws {
        let keys = Vectors.manifest["keys"]!.array!
        XCTAssertEqual(keys.count, 60)
        for entry in keys {
            let file = entry.str("file")
            let bits: Int32
            let fingerprint: String
            switch entry.str("kind") {
            case "rsa_private_key":
                let key = try PrivateKey(keyBytes: Vectors.key(file))
                (bits, fingerprint) = (key.bits(), key.fingerprint())
            case "encrypted_private_key":
                let key = try PrivateKey(keyBytes: Vectors.key(file), passphrase: Vectors.passphrase)
                (bits, fingerprint) = (key.bits(), key.fingerprint())
            default:
                let key = try PublicKey(keyBytes: Vectors.key(file))
                (bits, fingerprint) = (key.bits(), key.fingerprint())
            }
            XCTAssertEqual(Int(bits), entry["bits"]!.int, file)
            XCTAssertEqual(fingerprint, entry.str("fingerprint"), file)
        }
    }

    func testEveryBadKeyIsRefusedWithItsCode() {
        let bad = Vectors.manifest["bad_keys"]!.array!
        XCTAssertEqual(bad.count, 25) // 13 unusable files, 12 encrypted keys over a KDF cap
        for entry in bad {
            let bytes = Vectors.key(entry.str("file"))
            let error = expectError("Key", entry.str("error")) {
                if entry.str("wanted") == "private" {
                    _ = try PrivateKey(keyBytes: bytes, passphrase: entry.strOrNil("passphrase"))
                } else {
                    _ = try PublicKey(keyBytes: bytes)
                }
            }
            XCTAssertTrue(error?.localizedDescription.contains(entry.str("error")) ?? false, "the message names the code")
        }
    }

    func testTheDesktopLibraryDoesItsRsaInOpenSsl() {
        XCTAssertTrue(rsaBackend().hasPrefix("OpenSSL "), rsaBackend())
    }

    func testSignaturesMatchOpenSslsByteForByteAndVerify() throws {
        let signatures = Vectors.manifest["signatures"]!.array!
        XCTAssertEqual(signatures.count, 10)
        for entry in signatures {
            let body = Data(base64Encoded: entry.str("body_b64"))!
            let expected = entry.str("signature")
            let key = try PrivateKey(keyBytes: Vectors.key(entry.str("key")))
            XCTAssertEqual(try key.sign(message: body), expected, entry.str("name"))
            let publicKey = try PublicKey(keyBytes: Vectors.key(entry.str("public_key")))
            try publicKey.verify(message: body, signature: expected)
            expectError("Signature", "signature_invalid") {
                try publicKey.verify(message: body.appending(0x20), signature: expected)
            }
        }
    }

    func testSignedResponsesVerifyAndTamperedTwinsFailWithTheirCodes() throws {
        try eachSignedCase("responses", count: 27) { umf, item, body in
            let name = item.str("name")
            let options = VerifyOptions(policy: policyOf(item.strOrNil("policy")), scope: scopeOf(item.str("scope")))
            let resultKeys = item["result_keys"]!.array!.map { $0.string! }
            let expect = item.str("expect")
            switch expect {
            case "verified", "unsigned":
                let report = try umf.verifyResponse(rawBody: body, options: options, resultKeys: resultKeys)
                XCTAssertEqual(statusName(report.status), expect, name)
                // `auto` reports the reading that verified.
                let reported = expect == "verified" ? item.strOrNil("reported_scope") : nil
                XCTAssertEqual(report.scope, reported.map(scopeOf) ?? options.scope, name)
                XCTAssertEqual(!report.covered.isEmpty, expect == "verified", name)
            default:
                XCTAssertEqual(outcome { statusName(try umf.verifyResponse(rawBody: body, options: options, resultKeys: resultKeys).status) }, expect, name)
            }
        }
    }

    func testSignedNotificationsVerifyAndTamperedTwinsFailWithTheirCodes() throws {
        try eachSignedCase("notifications", count: 14) { umf, item, body in
            let name = item.str("name")
            let signature = item.str("signature")
            let expect = item.str("expect")
            if expect == "verified" {
                let note = try umf.verifyNotification(signature: signature, rawBody: body)
                XCTAssertEqual(note.kind, kindOf(item.str("kind")), name)
                XCTAssertEqual(note.id, item.str("id"), name)
                XCTAssertEqual(note.state, item.strOrNil("state"), name)
                XCTAssertEqual(note.idempotencyKey, item.str("idempotency_key"), name)
                XCTAssertEqual(try Json.parse(note.notificationJson).str("id"), item.str("id"), name)
            } else {
                XCTAssertEqual(outcome { _ = try umf.verifyNotification(signature: signature, rawBody: body); return "verified" }, expect, name)
            }
        }
    }

    func testAVerifiedResponseCanBeCheckedWithPolicyOffAndDefaultOptions() throws {
        let responses = Vectors.manifest["responses"]!
        let unsigned = responses["cases"]!.array!.first { $0.str("name") == "unsigned" }!
        let umf = try CardEncryptor(umfPublicKey: Vectors.key(responses.str("umf_public_key")))
        let body = unsigned.str("body").bytes
        XCTAssertEqual(try umf.verifyResponse(rawBody: body).status, .unsigned)
        let off = VerifyOptions(policy: .off, scope: .primaryResult)
        XCTAssertEqual(try umf.verifyResponse(rawBody: body, options: off).status, .notChecked)
    }
}

final class ForgeryTests: XCTestCase {
    private let matrix = try! Json.parse(Repo.read("tests/vectors/forgery.json"))

    private func encryptor() throws -> CardEncryptor {
        try CardEncryptor(umfPublicKey: Vectors.key(matrix.str("umf_public_key")))
    }

    func testEveryTamperedResponseIsRefusedWithItsCode() throws {
        let umf = try encryptor()
        for item in matrix["responses"]!.array! {
            let options = VerifyOptions(policy: policyOf(item.strOrNil("policy")), scope: scopeOf(item.str("scope")))
            let resultKeys = item["result_keys"]!.array!.map { $0.string! }
            let got = outcome {
                statusName(try umf.verifyResponse(rawBody: item.str("body").bytes, options: options, resultKeys: resultKeys).status)
            }
            XCTAssertEqual(got, item.str("expect"), "\(item.str("name")) (\(item.str("tamper")))")
        }
    }

    func testEveryTamperedNotificationIsRefusedWithItsCode() throws {
        let umf = try encryptor()
        for item in matrix["notifications"]!.array! {
            let got = outcome {
                _ = try umf.verifyNotification(signature: item.str("signature"), rawBody: item.str("body").bytes)
                return "verified"
            }
            XCTAssertEqual(got, item.str("expect"), "\(item.str("name")) (\(item.str("tamper")))")
        }
    }

    func testScopeConfusionNeverReachesTheResult() throws {
        let answers = matrix["answers"]!.array!
        for item in answers {
            let name = item.str("name")
            let options = ClientOptions(verify: VerifyOptions(policy: policyOf(item.strOrNil("policy")), scope: scopeOf(item.str("scope"))))
            let client = try appClient(options)
            let response = HttpResponse(status: 200, headers: [], body: item.str("body").bytes)
            let answer: ApiResponse
            do {
                answer = try client.parse(operationId: item.str("op"), response: response)
            } catch let error as UmfError {
                XCTAssertEqual(error.code(), item.str("expect"), name)
                continue
            }
            XCTAssertEqual(item.str("expect"), "verified", name)
            XCTAssertEqual(answer.verification.status, .verified, name)
            let names = { (key: String) in item[key]!.array!.map { $0.string! }.sorted() }
            XCTAssertEqual(answer.verification.covered.sorted(), names("covered"), "\(name) covered")
            XCTAssertEqual(answer.verification.uncovered.sorted(), names("uncovered"), "\(name) uncovered")
            for absent in names("absent") { XCTAssertFalse(answer.resultJson.contains(absent), "\(name): \(absent)") }
            for present in names("present") { XCTAssertTrue(answer.resultJson.contains(present), "\(name): \(present)") }
        }
        XCTAssertTrue(answers.count >= 13, "scope-confusion answers")
        print("forgery matrix (Swift): \(answers.count) scope-confusion answers read through Client.parse")
    }

    func testTheForgeryMatrixIsWhole() {
        let responses = matrix["responses"]!.array!
        let notifications = matrix["notifications"]!.array!
        let cases = responses + notifications
        let refused = cases.filter { !["verified", "unsigned"].contains($0.str("expect")) }.count
        XCTAssertTrue(responses.count >= 54 && notifications.count >= 28, "matrix size")
        XCTAssertTrue(refused >= 70, "refused cases")
        print("forgery matrix (Swift): \(cases.count) cases, \(refused) refused by code, \(cases.count - refused) untampered accepted")
    }
}

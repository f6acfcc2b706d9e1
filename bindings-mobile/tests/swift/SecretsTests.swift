// Secret hygiene (SECURITY.md, "Read secrets from logs or error messages"): every object of the
// Swift binding that can hold a secret is built from KNOWN secret values, and every string the
// binding can produce about it is scanned for them.
//
// Two kinds of surface:
// * printed: `String(describing:)` (`description`, string interpolation, `print`),
//   `String(reflecting:)` (`debugDescription`, `debugPrint`), and for errors also
//   `localizedDescription` and `errorDescription`. None may hold any secret, ever.
// * returned: what the binding's accessors give back (the methods of each object, listed below,
//   and the fields of records, enums and errors, walked with Mirror). A secret may come back
//   only where the API exists to carry it: the token from AccessToken.secret() and in the
//   Authorization header's value, the client secret in the token request's body, and the phone,
//   which UMF's API sends in plaintext. Card number, CVV, ID number, passphrases and key
//   material never come back.
import Foundation
import UmfSdk
import XCTest

// The known secrets. Distinctive, so that a hit is never a coincidence.
private let TOKEN = "tok-KNOWN-4f7c2a9e1b3d5068e0a1"
private let CLIENT_SECRET = "cs-KNOWN-9b1e7d3c5a2f40868d2c"
private let CARD_NUMBER = "6222020000000000000"
private let ID_NUMBER = "110101199003070011"
private let PHONE = "13912345678"
private let CVV = "737"
private let WRONG_PASSPHRASE = "not-the-passphrase-KNOWN-3c9d"

/// The merchant key every secret-bearing object here is built from.
private let KEY = "merchant_1024_pkcs8"

/// What may come back from an accessor: the secrets the API exists to carry there.
private let RETURNED_MAY_CARRY: [String: Set<String>] = [
    "AccessToken.secret": ["token"],
    "HttpHeader.value": ["token"],
    "HttpRequest.body": ["client secret", "phone"],
    "UnsignedRequest.bytesToSign": ["phone"],
    "EncryptedPayload.payloadJson": ["phone"],
    "ApiResponse.resultJson": ["phone"],
    "VerifiedNotification.notificationJson": ["phone"],
]

/// The accessors of the generated objects (Swift has no reflection over methods): every method
/// without arguments that returns something.
private func accessors(of value: Any) -> [(String, () -> Any?)] {
    switch value {
    case let key as PublicKey:
        return [("bits", key.bits), ("fingerprint", key.fingerprint), ("maxPlaintextBytes", key.maxPlaintextBytes), ("toSpkiDer", { try? key.toSpkiDer() })]
    case let key as PrivateKey:
        return [("bits", key.bits), ("fingerprint", key.fingerprint), ("publicKey", key.publicKey)]
    case let client as Client:
        return [("baseUrl", client.baseUrl), ("tokenUrl", client.tokenUrl), ("hasMerchantKey", client.hasMerchantKey),
                ("umfPublicKey", client.umfPublicKey), ("cardEncryptor", client.cardEncryptor)]
    case let encryptor as CardEncryptor:
        return [("publicKey", encryptor.publicKey)]
    case let tokens as TokenManager:
        return [("clientId", tokens.clientId), ("tokenRequest", tokens.tokenRequest), ("isRefreshing", tokens.isRefreshing)]
    case let token as AccessToken:
        return [("secret", token.secret), ("expiresAtMs", token.expiresAtMs), ("generation", token.generation)]
    case let request as HttpRequest:
        return [("method", request.method), ("url", request.url), ("headers", request.headers), ("body", request.body)]
    case let unsigned as UnsignedRequest:
        return [("request", unsigned.request), ("signatureRequired", unsigned.signatureRequired), ("bytesToSign", unsigned.bytesToSign),
                ("encrypted", unsigned.encrypted), ("passedThrough", unsigned.passedThrough)]
    default:
        return []
    }
}

/// `Optional<T>` seen as `Any`, unwrapped (Mirror hands fields out boxed).
private func unwrap(_ value: Any) -> Any? {
    let mirror = Mirror(reflecting: value)
    guard mirror.displayStyle == .optional else { return value }
    return mirror.children.first?.value
}

/// Big-endian bytes as decimal digits.
private func decimal(_ bytes: [UInt8]) -> String {
    var number = bytes.drop { $0 == 0 }.map { UInt32($0) }
    var digits: [Character] = []
    while !number.isEmpty {
        var remainder: UInt32 = 0
        var next: [UInt32] = []
        for byte in number {
            let value = remainder * 256 + byte
            let quotient = value / 10
            remainder = value % 10
            if !next.isEmpty || quotient != 0 { next.append(quotient) }
        }
        digits.append(Character(String(remainder)))
        number = next
    }
    return String(digits.reversed())
}

/// Every rendering of the secrets that must not be printed, and the scan over surfaces.
final class SecretScan {
    private let plain: [(String, [String])] = [
        ("token", [TOKEN]),
        ("client secret", [CLIENT_SECRET]),
        ("passphrase", [Vectors.passphrase, WRONG_PASSPHRASE]),
        ("card number", [CARD_NUMBER]),
        ("ID number", [ID_NUMBER]),
        ("phone", [PHONE]),
    ]
    private static let window = 16

    /// Runs of the private key: its PEM body, its DER as base64 at each of the three byte
    /// alignments (so any run of the key's bytes, PKCS#1 inside PKCS#8 included), as hex, and its
    /// private numbers (from `openssl pkey -text`) in decimal and hex. Every window of 16.
    private var keyRuns = Set<Substring>()

    private(set) var leaks: [String] = []
    private(set) var printedSurfaces = 0
    private(set) var returnedSurfaces = 0

    init() throws {
        let der = [UInt8](Vectors.key("\(KEY).der"))
        var renderings = [pemBody(Vectors.key("\(KEY).pem")), pemBody(Vectors.key("\(KEY)_encrypted.pem"))]
        for offset in 0...2 { renderings.append(Data(der[offset...]).base64EncodedString()) }
        let hex = der.map { String(format: "%02x", $0) }.joined()
        renderings += [hex, hex.uppercased()]
        let text = try run(["openssl", "pkey", "-noout", "-text", "-in", Repo.file("tests/vectors/keys/\(KEY).pem").path]).output.text
        var numbers: [String: String] = [:]
        var current: String?
        for line in text.split(separator: "\n") {
            if !line.hasPrefix(" ") {
                current = line.hasSuffix(":") ? String(line.dropLast()) : nil
                if current != nil { numbers[current!] = "" }
            } else if let name = current {
                numbers[name]! += line.filter { $0.isHexDigit }
            }
        }
        let secretNumbers = ["privateExponent", "prime1", "prime2", "exponent1", "exponent2", "coefficient"]
        precondition(secretNumbers.allSatisfy { (numbers[$0]?.count ?? 0) > 32 }, "openssl pkey -text: \(numbers.keys)")
        for name in secretNumbers {
            var digits = numbers[name]!
            while digits.hasPrefix("00") { digits.removeFirst(2) }
            var bytes: [UInt8] = []
            var index = digits.startIndex
            while index < digits.endIndex {
                let next = digits.index(index, offsetBy: 2)
                bytes.append(UInt8(digits[index..<next], radix: 16)!)
                index = next
            }
            let lower = digits.lowercased().drop { $0 == "0" }
            renderings += [decimal(bytes), String(lower), lower.uppercased()]
        }
        for rendering in renderings where rendering.count >= Self.window {
            let chars = Array(rendering)
            for i in 0...(chars.count - Self.window) { keyRuns.insert(Substring(String(chars[i..<i + Self.window]))) }
        }
    }

    private func pemBody(_ pem: Data) -> String {
        pem.text.split(separator: "\n").filter { !$0.hasPrefix("-----") && !$0.contains(":") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined()
    }

    private func secretsIn(_ text: String) -> Set<String> {
        var found = Set(plain.filter { $0.1.contains { text.contains($0) } }.map(\.0))
        // A CVV is three digits: a hit only where it stands alone, not inside a longer number or
        // a base64 run (ciphertexts are random, so an unbounded match would be a flaky test).
        if text.range(of: "(?<![0-9A-Za-z+/])\(CVV)(?![0-9A-Za-z+/=])", options: .regularExpression) != nil { found.insert("CVV") }
        let chars = Array(text)
        if chars.count >= Self.window,
           (0...(chars.count - Self.window)).contains(where: { keyRuns.contains(Substring(String(chars[$0..<$0 + Self.window]))) }) {
            found.insert("private key material")
        }
        return found
    }

    /// A printing surface: holds no secret at all.
    func printed(_ place: String, _ text: String?) {
        guard let text else { return }
        printedSurfaces += 1
        for secret in secretsIn(text) { leaks.append("\(place) prints the \(secret): \(text.prefix(300))") }
    }

    /// An accessor's value: holds only what `RETURNED_MAY_CARRY` allows for that accessor.
    func returned(_ place: String, _ accessor: String, _ text: String) {
        returnedSurfaces += 1
        for secret in secretsIn(text).subtracting(RETURNED_MAY_CARRY[accessor] ?? []) {
            leaks.append("\(place) returns the \(secret): \(text.prefix(300))")
        }
    }

    /// Everything the binding shows of `value`: its printed forms, then every accessor of the
    /// generated API, recursively (objects, records, lists, enums' payloads, errors' fields).
    func inspect(_ place: String, _ value: Any?, accessor: String = "", depth: Int = 0) {
        guard let value = value.flatMap(unwrap) else { return }
        switch value {
        case is Bool, is Int32, is Int64, is Int, is UInt8: return
        case let text as String: return returned(place, accessor, text)
        case let data as Data: return returned(place, accessor, data.text)
        case let list as [Any]:
            printed("\(place) description", String(describing: list))
            for (i, item) in list.enumerated() { inspect("\(place)[\(i)]", item, accessor: accessor, depth: depth) }
            return
        default: break
        }
        printed("\(place) description", String(describing: value))
        printed("\(place) debugDescription", String(reflecting: value))
        if let error = value as? Error {
            printed("\(place).localizedDescription", error.localizedDescription)
            printed("\(place).errorDescription", (error as? LocalizedError)?.errorDescription)
        }
        guard depth <= 4 else { return }
        let typeName = String(describing: type(of: value))
        for (name, get) in accessors(of: value) {
            inspect("\(place).\(name)()", get(), accessor: "\(typeName).\(name)", depth: depth + 1)
        }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle != .class else { return }  // an object's fields are its handle
        for child in mirror.children {
            let label = child.label ?? "?"
            // An enum case's payload is a tuple: its fields are the case's.
            let field = Mirror(reflecting: child.value).displayStyle == .tuple && mirror.displayStyle == .enum
            inspect("\(place).\(label)", child.value, accessor: field ? accessor : "\(typeName).\(label)", depth: depth + 1)
        }
    }

    /// Runs `body`, which must throw a `UmfError` with `code`, and inspects what it throws; a
    /// different outcome is recorded as a leak too, so that one run reports every case.
    func raising(_ code: String, _ what: String, _ body: () throws -> Any?) {
        do {
            _ = try body()
            leaks.append("\(what): expected \(code), nothing was thrown")
        } catch let error as UmfError {
            if error.code() != code { leaks.append("\(what): expected \(code), got \(error.code())") }
            inspect("[\(code): \(what)]", error)
        } catch {
            leaks.append("\(what): not a UmfError: \(error)")
        }
    }

    func assertClean(file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(leaks.isEmpty, "\(leaks.count) leaks:\n" + leaks.joined(separator: "\n"), file: file, line: line)
    }
}

/// A create_payment carrying every known card and identity secret in plaintext.
private func secretPayment(number: String = CARD_NUMBER, cvv: String = CVV, idType: String = "IDENTITY_CARD") -> String {
    fullCreatePayment(Json.strings([
        ("number", number), ("valid_date", "1226"), ("cvv2", cvv), ("payer_name", "ZHANG SAN"),
        ("citizen_id_type", idType), ("citizen_id_number", ID_NUMBER), ("phone", PHONE),
    ]).text).replacingOccurrences(of: "13800000000", with: PHONE)
}

/// The request body's bank card, as UMF echoes it back in its answers and notifications.
private func echoedCard(_ body: Data) throws -> Json { try Json.parse(body)["payer"]!["payer_info"]!["bank_card"]! }

/// Signs like UMF does (its test key, tests/vectors/keys): the notification's `Signature`.
private func umfSigned(_ body: String) throws -> (String, Data) {
    (try PrivateKey(keyBytes: Vectors.key("umf_1024_pkcs8.pem")).sign(message: body.bytes), body.bytes)
}

final class SecretsTests: XCTestCase {
    private let pem = Vectors.key("\(KEY).pem")
    private let der = Vectors.key("\(KEY).der")
    private let encryptedPem = Vectors.key("\(KEY)_encrypted.pem")

    func testKeysClientsTokensRequestsAnswersAndNotificationsPrintNone() throws {
        let scan = try SecretScan()
        let umf = try PublicKey(keyBytes: Vectors.key("umf_1024_cert.pem"))
        let merchant = try PrivateKey(keyBytes: pem)
        let protected = try PrivateKey(keyBytes: encryptedPem, passphrase: Vectors.passphrase)
        let protectedDer = try PrivateKey(keyBytes: Vectors.key("\(KEY)_encrypted.der"), passphrase: Vectors.passphrase)
        XCTAssertEqual(protected.fingerprint(), merchant.fingerprint())
        let server = Client.withMerchantKey(baseUrl: BASE, umfPublicKey: umf, merchantKey: protected)
        let app = Client(baseUrl: BASE, umfPublicKey: umf, options: ClientOptions(acceptLanguage: "en"))

        let tokens = TokenManager(clientId: "client-1", clientSecret: CLIENT_SECRET, tokenUrl: server.tokenUrl())
        let fetch = try tokens.poll(nowMs: 0)
        let (ticket, tokenRequest) = fetchOf(fetch)!
        XCTAssertTrue(tokenRequest.body().text.contains(CLIENT_SECRET), "the token request carries the secret")
        scan.inspect("TokenAction.fetch", fetch)
        let token = try tokens.complete(ticket: ticket, response: response(200, #"{"access_token":"\#(TOKEN)","expires_in":3600}"#), nowMs: 0)
        XCTAssertEqual(token.secret(), TOKEN)
        let use = try tokens.poll(nowMs: 1)
        let fromParts = AccessToken.fromParts(value: TOKEN, expiresAtMs: Int64.max)
        XCTAssertEqual(try server.authorization(token: token), "Bearer \(TOKEN)")
        scan.returned("Client.authorization(token)", "HttpHeader.value", try server.authorization(token: token))

        let payload = secretPayment()
        let request = try server.prepare(operationId: "create_payment", paramsJson: payload, token: token)
        XCTAssertEqual(request.header(name: "Authorization"), "Bearer \(TOKEN)")
        let resent = try request.withHeader(name: "Authorization", value: try server.authorization(token: fromParts))
        let unsigned = try server.prepareUnsigned(operationId: "create_payment", paramsJson: payload, token: token)
        let encryptor = app.cardEncryptor()
        let fromDevice = try encryptor.encryptFields(operationId: "create_payment", payloadJson: payload)
        let appUnsigned = try app.prepareUnsigned(operationId: "create_payment", paramsJson: fromDevice.payloadJson, token: fromParts)
        let cardBin = try server.prepare(operationId: "query_card_bin", paramsJson: #"{"card":"\#(CARD_NUMBER)"}"#, token: token)
        let warnings = try server.validate(operationId: "create_payment",
                                           paramsJson: secretPayment().replacingOccurrences(of: #","receiver_name":"ZHANG SAN""#, with: ""))
        XCTAssertFalse(warnings.isEmpty)

        // UMF's answer and notification echo the payer's card (encrypted) and phone (plain).
        let echoed = try echoedCard(request.body())
        let answerBody = Json.object([
            ("meta", Json.strings([("ret_code", "0000"), ("ret_msg", "successful transaction")])),
            ("payment", .object([("id", .string("PAY_SECRET1")), ("state", .string("WAIT_BUYER_PAY")),
                                 ("payer", .object([("payer_info", .object([("bank_card", echoed)]))])),
                                 ("order", .object([("amount", Json.strings([("total", "1.00"), ("currency", "USD")]))]))])),
        ]).text
        let answer = try server.parse(operationId: "create_payment",
                                      response: response(200, answerBody, headers: [HttpHeader(name: "Content-Type", value: "application/json")]))
        XCTAssertTrue(answer.resultJson.contains(PHONE), "the echoed phone is data the app may read")
        let (signature, noteBody) = try umfSigned(answerBody.replacingOccurrences(of: "WAIT_BUYER_PAY", with: "TRADE_SUCCESS"))
        let note = try app.verifyNotification(signature: signature, rawBody: noteBody)
        let noteOnDevice = try encryptor.verifyNotification(signature: signature, rawBody: noteBody)

        let objects: [(String, Any?)] = [
            ("PublicKey", umf), ("PrivateKey(pem)", merchant), ("PrivateKey(encrypted pem, passphrase)", protected),
            ("PrivateKey(encrypted der, passphrase)", protectedDer), ("PrivateKey.publicKey()", merchant.publicKey()),
            ("Client.withMerchantKey", server), ("Client", app), ("TokenManager", tokens), ("TokenManager.tokenRequest()", tokens.tokenRequest()),
            ("AccessToken(complete)", token), ("AccessToken.fromParts", fromParts), ("TokenAction.use", use),
            ("TokenManager.install", tokens.install(value: TOKEN, expiresAtMs: Int64.max)), ("TokenManager.current", tokens.current(nowMs: 2)),
            ("HttpRequest(create_payment)", request), ("HttpRequest.withHeader", resent), ("HttpRequest(query_card_bin)", cardBin),
            ("UnsignedRequest(server)", unsigned), ("UnsignedRequest(app)", appUnsigned), ("UnsignedRequest.signWith", try unsigned.signWith(key: merchant)),
            ("CardEncryptor", encryptor), ("EncryptedPayload", fromDevice), ("ValidationProblem(warnings)", warnings),
            ("ApiResponse", answer), ("VerifiedNotification(Client)", note), ("VerifiedNotification(CardEncryptor)", noteOnDevice),
        ]
        for (name, value) in objects { scan.inspect(name, value) }
        scan.assertClean()
        XCTAssertGreaterThan(scan.printedSurfaces, 100)
        XCTAssertGreaterThan(scan.returnedSurfaces, 100)
        print("secrets: \(objects.count + 1) objects, \(scan.printedSurfaces) printed and \(scan.returnedSurfaces) returned surfaces clean")
    }

    func testTheScanFindsWhatItLooksFor() throws {
        let scan = try SecretScan()
        let pemLines = pem.text.split(separator: "\n").filter { !$0.hasPrefix("-----") }
        let derHex = der.map { String(format: "%02X", $0) }.joined()
        scan.printed("a token", "Bearer \(TOKEN)")
        scan.printed("a CVV alone", "cvv2=\(CVV);")
        scan.printed("a CVV inside a number", "1\(CVV)4 and +\(CVV)=")
        scan.printed("a run of the PEM", "…" + pemLines[5].dropFirst(7).prefix(17) + "…")
        scan.printed("a run of the DER in hex", String(derHex.dropFirst(300).prefix(16)))
        scan.returned("the token where it belongs", "AccessToken.secret", TOKEN)
        scan.returned("the token elsewhere", "HttpRequest.url", "https://x.test/?t=\(TOKEN)")
        scan.printed("the passphrase", "passphrase \(Vectors.passphrase)")
        let found = scan.leaks.map { $0.components(separatedBy: ":")[0] }
        XCTAssertEqual(found, [
            "a token prints the token", "a CVV alone prints the CVV", "a run of the PEM prints the private key material",
            "a run of the DER in hex prints the private key material", "the token elsewhere returns the token",
            "the passphrase prints the passphrase",
        ])
    }

    func testTheRequestCarriesCardCvvAndIdOnlyEncryptedAndTheTokenOnlyInAuthorization() throws {
        let server = Client.withMerchantKey(
            baseUrl: BASE, umfPublicKey: try PublicKey(keyBytes: Vectors.key("umf_1024_cert.pem")), merchantKey: try PrivateKey(keyBytes: pem))
        let token = AccessToken.fromParts(value: TOKEN, expiresAtMs: Int64.max)
        let request = try server.prepare(operationId: "create_payment", paramsJson: secretPayment(), token: token)
        let body = request.body().text
        for secret in [CARD_NUMBER, ID_NUMBER, TOKEN, CLIENT_SECRET] { XCTAssertFalse(body.contains(secret), "body holds \(secret)") }
        let wireCard = try echoedCard(request.body())
        for field in ["number", "cvv2", "citizen_id_number", "valid_date", "payer_name"] {
            XCTAssertEqual(wireCard.str(field).count, 172, "\(field) is a 1024-bit RSA ciphertext in base64")
        }
        XCTAssertEqual(wireCard.str("phone"), PHONE, "the phone is not a sensitive field of UMF's API")
        XCTAssertEqual(request.headers().filter { $0.value.contains(TOKEN) }.map(\.value), ["Bearer \(TOKEN)"])
        XCTAssertFalse(request.url().contains(TOKEN))
    }

    func testEveryErrorRaisedFromSecretBearingInputsPrintsNoneOfThem() throws {
        let scan = try SecretScan()
        let umf = try PublicKey(keyBytes: Vectors.key("umf_1024_cert.pem"))
        let merchant = try PrivateKey(keyBytes: pem)
        let server = Client.withMerchantKey(baseUrl: BASE, umfPublicKey: umf, merchantKey: merchant)
        let app = Client(baseUrl: BASE, umfPublicKey: umf)
        let encryptor = app.cardEncryptor()
        let token = AccessToken.fromParts(value: TOKEN, expiresAtMs: Int64.max)
        let payload = secretPayment()
        let body = pem.text.split(separator: "\n").filter { !$0.isEmpty && !$0.hasPrefix("-----") }.joined(separator: "\n")
        func armoured(_ begin: String, _ inside: String, _ end: String = "-----END PRIVATE KEY-----") -> Data { "\(begin)\n\(inside)\n\(end)\n".bytes }

        // Keys: wrong or missing passphrase, the wrong kind, damaged files, secrets where a key belongs.
        scan.raising("key_passphrase_incorrect", "wrong passphrase") { try PrivateKey(keyBytes: self.encryptedPem, passphrase: WRONG_PASSPHRASE) }
        scan.raising("key_passphrase_incorrect", "wrong passphrase, DER") {
            try PrivateKey(keyBytes: Vectors.key("\(KEY)_encrypted.der"), passphrase: WRONG_PASSPHRASE)
        }
        scan.raising("key_passphrase_required", "no passphrase") { try PrivateKey(keyBytes: self.encryptedPem) }
        scan.raising("key_wrong_kind", "private key as public, PEM") { try PublicKey(keyBytes: self.pem) }
        scan.raising("key_wrong_kind", "private key as public, DER") { try PublicKey(keyBytes: self.der) }
        scan.raising("key_invalid", "truncated PEM") { try PrivateKey(keyBytes: self.pem.prefix(400)) }
        scan.raising("key_invalid", "truncated DER") { try PrivateKey(keyBytes: self.der.prefix(300)) }
        scan.raising("key_invalid", "secrets inside the armour") {
            try PrivateKey(keyBytes: armoured("-----BEGIN PRIVATE KEY-----", "\(CLIENT_SECRET) \(CARD_NUMBER) \(TOKEN)"))
        }
        scan.raising("key_invalid", "the BEGIN line not closed") { try PrivateKey(keyBytes: armoured("-----BEGIN PRIVATE KEY", body)) }
        scan.raising("key_invalid", "a secret as the label") { try PrivateKey(keyBytes: armoured("-----BEGIN \(CLIENT_SECRET)-----", body)) }
        scan.raising("key_wrong_kind", "a secret as the label of a whole block") {
            try PrivateKey(keyBytes: armoured("-----BEGIN \(CLIENT_SECRET)-----", body, "-----END \(CLIENT_SECRET)-----"))
        }
        scan.raising("key_wrong_kind", "a secret as the label, as a public key") {
            try PublicKey(keyBytes: armoured("-----BEGIN \(CLIENT_SECRET)-----", body, "-----END \(CLIENT_SECRET)-----"))
        }
        scan.raising("key_invalid", "a mismatched END line") {
            try PrivateKey(keyBytes: armoured("-----BEGIN PRIVATE KEY-----", body, "-----END \(TOKEN)-----"))
        }
        scan.raising("key_invalid", "secrets as a private key") {
            try PrivateKey(keyBytes: "\(CLIENT_SECRET) \(TOKEN) \(CARD_NUMBER)".bytes, passphrase: Vectors.passphrase)
        }
        scan.raising("key_invalid", "secrets as a public key") { try PublicKey(keyBytes: "\(CLIENT_SECRET) \(TOKEN) \(CARD_NUMBER)".bytes) }
        scan.raising("key_invalid", "base64 of secrets as a key") {
            try PrivateKey(keyBytes: "\(CLIENT_SECRET) \(TOKEN) \(CARD_NUMBER)".bytes.base64EncodedData())
        }

        // Sensitive fields: too long for one RSA block, on the device and on the server.
        let tooLong = CARD_NUMBER + String(repeating: "0", count: 120)
        scan.raising("value_too_long", "encryptValue") { try encryptor.encryptValue(value: tooLong) }
        scan.raising("value_too_long", "PublicKey.encryptToBase64") { try umf.encryptToBase64(value: tooLong) }
        scan.raising("value_too_long", "encryptFields") {
            try encryptor.encryptFields(operationId: "create_payment", payloadJson: secretPayment(number: tooLong))
        }
        scan.raising("validation_failed", "prepare: over-long card number") {
            try server.prepare(operationId: "create_payment", paramsJson: secretPayment(number: tooLong), token: token)
        }

        // Requests: bad JSON around the card number, validation, the app's client, unknown ids.
        scan.raising("invalid_request", "truncated JSON") { try server.prepare(operationId: "create_payment", paramsJson: String(payload.dropLast(3)), token: token) }
        scan.raising("invalid_request", "card number where a key belongs") {
            try server.prepare(operationId: "create_payment", paramsJson: #"{"\#(CARD_NUMBER)" \#(ID_NUMBER)}"#, token: token)
        }
        scan.raising("invalid_request", "JSON array") { try server.validate(operationId: "create_payment", paramsJson: "[\(payload)]") }
        scan.raising("invalid_request", "device: truncated JSON") { try encryptor.encryptFields(operationId: "create_payment", payloadJson: String(payload.dropLast(1))) }
        scan.raising("invalid_request", "device: bad query JSON") {
            try encryptor.encryptFields(operationId: "query_card_bin", payloadJson: "{}", queryJson: #"{"card":"\#(CARD_NUMBER)""#)
        }
        scan.raising("invalid_request", "card as a query parameter it is not") {
            try server.prepare(operationId: "get_payment", paramsJson: #"{"payment_id":"PAY_1","card":"\#(CARD_NUMBER)"}"#)
        }
        scan.raising("validation_failed", "card number as a path value") {
            try server.prepare(operationId: "get_payment", paramsJson: #"{"payment_id":"\#(CARD_NUMBER)/self_account_balance"}"#)
        }
        scan.raising("validation_failed", "bad currency") {
            try server.prepare(operationId: "create_payment", paramsJson: payload.replacingOccurrences(of: #""currency":"USD""#, with: #""currency":"usd!""#), token: token)
        }
        scan.raising("validation_failed", "ID number in the ID type") {
            try server.prepare(operationId: "create_payment", paramsJson: secretPayment(idType: ID_NUMBER), token: token)
        }
        scan.raising("validation_failed", "card number as an array") {
            try server.prepare(operationId: "create_payment", paramsJson: payload.replacingOccurrences(of: "\"\(CARD_NUMBER)\"", with: "[\"\(CARD_NUMBER)\"]"), token: token)
        }
        scan.raising("validation_failed", "phone as an object") {
            try server.prepare(operationId: "create_payment",
                               paramsJson: payload.replacingOccurrences(of: "\"phone\":\"\(PHONE)\"", with: "\"phone\":{\"n\":\"\(PHONE)\"}"), token: token)
        }
        scan.raising("merchant_key_required", "the app signs nothing") { try app.prepare(operationId: "create_payment", paramsJson: payload, token: token) }
        scan.raising("unknown_operation", "device") { try encryptor.encryptFields(operationId: "create_paymnet", payloadJson: payload) }
        scan.raising("unknown_operation", "server") { try server.prepare(operationId: "create_paymnet", paramsJson: payload, token: token) }

        // Signatures: the token or the client secret where a signature belongs.
        let unsigned = try server.prepareUnsigned(operationId: "create_payment", paramsJson: payload, token: token)
        let merchantPublic = merchant.publicKey()
        scan.raising("signature_invalid", "a signature over other bytes") {
            try unsigned.attachSignature(signature: try merchant.sign(message: CARD_NUMBER.bytes), checkWith: merchantPublic)
        }
        scan.raising("signature_malformed", "the token as a signature") { try unsigned.attachSignature(signature: TOKEN, checkWith: merchantPublic) }
        scan.raising("signature_malformed", "the secret as a signature") { try umf.verify(message: CARD_NUMBER.bytes, signature: CLIENT_SECRET) }

        // Tokens: answers that carry the token but are not usable.
        let tokens = TokenManager(clientId: "client-1", clientSecret: CLIENT_SECRET, tokenUrl: server.tokenUrl())
        func completeWith(_ status: Int32, _ reply: String, _ now: Int64) throws -> AccessToken {
            let (ticket, _) = fetchOf(try tokens.poll(nowMs: now))!
            return try tokens.complete(ticket: ticket, response: response(status, reply), nowMs: now)
        }
        scan.raising("token_response_invalid", "no expiry") { try completeWith(200, #"{"access_token":"\#(TOKEN)"}"#, 0) }
        scan.raising("token_response_invalid", "form-encoded") { try completeWith(200, "access_token=\(TOKEN)&expires_in=3600", 10_000) }
        scan.raising("token_response_invalid", "the token as the expiry") { try completeWith(200, #"{"access_token":"\#(TOKEN)","expires_in":"\#(TOKEN)"}"#, 20_000) }
        scan.raising("token_response_invalid", "the token as a number") { try completeWith(200, #"{"access_token":["\#(TOKEN)"],"expires_in":3600}"#, 30_000) }
        scan.raising("api_error", "the client is refused") {
            try completeWith(401, #"{"meta":{"ret_code":"00060711","ret_msg":"Merchant has not registered."}}"#, 40_000)
        }
        let (ticket, _) = fetchOf(try tokens.poll(nowMs: 50_000))!
        _ = try tokens.complete(ticket: ticket, response: response(200, #"{"access_token":"\#(TOKEN)","expires_in":3600}"#), nowMs: 50_000)
        scan.raising("token_unavailable", "a ticket used twice") {
            try tokens.complete(ticket: ticket, response: response(200, #"{"access_token":"\#(TOKEN)","expires_in":3600}"#), nowMs: 50_001)
        }

        // Answers and notifications that echo the secrets (as a broken peer might) and are refused.
        let echo = #"{"meta":{"ret_code":"0000","ret_msg":"ok"},"payment":{"id":"PAY_1","payer":{"payer_info":{"bank_card":"#
            + #"{"number":"\#(CARD_NUMBER)","citizen_id_number":"\#(ID_NUMBER)","phone":"\#(PHONE)","cvv2":"\#(CVV)"}}},"#
            + #""order":{"amount":{"total":"1.00","currency":"USD"}}}}"#
        scan.raising("response_malformed", "truncated answer") { try server.parse(operationId: "create_payment", response: response(200, String(echo.dropLast(4)))) }
        scan.raising("response_malformed", "duplicate member") {
            try server.parse(operationId: "create_payment", response: response(200, echo.replacingOccurrences(of: #""id":"PAY_1""#, with: #""id":"PAY_1","id":"\#(CARD_NUMBER)""#)))
        }
        scan.raising("response_malformed", "a trailing document") {
            try server.parse(operationId: "create_payment", response: response(200, "\(echo) {\"card\":\"\(CARD_NUMBER)\"}"))
        }
        scan.raising("response_malformed", "meta of the wrong type") {
            try server.parse(operationId: "create_payment",
                             response: response(200, echo.replacingOccurrences(of: #"{"ret_code":"0000","ret_msg":"ok"}"#, with: "[\"\(CARD_NUMBER)\"]")))
        }
        scan.raising("response_malformed", "a status that is none") { try server.parse(operationId: "create_payment", response: response(70_000, echo)) }
        let otherSignature = try umfSigned(CARD_NUMBER).0
        scan.raising("signature_invalid", "a meta.sign over other bytes") {
            try server.parse(operationId: "create_payment",
                             response: response(200, echo.replacingOccurrences(of: #""ret_msg":"ok""#, with: #""ret_msg":"ok","sign":"\#(otherSignature)""#)))
        }
        scan.raising("api_error", "UMF refuses the request") {
            try server.parse(operationId: "create_payment", response: response(400, #"{"meta":{"ret_code":"00060700","ret_msg":"Data validation failure"}}"#))
        }
        let (signature, note) = try umfSigned(echo)
        scan.raising("signature_invalid", "notification, changed by one byte") { try app.verifyNotification(signature: signature, rawBody: note.appending(0x20)) }
        scan.raising("signature_malformed", "notification, the secret as its signature") { try encryptor.verifyNotification(signature: CLIENT_SECRET, rawBody: note) }
        for (what, text) in [
            ("no object", #"{"meta":{"ret_code":"0000"},"card":"\#(CARD_NUMBER)"}"#),
            ("payment of the wrong type", #"{"meta":{"ret_code":"0000"},"payment":["\#(CARD_NUMBER)","\#(ID_NUMBER)"]}"#),
            ("id of the wrong type", #"{"meta":{"ret_code":"0000"},"payment":{"id":{"card":"\#(CARD_NUMBER)"},"state":"TRADE_SUCCESS"}}"#),
            ("state of the wrong type", #"{"meta":{"ret_code":"0000"},"payment":{"id":"PAY_1","state":{"card":"\#(CARD_NUMBER)"}}}"#),
            ("not JSON", "payment=\(CARD_NUMBER)&id=\(ID_NUMBER)"),
        ] {
            let (s, b) = try umfSigned(text)
            scan.raising("notification_malformed", what) { try app.verifyNotification(signature: s, rawBody: b) }
        }

        scan.assertClean()
        XCTAssertGreaterThan(scan.printedSurfaces, 200)
        print("secrets: \(scan.printedSurfaces) printed and \(scan.returnedSurfaces) returned surfaces of errors clean")
    }

    func testTheCallerMayWipeItsKeyBytesAtOnceTheBindingKeepsItsOwnCopy() throws {
        var bytes = pem
        var passphraseProtected = encryptedPem
        let key = try PrivateKey(keyBytes: bytes)
        let protected = try PrivateKey(keyBytes: passphraseProtected, passphrase: Vectors.passphrase)
        bytes.resetBytes(in: 0..<bytes.count)
        passphraseProtected.resetBytes(in: 0..<passphraseProtected.count)
        let message = CARD_NUMBER.bytes
        let publicKey = try PublicKey(keyBytes: Vectors.key("merchant_1024_spki.pem"))
        try publicKey.verify(message: message, signature: try key.sign(message: message))
        try publicKey.verify(message: message, signature: try protected.sign(message: message))
        // The binding reads the caller's bytes and never writes to them: the wiping is the caller's.
        let kept = pem
        _ = try PrivateKey(keyBytes: kept)
        XCTAssertEqual(kept, pem, "the caller's key bytes were changed")
    }
}

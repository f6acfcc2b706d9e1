// Device-side encryption: what the app encrypts, OpenSSL decrypts with UMF's private key.
import Foundation
import UmfSdk
import XCTest

final class EncryptionTests: XCTestCase {
    private let umfKey = Vectors.key("umf_1024_cert.pem")

    func testCardFieldsOfCreatePaymentBecomeMarkersThatOpenSslDecrypts() throws {
        let umf = try CardEncryptor(umfPublicKey: umfKey)
        let out = try umf.encryptFields(operationId: "create_payment", payloadJson: createPaymentPayload())
        let paths = Set(CARD.map { "payer.payer_info.bank_card.\($0.0)" } + ["payer.payer_info.name"])
        XCTAssertEqual(Set(out.encrypted), paths)
        XCTAssertTrue(out.passedThrough.isEmpty)
        let payer = try Json.parse(out.payloadJson)["payer"]!["payer_info"]!
        XCTAssertEqual(try OpenSsl.decrypt(marker(payer["name"])!), "张三")
        let bankCard = payer["bank_card"]!
        for (field, plaintext) in CARD {
            XCTAssertEqual(try OpenSsl.decrypt(marker(bankCard[field])!), plaintext, field)
        }
        XCTAssertEqual(bankCard.strOrNil("phone"), "13800000000", "the phone is not a sensitive field")
        XCTAssertFalse(out.payloadJson.contains(CARD_NUMBER_PLAIN), "no plaintext left")
        // Member order and number text survive the trip through the core.
        let text = out.payloadJson
        XCTAssertLessThan(text.range(of: "\"payer\"")!.lowerBound, text.range(of: "\"order\"")!.lowerBound)
        XCTAssertTrue(text.contains("\"rate\":7.12340"), text)
    }

    func testMarkersPassThroughASecondTimeUnchangedNeverEncryptedTwice() throws {
        let umf = try CardEncryptor(umfPublicKey: umfKey)
        let once = try umf.encryptFields(operationId: "create_payment", payloadJson: createPaymentPayload())
        let twice = try umf.encryptFields(operationId: "create_payment", payloadJson: once.payloadJson)
        XCTAssertEqual(twice.payloadJson, once.payloadJson)
        XCTAssertTrue(twice.encrypted.isEmpty)
        XCTAssertEqual(twice.passedThrough.sorted(), once.encrypted.sorted())
    }

    func testAQueryParameterIsEncrypted() throws {
        let umf = try CardEncryptor(umfPublicKey: umfKey)
        let out = try umf.encryptFields(operationId: "query_card_bin", payloadJson: "{}", queryJson: #"{"card":"6222020000000000000"}"#)
        XCTAssertEqual(out.encrypted, ["query:card"])
        XCTAssertEqual(try OpenSsl.decrypt(marker(try Json.parse(out.queryJson!)["card"])!), CARD_NUMBER_PLAIN)
    }

    func testEmptyValuesAreLeftAlone() throws {
        let umf = try CardEncryptor(umfPublicKey: umfKey)
        let out = try umf.encryptFields(operationId: "create_payment", payloadJson: createPaymentPayload(card("cvv2", "")))
        XCTAssertFalse(out.encrypted.contains("payer.payer_info.bank_card.cvv2"))
        XCTAssertTrue(out.payloadJson.contains("\"cvv2\":\"\""))
    }

    func testEncryptValueAndEncryptToBase64DecryptWithOpenSsl() throws {
        let umf = try CardEncryptor(umfPublicKey: umfKey)
        XCTAssertEqual(try OpenSsl.decrypt(try umf.encryptValue(value: CARD_NUMBER_PLAIN)), CARD_NUMBER_PLAIN)
        let longest = String(repeating: "x", count: 117)
        XCTAssertEqual(try OpenSsl.decrypt(try umf.encryptValue(value: longest)), longest)
        let key = umf.publicKey()
        XCTAssertEqual(key.maxPlaintextBytes(), 117)
        XCTAssertEqual(try OpenSsl.decrypt(try key.encryptToBase64(value: "123")), "123")
    }

    func testAValueOverOneRsaBlockIsValueTooLongNamingThePathNotTheValue() throws {
        let umf = try CardEncryptor(umfPublicKey: umfKey)
        let bare = expectError("Encryption", "value_too_long") { try umf.encryptValue(value: String(repeating: "x", count: 118)) }
        if case .Encryption(_, _, let path, _, _)? = bare { XCTAssertNil(path) }
        let long = String(repeating: "9", count: 118)
        let error = expectError("Encryption", "value_too_long") {
            try umf.encryptFields(operationId: "create_payment", payloadJson: createPaymentPayload(card("number", long)))
        }
        guard case .Encryption(_, _, let path, _, _)? = error else { return XCTFail("not Encryption") }
        XCTAssertEqual(path, "payer.payer_info.bank_card.number")
        XCTAssertFalse(error!.localizedDescription.contains(long))
    }

    func testCiphertextAsABareStringABadMarkerAndANumberAreRefused() throws {
        let umf = try CardEncryptor(umfPublicKey: umfKey)
        let ciphertext = try umf.encryptValue(value: CARD_NUMBER_PLAIN)
        expectError("Encryption", "sensitive_value_looks_encrypted") {
            try umf.encryptFields(operationId: "create_payment", payloadJson: createPaymentPayload(card("number", ciphertext)))
        }
        let badMarker = createPaymentPayload().replacingOccurrences(
            of: #""cvv2":"123""#, with: #""cvv2":{"$encrypted":"bm90IGEgY2lwaGVydGV4dA=="}"#)
        expectError("Encryption", "invalid_ciphertext") { try umf.encryptFields(operationId: "create_payment", payloadJson: badMarker) }
        let number = createPaymentPayload().replacingOccurrences(of: #""cvv2":"123""#, with: #""cvv2":123"#)
        expectError("Encryption", "invalid_sensitive_value") { try umf.encryptFields(operationId: "create_payment", payloadJson: number) }
    }

    func testAnUnknownOperationOrUnreadableJsonIsRefusedWithoutEchoingThePayload() throws {
        let umf = try CardEncryptor(umfPublicKey: umfKey)
        expectError("Request", "unknown_operation") {
            try umf.encryptFields(operationId: "create_paymnet", payloadJson: createPaymentPayload())
        }
        let broken = String(createPaymentPayload().dropLast(3))
        let error = expectError("Request", "invalid_request") { try umf.encryptFields(operationId: "create_payment", payloadJson: broken) }
        XCTAssertFalse(error?.localizedDescription.contains(CARD_NUMBER_PLAIN) ?? true)
        expectError("Request", "invalid_request") {
            try umf.encryptFields(operationId: "query_card_bin", payloadJson: "{}", queryJson: #"["6222020000000000000"]"#)
        }
    }

    func testAnOperationThatSendsNoSensitiveFieldLeavesThePayloadAsItWas() throws {
        let umf = try CardEncryptor(umfPublicKey: umfKey)
        let refund = #"{"refund_info":{"mer_reference_id":"R-1","amount":{"total":"1.00","currency":"USD"}}}"#
        let out = try umf.encryptFields(operationId: "create_refund", payloadJson: refund)
        XCTAssertEqual(out.payloadJson, refund)
        XCTAssertTrue(out.encrypted.isEmpty && out.passedThrough.isEmpty)
    }

    func testTheEncryptedFieldTableIsTheCores() {
        // Derived from the body models (API.md's 35 paths an operation sends, and 9 more).
        XCTAssertEqual(encryptedFields().count, 44)
        let createPayment = encryptedFieldsFor(operationId: "create_payment")
        XCTAssertEqual(createPayment.count, 13)
        XCTAssertTrue(createPayment.contains { $0.path == "payer.payer_info.bank_card.number" })
        XCTAssertTrue(encryptedFieldsFor(operationId: "no_such_operation").isEmpty)
    }

    func testAnEncryptorBuiltFromALoadedKeyUsesThatKey() throws {
        let key = try PublicKey(keyBytes: umfKey)
        let umf = CardEncryptor.fromPublicKey(umfPublicKey: key)
        XCTAssertEqual(umf.publicKey().fingerprint(), key.fingerprint())
        XCTAssertEqual(try OpenSsl.decrypt(try umf.encryptValue(value: "42")), "42")
    }

    func testWhatTheMerchantKeySignsItsPublicKeyAndOpenSslVerify() throws {
        let merchant = try PrivateKey(keyBytes: Vectors.key("merchant_1024_pkcs8_encrypted.pem"), passphrase: Vectors.passphrase)
        let body = #"{"mer_reference_id":"ORDER-1"}"#.bytes
        let signature = try merchant.sign(message: body)
        try merchant.publicKey().verify(message: body, signature: signature)
        XCTAssertEqual(merchant.publicKey().fingerprint(), merchant.fingerprint())
        try PublicKey(keyBytes: try merchant.publicKey().toSpkiDer()).verify(message: body, signature: signature)
        let spki = Repo.file("tests/vectors/keys/merchant_1024_spki.pem").path
        XCTAssertTrue(try OpenSsl.verifies(publicKey: spki, body, signature))
        XCTAssertFalse(try OpenSsl.verifies(publicKey: spki, body.appending(0x20), signature))
    }
}

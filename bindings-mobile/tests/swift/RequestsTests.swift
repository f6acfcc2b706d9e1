// Building requests with the Client: the app's client (UMF public key only) and the merchant
// server's (with the merchant key), the operation table, validation, and a full create_payment
// whose card fields were encrypted on the "device" and whose signature OpenSSL checks.
import Foundation
import UmfSdk
import XCTest

final class RequestsTests: XCTestCase {
    private let merchantSpki = Repo.file("tests/vectors/keys/merchant_1024_spki.pem").path
    private let token = AccessToken.fromParts(value: "T0KEN-VALUE-1234", expiresAtMs: Int64.max)
    private let cardPaths = Set(CARD.map { "payer.payer_info.bank_card.\($0.0)" } + ["payer.payer_info.name"])

    func testTheOperationTableIsTheCores() throws {
        let all = operations()
        XCTAssertEqual(all.count, 54)
        XCTAssertEqual(Set(all.map(\.id)).count, all.count, "unique ids")
        let create = try operation(operationId: "create_payment")
        XCTAssertEqual(create.method, "POST")
        XCTAssertEqual(create.path, "/payments/payment")
        XCTAssertTrue(create.signed)
        XCTAssertEqual(create.bodyModel, "CreatePaymentRequest")
        XCTAssertEqual(create.resultShape, "payment")
        XCTAssertEqual(create.resultKeys.first, "payment")
        XCTAssertEqual(create.area, .payments)
        XCTAssertEqual(create.retry, .unsafe)
        XCTAssertEqual(create.encryptedPaths.count, 13)
        let get = try operation(operationId: "get_payment")
        XCTAssertEqual(get.pathParams, ["payment_id"])
        XCTAssertEqual(get.retry, .safe)
        XCTAssertFalse(get.signed)
        let bin = try operation(operationId: "query_card_bin")
        XCTAssertEqual(bin.queryParams.map(\.name), ["card"])
        XCTAssertEqual(bin.encryptedPaths, ["query:card"])
        XCTAssertEqual(try operation(operationId: "download_settlement_file").responseKind, "csv")
        XCTAssertEqual(try operation(operationId: "download_reconciliation_statement_file_legacy").stability, .legacy)
        // Every POST is signed, every GET is not (the token call is neither).
        for op in all where op.id != "get_access_token" { XCTAssertEqual(op.signed, op.method == "POST", op.id) }
        expectError("Request", "unknown_operation") { try operation(operationId: "create_paymnet") }
    }

    func testThePresetsAreTheDocumentedHosts() {
        XCTAssertEqual(UmfEnvironment.sandbox.baseUrl(), BASE)
        XCTAssertEqual(UmfEnvironment.production.baseUrl(), "https://fx.soopay.net/cberest/v1")
    }

    func testTheAppsClientHoldsNoMerchantKey() throws {
        let app = try appClient()
        XCTAssertFalse(app.hasMerchantKey())
        XCTAssertEqual(app.tokenUrl(), "\(BASE)/oauth/authorize")
        let payload = fullCreatePayment(cardJson())
        let error = expectError("Request", "merchant_key_required") {
            try app.prepare(operationId: "create_payment", paramsJson: payload, token: token)
        }
        XCTAssertFalse(error?.localizedDescription.contains(CARD_NUMBER_PLAIN) ?? true)
        // An unsigned GET builds: the URL with its escaped path parameter, the token, no body.
        let get = try app.prepare(operationId: "get_payment", paramsJson: #"{"payment_id":"PAY_A/B"}"#, token: token)
        XCTAssertEqual(get.method(), "GET")
        XCTAssertEqual(get.url(), "\(BASE)/payments/payment/PAY_A%2FB")
        XCTAssertEqual(get.header(name: "authorization"), "Bearer T0KEN-VALUE-1234")
        XCTAssertNil(get.header(name: "Signature"))
        XCTAssertEqual(get.body().count, 0)
        XCTAssertFalse(String(describing: get).contains("T0KEN"), "description redacts the token")
    }

    func testAFullCreatePaymentEncryptedOnTheDeviceSignedOnTheServerCheckedByOpenSsl() throws {
        // The device: the UMF public key only. The card fields become markers.
        let device = try appClient().cardEncryptor()
        let relayed = try device.encryptFields(operationId: "create_payment", payloadJson: fullCreatePayment(cardJson()))
        XCTAssertEqual(Set(relayed.encrypted), cardPaths)
        XCTAssertFalse(relayed.payloadJson.contains(CARD_NUMBER_PLAIN))
        // The server: its client passes the markers through into the signed request.
        let server = try serverClient()
        XCTAssertTrue(server.hasMerchantKey())
        XCTAssertTrue(try server.validate(operationId: "create_payment", paramsJson: relayed.payloadJson).isEmpty)
        let unsigned = try server.prepareUnsigned(operationId: "create_payment", paramsJson: relayed.payloadJson, token: token)
        XCTAssertTrue(unsigned.encrypted().isEmpty, "nothing is encrypted a second time")
        XCTAssertEqual(Set(unsigned.passedThrough()), cardPaths)
        let request = try server.prepare(operationId: "create_payment", paramsJson: relayed.payloadJson, token: token)
        XCTAssertEqual(request.method(), "POST")
        XCTAssertEqual(request.url(), "\(BASE)/payments/payment")
        XCTAssertEqual(request.header(name: "Content-Type"), "application/json")
        XCTAssertEqual(request.header(name: "Authorization"), "Bearer T0KEN-VALUE-1234")
        let body = request.body()
        XCTAssertEqual(body, unsigned.bytesToSign(), "the body is serialised once")
        let signature = request.header(name: "Signature")!
        XCTAssertTrue(try OpenSsl.verifies(publicKey: merchantSpki, body, signature), "openssl dgst -sha256 -verify")
        XCTAssertFalse(try OpenSsl.verifies(publicKey: merchantSpki, body.appending(0x20), signature), "and only over these bytes")

        let sent = try Json.parse(body)
        let payerInfo = sent["payer"]!["payer_info"]!
        let wireCard = payerInfo["bank_card"]!
        let fromDevice = try Json.parse(relayed.payloadJson)["payer"]!["payer_info"]!["bank_card"]!
        for (field, plaintext) in CARD {
            let wire = wireCard.str(field)
            XCTAssertEqual(wire, marker(fromDevice[field]), "\(field) went out as the device encrypted it")
            XCTAssertEqual(try OpenSsl.decrypt(wire), plaintext, field)
        }
        XCTAssertEqual(try OpenSsl.decrypt(payerInfo.str("name")), "张三")
        XCTAssertEqual(wireCard.strOrNil("phone"), "13800000000", "the phone is not a sensitive field")
        XCTAssertFalse(body.text.contains(CARD_NUMBER_PLAIN))
        XCTAssertEqual(sent["order"]!["amount"]!.strOrNil("total"), "100.00", "amounts stay decimal text")
    }

    func testTheServersPlaintextCardFieldsAreEncryptedOnceAndDecryptWithOpenSsl() throws {
        let unsigned = try serverClient().prepareUnsigned(operationId: "create_payment", paramsJson: fullCreatePayment(cardJson()))
        XCTAssertEqual(Set(unsigned.encrypted()), cardPaths)
        let wireCard = try Json.parse(unsigned.bytesToSign())["payer"]!["payer_info"]!["bank_card"]!
        for (field, plaintext) in CARD { XCTAssertEqual(try OpenSsl.decrypt(wireCard.str(field)), plaintext, field) }
    }

    func testPrepareUnsignedAndAttachSignatureTheServerSignsTheBytes() throws {
        let payload = try CardEncryptor(umfPublicKey: Vectors.key("umf_1024_cert.pem"))
            .encryptFields(operationId: "create_payment", payloadJson: fullCreatePayment(cardJson())).payloadJson
        let app = try appClient()
        let unsigned = try app.prepareUnsigned(operationId: "create_payment", paramsJson: payload, token: token)
        XCTAssertTrue(unsigned.signatureRequired())
        XCTAssertNil(unsigned.request().header(name: "Signature"))
        // The merchant server signs exactly these bytes (and OpenSSL agrees with the core).
        let bytes = unsigned.bytesToSign()
        let merchant = try PrivateKey(keyBytes: Vectors.key("merchant_1024_pkcs8.pem"))
        let signature = try merchant.sign(message: bytes)
        XCTAssertTrue(try OpenSsl.verifies(publicKey: merchantSpki, bytes, signature))
        let merchantPublic = try PublicKey(keyBytes: Vectors.key("merchant_1024_spki.pem"))
        let request = try unsigned.attachSignature(signature: signature, checkWith: merchantPublic)
        XCTAssertEqual(request.header(name: "Signature"), signature)
        XCTAssertEqual(request.body(), bytes)
        // A signature over other bytes is caught before it reaches UMF.
        let wrong = try merchant.sign(message: bytes.appending(1))
        expectError("Signature", "signature_invalid") { try unsigned.attachSignature(signature: wrong, checkWith: merchantPublic) }
        // The same request as the server's own prepare: PKCS#1 v1.5 signatures are deterministic.
        let direct = try serverClient().prepare(operationId: "create_payment", paramsJson: payload, token: token)
        XCTAssertEqual(direct.header(name: "Signature"), signature)
        XCTAssertEqual(direct.body(), bytes)
        XCTAssertEqual(try unsigned.signWith(key: merchant).header(name: "Signature"), signature)
    }

    func testValidateReportsEveryProblemWarningsDoNotStopPrepare() throws {
        let server = try serverClient()
        // Physical goods without the receiver's details: a documented rule the documents' own
        // examples break, so a warning.
        let noReceiver = fullCreatePayment(cardJson(), receiver: false)
        let warnings = try server.validate(operationId: "create_payment", paramsJson: noReceiver)
        XCTAssertTrue(!warnings.isEmpty && warnings.allSatisfy { $0.severity == .warning }, "\(warnings)")
        _ = try server.prepare(operationId: "create_payment", paramsJson: noReceiver)

        let broken = fullCreatePayment(cardJson())
            .replacingOccurrences(of: #""total":"100.00","currency":"USD"},"order_summary""#,
                                  with: #""total":"100.001","currency":"USD"},"order_summary""#)
            .replacingOccurrences(of: #""mer_date":"20260301""#, with: #""mer_date":"2026-03-01""#)
        let problems = try server.validate(operationId: "create_payment", paramsJson: broken).filter { $0.severity == .error }
        let paths = Set(problems.map(\.path))
        XCTAssertTrue(paths.contains("order.amount.total") && paths.contains("order.mer_date"), "\(problems)")
        let error = expectError("Request", "validation_failed") { try server.prepare(operationId: "create_payment", paramsJson: broken) }
        guard case .Request(_, _, let reported, _, _)? = error else { return XCTFail("not Request") }
        XCTAssertEqual(reported, problems, "prepare reports what validate finds")
        XCTAssertTrue(reported.allSatisfy { !$0.rule.isEmpty && $0.severity == .error })
    }

    func testPathQueryAndConfirmationParametersComeFromTheOneParameterObject() throws {
        let server = try serverClient()
        XCTAssertEqual(
            try server.prepare(operationId: "list_transactions", paramsJson: #"{"mer_date":"20260301","page_number":"2"}"#).url(),
            "\(BASE)/payments/transactions?mer_date=20260301&page_number=2")
        // A card number in the query is encrypted (query_card_bin) and URL-encoded.
        let bin = try server.prepare(operationId: "query_card_bin", paramsJson: #"{"card":"6222020000000000000"}"#).url()
        let encoded = String(bin[bin.range(of: "card=")!.upperBound...])
        XCTAssertEqual(try OpenSsl.decrypt(encoded.removingPercentEncoding!), CARD_NUMBER_PLAIN)
        let unbind = #"{"external_customer_id":"C1","payer_agreements":[{"usr_busi_agreement_id":"U1","usr_pay_agreement_id":"P1"}]}"#
        let error = expectError("Request", "validation_failed") { try server.prepare(operationId: "unbind_bank_agreement", paramsJson: unbind) }
        guard case .Request(_, _, let problems, _, _)? = error else { return XCTFail("not Request") }
        XCTAssertTrue(problems.contains { $0.rule == "confirmation_required" }, "\(problems)")
        let confirmed = try server.prepare(
            operationId: "unbind_bank_agreement",
            paramsJson: unbind.replacingOccurrences(of: #"{"external"#, with: #"{"$confirm":true,"external"#))
        XCTAssertFalse(confirmed.body().text.contains("confirm"), "the confirmation is not sent")
        expectError("Request", "invalid_request") {
            try server.prepare(operationId: "get_payment", paramsJson: #"{"payment_id":"self_account_balance"}"#)
        }
    }

    func testClientOptionsBearerSpellingAcceptLanguageSignedGets() throws {
        let options = ClientOptions(signGetRequests: true, authorization: .bearerNoSpace, acceptLanguage: "zh")
        let client = try serverClient(options)
        XCTAssertEqual(try client.authorization(token: token), "BearerT0KEN-VALUE-1234")
        let get = try client.prepare(operationId: "get_payment", paramsJson: #"{"payment_id":"PAY_1"}"#, token: token)
        XCTAssertEqual(get.header(name: "Accept-Language"), "zh")
        XCTAssertEqual(get.header(name: "Authorization"), "BearerT0KEN-VALUE-1234")
        XCTAssertTrue(try OpenSsl.verifies(publicKey: merchantSpki, Data(), get.header(name: "Signature")!))
    }
}

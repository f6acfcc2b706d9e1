// The typed records of UmfTypes.swift (generated from the core's schema): a record writes the
// same parameter object as its JSON, every documented answer reads into its operation's reply,
// required members are non-optional and a missing one is an error naming its path, and
// `description` keeps card and ID numbers, names and phones out.
import Foundation
import XCTest
import UmfSdk

func typedCard() -> BankCard {
    BankCard(number: "6222020000000000000", validDate: "1226", cvv2: "123", payerName: "ZHANG SAN",
             phone: "13800000000", citizenIdNumber: "110101199003071234")
}

func typedCreatePayment() -> CreatePaymentRequest {
    let amount = Amount(total: "100.00", currency: "USD")
    return CreatePaymentRequest(
        payer: Payer(paymentMethod: .creditCard, payerInfo: PayerInfo(name: "张三", bankCard: typedCard()),
                     interfaceType: .serverToServer, businessType: .b2c),
        order: Order(amount: amount, merReferenceId: "KT-ORDER-0001", merDate: "20260301", orderSummary: "green tea",
                     subOrders: [SubOrder(merSubReferenceId: "KT-ORDER-0001-S1", amount: amount, transCode: "01122030",
                                          items: [Item(merItemId: "TEA-01", type: "FOOD", name: "green tea",
                                                       amount: amount, quantity: "2")])]),
        notifyUrl: "https://shop.example/umf/notify",
        riskInfo: RiskInfo(goodsType: "1", transType: "02", receiverName: "ZHANG SAN",
                           receiverMoblieId: "13800000000", receiverAddress: "Shanghai"))
}

private func object(_ text: String) throws -> NSDictionary {
    try JSONSerialization.jsonObject(with: Data(text.utf8)) as! NSDictionary
}

final class TypedTests: XCTestCase {
    func testARecordWritesTheParameterObjectItsJsonIs() throws {
        let typed = typedCreatePayment()
        XCTAssertEqual(try object(Wire.write(typed)), try object(fullCreatePayment(cardJson())))
        let app = try appClient()
        XCTAssertEqual(try app.validate(Ops.createPayment, typed), [])
        let sealed = try app.cardEncryptor().encryptFields(Ops.createPayment, typed)
        XCTAssertTrue(sealed.encrypted.contains("payer.payer_info.bank_card.number"))
        XCTAssertFalse(sealed.payloadJson.contains(CARD_NUMBER_PLAIN))
        expectError("Request", "merchant_key_required") { try app.prepare(Ops.createPayment, typed) }
        let request = try serverClient().prepare(Ops.getPayment, GetPaymentParams(paymentId: "PAY_1"))
        XCTAssertTrue(request.url().hasSuffix("/payments/payment/PAY_1"))
        XCTAssertEqual(OpId(rawValue: "create_payment"), .createPayment)
        XCTAssertEqual(OpId.allCases.count, 54)
    }

    func testARequiredMemberIsNonOptionalAndItsAbsenceNamesThePath() throws {
        let app = try appClient(STRICT)
        let op = try operation(operationId: "get_payment")
        func answer(_ payment: String) throws -> HttpResponse {
            let envelope = try Json.parse(#"{"meta":{"ret_code":"0000","ret_msg":"ok"},"payment":"# + payment + "}")
            return response(200, try signedBody(op, envelope).0)
        }
        let full = #"{"id":"PAY_1","state":"TRADE_SUCCESS","order":{"amount":{"total":"12.50","currency":"USD"}}}"#
        let reply = try app.parse(Ops.getPayment, response: answer(full))
        let state: PaymentState = try reply.paymentState
        XCTAssertEqual(state, .tradeSuccess)
        XCTAssertEqual(try reply.paymentOrderAmountTotal, "12.50")
        let missing = expectError("Response", "response_missing_field") {
            try app.parse(Ops.getPayment, response: answer(#"{"id":"PAY_1","order":{"amount":{"total":"12.50"}}}"#))
        }
        if case .Response(_, _, let path)? = missing { XCTAssertEqual(path, "payment.state") } else { XCTFail("\(String(describing: missing))") }
        let unknown = full.replacingOccurrences(of: "TRADE_SUCCESS", with: "NEW_STATE")
        XCTAssertEqual(try app.parse(Ops.getPayment, response: answer(unknown)).paymentState, .unrecognized)
    }

    func testDescriptionShowsNoCardIdNumberNameOrPhone() {
        let typed = typedCreatePayment()
        let shown = "\(typed) \(SendPaymentSmsParams(paymentId: "PAY_1", body: PayerRequest(payer: typed.payer)))"
        for secret in CARD.map(\.1) + ["13800000000", "张三", "ZHANG SAN"] {
            XCTAssertFalse(shown.contains(secret), "\(secret) in \(shown)")
        }
        XCTAssertTrue(shown.contains("KT-ORDER-0001") && shown.contains("CREDIT_CARD") && shown.contains("100.00"), shown)
    }
}

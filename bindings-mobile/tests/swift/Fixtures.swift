// The payloads and clients the tests share (the Kotlin suite's, in Swift).
import Foundation
import UmfSdk

let BASE = "https://uatfx.soopay.net/cberest/v1"

/// A payer's card fields, in order: every one of them is encrypted.
let CARD: [(String, String)] = [
    ("number", "6222020000000000000"),
    ("valid_date", "1226"),
    ("cvv2", "123"),
    ("payer_name", "ZHANG SAN"),
    ("citizen_id_number", "110101199003071234"),
]
let CARD_NUMBER_PLAIN = "6222020000000000000"

/// `card` with `field` set to `value` (replaced in place, or appended).
func card(_ field: String, _ value: String, in base: [(String, String)] = CARD) -> [(String, String)] {
    var out = base
    if let at = out.firstIndex(where: { $0.0 == field }) { out[at].1 = value } else { out.append((field, value)) }
    return out
}

/// A create_payment body with every card field of the payer, plus fields that stay plain.
func createPaymentPayload(_ fields: [(String, String)] = CARD) -> String {
    let text = fields.map { "\"\($0.0)\":\"\($0.1)\"" }.joined(separator: ",")
    return #"{"payer":{"payment_method":"CREDIT_CARD","payer_info":{"name":"张三","#
        + #""bank_card":{"# + text + #","phone":"13800000000"}}},"#
        + #""order":{"mer_reference_id":"ORDER-1","amount":{"total":"6.98","currency":"USD","#
        + #""exchange_rate":{"rate":7.12340}}}}"#
}

func cardJson(_ fields: [(String, String)] = CARD) -> String {
    Json.strings(fields + [("phone", "13800000000")]).text
}

/// A create_payment a merchant sends for a card payment: card and ID, one sub-order with its
/// goods, where to notify, the risk details UMF asks for physical goods.
func fullCreatePayment(_ cardJson: String, receiver: Bool = true) -> String {
    let receiverText = receiver ? #","receiver_name":"ZHANG SAN","receiver_moblie_id":"13800000000","receiver_address":"Shanghai""# : ""
    return #"""
    {"payer":{"payment_method":"CREDIT_CARD","interface_type":"SERVER_TO_SERVER","business_type":"B2C",
      "payer_info":{"name":"张三","bank_card":\#(cardJson)}},
     "order":{"mer_reference_id":"KT-ORDER-0001","mer_date":"20260301",
      "amount":{"total":"100.00","currency":"USD"},"order_summary":"green tea",
      "sub_orders":[{"mer_sub_reference_id":"KT-ORDER-0001-S1","trans_code":"01122030",
        "amount":{"total":"100.00","currency":"USD"},
        "items":[{"mer_item_id":"TEA-01","type":"FOOD","name":"green tea","quantity":"2",
          "amount":{"total":"100.00","currency":"USD"}}]}]},
     "notify_url":"https://shop.example/umf/notify",
     "risk_info":{"trans_type":"02","goods_type":"1"\#(receiverText)}}
    """#
}

/// The "device": the UMF public key only.
func appClient(_ options: ClientOptions? = nil, base: String = BASE) throws -> Client {
    Client(baseUrl: base, umfPublicKey: try PublicKey(keyBytes: Vectors.key("umf_1024_cert.pem")), options: options)
}

/// The merchant server: also the merchant private key (never in an app).
func serverClient(_ options: ClientOptions? = nil, base: String = BASE) throws -> Client {
    Client.withMerchantKey(
        baseUrl: base,
        umfPublicKey: try PublicKey(keyBytes: Vectors.key("umf_1024_cert.pem")),
        merchantKey: try PrivateKey(keyBytes: Vectors.key("merchant_1024_pkcs8.pem")),
        options: options
    )
}

let STRICT = ClientOptions(verify: VerifyOptions(policy: .strict, scope: .primaryResult))

func response(_ status: Int32, _ body: String, headers: [HttpHeader] = []) -> HttpResponse {
    HttpResponse(status: status, headers: headers, body: body.bytes)
}

/// The `{"$encrypted": …}` marker's ciphertext.
func marker(_ value: Json?) -> String? {
    guard let members = value?.members, members.count == 1, members[0].0 == "$encrypted" else { return nil }
    return members[0].1.string
}

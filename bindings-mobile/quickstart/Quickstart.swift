// A Swift server's first payment with nothing but the release package of the Swift binding
// (dist/umf-sdk-swift-<version>.tar.gz, which carries the Linux libraries):
//
//   umf sandbox --print-test-keys > test-keys.json      # the sandbox's public test keys
//   umf sandbox &                                        # prints {"base_url": ...}
//   swift build -Xlinker -L$PKG/lib/linux-x86-64 -Xlinker -rpath -Xlinker $PKG/lib/linux-x86-64
//   UMF_BASE_URL=... UMF_TEST_KEYS=test-keys.json .build/debug/Quickstart
//
// where $PKG is the unpacked package, a path dependency of this one (its Package.swift names
// `.package(path: "…/umf-sdk-swift")`). Against UMF itself: the UMF certificate, your merchant
// key and credentials instead of the sandbox's test keys, and UmfEnvironment.production.baseUrl()
// (or .sandbox, UMF's test system).
import Foundation
import UmfSdk

let environment = ProcessInfo.processInfo.environment
guard let baseUrl = environment["UMF_BASE_URL"], let keysPath = environment["UMF_TEST_KEYS"],
    let keys = try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: keysPath))) as? [String: String]
else { fatalError("set UMF_BASE_URL and UMF_TEST_KEYS (umf sandbox --print-test-keys)") }
func key(_ name: String) -> String {
    guard let value = keys[name] else { fatalError("the test keys have no \(name)") }
    return value
}

let umf = try UmfClient(
    baseUrl: baseUrl,
    umfPublicKey: Data(key("umf_public_key_pem").utf8),
    merchantKey: Data(key("merchant_private_key_pem").utf8),
    clientId: key("client_id"),
    clientSecret: key("client_secret"))
print("banks: \(try umf.listBanks(ListBanksParams()).result.banks.count)")

// A WeChat QR payment: the payer scans qr_code_url; UMF notifies notify_url when paid.
let day = DateFormatter()
day.dateFormat = "yyyyMMdd"
let created = try umf.createPayment(CreatePaymentRequest(
    payer: Payer(paymentMethod: .wechatScan, interfaceType: .serverToServer),
    order: Order(
        amount: Amount(total: "12.50", currency: "USD"),  // exact text, never a Double
        merReferenceId: "QS-\(Int(Date().timeIntervalSince1970 * 1000))",  // paid at most once
        merDate: day.string(from: Date())),
    notifyUrl: "https://shop.example/umf/notify"))
guard let id = created.result.id else { fatalError("no payment id") }
let scan = created.result.payer?.payerInfo?.qrCodeScan?.qrCodeUrl ?? "-"
print("created \(id): \(created.result.state?.rawValue ?? "-"), scan \(scan)")
let state: PaymentState = try umf.getPayment(GetPaymentParams(paymentId: id)).paymentState
print("queried \(id): \(state.rawValue)")

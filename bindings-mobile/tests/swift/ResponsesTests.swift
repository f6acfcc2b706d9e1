// Parsing UMF's answers with the app's client: every response example of the documents, signed
// here by OpenSSL with UMF's test key the way UMF signs (meta.sign over the raw text of the
// primary result), parsed into every result shape the table has; tampered twins refused; the
// CSV statements; UMF's errors mapped with their class and retry advice.
import Foundation
import UmfSdk
import XCTest

/// UMF's side, played by OpenSSL: the envelope as UMF would send it, `meta.sign` over the raw
/// text of the primary result member (the operation's first result key present, else the first
/// member that is not `meta` or `links`), or over `meta` without its sign when there is none.
/// `tamper` signs other bytes, for the forged twin. Returns the body and what the sign covers.
func signedBody(_ op: OperationInfo, _ envelope: Json, tamper: Bool = false) throws -> (String, String) {
    let meta = (envelope["meta"]?.members ?? []).filter { $0.0 != "sign" }
    let members = envelope.members!.filter { $0.0 != "meta" }
    let names = members.map(\.0)
    let primary = op.resultKeys.first { names.contains($0) } ?? names.first { $0 != "links" }
    let metaText = Json.object(meta).text
    let covered = primary.map { name in members.first { $0.0 == name }!.1.text } ?? metaText
    let signature = try OpenSsl.signAsUmf((tamper ? covered + " " : covered).bytes)
    let signedMeta = String(metaText.dropLast()) + (meta.isEmpty ? "" : ",") + "\"sign\":\"\(signature)\"}"
    let body = "{\"meta\":\(signedMeta)" + members.map { ",\(Json.quote($0.0)):\($0.1.text)" }.joined() + "}"
    return (body, primary ?? "meta")
}

/// Every `id` and `state` string in a JSON value: what a typed result must keep.
private func facts(_ value: Json, into out: inout Set<String>) {
    switch value {
    case .object(let members):
        for (key, item) in members {
            if key == "id" || key == "state", let s = item.string, !s.isEmpty { out.insert("\"\(key)\":\"\(s)\"") }
            facts(item, into: &out)
        }
    case .array(let items): items.forEach { facts($0, into: &out) }
    default: break
    }
}

final class ResponsesTests: XCTestCase {
    private let examples: [Json] = Repo.text("tests/vectors/examples/examples.jsonl")
        .split(separator: "\n").map { try! Json.parse(String($0)) }
        .filter { $0.strOrNil("kind") == "response" && $0.strOrNil("operation") != "get_access_token" }

    func testEveryResponseExampleSignedAsUmfSignsParsesVerifiedIntoItsShape() throws {
        XCTAssertEqual(examples.count, 77)
        var shapes = Set<String>()
        var errors: [String] = []
        let app = try appClient(STRICT)
        for example in examples {
            let op = try operation(operationId: example.str("operation"))
            let json = example["json"]!
            // 004's reconciliation statement comes as a top-level array of one envelope.
            let envelope = json.array?.first ?? json
            let (body, covered) = try signedBody(op, envelope)
            let wire = json.array != nil ? "[\(body)]" : body
            let retCode = envelope["meta"]?.strOrNil("ret_code") ?? "0000"
            let line = example["line"].map(\.text) ?? "?"
            let seed = example["seed"].map { $0.string ?? $0.text } ?? "?"
            let place = "\(seed):L\(line) \(op.id)"
            do {
                let parsed = try app.parse(operationId: op.id, response: response(200, wire))
                XCTAssertEqual(retCode, "0000", "\(place): \(retCode) parsed as success")
                XCTAssertEqual(parsed.verification.status, .verified, place)
                XCTAssertEqual(parsed.verification.covered, [covered], place)
                XCTAssertEqual(parsed.operation, op.id)
                var expected = Set<String>()
                facts(.object(envelope.members!.filter { !["meta", "links", "pagination"].contains($0.0) }), into: &expected)
                for fact in expected { XCTAssertTrue(parsed.resultJson.contains(fact), "\(place): \(fact) lost") }
                shapes.insert(op.resultShape!)
            } catch UmfError.Api(_, _, _, let code, _, _, _) where code == retCode {
                errors.append("\(op.id):\(retCode)")
            }
            // The forged twin: the same body with a signature over other bytes.
            let (forged, _) = try signedBody(op, envelope, tamper: true)
            expectError("Signature", "signature_invalid") {
                try app.parse(operationId: op.id, response: response(200, json.array != nil ? "[\(forged)]" : forged))
            }
        }
        let jsonShapes = Set(operations().filter { $0.responseKind == "json" }.map { $0.resultShape! })
        XCTAssertEqual(jsonShapes.count, 25)
        XCTAssertEqual(shapes, jsonShapes, "every JSON result shape of the table is reached")
        XCTAssertEqual(errors, ["create_payment:00080557", "query_ciq_no_payment_id:00280045"])
        print("responses: \(examples.count) examples, \(shapes.count) result shapes, \(errors.count) UMF errors")
    }

    func testAResultKeepsTheCoresTypedReading() throws {
        let example = examples.first { $0.strOrNil("operation") == "get_payment" }!
        let (body, _) = try signedBody(try operation(operationId: "get_payment"), example["json"]!)
        let parsed = try appClient(STRICT).parse(operationId: "get_payment", response: response(200, body))
        XCTAssertEqual(parsed.httpStatus, 200)
        XCTAssertEqual(try Json.parse(parsed.metaJson).strOrNil("ret_code"), "0000")
        let payment = try Json.parse(parsed.resultJson)
        XCTAssertEqual(payment.strOrNil("state"), "TRADE_SUCCESS", parsed.resultJson)
        let order = payment["order"]!
        XCTAssertEqual(order.strOrNil("mer_reference_id"), "201704245435022")
        XCTAssertNil(order["user_ip"], "\"\" reads as absent")
        XCTAssertEqual(order["amount"]!.strOrNil("total"), "100.02", "amounts are decimal text")
        XCTAssertEqual(order["amount"]!.strOrNil("total_cny"), "690.37")
        XCTAssertNotNil(try Json.parse(parsed.linksJson).array)
        XCTAssertNil(parsed.fileBytes)
    }

    func testAnUnsignedAnswerIsUnsignedByDefaultAndRefusedWhenStrict() throws {
        let body = #"{"meta":{"ret_code":"0000","ret_msg":"success"},"payment":{"id":"PAY_1","state":"TRADE_SUCCESS","order":{"amount":{"total":"1.00","currency":"USD"}}}}"#
        XCTAssertEqual(try appClient().parse(operationId: "get_payment", response: response(200, body)).verification.status, .unsigned)
        let strict = try appClient(STRICT)
        expectError("Signature", "signature_missing") { try strict.parse(operationId: "get_payment", response: response(200, body)) }
    }

    func testTheCsvStatementsComeBackAsTheExactBytesAndTheirParse() throws {
        let raw = Repo.read("tests/vectors/examples/repaired/004_L3444_download_settlement_file.response.csv")
        let parsed = try appClient(STRICT).parse(operationId: "download_settlement_file", response: HttpResponse(status: 200, headers: [], body: raw))
        XCTAssertEqual(parsed.fileBytes, raw)
        XCTAssertEqual(parsed.verification.status, .unsigned, "file streams carry no signature")
        XCTAssertEqual(try Json.parse(parsed.resultJson)["statement"]!["rows"]!.array!.count, 6)
    }

    func testUmfsErrorsRetCodeClassAndWhetherTheSameRequestMayBeSentAgain() throws {
        let app = try appClient()
        func api(_ op: String, _ status: Int32, _ body: String) -> (httpStatus: Int32, retCode: String?, retMsg: String, returnClass: String, retryable: Bool, error: UmfError)? {
            let error = expectError("Api", "api_error") { try app.parse(operationId: op, response: response(status, body)) }
            guard case .Api(_, _, let httpStatus, let retCode, let retMsg, let returnClass, let retryable)? = error else { return nil }
            XCTAssertEqual(retryable, error!.isRetryable(), "the field and the method agree")
            return (httpStatus, retCode, retMsg, returnClass, retryable, error!)
        }
        // A read may be retried after a transient failure…
        let busy = api("get_payment", 503, "")!
        XCTAssertEqual(busy.httpStatus, 503)
        XCTAssertNil(busy.retCode)
        XCTAssertEqual(busy.returnClass, "retryable")
        XCTAssertTrue(busy.retryable)
        // …a payment never, unless the answer proves it was not processed (HTTP 429).
        XCTAssertFalse(api("create_payment", 503, "")!.retryable)
        XCTAssertTrue(api("create_payment", 429, "")!.retryable)
        let bank = #"{"meta":{"ret_code":"00090504","ret_msg":"Bank network error."}}"#
        XCTAssertTrue(api("get_payment", 200, bank)!.retryable)
        XCTAssertFalse(api("execute_payment", 200, bank)!.retryable)
        let expired = api("get_payment", 401, #"{"meta":{"ret_code":"00280703","ret_msg":"token invalid"}}"#)!
        XCTAssertEqual(expired.retCode, "00280703")
        XCTAssertEqual(expired.returnClass, "token_expired")
        let paid = api("create_payment", 200, #"{"meta":{"ret_code":"00060780","ret_msg":"已支付"}}"#)!
        XCTAssertEqual(paid.returnClass, "duplicate")
        XCTAssertEqual(paid.retMsg, "已支付")
        XCTAssertFalse(paid.retryable)
        XCTAssertEqual(api("execute_payment", 200, #"{"meta":{"ret_code":"00060550","ret_msg":"declined"}}"#)!.returnClass, "other")
        // Not an answer UMF gives.
        expectError("Response", "response_malformed") { try app.parse(operationId: "get_payment", response: response(200, "<html>")) }
        expectError("Response", "response_malformed") {
            try app.parse(operationId: "get_payment", response: response(200, #"{"meta":{"ret_code":"0000"}}"#))
        }
        expectError("Request", "unknown_operation") { try app.parse(operationId: "get_paymnet", response: response(200, "{}")) }
        expectError("Request", "invalid_request") { try app.parse(operationId: "get_access_token", response: response(200, "{}")) }
    }
}

// The token state machine through the binding: single flight, stale tickets, UMF's errors.
import Foundation
import UmfSdk
import XCTest

private let SECRET = "s3cret-value"
private let URL_ = "https://sandbox.test/cberest/v1/oauth/authorize"

/// The `Fetch` of a poll, or a failure.
func fetchOf(_ action: TokenAction, file: StaticString = #filePath, line: UInt = #line) -> (RefreshTicket, HttpRequest)? {
    if case .fetch(let ticket, let request) = action { return (ticket, request) }
    XCTFail("expected Fetch, got \(action)", file: file, line: line)
    return nil
}

final class TokensTests: XCTestCase {
    func testOneCallerFetchesTheOthersWaitThenEveryoneUsesTheToken() throws {
        let tokens = TokenManager(clientId: "client-1", clientSecret: SECRET, tokenUrl: URL_)
        let (ticket, request) = fetchOf(try tokens.poll(nowMs: 1_000))!
        XCTAssertEqual(request.method(), "POST")
        XCTAssertEqual(request.url(), URL_)
        XCTAssertTrue(request.body().text.contains("\"client_id\":\"client-1\""))
        XCTAssertFalse(String(describing: request).contains(SECRET), "description redacts the body")
        guard case .wait = try tokens.poll(nowMs: 1_001) else { return XCTFail("expected Wait") }
        XCTAssertTrue(tokens.isRefreshing())

        let token = try tokens.complete(ticket: ticket, response: response(200, #"{"expires_in": 3600, "access_token": "tok-1"}"#), nowMs: 2_000)
        XCTAssertEqual(token.secret(), "tok-1")
        XCTAssertEqual(token.expiresAtMs(), 1_000 + 3_600_000, "its life counts from the poll that began the refresh")
        XCTAssertFalse(String(describing: token).contains("tok-1"), "description redacts the token")
        XCTAssertFalse(String(reflecting: token).contains("tok-1"), "debugDescription redacts the token")
        guard case .use(let used) = try tokens.poll(nowMs: 3_000) else { return XCTFail("expected Use") }
        XCTAssertEqual(used.generation(), token.generation())
        XCTAssertEqual(tokens.current(nowMs: 3_000)?.secret(), "tok-1")
        XCTAssertNil(tokens.current(nowMs: 1_000 + 3_600_000 - 59_000), "refreshed a minute early")
    }

    func testATicketIsGoodOnceAStaleOneIsTokenUnavailable() throws {
        let tokens = TokenManager(clientId: "client-1", clientSecret: SECRET, tokenUrl: URL_, refreshTimeoutMs: 10_000)
        let (first, _) = fetchOf(try tokens.poll(nowMs: 0))!
        let (second, _) = fetchOf(try tokens.poll(nowMs: 20_000), line: #line)!  // the first refresh timed out
        expectError("Token", "token_unavailable") {
            try tokens.complete(ticket: first, response: response(200, #"{"expires_in": 60, "access_token": "late"}"#), nowMs: 20_001)
        }
        _ = try tokens.complete(ticket: second, response: response(200, #"{"expires_in": 3600, "access_token": "t"}"#), nowMs: 20_002)
        expectError("Token", "token_unavailable") {
            try tokens.complete(ticket: second, response: response(200, #"{"expires_in": 3600, "access_token": "t"}"#), nowMs: 20_003)
        }
    }

    func testUmfsErrorRepliesAreApiHeldBrieflyABadReplyIsTokenResponseInvalid() throws {
        let tokens = TokenManager(clientId: "client-1", clientSecret: SECRET, tokenUrl: URL_)
        let (a, _) = fetchOf(try tokens.poll(nowMs: 0))!
        let api = expectError("Api", "api_error") {
            try tokens.complete(ticket: a, response: response(503, #"{"meta":{"ret_code":"00090504","ret_msg":"busy"}}"#), nowMs: 1)
        }
        guard case .Api(_, _, let status, let retCode, _, let returnClass, let retryable)? = api else { return XCTFail("not Api") }
        XCTAssertEqual(status, 503)
        XCTAssertEqual(retCode, "00090504")
        XCTAssertEqual(returnClass, "retryable")
        XCTAssertTrue(retryable && api!.isRetryable())
        // Callers polling just after a failure get it thrown instead of each fetching.
        expectError("Api", "api_error") { try tokens.poll(nowMs: 2) }
        let (b, _) = fetchOf(try tokens.poll(nowMs: 2_000))!  // after the hold, fetch again
        let invalid = expectError("Token", "token_response_invalid") {
            try tokens.complete(ticket: b, response: response(200, #"{"expires_in": 3600}"#), nowMs: 2_001)
        }
        XCTAssertFalse(invalid?.isRetryable() ?? true)
        let (c, _) = fetchOf(try tokens.poll(nowMs: 4_000))!
        tokens.abandon(ticket: c)
        XCTAssertFalse(tokens.isRefreshing())
    }

    func testInvalidationDropsTheCurrentTokenOnly() throws {
        let tokens = TokenManager(clientId: "client-1", clientSecret: SECRET, tokenUrl: URL_)
        let old = tokens.install(value: "old", expiresAtMs: 10_000_000)
        let fresh = tokens.install(value: "fresh", expiresAtMs: 10_000_000)
        XCTAssertFalse(tokens.invalidate(generation: old.generation()), "a late 401 for an old token is ignored")
        XCTAssertEqual(tokens.current(nowMs: 0)?.secret(), "fresh")
        XCTAssertTrue(tokens.invalidate(generation: fresh.generation()))
        XCTAssertNotNil(fetchOf(try tokens.poll(nowMs: 0)))
    }

    func testTokenRejectionsAreHttp401Or00280703() {
        XCTAssertTrue(isTokenRejection(response: response(401, "")))
        XCTAssertTrue(isTokenRejection(response: response(200, #"{"meta":{"ret_code":"00280703","ret_msg":"expired"}}"#)))
        XCTAssertFalse(isTokenRejection(response: response(200, #"{"meta":{"ret_code":"0000","ret_msg":"ok"}}"#)))
        XCTAssertFalse(isTokenRejection(response: response(-1, "")), "a status that is no status is not a rejection")
    }
}

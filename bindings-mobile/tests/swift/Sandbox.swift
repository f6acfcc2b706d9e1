// `umf sandbox` as the end-to-end peer: the sandbox on a free loopback port with faults armed,
// the merchant's notification endpoint (a small HTTP server on a socket: Foundation has none on
// Linux), and the HTTP transport an app or a Swift server would write, over URLSession
// (FoundationNetworking on Linux): it sends the SDK's request exactly as built.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import UmfSdk
import XCTest

struct TransportError: Error, CustomStringConvertible {
    let description: String
}

/// Sends `request` as built (method, URL, headers in order, body bytes) and hands back what came
/// back, byte for byte. A timeout or a dropped connection is URLSession's error.
func send(_ request: UmfSdk.HttpRequest, timeout: TimeInterval = 20) throws -> HttpResponse {
    guard let url = URL(string: request.url()) else { throw TransportError(description: "not a URL") }
    var outgoing = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
    outgoing.httpMethod = request.method()
    for header in request.headers() { outgoing.addValue(header.value, forHTTPHeaderField: header.name) }
    if request.method() != "GET" { outgoing.httpBody = request.body() }
    let (data, answer) = try exchange(outgoing)
    let headers = answer.allHeaderFields.map { HttpHeader(name: "\($0.key)", value: "\($0.value)") }
    return HttpResponse(status: Int32(answer.statusCode), headers: headers, body: data)
}

private let session: URLSession = {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.httpCookieStorage = nil
    configuration.urlCache = nil
    return URLSession(configuration: configuration)
}()

/// One exchange through URLSession, waited for (the tests are synchronous, like a worker thread).
func exchange(_ request: URLRequest) throws -> (Data, HTTPURLResponse) {
    /// Written by URLSession's queue before `done` is signalled, read after.
    final class Outcome: @unchecked Sendable {
        var result: Result<(Data, HTTPURLResponse), Error> = .failure(TransportError(description: "no answer"))
    }
    let done = DispatchSemaphore(value: 0)
    let outcome = Outcome()
    session.dataTask(with: request) { data, response, error in
        if let error {
            outcome.result = .failure(error)
        } else if let response = response as? HTTPURLResponse {
            outcome.result = .success((data ?? Data(), response))
        }
        done.signal()
    }.resume()
    done.wait()
    return try outcome.result.get()
}

/// The merchant's notification endpoint: `POST /umf/notify` on 127.0.0.1, answered with UMF's
/// acknowledgement (or what `respond` makes of it); what arrived is kept as (Signature header,
/// raw body).
final class NotificationEndpoint {
    private let socket: Int32
    let port: UInt16
    private let lock = NSLock()
    private var received: [(String, Data)] = []
    private var closed = false
    private var responder: ((String, Data) -> HttpResponse)?

    /// How the endpoint answers (Signature header, raw body); none: UMF's JSON acknowledgement.
    var respond: ((String, Data) -> HttpResponse)? {
        get { lock.withLock { responder } }
        set { lock.withLock { responder = newValue } }
    }

    var url: String { "http://127.0.0.1:\(port)/umf/notify" }

    init() throws {
        #if canImport(Glibc)
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw TransportError(description: "socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw TransportError(description: "bind/listen: \(errno)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        socket = fd
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in serve() }
    }

    private func serve() {
        while true {
            let client = accept(socket, nil, nil)
            if client < 0 {
                if lock.withLock({ closed }) { return }
                continue
            }
            handle(client)
            close(client)
        }
    }

    /// One HTTP/1.1 request: headers up to the blank line, then Content-Length bytes of body.
    private func handle(_ client: Int32) {
        var buffer = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let blank = Data("\r\n\r\n".utf8)
        var headerEnd: Range<Data.Index>?
        var expected = Int.max
        while buffer.count < 4_000_000 {
            let n = recv(client, &chunk, chunk.count, 0)
            guard n > 0 else { return }
            buffer.append(contentsOf: chunk[0..<n])
            if headerEnd == nil, let found = buffer.range(of: blank) {
                headerEnd = found
                let head = String(decoding: buffer[..<found.lowerBound], as: UTF8.self)
                let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                    .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
                expected = found.upperBound + length
            }
            if buffer.count >= expected { break }
        }
        guard let end = headerEnd else { return }
        let head = String(decoding: buffer[..<end.lowerBound], as: UTF8.self).split(separator: "\r\n")
        let signature = head.first { $0.lowercased().hasPrefix("signature:") }
            .map { String($0.dropFirst("signature:".count)).trimmingCharacters(in: .whitespaces) } ?? ""
        let body = Data(buffer[end.upperBound..<min(expected, buffer.count)])
        if head.first?.hasPrefix("POST /umf/notify ") == true {
            lock.withLock { received.append((signature, body)) }
        }
        let answer = respond?(signature, body) ?? HttpResponse(
            status: 200, headers: [HttpHeader(name: "Content-Type", value: "application/json")],
            body: Data(#"{"meta":{"ret_code":"0000","ret_msg":"SUCCESS"}}"#.utf8))
        var reply = Data("HTTP/1.1 \(answer.status) \(answer.status == 200 ? "OK" : "Error")\r\n".utf8)
        for header in answer.headers { reply.append(Data("\(header.name): \(header.value)\r\n".utf8)) }
        reply.append(Data("Content-Length: \(answer.body.count)\r\nConnection: close\r\n\r\n".utf8))
        reply.append(answer.body)
        reply.withUnsafeBytes { _ = write(client, $0.baseAddress, $0.count) }
    }

    /// The next notification whose body mentions `id`, as the server relays it to the app.
    func notification(about id: String, within seconds: TimeInterval = 20) -> (String, Data)? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let found = lock.withLock { () -> (String, Data)? in
                guard let at = received.firstIndex(where: { $0.1.text.contains(id) }) else { return nil }
                return received.remove(at: at)
            }
            if let found { return found }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }

    func stop() {
        lock.withLock { closed = true }
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }
}

/// `umf sandbox --seed 7` with `faults` armed and `flags` (its readings) given, and a
/// notification endpoint.
final class SandboxRun {
    private let process = Process()
    let baseUrl: String
    let adminUrl: String
    let endpoint: NotificationEndpoint

    init(faults: [String], flags: [String] = []) throws {
        endpoint = try NotificationEndpoint()
        process.executableURL = URL(fileURLWithPath: Repo.umfCommand)
        process.arguments = ["sandbox", "--seed", "7"] + flags + faults.flatMap { ["--fault", $0] }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line of its output says where it listens.
        var line = Data()
        let deadline = Date().addingTimeInterval(60)
        while !line.contains(0x0A) && Date() < deadline && process.isRunning {
            line.append(out.fileHandleForReading.availableData)
        }
        guard let first = line.split(separator: 0x0A).first, let ready = try? Json.parse(Data(first)) else {
            process.terminate()
            endpoint.stop()
            throw TransportError(description: "umf sandbox did not say where it listens")
        }
        baseUrl = ready.str("base_url")
        adminUrl = ready.str("admin_url")
    }

    /// `GET /__admin/{path}`, or a POST of `json` (the sandbox's admin API, README "The sandbox").
    func admin(_ path: String, json: String? = nil) throws -> Json {
        var request = URLRequest(url: URL(string: "\(adminUrl)/\(path)")!, timeoutInterval: 20)
        if let json {
            request.httpMethod = "POST"
            request.httpBody = json.bytes
            request.addValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, answer) = try exchange(request)
        guard answer.statusCode == 200 else { throw TransportError(description: "admin \(path): HTTP \(answer.statusCode)") }
        return try Json.parse(data)
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
        endpoint.stop()
    }
}

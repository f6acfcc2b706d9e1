// The typed face of the binding: the records, enums and operation descriptors of UmfTypes.swift
// (generated from the core's schema) in and out of `Client`, `CardEncryptor` and `UmfClient`.
// Each call writes the record as the flat parameter object the core reads and reads the core's
// result JSON back; validation, encryption, signing and verification stay in the core. The
// JSON-text methods remain for what the records do not say.

import Foundation

/// A record written as JSON members: a model, or an operation's parameters.
public protocol WireObject {
    /// The members, by their wire names; absent ones are left out.
    func toJson() -> [String: Any]
}

/// A generated enum: its case and the exact text UMF uses (`rawValue`).
public protocol WireEnum {
    var rawValue: String { get }
}

/// The parameters of an operation that takes none.
public struct NoParams: WireObject {
    public init() {}
    public func toJson() -> [String: Any] { [:] }
}

/// A typed answer: the operation's result record and the whole `ApiResponse` (verification,
/// `metaJson`, links, the exact `resultJson`).
public class Reply<R> {
    public let result: R
    public let response: ApiResponse

    public init(result: R, response: ApiResponse) {
        self.result = result
        self.response = response
    }
}

/// One operation of the table with the types of its parameters and of its reply (not
/// Foundation's `Operation`).
public struct UmfOperation<P: WireObject, R> {
    public let id: OpId
    private let reader: (ApiResponse) throws -> R

    public init(id: OpId, _ reader: @escaping (ApiResponse) throws -> R) {
        self.id = id
        self.reader = reader
    }

    /// Reads an answer the core has parsed and verified.
    public func read(_ response: ApiResponse) throws -> R { try reader(response) }
}

extension Client {
    /// Builds the exact request for `op` from its typed parameters (see `prepare(operationId:)`).
    public func prepare<P, R>(_ op: UmfOperation<P, R>, _ params: P, token: AccessToken? = nil) throws -> HttpRequest {
        try prepare(operationId: op.id.rawValue, paramsJson: Wire.write(params), token: token)
    }

    /// Every validation problem of `params`, warnings included.
    public func validate<P, R>(_ op: UmfOperation<P, R>, _ params: P) throws -> [ValidationProblem] {
        try validate(operationId: op.id.rawValue, paramsJson: Wire.write(params))
    }

    /// Reads UMF's answer to `op` as its typed reply; a member the documents show in every
    /// answer missing is `UmfError.Response` (`response_missing_field`, with the `path`).
    public func parse<P, R>(_ op: UmfOperation<P, R>, response: HttpResponse) throws -> R {
        try op.read(parse(operationId: op.id.rawValue, response: response))
    }
}

extension CardEncryptor {
    /// Encrypts the sensitive fields of `params` on the device.
    public func encryptFields<P, R>(_ op: UmfOperation<P, R>, _ params: P) throws -> EncryptedPayload {
        try encryptFields(operationId: op.id.rawValue, payloadJson: Wire.write(params))
    }
}

extension UmfClient {
    /// Calls `op` with its typed parameters and reads its typed reply.
    public func call<P, R>(_ op: UmfOperation<P, R>, _ params: P) throws -> R {
        try op.read(call(op.id.rawValue, Wire.write(params)))
    }
}

extension VerifiedNotification {
    /// The payment a verified `payment` notification carries, typed; nil for another kind.
    public func payment() throws -> Payment? {
        kind == .payment ? try Payment.fromJson(carried("payment"), path: "payment") : nil
    }

    /// The refund a verified `refund` notification carries, typed; nil for another kind.
    public func refund() throws -> Refund? {
        kind == .refund ? try Refund.fromJson(carried("refund"), path: "refund") : nil
    }

    /// `object` is tagged by kind: `{"payment": {…}}`.
    private func carried(_ kind: String) throws -> Any? {
        ((try Wire.read(notificationJson) as? [String: Any])?["object"] as? [String: Any])?[kind]
    }
}

/// The readers and writers the generated records use.
public enum Wire {
    /// `params` as the JSON text the core reads.
    public static func write(_ params: WireObject) -> String {
        // Only strings, numbers, booleans, arrays and objects are in it: cannot fail.
        let data = (try? JSONSerialization.data(withJSONObject: params.toJson(), options: [])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The core's JSON text as Foundation values.
    public static func read(_ text: String) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw malformed("", "JSON")
        }
    }

    /// The members that are set, as JSON values (enums as their wire text).
    public static func obj(_ members: [(String, Any?)]) -> [String: Any] {
        var out: [String: Any] = [:]
        for (name, value) in members {
            if let value = value, let json = json(value) { out[name] = json }
        }
        return out
    }

    private static func json(_ value: Any) -> Any? {
        switch value {
        case let object as WireObject: return object.toJson()
        case let e as WireEnum: return e.rawValue
        case let list as [Any]: return list.compactMap { json($0) }
        default: return value
        }
    }

    /// `parent.member`, the path errors name.
    public static func at(_ parent: String, _ member: String) -> String {
        parent.isEmpty ? member : "\(parent).\(member)"
    }

    public static func members(_ value: Any?, _ path: String) throws -> [String: Any] {
        guard let map = value as? [String: Any] else { throw malformed(path, "an object") }
        return map
    }

    public static func object<T>(_ value: Any?, _ path: String, _ read: (Any, String) throws -> T) throws -> T? {
        guard let value = present(value) else { return nil }
        return try read(value, path)
    }

    public static func list<T>(_ value: Any?, _ path: String, _ read: (Any, String) throws -> T) throws -> [T]? {
        guard let value = present(value) else { return nil }
        guard let items = value as? [Any] else { throw malformed(path, "a list") }
        return try items.enumerated().map { try read($0.element, "\(path)[\($0.offset)]") }
    }

    /// Text members; a number UMF sent where text is documented keeps its digits.
    public static func text(_ value: Any?, _ path: String) throws -> String? {
        guard let value = present(value) else { return nil }
        if let s = value as? String { return s }
        if let n = value as? NSNumber { return n.stringValue }
        throw malformed(path, "text")
    }

    public static func integer(_ value: Any?, _ path: String) throws -> Int64? {
        guard let value = present(value) else { return nil }
        if let s = value as? String, let n = Int64(s) { return n }
        if let n = value as? NSNumber, let exact = Int64(exactly: n.doubleValue) { return exact }
        throw malformed(path, "an integer")
    }

    /// A member the documents show in every answer (the core checked it; this holds the type
    /// system to it).
    public static func need<T>(_ value: T?, _ path: String) throws -> T {
        guard let value = value else {
            throw UmfError.Response(code: "response_missing_field", detail: "the answer has no \(path)", path: path)
        }
        return value
    }

    /// What `description` shows of a hidden member: whether it is set, never its value.
    public static func redacted(_ value: Any?) -> String {
        present(value) == nil ? "nil" : "<redacted>"
    }

    /// What `description` shows of a member that may be shown.
    public static func shown(_ value: Any?) -> String {
        guard let value = present(value) else { return "nil" }
        if let e = value as? WireEnum { return e.rawValue }
        return "\(value)"
    }

    private static func present(_ value: Any?) -> Any? {
        switch value {
        case .none, is NSNull: return nil
        case let .some(inner):
            // An `Any` holding an optional: unwrap it.
            let mirror = Mirror(reflecting: inner)
            if mirror.displayStyle == .optional {
                return mirror.children.first.map { $0.value }
            }
            return inner
        }
    }

    private static func malformed(_ path: String, _ wanted: String) -> UmfError {
        UmfError.Response(code: "response_malformed", detail: "\(path) is not \(wanted)", path: nil)
    }
}

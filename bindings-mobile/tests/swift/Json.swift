// Just enough JSON for the tests, keeping what Foundation's JSONSerialization loses: the order of
// members and the text of numbers. UMF signs the raw text of a member, so a test that plays UMF
// must write a parsed envelope back byte for byte.
import Foundation

enum Json: Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([Json])
    case object([(String, Json)])

    static func == (a: Json, b: Json) -> Bool { a.text == b.text }

    static func parse(_ text: String) throws -> Json {
        var reader = Reader(bytes: Array(text.utf8))
        let value = try reader.value()
        reader.skipSpace()
        guard reader.pos == reader.bytes.count else { throw JsonError.trailing(reader.pos) }
        return value
    }

    static func parse(_ data: Data) throws -> Json { try parse(String(decoding: data, as: UTF8.self)) }

    subscript(key: String) -> Json? {
        if case .object(let members) = self { return members.first { $0.0 == key }?.1 }
        return nil
    }

    var string: String? { if case .string(let s) = self { return s } else { return nil } }
    var array: [Json]? { if case .array(let a) = self { return a } else { return nil } }
    var members: [(String, Json)]? { if case .object(let m) = self { return m } else { return nil } }
    var int: Int? { if case .number(let n) = self { return Int(n) } else { return nil } }
    var isNull: Bool { if case .null = self { return true } else { return false } }

    /// The member `key`, which must be a string.
    func str(_ key: String) -> String {
        guard let value = self[key]?.string else { fatalError("no string member \(key) in \(text.prefix(200))") }
        return value
    }

    /// The member `key` if it is a string (nil when absent or null).
    func strOrNil(_ key: String) -> String? { self[key]?.string }

    /// Compact JSON text (members in their order, numbers as they were written).
    var text: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n
        case .string(let s): return Json.quote(s)
        case .array(let items): return "[" + items.map(\.text).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.map { Json.quote($0.0) + ":" + $0.1.text }.joined(separator: ",") + "}"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// An object of string members, in order.
    static func strings(_ pairs: [(String, String)]) -> Json { .object(pairs.map { ($0.0, .string($0.1)) }) }
}

enum JsonError: Error {
    case unexpected(Int)
    case trailing(Int)
}

private struct Reader {
    let bytes: [UInt8]
    var pos = 0

    mutating func skipSpace() {
        while pos < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[pos]) { pos += 1 }
    }

    mutating func value() throws -> Json {
        skipSpace()
        guard pos < bytes.count else { throw JsonError.unexpected(pos) }
        switch bytes[pos] {
        case UInt8(ascii: "{"):
            pos += 1
            var members: [(String, Json)] = []
            skipSpace()
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") { pos += 1; return .object(members) }
            while true {
                skipSpace()
                let key = try string()
                skipSpace()
                try expect(":")
                members.append((key, try value()))
                skipSpace()
                if try next(",", or: "}") { continue }
                return .object(members)
            }
        case UInt8(ascii: "["):
            pos += 1
            var items: [Json] = []
            skipSpace()
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") { pos += 1; return .array(items) }
            while true {
                items.append(try value())
                skipSpace()
                if try next(",", or: "]") { continue }
                return .array(items)
            }
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default:
            let start = pos
            while pos < bytes.count, "+-.eE0123456789".utf8.contains(bytes[pos]) { pos += 1 }
            guard pos > start else { throw JsonError.unexpected(pos) }
            return .number(String(decoding: bytes[start..<pos], as: UTF8.self))
        }
    }

    /// Consumes `more` (true) or `end` (false).
    mutating func next(_ more: Character, or end: Character) throws -> Bool {
        guard pos < bytes.count else { throw JsonError.unexpected(pos) }
        let c = bytes[pos]
        pos += 1
        if c == more.asciiValue { return true }
        if c == end.asciiValue { return false }
        throw JsonError.unexpected(pos - 1)
    }

    mutating func expect(_ c: Character) throws {
        guard pos < bytes.count, bytes[pos] == c.asciiValue else { throw JsonError.unexpected(pos) }
        pos += 1
    }

    mutating func literal(_ word: String) throws {
        let w = Array(word.utf8)
        guard pos + w.count <= bytes.count, Array(bytes[pos..<pos + w.count]) == w else { throw JsonError.unexpected(pos) }
        pos += w.count
    }

    mutating func string() throws -> String {
        try expect("\"")
        var out: [UInt8] = []
        while pos < bytes.count {
            let c = bytes[pos]
            pos += 1
            switch c {
            case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard pos < bytes.count else { throw JsonError.unexpected(pos) }
                let e = bytes[pos]
                pos += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code), pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\") {
                        pos += 2
                        let low = try hex4()
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    out.append(contentsOf: Array(String(Character(Unicode.Scalar(code) ?? "\u{FFFD}")).utf8))
                default: out.append(e)
                }
            default: out.append(c)
            }
        }
        throw JsonError.unexpected(pos)
    }

    mutating func hex4() throws -> UInt32 {
        guard pos + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[pos..<pos + 4], as: UTF8.self), radix: 16) else {
            throw JsonError.unexpected(pos)
        }
        pos += 4
        return v
    }
}

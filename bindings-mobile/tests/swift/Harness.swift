// What every test file shares: where the repository is, the shared vectors, OpenSSL as the
// independent judge, running a command, and `expectError`.
//
// The suite reads the repository (tests/vectors, the umf command) from UMF_SDK_ROOT, and runs
// `umf sandbox` from UMF_COMMAND (default UMF_SDK_ROOT/target/debug/umf); scripts/test-swift.sh
// sets both. Without them the suite fails, never skips.
import Foundation
import UmfSdk
import XCTest

enum Repo {
    static let root: URL = {
        guard let path = ProcessInfo.processInfo.environment["UMF_SDK_ROOT"], !path.isEmpty else {
            fatalError("UMF_SDK_ROOT must name the repository (scripts/test-swift.sh sets it)")
        }
        return URL(fileURLWithPath: path)
    }()

    static var umfCommand: String {
        ProcessInfo.processInfo.environment["UMF_COMMAND"] ?? root.appendingPathComponent("target/debug/umf").path
    }

    static func file(_ path: String) -> URL { root.appendingPathComponent(path) }

    static func read(_ path: String) -> Data {
        guard let data = FileManager.default.contents(atPath: file(path).path) else { fatalError("cannot read \(path)") }
        return data
    }

    static func text(_ path: String) -> String { String(decoding: read(path), as: UTF8.self) }
}

/// The shared vectors of tests/vectors/manifest.json, read by every language's suite.
enum Vectors {
    static let manifest: Json = try! Json.parse(Repo.read("tests/vectors/manifest.json"))
    static var passphrase: String { manifest.str("passphrase") }

    static func key(_ file: String) -> Data { Repo.read("tests/vectors/keys/\(file)") }
}

struct CommandResult {
    let status: Int32
    let output: Data
}

/// Runs `arguments` (the first found on PATH), stdin from `input`, stderr discarded.
func run(_ arguments: [String], input: Data? = nil) throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    let stdin = Pipe()
    process.standardInput = stdin
    try process.run()
    if let input { stdin.fileHandleForWriting.write(input) }
    try stdin.fileHandleForWriting.close()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(status: process.terminationStatus, output: output)
}

/// A file in a fresh temporary directory, removed by `cleanup`.
final class TempFiles {
    let dir: URL

    init() {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("umf-swift-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ data: Data) -> String {
        let url = dir.appendingPathComponent(name)
        try! data.write(to: url)
        return url.path
    }

    deinit { try? FileManager.default.removeItem(at: dir) }
}

/// OpenSSL as the independent judge: `pkeyutl -decrypt` with UMF's private key (RSAES-PKCS1-v1_5),
/// `dgst -sha256 -verify` of signatures, `dgst -sha256 -sign` to play UMF.
enum OpenSsl {
    static let umfPrivateKey = Repo.file("tests/vectors/keys/umf_1024_pkcs8.pem").path

    static func decrypt(_ base64: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let temp = TempFiles()
        guard let ciphertext = Data(base64Encoded: base64) else {
            XCTFail("not base64: \(base64.prefix(40))", file: file, line: line)
            return ""
        }
        let input = temp.write("ciphertext.bin", ciphertext)
        let result = try run(["openssl", "pkeyutl", "-decrypt", "-inkey", umfPrivateKey, "-in", input])
        XCTAssertEqual(result.status, 0, "openssl pkeyutl -decrypt", file: file, line: line)
        return String(decoding: result.output, as: UTF8.self)
    }

    /// Whether `openssl dgst -sha256 -verify publicKey` accepts a base64 signature of `data`.
    static func verifies(publicKey: String, _ data: Data, _ base64: String) throws -> Bool {
        let temp = TempFiles()
        guard let signature = Data(base64Encoded: base64) else { return false }
        let body = temp.write("body.bin", data)
        let sig = temp.write("signature.bin", signature)
        let result = try run(["openssl", "dgst", "-sha256", "-verify", publicKey, "-signature", sig, body])
        return result.status == 0
            && String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "Verified OK"
    }

    /// SHA256withRSA of `data` with UMF's test private key, base64: how UMF signs.
    static func signAsUmf(_ data: Data) throws -> String {
        let result = try run(["openssl", "dgst", "-sha256", "-sign", umfPrivateKey], input: data)
        precondition(result.status == 0, "openssl dgst -sign failed")
        return result.output.base64EncodedString()
    }
}

extension UmfError {
    /// The family, as the README names it.
    var family: String {
        switch self {
        case .Key: return "Key"
        case .Encryption: return "Encryption"
        case .Signature: return "Signature"
        case .Response: return "Response"
        case .Notification: return "Notification"
        case .Token: return "Token"
        case .Api: return "Api"
        case .Request: return "Request"
        case .Transport: return "Transport"
        case .Crypto: return "Crypto"
        case .Internal: return "Internal"
        }
    }
}

/// Runs `body`, which must throw a `UmfError` of `family` with the stable `code`; returns it.
@discardableResult
func expectError<T>(
    _ family: String, _ code: String, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> T
) -> UmfError? {
    do {
        _ = try body()
        XCTFail("expected \(family)(\(code)), nothing was thrown", file: file, line: line)
    } catch let error as UmfError {
        XCTAssertEqual(error.family, family, "family of \(error.code())", file: file, line: line)
        XCTAssertEqual(error.code(), code, "error code", file: file, line: line)
        return error
    } catch {
        XCTFail("expected \(family)(\(code)), got \(error)", file: file, line: line)
    }
    return nil
}

extension String {
    var bytes: Data { Data(utf8) }
}

extension Data {
    var text: String { String(decoding: self, as: UTF8.self) }

    func appending(_ byte: UInt8) -> Data {
        var copy = self
        copy.append(byte)
        return copy
    }
}

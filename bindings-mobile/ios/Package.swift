// swift-tools-version:5.9
// The Swift package of the binding, laid out by scripts/generate-mobile.sh (OUT/swift-package):
// the generated UmfSdk.swift over the C module UmfSdkFFI, and the XCTest suite.
//
// * Apple platforms: UmfSdkFFI is the XCFramework of static libraries that
//   build-xcframework.sh adds next to this file (UniFFI's module map, `use "Darwin"` included).
// * Linux (the tests, a server): UmfSdkFFI is a system library, the generated header with a
//   module map made for Linux by generate-mobile.sh, linked against libumf_mobile.so; its
//   directory comes from the linker's search path
//   (`swift test -Xlinker -L<dir>`, see scripts/test-swift.sh).
import PackageDescription

#if os(Linux)
let ffi: Target = .systemLibrary(name: "UmfSdkFFI", path: "Sources/UmfSdkFFI")
#else
let ffi: Target = .binaryTarget(name: "UmfSdkFFI", path: "UmfSdkFFI.xcframework")
#endif

let package = Package(
    name: "UmfSdk",
    platforms: [.iOS(.v13)],
    products: [
        .library(name: "UmfSdk", targets: ["UmfSdk"]),
    ],
    targets: [
        ffi,
        .target(
            name: "UmfSdk",
            dependencies: ["UmfSdkFFI"],
            path: "Sources/UmfSdk",
            linkerSettings: [.linkedLibrary("umf_mobile", .when(platforms: [.linux]))]
        ),
        .testTarget(name: "UmfSdkTests", dependencies: ["UmfSdk"], path: "Tests/UmfSdkTests"),
    ]
)

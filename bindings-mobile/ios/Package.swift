// swift-tools-version:5.9
// The Swift package build-xcframework.sh assembles: the generated UmfSdk.swift over the static
// Rust library in UmfSdkFFI.xcframework.
import PackageDescription

let package = Package(
    name: "UmfSdk",
    platforms: [.iOS(.v13)],
    products: [
        .library(name: "UmfSdk", targets: ["UmfSdk"]),
    ],
    targets: [
        .binaryTarget(name: "UmfSdkFFI", path: "UmfSdkFFI.xcframework"),
        .target(name: "UmfSdk", dependencies: ["UmfSdkFFI"], path: "Sources/UmfSdk"),
    ]
)

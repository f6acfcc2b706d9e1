#!/usr/bin/env bash
# Builds the iOS distribution: static libraries for devices and simulators in
# UmfSdkFFI.xcframework (with the C header and UniFFI's module map), added to the Swift package
# generate-mobile.sh lays out (ios/Package.swift: on Apple platforms its UmfSdkFFI is this
# XCFramework; the generated UmfSdk.swift; the XCTest suite).
#
#   bindings-mobile/ios/build-xcframework.sh   → bindings-mobile/ios/build/UmfSdk (a Swift package)
#
# Needs macOS with Xcode (xcodebuild, lipo) and rustup.
# NOT RUN on this project's machines: they are Linux, with no Apple toolchain. The same package
# is compiled and tested there against the Linux library (scripts/test-swift.sh). See README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

ios=bindings-mobile/ios
build=$ios/build
package=$build/UmfSdk
device=aarch64-apple-ios
simulators=(aarch64-apple-ios-sim x86_64-apple-ios)

rustup target add "$device" "${simulators[@]}"
for target in "$device" "${simulators[@]}"; do
    cargo build --release -p umf-mobile --target "$target"
done

# Swift sources, header, module map and the package (target-independent; generated from the
# host build).
./scripts/generate-mobile.sh "$build/generated"

rm -rf "$build/headers" "$build/simulator" "$package"
mkdir -p "$build/headers" "$build/simulator"
cp -R "$build/generated/swift-package" "$package"
# Linux's C module; on Apple platforms UmfSdkFFI is the XCFramework.
rm -r "$package/Sources/UmfSdkFFI"
cp "$build/generated/swift/UmfSdkFFI.h" "$build/headers/"
cp "$build/generated/swift/UmfSdkFFI.modulemap" "$build/headers/module.modulemap"
# One simulator library for both simulator architectures (an XCFramework takes one per platform).
simulator_libraries=()
for target in "${simulators[@]}"; do
    simulator_libraries+=("target/$target/release/libumf_mobile.a")
done
lipo -create "${simulator_libraries[@]}" -output "$build/simulator/libumf_mobile.a"

xcodebuild -create-xcframework \
    -library "target/$device/release/libumf_mobile.a" -headers "$build/headers" \
    -library "$build/simulator/libumf_mobile.a" -headers "$build/headers" \
    -output "$package/UmfSdkFFI.xcframework"
echo "Swift package: $package"

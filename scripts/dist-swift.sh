#!/usr/bin/env bash
# The Swift artifact of `make dist`: dist/umf-sdk-swift-<version>.tar.gz, the Swift package for
# Linux servers (Swift 5.9 or later), unpacked into umf-sdk-swift/:
#
#   Package.swift                       the package of bindings-mobile/ios, without its tests
#   Sources/UmfSdk/                     the generated bindings and the client over URLSession
#   Sources/UmfSdkFFI/                  the C module (UniFFI's header, the Linux module map)
#   lib/linux-x86-64/libumf_mobile.so   the native library, glibc 2.17, OpenSSL inside
#   lib/linux-aarch64/libumf_mobile.so  the same for arm64 servers
#   quickstart/Quickstart.swift        a first payment against the sandbox (not a target)
#   LICENSE-MIT, LICENSE-APACHE, README.md
#
# It reuses what scripts/dist-jvm.sh built (the bindings in target/dist-jvm/bindings and the
# stripped libraries in target/dist-jvm/natives): run after it (dist.sh does). Apple platforms
# take the XCFramework of bindings-mobile/ios/build-xcframework.sh, which needs Xcode.
#
#   scripts/dist-swift.sh [DIST_DIR]     default DIST_DIR: dist
set -euo pipefail
cd "$(dirname "$0")/.."

dist=${1:-dist}
from=target/dist-jvm
stage=target/dist-swift
step() { printf '\n==> %s\n' "$*"; }

# shellcheck source=lib/version.sh
. scripts/lib/version.sh
sdk_version=$(workspace_version)
for needed in "$from/bindings/swift-package/Package.swift" \
    "$from/natives/linux-x86-64/libumf_mobile.so" "$from/natives/linux-aarch64/libumf_mobile.so"; do
    [ -f "$needed" ] || { echo "no $needed: run scripts/dist-jvm.sh first" >&2; exit 1; }
done

step "umf-sdk-swift: the Swift package with its Linux libraries"
package=$stage/umf-sdk-swift
rm -rf "$stage"
mkdir -p "$package/lib"
cp -r "$from/bindings/swift-package/Sources" "$package/"
cp -r "$from/natives/linux-x86-64" "$from/natives/linux-aarch64" "$package/lib/"
cp LICENSE-MIT LICENSE-APACHE "$package/"
mkdir -p "$package/quickstart"
cp bindings-mobile/quickstart/Quickstart.swift "$package/quickstart/"
# The test target names the repository's suite and vectors, which the package does not carry:
# exactly its one line goes, so a changed Package.swift stops here rather than in SwiftPM.
test_target='^ *\.testTarget(name: "UmfSdkTests".*$'
[ "$(grep -c "$test_target" bindings-mobile/ios/Package.swift)" = 1 ] ||
    { echo "bindings-mobile/ios/Package.swift no longer has one UmfSdkTests line" >&2; exit 1; }
grep -v "$test_target" bindings-mobile/ios/Package.swift >"$package/Package.swift"
cat >"$package/README.md" <<README
# umf-sdk-swift $sdk_version

The Swift binding of umf-sdk for Linux servers: the UMF (UMFinTech / Soopay) payment API with
requests signed, sensitive fields encrypted and answers verified by the SDK's Rust core.

Add it as a path dependency and link the library for your machine:

    .package(path: "umf-sdk-swift")        // in your Package.swift; product "UmfSdk"

    swift build -Xlinker -L\$PWD/umf-sdk-swift/lib/linux-x86-64 \\
        -Xlinker -rpath -Xlinker \$PWD/umf-sdk-swift/lib/linux-x86-64

(or copy lib/linux-<arch>/libumf_mobile.so to /usr/local/lib and run ldconfig: the package's
UmfSdkFFI is a system library module). The library needs glibc 2.17 or later and nothing else.
A first payment against the local sandbox (\`pip install umf-sdk-cli\` or \`npx umf-sdk-cli\`
gives \`umf sandbox\`): quickstart/Quickstart.swift, as the main.swift of an executable target.
Licensed under MIT or Apache-2.0, at your option.
README

mkdir -p "$dist"
archive=$dist/umf-sdk-swift-$sdk_version.tar.gz
rm -f "$archive"
# Reproducible: sorted, fixed owner and times.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2000-01-01 00:00Z' \
    -C "$stage" -cf - umf-sdk-swift | gzip -n >"$archive"
listing=$(tar tzf "$archive")
for needed in Package.swift LICENSE-MIT LICENSE-APACHE Sources/UmfSdk/UmfSdk.swift \
    Sources/UmfSdkFFI/UmfSdkFFI.h Sources/UmfSdkFFI/module.modulemap quickstart/Quickstart.swift \
    lib/linux-x86-64/libumf_mobile.so lib/linux-aarch64/libumf_mobile.so; do
    grep -qx "umf-sdk-swift/$needed" <<<"$listing" || { echo "$archive leaves out $needed" >&2; exit 1; }
done
echo "$archive  $(($(stat -c %s "$archive") / 1024)) KiB"

#!/usr/bin/env bash
# The Swift package of dist/ (`make dist`) as a Linux merchant gets it: unpacked outside the
# checkout, a path dependency of a fresh SwiftPM package whose main.swift is the package's own
# quickstart/Quickstart.swift, built by Swift 6.0.3 in the Debian trixie root of
# scripts/lib/swift-toolchain.sh against the package's linux-x86-64 library, and run against a
# sandbox (the `umf` of dist/'s x86_64 CLI wheel). Nothing from the checkout reaches the build.
#
#   scripts/test-dist-swift.sh [DIST_DIR]     default DIST_DIR: dist
#
# Needs root (chroot, mount), like scripts/test-swift.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

dist=${1:-dist}
step() { printf '\n==> %s\n' "$*"; }
SECONDS=0

# shellcheck source=lib/swift-toolchain.sh
. scripts/lib/swift-toolchain.sh
swift_toolchain

one() { # one GLOB: the single file dist/ has for it
    local found=("$dist"/$1)
    [ ${#found[@]} = 1 ] && [ -f "${found[0]}" ] ||
        { echo "$dist has no single $1: run make dist first" >&2; exit 1; }
    echo "${found[0]}"
}
archive=$(one 'umf-sdk-swift-*.tar.gz')
cli_wheel=$(one 'umf_sdk_cli-*manylinux_2_17_x86_64.whl')

# The merchant's directory, in the root's own /tmp: the unpacked package and the app beside it.
work=$swift_root/tmp/umf-swift-dist
rm -rf "$work"
mkdir -p "$work/app/Sources/Quickstart"
tar xzf "$archive" -C "$work"
cp "$work/umf-sdk-swift/quickstart/Quickstart.swift" "$work/app/Sources/Quickstart/main.swift"
cat >"$work/app/Package.swift" <<'SWIFT'
// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Quickstart",
    dependencies: [.package(path: "../umf-sdk-swift")],
    targets: [
        .executableTarget(
            name: "Quickstart",
            dependencies: [.product(name: "UmfSdk", package: "umf-sdk-swift")],
            path: "Sources/Quickstart"
        ),
    ]
)
SWIFT

step "the sandbox: umf of $(basename "$cli_wheel")"
umf=$work/umf
unzip -p "$cli_wheel" '*.data/scripts/umf' >"$umf"
chmod +x "$umf"
sandbox_pid=
stop_sandbox() { [ -z "$sandbox_pid" ] || kill "$sandbox_pid" 2>/dev/null || true; }
"$umf" sandbox --print-test-keys >"$work/app/test-keys.json"
"$umf" sandbox --port 0 >"$work/sandbox.out" 2>/dev/null &
sandbox_pid=$!
for _ in $(seq 100); do [ -s "$work/sandbox.out" ] && break; sleep 0.1; done
base_url=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["base_url"])' \
    "$work/sandbox.out")

step "swift build of the quickstart app, then run it (in $swift_root)"
swift_enter
# swift_enter's EXIT trap unmounts; the sandbox stops with it.
trap 'stop_sandbox; swift_leave' EXIT
lib=/tmp/umf-swift-dist/umf-sdk-swift/lib/linux-x86-64
out=$(swift_run sh -c '
    set -e
    cd /tmp/umf-swift-dist/app
    swift build -j 2 -Xlinker -L"$1" -Xlinker -rpath -Xlinker "$1" >build.log 2>&1 ||
        { tail -n 40 build.log >&2; exit 1; }
    UMF_BASE_URL=$2 UMF_TEST_KEYS=test-keys.json .build/debug/Quickstart
' sh "$lib" "$base_url")
echo "$out"
grep -qE '^created [A-Z0-9_]+: WAIT_BUYER_PAY' <<<"$out" &&
    grep -qE '^queried [A-Z0-9_]+: WAIT_BUYER_PAY$' <<<"$out" ||
    { echo "the Swift quickstart did not create and query a payment" >&2; exit 1; }
printf '\nSwift package from dist/: passed in %dm%02ds\n' $((SECONDS / 60)) $((SECONDS % 60))

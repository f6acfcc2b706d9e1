#!/usr/bin/env bash
# The npm artifacts of `make dist`, as tarballs in dist/ (what `npm publish` would upload):
#
#   umf-sdk-VERSION.tgz                  the SDK (bindings-wasm/pkg, built here)
#   umf-sdk-cli-VERSION.tgz              the `umf` command for npx: a small launcher whose
#                                        optionalDependencies name one package per platform
#   umf-sdk-cli-linux-x64-VERSION.tgz    the `umf` binary for Linux x86_64 (glibc 2.17)
#   umf-sdk-cli-linux-arm64-VERSION.tgz  the `umf` binary for Linux aarch64 (glibc 2.17)
#
# npm installs only the platform package whose `os` and `cpu` match the machine (the pattern
# esbuild uses), so `npx umf sandbox` runs the sandbox with no Rust toolchain. The binaries are
# the ones scripts/dist.sh cross-built for the CLI wheels (<target dir>/<triple>/release/umf,
# scripts/lib/dist-target-dir.sh). Each
# tarball carries LICENSE-MIT and LICENSE-APACHE (checked).
#
#   scripts/dist-npm.sh [DIST_DIR]     default DIST_DIR: dist
#
# Its two halves alone (scripts/dist.sh builds the WebAssembly package while it builds the
# binaries, and packs after):
#
#   scripts/dist-npm.sh --wasm                build bindings-wasm/pkg
#   scripts/dist-npm.sh --pack [DIST_DIR]     the tarballs, from bindings-wasm/pkg and the binaries
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
step() { printf '\n==> %s\n' "$*"; }

mode=all
case "${1:-}" in
    --wasm | --pack) mode=${1#--}; shift ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
esac

if [ "$mode" != pack ]; then
    step "build the npm package (bindings-wasm/scripts/build.mjs)"
    # shellcheck source=lib/wasm-toolchain.sh
    . scripts/lib/wasm-toolchain.sh
    (cd bindings-wasm && npm ci --no-audit --no-fund --loglevel=error && node scripts/build.mjs >/dev/null)
fi
[ "$mode" != wasm ] || exit 0
[ -f bindings-wasm/pkg/package.json ] || { echo "no bindings-wasm/pkg: run with --wasm first" >&2; exit 1; }

dist=$(mkdir -p "${1:-dist}" && cd "${1:-dist}" && pwd)
out=$root/target/dist-npm
# Read after the toolchain script, whose variables (its own `version`) would otherwise shadow it.
# shellcheck source=lib/version.sh
. scripts/lib/version.sh
sdk_version=$(workspace_version)
# shellcheck source=lib/dist-target-dir.sh
. scripts/lib/dist-target-dir.sh

step "umf-sdk: npm pack bindings-wasm/pkg"
(cd bindings-wasm/pkg && npm pack --silent --pack-destination "$dist" >/dev/null)

rm -rf "$out"
mkdir -p "$out"
platforms=("linux-x64 x86_64-unknown-linux-gnu x64" "linux-arm64 aarch64-unknown-linux-gnu arm64")
optional=()
for platform in "${platforms[@]}"; do
    read -r suffix triple cpu <<<"$platform"
    binary=$(dist_target_dir "$triple")/$triple/release/umf
    [ -x "$binary" ] || { echo "missing $binary: scripts/dist.sh builds it" >&2; exit 1; }
    name=umf-sdk-cli-$suffix
    step "$name: the umf binary of $triple"
    mkdir -p "$out/$name/bin"
    cp "$binary" "$out/$name/bin/umf"
    cp LICENSE-MIT LICENSE-APACHE "$out/$name/"
    cat >"$out/$name/package.json" <<JSON
{
  "name": "$name",
  "version": "$sdk_version",
  "description": "The umf command (umf-sdk-cli) for Linux $cpu, glibc 2.17 or later.",
  "license": "MIT OR Apache-2.0",
  "os": ["linux"],
  "cpu": ["$cpu"],
  "files": ["bin/umf", "LICENSE-MIT", "LICENSE-APACHE"],
  "preferUnplugged": true
}
JSON
    (cd "$out/$name" && npm pack --silent --pack-destination "$dist" >/dev/null)
    optional+=("\"$name\": \"$sdk_version\"")
done

step "umf-sdk-cli: the launcher"
mkdir -p "$out/umf-sdk-cli/bin"
cp bindings-wasm/cli/umf.js "$out/umf-sdk-cli/bin/umf.js"
cp LICENSE-MIT LICENSE-APACHE bindings-wasm/cli/README.md "$out/umf-sdk-cli/"
cat >"$out/umf-sdk-cli/package.json" <<JSON
{
  "name": "umf-sdk-cli",
  "version": "$sdk_version",
  "description": "The umf command of umf-sdk: umf sandbox (a local UMF for tests), keys, signing, verification.",
  "license": "MIT OR Apache-2.0",
  "bin": { "umf": "bin/umf.js" },
  "files": ["bin/umf.js", "README.md", "LICENSE-MIT", "LICENSE-APACHE"],
  "engines": { "node": ">=18" },
  "optionalDependencies": { $(IFS=,; echo "${optional[*]}") }
}
JSON
(cd "$out/umf-sdk-cli" && npm pack --silent --pack-destination "$dist" >/dev/null)

for tarball in "$dist"/umf-sdk-"$sdk_version".tgz "$dist"/umf-sdk-cli-*"$sdk_version".tgz; do
    listing=$(tar -tzf "$tarball")
    for license in LICENSE-MIT LICENSE-APACHE; do
        grep -qx "package/$license" <<<"$listing" || { echo "$tarball leaves out $license" >&2; exit 1; }
    done
    printf '%8s KiB  %s\n' $(($(stat -c %s "$tarball") / 1024)) "$(basename "$tarball")"
done

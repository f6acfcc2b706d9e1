# Sourced by scripts/test-wasm.sh and scripts/bench.sh: what building the npm package needs on a
# fresh machine. Expects to run from the repository root and a `step` function.
#
# Installs: the wasm32-unknown-unknown target; wasm-bindgen-cli at exactly the version of the
# wasm-bindgen crate in Cargo.lock (the glue and the module are one ABI), under
# ${UMF_TOOLS_DIR:-~/.cache/umf-sdk/tools} so clones on one machine share it (exports
# WASM_BINDGEN); node >= 18, npm and openssl from Debian. Defines `apt_install`.

apt_install() {
    if [ -z "${apt_updated:-}" ]; then
        apt-get update -qq
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

step "wasm toolchain: wasm32 target, wasm-bindgen-cli pinned to Cargo.lock"
rustup target add wasm32-unknown-unknown >/dev/null
version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
[ -n "$version" ] || { echo "wasm-bindgen is not in Cargo.lock" >&2; exit 1; }
tools=${UMF_TOOLS_DIR:-$HOME/.cache/umf-sdk/tools}
export WASM_BINDGEN="$tools/wasm-bindgen-cli-$version/bin/wasm-bindgen"
if [ "$("$WASM_BINDGEN" --version 2>/dev/null)" != "wasm-bindgen $version" ]; then
    # Not --locked: the CLI's own lock file may name crate versions yanked since its release.
    cargo install wasm-bindgen-cli --version "=$version" --root "$tools/wasm-bindgen-cli-$version"
fi
"$WASM_BINDGEN" --version

step "node >= 18, openssl"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    apt_install nodejs npm
fi
node -e 'const [major] = process.versions.node.split("."); if (+major < 18) { console.error(`node ${process.version} is older than 18`); process.exit(1); }'
command -v openssl >/dev/null || apt_install openssl

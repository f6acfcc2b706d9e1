#!/usr/bin/env bash
# The JVM jar of dist/, tested as a merchant uses it: in a directory outside the repository,
# the quickstart (bindings-mobile/quickstart/Quickstart.kt) is compiled against the jar alone
# and run with `java -cp umf-sdk-jvm-<version>.jar:jna.jar` (JNA from Debian, nothing else: no
# -Djna.library.path, the native library comes out of the jar) against `umf sandbox`, its keys
# from `umf sandbox --print-test-keys`.
#
#   scripts/test-dist-jvm.sh [DIST_DIR] [UMF]   defaults: dist, target/debug/umf
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

dist=$(cd "${1:-dist}" && pwd)
umf=${2:-$root/target/debug/umf}
step() { printf '\n==> %s\n' "$*"; }
# shellcheck source=lib/kotlin-toolchain.sh
. scripts/lib/kotlin-toolchain.sh
kotlinc=$root/$kotlin_home/bin/kotlinc

jar=$(ls "$dist"/umf-sdk-jvm-*.jar | grep -v -- -sources.jar)
work=$(mktemp -d)
sandbox_pid=
cleanup() { [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cp "$jar" bindings-mobile/quickstart/Quickstart.kt "$work/"
cd "$work"

echo "compile the quickstart against $(basename "$jar") alone"
"$kotlinc" -nowarn -cp "$(basename "$jar")" Quickstart.kt -d quickstart.jar

"$umf" sandbox --print-test-keys >test-keys.json
"$umf" sandbox --port 0 >sandbox.out 2>/dev/null &
sandbox_pid=$!
for _ in $(seq 100); do [ -s sandbox.out ] && break; sleep 0.1; done
base_url=$(python3 -c 'import json,sys; print(json.loads(open("sandbox.out").readline())["base_url"])')

echo "java -cp $(basename "$jar"):jna.jar:quickstart.jar QuickstartKt"
out=$(UMF_BASE_URL=$base_url UMF_TEST_KEYS=test-keys.json \
    java -cp "$(basename "$jar"):$jna:quickstart.jar" QuickstartKt)
echo "$out"
grep -qE '^created [A-Z0-9_]+: WAIT_BUYER_PAY' <<<"$out" &&
    grep -qE '^queried [A-Z0-9_]+: WAIT_BUYER_PAY$' <<<"$out" ||
    { echo "the JVM quickstart did not create and query a payment" >&2; exit 1; }
echo "JVM quickstart from the jar: passed"

#!/usr/bin/env bash
# Instructions per call of prepare / validate / parse at 1, 10 and 100 sub-orders, counted by
# callgrind: exact and independent of machine load, so the growth with payload size reads
# straight off the table (README "Scale"). Per call = (run with 1+K calls − run with 1) / K, which
# cancels start-up and key parsing.
#
#   ./scripts/profile.sh            (`make profile`; installs valgrind if missing)
#   KEEP=1 ./scripts/profile.sh     also keeps target/profile/<work>-<n>.callgrind for
#                                   callgrind_annotate / kcachegrind
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v valgrind >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null
fi
cargo build --release -q -p umf-core --example scaling_profile
bin=target/release/examples/scaling_profile
out=target/profile
mkdir -p "$out"

instructions() { # work n calls → total instructions
    valgrind --tool=callgrind --callgrind-out-file="$out/$1-$2.callgrind" "$bin" "$1" "$2" "$3" 2>&1 \
        | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

printf '%-16s %6s %14s %18s\n' work subs 'Ir per call' 'Ir per sub-order'
for work in prepare validate parse parse_verified; do
    previous=
    for n in 1 10 100; do
        k=10
        [ "$n" = 100 ] && k=4
        base=$(instructions "$work" "$n" 1)
        total=$(instructions "$work" "$n" $((k + 1)))
        per_call=$(((total - base) / k))
        slope=-
        [ -n "$previous" ] && slope=$(((per_call - ${previous#*:}) / (n - ${previous%%:*})))
        printf '%-16s %6s %14s %18s\n' "$work" "$n" "$per_call" "$slope"
        previous="$n:$per_call"
    done
done
[ -n "${KEEP:-}" ] || rm -f "$out"/*.callgrind

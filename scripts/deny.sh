#!/usr/bin/env bash
# cargo deny: licenses, duplicate versions and sources always; advisories against the RustSec
# database. The database lives on github.com, which this project's machines cannot reach (only
# crates.io, PyPI, npm and Debian are). When it cannot be fetched, an existing local copy in
# ~/.cargo/advisory-dbs is used and its date printed; with neither, the script says plainly that
# advisories were NOT checked. RUSTSEC-2023-0071 is the one reasoned exception (deny.toml).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo-deny >/dev/null; then
    cargo install --locked cargo-deny
fi
cargo deny --version
cargo deny check licenses bans sources

db=$(ls -d "$HOME"/.cargo/advisory-dbs/advisory-db-* 2>/dev/null | head -n 1 || true)
if timeout 10 git ls-remote https://github.com/rustsec/advisory-db HEAD >/dev/null 2>&1; then
    cargo deny check advisories
elif [ -n "$db" ] && [ -d "$db/.git" ]; then
    echo "advisory database unreachable; using the local copy of $(git -C "$db" log -1 --format=%cs)"
    cargo deny --offline check advisories
else
    echo "ADVISORIES NOT CHECKED: github.com/rustsec/advisory-db is unreachable from this machine"
    echo "and no local copy exists. Run 'cargo deny check advisories' where it is reachable."
fi

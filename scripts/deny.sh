#!/usr/bin/env bash
# cargo deny: licenses, duplicate versions, sources, and advisories against the RustSec database.
#
# The database lives on github.com, which this project's machines cannot reach (only crates.io,
# PyPI, npm and Debian are). The advisories are checked offline against a dated snapshot of it:
# $UMF_ADVISORY_DB, else ../shared/advisory-db (CI checks the repository out beside shared/).
# The snapshot is read-only there, and cargo-deny wants a git checkout it may write to, so it is
# copied into target/advisory-db/ and committed there first. A known-vulnerable dependency fails
# the run; the verdict is printed with the snapshot's date, since advisories published after it
# are not in it. Without a snapshot the run fails: advisories are never silently skipped.
# RUSTSEC-2023-0071 is the one reasoned exception (deny.toml).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo-deny >/dev/null; then
    cargo install --locked cargo-deny@0.20.2
fi
cargo deny --version
cargo deny check licenses bans sources

snapshot=${UMF_ADVISORY_DB:-../shared/advisory-db}
if [ ! -f "$snapshot/SNAPSHOT.md" ] || [ ! -d "$snapshot/crates" ]; then
    echo "ADVISORIES NOT CHECKED: no RustSec snapshot at $snapshot (SNAPSHOT.md and crates/)." >&2
    echo "Set UMF_ADVISORY_DB to a copy of the advisory database, or check out the repository" >&2
    echo "beside shared/." >&2
    exit 1
fi
# "commit <40 hex> (YYYY-MM-DD)" in SNAPSHOT.md: the date every verdict is shown with.
read -r commit date < <(tr '\n' ' ' <"$snapshot/SNAPSHOT.md" \
    | grep -oE 'commit +[0-9a-f]{40} +\([0-9]{4}-[0-9]{2}-[0-9]{2}\)' \
    | sed -E 's/commit +([0-9a-f]+) +\(([0-9-]+)\)/\1 \2/' | head -n 1) || true
if [ -z "${date:-}" ]; then
    echo "$snapshot/SNAPSHOT.md names no 'commit <sha> (YYYY-MM-DD)': cannot date the verdict" >&2
    exit 1
fi

# deny.toml's db-path is target/advisory-db; cargo-deny names the checkout of the default
# db-url (github.com/rustsec/advisory-db) advisory-db-3157b0e258782691.
db=target/advisory-db/advisory-db-3157b0e258782691
stamp=target/advisory-db/snapshot-commit
if [ "$(cat "$stamp" 2>/dev/null)" != "$commit" ] || [ ! -d "$db/.git" ]; then
    rm -rf "$db"
    mkdir -p "$db"
    cp -R "$snapshot/." "$db/"
    rm -rf "$db/.git"
    git -C "$db" init -q
    git -C "$db" add -A
    GIT_AUTHOR_DATE="${date}T00:00:00Z" GIT_COMMITTER_DATE="${date}T00:00:00Z" \
        git -C "$db" -c user.name=snapshot -c user.email=snapshot@localhost \
        -c commit.gpgsign=false commit -q -m "RustSec advisory-db $commit ($date)"
    echo "$commit" >"$stamp"
fi

if cargo deny --offline check advisories; then
    echo "advisories ok against the RustSec advisory database of $date (snapshot of commit ${commit:0:12})"
else
    echo "ADVISORIES FAILED against the RustSec advisory database of $date (snapshot of commit ${commit:0:12})" >&2
    exit 1
fi

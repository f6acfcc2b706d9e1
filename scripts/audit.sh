#!/usr/bin/env bash
# Supply chain of the npm and Python packages (cargo deny covers the Rust crates both embed).
#
# Always checked, offline:
#   * what a merchant installs: the npm package and the wheel declare no runtime dependency
#     (httpx only as the optional extra), so their whole code is our Rust plus wasm-bindgen/PyO3 glue;
#   * the build and test tools: every npm package in the lockfile comes from registry.npmjs.org
#     with a sha512 integrity hash, a permissive license and no install script; every Python tool
#     is pinned to one version.
# Checked when the advisory service answers: `npm audit` and `pip-audit`. This project's
# machines reach the registries but not their advisory endpoints (npm's bulk audit answers 405,
# PyPI's JSON API 404, OSV does not resolve); the script then says plainly that advisories were
# NOT checked, as scripts/deny.sh does for RustSec.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 - <<'EOF'
import json, re, sys

problems = []
allowed = {"MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "0BSD"}

shipped = json.load(open("bindings-wasm/npm/package.json"))
# Audited here: `redis`, an optional peer (the package never imports it; a merchant who
# shares tokens on Redis installs node-redis, MIT, themselves).
audited_peers = {"redis"}
for field in ("dependencies", "peerDependencies", "optionalDependencies", "bundleDependencies"):
    declared = set(shipped.get(field) or {})
    if field == "peerDependencies":
        optional = {k for k, v in shipped.get("peerDependenciesMeta", {}).items() if v.get("optional")}
        declared -= audited_peers & optional
    if declared:
        problems.append(f"npm umf-sdk declares {field}: {sorted(declared)} (audit them here)")
if "scripts" in shipped:
    problems.append("npm umf-sdk declares scripts; an install script runs on every merchant's machine")

lock = json.load(open("bindings-wasm/package-lock.json"))
tools = {k: v for k, v in lock["packages"].items() if k}
for path, p in tools.items():
    resolved = p.get("resolved", "https://registry.npmjs.org/")
    if not resolved.startswith("https://registry.npmjs.org/"):
        problems.append(f"{path} resolves from {resolved}")
    if not str(p.get("integrity", "")).startswith("sha512-"):
        problems.append(f"{path} has no sha512 integrity hash")
    if p.get("license") not in allowed:
        problems.append(f"{path} license {p.get('license')!r} is not in {sorted(allowed)}")
    if p.get("hasInstallScript"):
        problems.append(f"{path} runs an install script")

pyproject = open("bindings-python/pyproject.toml").read()
deps = re.search(r"^dependencies\s*=\s*\[(.*?)\]", pyproject, re.S | re.M)
# Audited here: typing_extensions (PSF-2.0, maintained with CPython), on Python < 3.11 only,
# for `Required`/`NotRequired` in the generated TypedDicts.
audited = {'"typing_extensions>=4.6; python_version < \\"3.11\\""'}
declared = {d.strip() for d in deps.group(1).split(",") if d.strip()} if deps else {"?"}
if declared - audited:
    problems.append(f"the wheel declares runtime dependencies {sorted(declared - audited)}: audit them here")
pins = [l.split("#")[0].strip() for l in open("bindings-python/requirements-test.txt")]
pins = [l for l in pins if l]
for l in pins:
    if not re.fullmatch(r"[A-Za-z0-9_.\-\[\],]+==[A-Za-z0-9_.]+", l):
        problems.append(f"requirements-test.txt: {l!r} is not pinned to one version")

if problems:
    print("supply chain problems:", *problems, sep="\n  ", file=sys.stderr)
    sys.exit(1)
print(f"npm: umf-sdk has no runtime dependencies (redis: an optional peer, audited); {len(tools)} build tools from registry.npmjs.org, "
      "sha512-pinned, permissively licensed, no install scripts")
print(f"python: the wheel has no runtime dependencies but typing_extensions on Python < 3.11 (audited; httpx, redis optional); {len(pins)} test tools pinned")
EOF

# Advisories. A vulnerability report fails the run; an unreachable service is reported, not hidden.
not_checked=()
if out=$(cd bindings-wasm && npm audit --package-lock-only --audit-level=low 2>&1); then
    echo "npm audit: $(tail -n 1 <<<"$out")"
elif grep -qE 'found [0-9]+ vulnerabilit|[0-9]+ (low|moderate|high|critical) severity' <<<"$out"; then
    echo "$out" >&2
    exit 1
else
    not_checked+=("npm ($(grep -m1 -oE '[0-9]{3} [A-Za-z ]+ - [A-Z]+ [^ ]+' <<<"$out" || echo unreachable))")
fi

venv=target/audit-venv
[ -x "$venv/bin/pip-audit" ] || {
    python3 -m venv --clear "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check pip-audit==2.9.0
}
if out=$("$venv/bin/pip-audit" --progress-spinner off -r bindings-python/requirements-test.txt 2>&1); then
    if grep -q 'could not be audited' <<<"$out"; then
        not_checked+=("PyPI (its vulnerability data is unreachable: every package was skipped)")
    else
        echo "pip-audit: $(head -n 1 <<<"$out")"
    fi
elif grep -qE 'Found [0-9]+ known vulnerabilit' <<<"$out"; then
    echo "$out" >&2
    exit 1
else
    not_checked+=("PyPI ($(tail -n 1 <<<"$out"))")
fi

for what in "${not_checked[@]}"; do
    echo "ADVISORIES NOT CHECKED for $what: run scripts/audit.sh where the advisory service answers."
done

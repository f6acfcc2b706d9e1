#!/usr/bin/env python3
"""One version for every package: the workspace's, in Cargo.toml.

    scripts/check-versions.py                      the sources (run by `make test`)
    scripts/check-versions.py --npm PKG_JSON ...   also built artifacts: the npm package.json,
                              --wheel WHEEL ...    a wheel or sdist file name

Every crate takes `version.workspace = true`; the path dependencies between crates name that
version; Cargo.lock has it for every member; the npm package's manifest carries no version of
its own (scripts/build.mjs stamps it) and the Python packages' (the SDK's and the CLI's) are
`dynamic` (maturin reads Cargo's); CHANGELOG.md has a section for it. Given built artifacts,
their version must be it.
Exits 1 naming every disagreement.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?")


def toml(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def check_sources(version: str, workspace: dict) -> list[str]:
    problems = []
    members = workspace["workspace"]["members"]
    member_names = set()
    for member in members:
        package = toml(ROOT / member / "Cargo.toml")["package"]
        member_names.add(package["name"])
        if package.get("version") != {"workspace": True}:
            problems.append(f"{member}/Cargo.toml: version is not `version.workspace = true`")
    for name, dep in workspace["workspace"].get("dependencies", {}).items():
        if isinstance(dep, dict) and "path" in dep and dep.get("version") != version:
            problems.append(f"Cargo.toml: dependency {name} names version {dep.get('version')}")
    for package in toml(ROOT / "Cargo.lock")["package"]:
        if package["name"] in member_names and package["version"] != version:
            problems.append(f"Cargo.lock: {package['name']} is {package['version']} (stale)")

    npm = json.loads((ROOT / "bindings-wasm/npm/package.json").read_text(encoding="utf-8"))
    if "version" in npm:
        problems.append("bindings-wasm/npm/package.json has a version; scripts/build.mjs stamps it")
    for pyproject in ["bindings-python/pyproject.toml", "cli/pyproject.toml"]:
        project = toml(ROOT / pyproject)["project"]
        if "version" in project or "version" not in project.get("dynamic", []):
            problems.append(f"{pyproject}: the version must be dynamic (Cargo's)")

    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    if not re.search(rf"^## \[{re.escape(version)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.M):
        problems.append(f"CHANGELOG.md has no `## [{version}] - YYYY-MM-DD` section")
    if not re.search(r"^## \[Unreleased\]$", changelog, re.M):
        problems.append("CHANGELOG.md has no `## [Unreleased]` section")
    return problems


def check_artifacts(version: str, npm: list[Path], wheels: list[Path]) -> list[str]:
    problems = []
    for path in npm:
        found = json.loads(path.read_text(encoding="utf-8")).get("version")
        if found != version:
            problems.append(f"{path}: version {found}")
    for path in wheels:
        # {name}-{version}-... (wheel) or {name}-{version}.tar.gz (sdist)
        found = re.sub(r"\.tar\.gz$", "", path.name).split("-")[1]
        if found != version:
            problems.append(f"{path.name}: version {found}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--npm", type=Path, action="append", default=[], metavar="PKG_JSON")
    parser.add_argument("--wheel", type=Path, action="append", default=[], metavar="FILE")
    args = parser.parse_args()

    workspace = toml(ROOT / "Cargo.toml")
    version = workspace["workspace"]["package"]["version"]
    if not SEMVER.fullmatch(version):
        print(f"Cargo.toml: workspace version {version!r} is not SemVer", file=sys.stderr)
        return 1
    problems = check_sources(version, workspace) + check_artifacts(version, args.npm, args.wheel)
    if problems:
        print(f"versions disagree with the workspace's {version}:", *problems, sep="\n  ",
              file=sys.stderr)
        return 1
    checked = ["crates", "Cargo.lock", "npm manifest", "pyprojects", "CHANGELOG"]
    checked += [str(p) for p in args.npm] + [p.name for p in args.wheel]
    print(f"version {version}: {', '.join(checked)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

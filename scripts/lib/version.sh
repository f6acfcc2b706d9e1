# Sourced by the dist scripts: the workspace's version (Cargo.toml's [workspace.package], the one
# version every package carries; scripts/check-versions.py enforces it), as cargo reads it.
# A function, not a variable: sourced libraries (wasm-toolchain.sh) have variables of their own.
workspace_version() {
    cargo metadata --no-deps --format-version 1 |
        python3 -c 'import json, sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "umf-core"))'
}

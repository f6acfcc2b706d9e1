# shellcheck shell=bash
# Sourced by the dist scripts: the cargo target directory of each architecture's release builds.
# aarch64 has its own so that scripts/dist.sh can build both architectures at once: a cross
# build holds the lock of its target directory's host part (target/release) from start to end,
# so two builds in one target directory take turns. x86_64 keeps target/, where
# scripts/test.sh's mobile step finds the jar's linux-x86-64 library.
dist_target_dir() {
    case "$1" in
        aarch64-*) echo target/dist-aarch64 ;;
        *) echo target ;;
    esac
}

#!/usr/bin/env bash
# What building OpenSSL from source (umf-core's `vendored-openssl`: the Python wheel, the desktop
# Kotlin library) needs on a fresh Debian machine, installed when missing: a C compiler, make,
# and perl with the modules OpenSSL's Configure uses (perl-base lacks IPC::Cmd). With
# `--system-openssl`, also what linking the system OpenSSL needs (umf-core's tests and
# benchmark): libssl-dev and pkg-config.
set -euo pipefail

missing=()
command -v cc >/dev/null || missing+=(gcc)
command -v make >/dev/null || missing+=(make)
perl -MIPC::Cmd -MFindBin -MFile::Compare -e 1 2>/dev/null || missing+=(perl)
if [ "${1:-}" = "--system-openssl" ]; then
    command -v pkg-config >/dev/null || missing+=(pkg-config)
    pkg-config --exists openssl 2>/dev/null || missing+=(libssl-dev)
fi
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

#!/usr/bin/env bash
# The Python artifacts of dist/ (`make dist`), tested as a merchant gets them: installed by pip
# from dist/ alone (plus httpx and typing_extensions from PyPI), never from the checkout.
#
#   1. the sdist builds a wheel (pip wheel, in a fresh venv);
#   2. a fresh venv on this machine installs the x86_64 SDK wheel (with its httpx extra) and the
#      CLI wheel, starts the venv's `umf sandbox` and runs bindings-python/examples/quickstart.py,
#      copied outside the repository (scripts/lib/dist_quickstart.py drives it);
#   3. the same in a Debian 11 root (bullseye: Python 3.9, glibc 2.31, the oldest Python the
#      wheel claims) and a Debian 13 root (trixie: Python 3.13), through chroot;
#   4. aarch64: the wheels' Python module imported, used, and the `umf` binary run under
#      qemu-user (qemu-aarch64-static) in a Debian 11 arm64 root; the JVM jar's (and the Swift
#      package's) linux-aarch64 library loaded there and called, its UniFFI contract and every
#      checksum the same as the linux-x86-64 library's, which the Kotlin and Swift suites use.
#
# The roots are made once by debootstrap (30-60 s each) and kept in $UMF_ROOTS (default
# /work/roots, outside the checkout); a root is complete when its stamp is there. Needs root
# (debootstrap, chroot, mount), like scripts/test-swift.sh. Installs debootstrap and
# qemu-user-static when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

step() { printf '\n==> %s\n' "$*"; }
SECONDS=0

# Wheels come from dist/ and the dependencies fetched below, nowhere else.
unset PIP_FIND_LINKS PIP_EXTRA_INDEX_URL
roots=${UMF_ROOTS:-/work/roots}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
work=$root/target/dist-test
deps=$work/deps

one() { # one GLOB: the single file dist/ has for it
    local found=(dist/$1)
    [ ${#found[@]} = 1 ] && [ -f "${found[0]}" ] ||
        { echo "dist/ has no single $1: run make dist first" >&2; exit 1; }
    echo "$root/${found[0]}"
}
sdk_x86=$(one 'umf_sdk-*manylinux_2_17_x86_64.whl')
cli_x86=$(one 'umf_sdk_cli-*manylinux_2_17_x86_64.whl')
sdk_arm=$(one 'umf_sdk-*manylinux_2_17_aarch64.whl')
cli_arm=$(one 'umf_sdk_cli-*manylinux_2_17_aarch64.whl')
sdist=$(one 'umf_sdk-*.tar.gz')

missing=()
command -v debootstrap >/dev/null || missing+=(debootstrap)
command -v qemu-aarch64-static >/dev/null || missing+=(qemu-user-static)
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

rm -rf "$work/run"
mkdir -p "$work/run" "$deps"
# What every environment gets: the quickstart and its driver, and the x86_64 wheels, in a
# directory outside the repository.
kit=$work/run/kit
mkdir -p "$kit/dist"
cp bindings-python/examples/quickstart.py scripts/lib/dist_quickstart.py "$kit/"
cp "$sdk_x86" "$cli_x86" "$kit/dist/"

step "the pure-Python dependencies (httpx, typing_extensions) for Python 3.9 to 3.13, from PyPI"
for python_version in 3.9 3.11 3.13; do
    # pip download evaluates the markers of dependencies for this interpreter, not for
    # --python-version: anyio's exceptiongroup (Python < 3.11) is named for that reason.
    python3 -m pip download --quiet --disable-pip-version-check --only-binary=:all: \
        --python-version "$python_version" --dest "$deps" \
        'httpx>=0.27,<1' 'typing_extensions>=4.6' 'exceptiongroup>=1.0.2'
done
cp "$deps"/*.whl "$kit/dist/"

# Installs the kit's wheels into a fresh venv with PYTHON and runs the quickstart with it.
# --only-binary: pip must take the wheels as they are, never fall back to building anything.
quickstart_script='
set -e
cd "$1"
"$2" -m venv --clear venv
venv/bin/python -m pip install --quiet --disable-pip-version-check --no-index \
    --only-binary=:all: --find-links dist "umf-sdk[httpx]" umf-sdk-cli
venv/bin/python dist_quickstart.py quickstart.py
'

step "this machine ($(python3 --version)): a fresh venv, the wheels from dist/, the quickstart"
sh -c "$quickstart_script" sh "$kit" python3

# A Debian root with Python and venv, made once: NAME SUITE [debootstrap options].
debian_root() {
    local dir=$roots/$1 suite=$2
    shift 2
    if [ "$(cat "$dir/.umf-dist-root" 2>/dev/null)" != "$suite $*" ]; then
        echo "making $dir (debootstrap $suite $*)"
        rm -rf "$dir" "$dir.tmp"
        mkdir -p "$roots"
        debootstrap --variant=minbase "$@" "$suite" "$dir.tmp" "$mirror" >"$dir.log" 2>&1 ||
            { tail -n 20 "$dir.log" >&2; exit 1; }
        mv "$dir.tmp" "$dir"
        echo "$suite $*" >"$dir/.umf-dist-root"
    fi
}

mounted=()
unmount_all() {
    local target
    for target in "${mounted[@]}"; do
        umount "$target" 2>/dev/null || umount -l "$target" 2>/dev/null || true
    done
    mounted=()
}
trap unmount_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

in_root() { # NAME: the quickstart in that root, from a copy of the kit in its /tmp
    local dir=$roots/$1
    rm -rf "$dir/tmp/umf-dist"
    cp -r "$kit" "$dir/tmp/umf-dist"
    mountpoint -q "$dir/proc" || { mount -t proc proc "$dir/proc" && mounted+=("$dir/proc"); }
    chroot "$dir" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/bin:/bin \
        /bin/sh -c "$quickstart_script" sh /tmp/umf-dist /usr/bin/python3
    unmount_all
    rm -rf "$dir/tmp/umf-dist"
}

for suite in bullseye trixie; do
    step "Debian $suite root ($roots/$suite): the wheels from dist/, the quickstart"
    debian_root "$suite" "$suite" --include=python3,python3-venv
    in_root "$suite"
done

step "aarch64 under qemu-user: Debian bullseye arm64 root ($roots/bullseye-arm64)"
# The first stage of debootstrap only (the second would run arm64 programs through binfmt_misc,
# which this machine need not have); the Python packages it downloads are unpacked here, so
# the root is a sysroot for qemu-aarch64-static -L.
arm_root=$roots/bullseye-arm64
if [ ! -f "$arm_root/.umf-dist-root" ]; then
    debian_root bullseye-arm64 bullseye --foreign --arch=arm64 --include=python3
    rm -f "$arm_root/.umf-dist-root"
    for deb in "$arm_root"/var/cache/apt/archives/*.deb; do
        dpkg-deb -x "$deb" "$arm_root"
    done
    echo "bullseye --foreign --arch=arm64 --include=python3" >"$arm_root/.umf-dist-root"
fi
arm_site=$work/run/arm64-site
mkdir -p "$arm_site"
unzip -q -o "$sdk_arm" -d "$arm_site"
unzip -q -o "$(ls "$deps"/typing_extensions-*.whl | head -n 1)" -d "$arm_site"
arm_umf=$work/run/umf-aarch64
unzip -p "$cli_arm" '*.data/scripts/umf' >"$arm_umf"
chmod +x "$arm_umf"
qemu() { qemu-aarch64-static -L "$arm_root" "$@"; }
# The module: loaded by Debian 11's arm64 Python 3.9, its OpenSSL signing and verifying, the
# test keys and a signed test notification.
(cd "$work/run" && PYTHONPATH=$arm_site PYTHONDONTWRITEBYTECODE=1 \
    qemu "$arm_root/usr/bin/python3.9" -c '
import platform, umf, umf.testing
key = umf.testing.merchant_key()
key.public_key.verify(b"{}", key.sign(b"{}"))
note = umf.testing.signed_notification("refund", {"id": "REFUND_1", "state": "REFUND_SUCCESS"})
parsed = umf.verify_notification(note.signature, note.body, umf.testing.umf_public_key())
assert parsed.idempotency_key == "refund:REFUND_1:REFUND_SUCCESS"
print(f"umf {umf.__version__} on Python {platform.python_version()} {platform.machine()}:",
      f"{umf._native.RSA_BACKEND}; signed, verified, test notification read")
')
# The command: its version, and the test keys it prints.
echo "umf-sdk-cli: $(qemu "$arm_umf" --version), test keys of" \
    "$(qemu "$arm_umf" sandbox --print-test-keys | python3 -c 'import json, sys; print(json.load(sys.stdin)["client_id"])')"

# The jar's aarch64 library: loaded by the arm64 loader of Debian 11 (glibc 2.31) and called
# through ctypes. The UniFFI contract version and the checksum of every function the bindings
# call must equal the x86_64 library's: the one generated Kotlin and Swift serve both.
jar=$(one 'umf-sdk-jvm-*[0-9].jar')
unzip -p "$jar" linux-aarch64/libumf_mobile.so >"$work/run/libumf_mobile-aarch64.so"
unzip -p "$jar" linux-x86-64/libumf_mobile.so >"$work/run/libumf_mobile-x86_64.so"
contract='
import ctypes, sys
lib = ctypes.CDLL(sys.argv[1])
names = sorted(line.split()[-1] for line in sys.stdin if " T uniffi_umf_mobile_checksum_" in line)
values = [str(lib.ffi_umf_mobile_uniffi_contract_version())]
for name in names:
    function = getattr(lib, name)
    function.restype = ctypes.c_uint16
    values.append(f"{name}={function()}")
print(len(names), "checksums", ";".join(values))
'
symbols=$(nm -D --defined-only "$work/run/libumf_mobile-x86_64.so")
x86=$(python3 -c "$contract" "$work/run/libumf_mobile-x86_64.so" <<<"$symbols")
arm=$(cd "$work/run" && qemu "$arm_root/usr/bin/python3.9" -c "$contract" \
    "$work/run/libumf_mobile-aarch64.so" <<<"$symbols")
[ "$x86" = "$arm" ] && [ "${x86%% *}" -gt 50 ] ||
    { echo "the jar's aarch64 library differs from its x86_64 one: ${arm:0:200}" >&2; exit 1; }
echo "umf-sdk-jvm linux-aarch64 library: loaded under qemu, contract and ${x86%% checksums*} checksums as on x86_64"

step "the sdist builds (pip wheel in a fresh venv)"
# The wheel is built from the sdist's own sources. CARGO_TARGET_DIR keeps what was compiled
# between runs, as any incremental build does: a rerun compiles what changed in the sdist (its
# files keep the checkout's times), and reuses OpenSSL and the other dependencies.
python3 -m venv --clear "$work/run/sdist-venv"
CARGO_TARGET_DIR=$root/target/sdist-build \
    "$work/run/sdist-venv/bin/python" -m pip wheel --quiet --disable-pip-version-check \
    --no-deps --wheel-dir "$work/run/sdist-wheel" "$sdist"
built=$(ls "$work/run/sdist-wheel"/umf_sdk-*.whl)
"$work/run/sdist-venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    --no-index --find-links "$deps" "$built"
(cd "$work/run" && "$work/run/sdist-venv/bin/python" -c '
import umf, umf.testing
key = umf.testing.merchant_key()
key.public_key.verify(b"{}", key.sign(b"{}"))
print(f"{umf.__version__} from the sdist: {umf._native.RSA_BACKEND}")
')
echo "built $(basename "$built") from $(basename "$sdist")"

printf '\ndist artifact tests passed in %dm%02ds\n' $((SECONDS / 60)) $((SECONDS % 60))

# Sourced by scripts/test-swift.sh: a Swift toolchain on a Debian machine that has none. Debian
# 13 (trixie) packages Swift as `swiftlang` (Swift 6.0.3, with SwiftPM, XCTest and Foundation);
# this builds a trixie root with it under target/swift/trixie once (debootstrap, then apt-get in
# a chroot) and runs Swift in that root, the checkout bound at /src. Expects to run from the
# repository root and a `step` function. Needs root: debootstrap, chroot and mount do.
#
#   swift_toolchain       build the root unless it is complete (its stamp names what it holds)
#   swift_enter           mount /proc, a devpts and a tmpfs for /dev/shm in it, and bind the
#                         checkout read-only at /src with target/swift/package writable (the
#                         Swift package and its build); all unmounted again on every exit of the
#                         calling shell (EXIT trap; INT and TERM exit through it)
#   swift_run CMD...      run CMD in the root, from /src (the checkout), as root
#
# The root is the cache: the stamp is written last, so a root whose build was interrupted, or
# whose Swift no longer runs, is unmounted, deleted and built again.
#
# Nothing the root mounts is the host's to lose: should a run be killed (SIGKILL) with its
# mounts left behind, deleting target/ (cargo clean) meets a read-only checkout and throwaway
# file systems, not the checkout or the host's /dev. The next run unmounts the leftovers.

SWIFT_PACKAGES="swiftlang openssl ca-certificates"
swift_root=$PWD/target/swift/trixie
swift_stamp=$swift_root/.umf-swift-toolchain

if [ "$(id -u)" != 0 ]; then
    echo "the Swift step needs root: it builds a Debian trixie root with debootstrap and runs Swift" >&2
    echo "in it through chroot and bind mounts. Run it as root (CI does), or with sudo." >&2
    exit 1
fi

# Mount points under the root, deepest first (what to unmount, in order).
swift_mounts_under_root() {
    findmnt -rn -o TARGET | awk -v root="$swift_root" 'index($0, root "/") == 1 || $0 == root' | sort -r
}

# Unmounts everything under the root and proves it: deleting a root with the checkout still bound
# into it would delete the checkout. Mounts left by a killed run may be stacked under new ones:
# each pass unmounts what is listed, deepest first, and the list is read again until it is empty.
swift_leave() {
    local target pass
    for pass in 1 2 3 4 5 6 7 8; do
        [ -n "$(swift_mounts_under_root)" ] || break
        while read -r target; do
            umount "$target" 2>/dev/null || umount -l "$target" 2>/dev/null || true
        done < <(swift_mounts_under_root)
    done
    if [ -n "$(swift_mounts_under_root)" ]; then
        echo "still mounted under $swift_root after $pass passes:" >&2
        swift_mounts_under_root >&2
        return 1
    fi
}

swift_mount() { # swift_mount TARGET MOUNT-ARGUMENTS...
    local target=$swift_root$1
    shift
    mkdir -p "$target"
    mount "$@" "$target"
}

swift_enter() {
    swift_leave # what a killed run left behind
    trap 'swift_leave' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    swift_mount /proc -t proc proc
    # debootstrap made the device nodes (/dev/null, /dev/urandom); apt and SwiftPM want these.
    swift_mount /dev/pts -t devpts -o newinstance,ptmxmode=0666 devpts
    swift_mount /dev/shm -t tmpfs -o size=256m tmpfs
    swift_mount /src --bind "$PWD"
    mount -o remount,bind,ro "$swift_root/src"
    mkdir -p target/swift/package
    swift_mount /src/target/swift/package --bind "$PWD/target/swift/package"
    # apt-get inside (when building) resolves names like the host.
    cp -L /etc/resolv.conf "$swift_root/etc/resolv.conf" 2>/dev/null || true
}

swift_run() {
    chroot "$swift_root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        /bin/sh -c 'cd /src && exec "$@"' sh "$@"
}

# The Debian mirror the host's apt uses (deb822 or one-line sources), else Debian's CDN.
swift_mirror() {
    local mirror
    mirror=$(
        {
            grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{ for (i = 2; i <= NF; i++) print $i }'
            grep -h '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
                awk '{ for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; break } }'
        } | grep -E '/debian/?$' | head -n 1
    )
    echo "${mirror:-http://deb.debian.org/debian}"
}

# Whether the root is complete and its Swift runs (it needs /proc: the loader finds Swift's own
# libraries relative to /proc/self/exe). Prints the version.
swift_ready() {
    [ "$(cat "$swift_stamp" 2>/dev/null)" = "$SWIFT_PACKAGES" ] || return 1
    (
        swift_enter
        swift_run swift --version 2>/dev/null | head -n 1
        [ "${PIPESTATUS[0]}" = 0 ]
    )
}

swift_toolchain() {
    step "Swift toolchain: Debian trixie root with $SWIFT_PACKAGES (target/swift/trixie)"
    if ! swift_ready; then
        echo "building it (debootstrap, then apt-get install in a chroot)"
        swift_leave || { echo "not deleting $swift_root: something is still mounted in it" >&2; exit 1; }
        rm -rf "$swift_root"
        if ! command -v debootstrap >/dev/null; then
            apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
        fi
        local mirror
        mirror=$(swift_mirror)
        echo "debootstrap trixie from $mirror"
        mkdir -p "$(dirname "$swift_root")"
        debootstrap --variant=minbase trixie "$swift_root" "$mirror" >"$swift_root.debootstrap.log" 2>&1 ||
            { tail -n 20 "$swift_root.debootstrap.log" >&2; exit 1; }
        (
            swift_enter
            swift_run sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
                apt-get install -y -qq $SWIFT_PACKAGES >/dev/null && apt-get clean"
        )
        echo "$SWIFT_PACKAGES" >"$swift_stamp"
        swift_ready || { echo "the Swift toolchain in $swift_root does not run" >&2; exit 1; }
    fi
}

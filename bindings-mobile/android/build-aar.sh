#!/usr/bin/env bash
# Builds the Android library: cargo-ndk cross-compiles libumf_mobile.so for each ABI into
# jniLibs, UniFFI generates the Kotlin, Gradle packs both into an AAR.
#
#   bindings-mobile/android/build-aar.sh   → bindings-mobile/android/build/outputs/aar/*.aar
#
# Needs the Android SDK with an NDK (ANDROID_NDK_HOME, r27 or newer), Gradle 8.9+ and JDK 17.
# NOT RUN on this project's machines: they have no Android NDK, SDK or Gradle. See README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

android=bindings-mobile/android
generated=$android/build/generated
min_sdk=24
: "${ANDROID_NDK_HOME:?set ANDROID_NDK_HOME to an Android NDK, r27 or newer}"

rustup target add aarch64-linux-android armv7-linux-androideabi x86_64-linux-android \
    i686-linux-android
command -v cargo-ndk >/dev/null || cargo install --locked cargo-ndk

# Kotlin sources (target-independent; generated from the host build).
./scripts/generate-mobile.sh "$generated/uniffi"

# Google Play requires 16 KB page alignment of native code on 64-bit ABIs; NDK r28 does it by
# default, r27 needs the flag.
export CARGO_TARGET_AARCH64_LINUX_ANDROID_RUSTFLAGS="-C link-arg=-Wl,-z,max-page-size=16384"
export CARGO_TARGET_X86_64_LINUX_ANDROID_RUSTFLAGS="-C link-arg=-Wl,-z,max-page-size=16384"
rm -rf "$generated/jniLibs"
cargo ndk -t arm64-v8a -t armeabi-v7a -t x86_64 -t x86 --platform "$min_sdk" \
    -o "$generated/jniLibs" build --release -p umf-mobile

(cd "$android" && gradle --no-daemon -PminSdk="$min_sdk" assembleRelease)
ls "$android"/build/outputs/aar/*.aar

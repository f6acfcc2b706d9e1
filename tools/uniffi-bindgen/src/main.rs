//! `uniffi-bindgen`, built from the same `uniffi` release as `bindings-mobile` so that the
//! generated Kotlin and Swift always match the scaffolding compiled into the library. Installing
//! it with `cargo install` instead would let the two versions drift apart.
//!
//! Run through `scripts/generate-mobile.sh`.

fn main() {
    uniffi::uniffi_bindgen_main()
}

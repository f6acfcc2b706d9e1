//! The raw-text member scanner against serde_json: whatever the scanner accepts, serde_json
//! must accept too (the scanner may be stricter: it also refuses duplicate keys), and member
//! spans must lie inside the input and be valid JSON on their own.
#![no_main]

use libfuzzer_sys::fuzz_target;
use umf_core::json_scan::{scan, TopLevel};

fuzz_target!(|data: &[u8]| {
    if let Ok(top) = scan(data) {
        assert!(
            serde_json::from_slice::<serde_json::Value>(data).is_ok(),
            "the scanner accepted what serde_json refuses"
        );
        if let TopLevel::Object(members) = top {
            for m in members {
                let value = &data[m.value.clone()];
                assert!(serde_json::from_slice::<serde_json::Value>(value).is_ok());
                assert!(m.span.start <= m.value.start && m.value.end == m.span.end);
            }
        }
    }
});

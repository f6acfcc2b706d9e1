//! Fewer compiled copies of the models' serde code.
//!
//! Generic code is compiled once per type it is called with. A model read by two
//! deserializers (a plain read of the borrowed `Value`, then, only when that fails, a read
//! through `serde_path_to_error` to locate the problem) compiles two copies of its
//! `Deserialize` and of serde_json's map reader; a request written to a `Value` and a result
//! written as JSON text compile two copies of its `Serialize`. With ~60 models these copies
//! were over a third of the npm package's WebAssembly (bindings-wasm/README.md, "Size").
//!
//! * Writing goes through `dyn erased_serde::Serialize`: one copy of each model's `Serialize`,
//!   for the erased serializer, everywhere.
//! * Reading keeps one deserializer in WebAssembly, the path-tracking one. Natively the plain
//!   read stays in front of it: tracking costs ~10% of a read (measured in WebAssembly), which
//!   native code need not pay for a smaller binary. (Erasing the deserializer as well was
//!   measured and is larger: erased_serde's visitor vtable compiles ~30 methods for each of
//!   the models' many visitor types.)

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// Reads `T` from `value`; a failure gives `(path, message)`, the path `"."` for the value
/// itself.
pub(crate) fn from_value_located<T: DeserializeOwned>(
    value: &Value,
) -> Result<T, (String, String)> {
    #[cfg(not(target_arch = "wasm32"))]
    if let Ok(typed) = T::deserialize(value) {
        return Ok(typed);
    }
    let mut track = serde_path_to_error::Track::new();
    let result = T::deserialize(serde_path_to_error::Deserializer::new(value, &mut track));
    result.map_err(|e| (track.path().to_string(), e.to_string()))
}

/// `serde_json::to_value`, through the erased serializer.
pub(crate) fn to_value<T: Serialize>(value: &T) -> serde_json::Result<Value> {
    serde_json::to_value(value as &dyn erased_serde::Serialize)
}

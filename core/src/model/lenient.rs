//! Lenient reading of what UMF sends, strict writing of what the SDK sends.
//!
//! The examples send every shape for the same field (API.md §6.1): amounts as strings or numbers
//! (K08), `""` for absent (K06), a single object where an array is documented (K13), numbers
//! where strings are documented. Every model field is an `Option<T>` read through [`Lenient`],
//! which maps `null` and `""` to `None` and accepts the other shapes each type allows. Writing
//! uses plain serde, so only the 004 spellings and shapes go out.
//!
//! `wire_struct!` and `wire_enum!` declare the models so that every field gets the same
//! treatment without repeating attributes, and unknown members are kept in `extra`.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::decimal::Decimal;
use crate::encryption::json_kind;

/// The members of a model object that the SDK does not model, kept as received (and sent as
/// given). Named so that the TypeScript declaration of every model extends one interface.
pub type UnknownMembers = serde_json::Map<String, Value>;

// The npm package's TypeScript: every model extends this, so its own members keep their
// documentation and any other member stays readable.
#[cfg(feature = "tsify")]
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const TS_UNKNOWN_MEMBERS: &'static str = r#"
/** Members the SDK does not model, kept as received and sent as given. */
export interface UnknownMembers { [member: string]: unknown }
"#;

/// A type that can be read leniently from any JSON value UMF sends for it.
pub trait Lenient: Sized {
    /// `Ok(None)` for absent values (`null`, `""`), an error message otherwise.
    fn from_value(value: Value) -> Result<Option<Self>, String>;
}

/// `deserialize_with` target for every model field.
pub fn deserialize<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Lenient,
{
    use serde::de::Error as _;
    let value = Value::deserialize(d)?;
    T::from_value(value).map_err(D::Error::custom)
}

impl Lenient for String {
    fn from_value(value: Value) -> Result<Option<Self>, String> {
        match value {
            Value::Null => Ok(None),
            Value::String(s) if s.is_empty() => Ok(None),
            Value::String(s) => Ok(Some(s)),
            Value::Number(n) => Ok(Some(n.to_string())),
            Value::Bool(b) => Ok(Some(b.to_string())),
            other => Err(format!("expected a string, found {}", json_kind(&other))),
        }
    }
}

impl Lenient for Decimal {
    fn from_value(value: Value) -> Result<Option<Self>, String> {
        match value {
            Value::Null => Ok(None),
            Value::String(s) if s.trim().is_empty() => Ok(None),
            other => Decimal::deserialize(other)
                .map(Some)
                .map_err(|e| e.to_string()),
        }
    }
}

impl Lenient for u64 {
    fn from_value(value: Value) -> Result<Option<Self>, String> {
        match value {
            Value::Null => Ok(None),
            Value::String(s) if s.trim().is_empty() => Ok(None),
            Value::String(s) => s
                .trim()
                .parse()
                .map(Some)
                .map_err(|_| "expected a whole number".to_owned()),
            Value::Number(n) => n
                .as_u64()
                .map(Some)
                .ok_or_else(|| "expected a whole number".to_owned()),
            other => Err(format!(
                "expected a whole number, found {}",
                json_kind(&other)
            )),
        }
    }
}

impl Lenient for Value {
    fn from_value(value: Value) -> Result<Option<Self>, String> {
        Ok((!value.is_null()).then_some(value))
    }
}

impl<T: Lenient> Lenient for Vec<T> {
    /// An array, or a single element where UMF sent one object instead of a list
    /// (`banks` in card-bin, `customs_declarations`, API.md K13).
    fn from_value(value: Value) -> Result<Option<Self>, String> {
        match value {
            Value::Null => Ok(None),
            Value::String(s) if s.is_empty() => Ok(None),
            Value::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.into_iter().enumerate() {
                    if let Some(v) = T::from_value(item).map_err(|e| format!("[{i}]: {e}"))? {
                        out.push(v);
                    }
                }
                Ok(Some(out))
            }
            single => Ok(T::from_value(single)?.map(|v| vec![v])),
        }
    }
}

/// Reads an object model: `null`/`""` are absent, an object is deserialised with its inner path
/// reported on error.
pub fn object_from_value<T: DeserializeOwned>(value: Value) -> Result<Option<T>, String> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) if s.is_empty() => Ok(None),
        Value::Object(_) => super::read_write::from_value_located(&value)
            .map(Some)
            .map_err(|(path, message)| {
                if path == "." {
                    message
                } else {
                    format!("{path}: {message}")
                }
            }),
        other => Err(format!("expected an object, found {}", json_kind(&other))),
    }
}

/// Splits the nested `segment: ` prefixes that [`object_from_value`] and `Vec`'s reader put in
/// front of a message, and joins them onto `outer`: (`order`, `amount: total: bad`) gives
/// (`order.amount.total`, `bad`).
pub fn join_error_path(outer: &str, message: &str) -> (String, String) {
    let mut path = outer.to_owned();
    let mut rest = message;
    while let Some((head, tail)) = rest.split_once(": ") {
        // A key (a trailing space is allowed: `"expire_time "`, K04), an index, or a path.
        let key = head.trim_end();
        let is_segment = !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_.[]$".contains(c));
        if !is_segment {
            break;
        }
        if !head.starts_with('[') && !path.is_empty() {
            path.push('.');
        }
        path.push_str(head);
        rest = tail;
    }
    (path, rest.to_owned())
}

/// Declares a model struct: every field optional and read leniently, unknown members kept, and
/// its [`WireShape`](super::shape::WireShape) derived from the fields. A field written
/// `(required) id: String` is one every answer carries: still an `Option` in Rust (so a reader
/// can name what is missing), required in the schema and the generated types.
///
/// ```text
/// wire_struct! {
///     /// An amount.
///     pub struct Amount {
///         /// The total.
///         total: Decimal,
///         #[serde(alias = "totalCny")]
///         /// CNY equivalent.
///         total_cny: Decimal,
///     }
/// }
/// ```
#[macro_export]
#[doc(hidden)]
macro_rules! wire_struct {
    (
        $(#[$($meta:tt)*])*
        pub struct $name:ident {
            $(
                $(#[$($fmeta:tt)*])*
                $(($required:ident))?
                $field:ident : $ty:ty
            ),* $(,)?
        }
    ) => {
        $(#[$($meta)*])*
        #[derive(Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
        // The TypeScript declaration of the npm package: the fields as serialised (004
        // spellings, every one optional), documented with the doc comments above.
        #[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
        pub struct $name {
            $(
                $(#[$($fmeta)*])*
                #[serde(
                    default,
                    skip_serializing_if = "Option::is_none",
                    deserialize_with = "crate::model::lenient::deserialize"
                )]
                pub $field: Option<$ty>,
            )*
            /// Members the SDK does not model, kept as received.
            #[serde(flatten)]
            pub extra: $crate::model::lenient::UnknownMembers,
        }

        impl $crate::model::lenient::Lenient for $name {
            fn from_value(value: serde_json::Value) -> Result<Option<Self>, String> {
                $crate::model::lenient::object_from_value(value)
            }
        }

        // What the model can hold, from the field list above (wire names and types).
        impl $crate::model::shape::WireShape for $name {
            const SHAPE: $crate::model::shape::Shape =
                $crate::model::shape::Shape::Object(&$crate::model::shape::ObjectShape {
                    model: stringify!($name),
                    doc: $crate::__wire_doc!($([$($meta)*])*),
                    members: &[$(
                        $crate::model::shape::Member {
                            name: $crate::__wire_name!($field; $([$($fmeta)*])*),
                            doc: $crate::__wire_doc!($([$($fmeta)*])*),
                            aliases: $crate::__wire_aliases!($([$($fmeta)*])*),
                            shape: <$ty as $crate::model::shape::WireShape>::SHAPE,
                            required: $crate::__wire_required!($($required)?),
                        },
                    )*],
                });
        }

        // Hand-written so that `extra` (members the SDK does not model, which may hold anything
        // UMF adds later) shows its keys only; modelled sensitive fields redact themselves.
        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                let mut d = f.debug_struct(stringify!($name));
                $(
                    if let Some(value) = &self.$field {
                        d.field(stringify!($field), value);
                    }
                )*
                if !self.extra.is_empty() {
                    d.field("extra_keys", &self.extra.keys().collect::<Vec<_>>());
                }
                d.finish()
            }
        }
    };
}

/// Declares a wire enum: the documented values plus `Other(String)` for anything new, read and
/// written as the exact wire strings. `ALL` lists the documented values (validation reads it).
#[macro_export]
#[doc(hidden)]
macro_rules! wire_enum {
    (
        $(#[$($meta:tt)*])*
        pub enum $name:ident {
            $(
                $(#[$($vmeta:tt)*])*
                $variant:ident = $wire:literal
            ),* $(,)?
        }
    ) => {
        $(#[$($meta)*])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $(
                $(#[$($vmeta)*])*
                $variant,
            )*
            /// A value the documents do not list, kept as received.
            Other(String),
        }

        impl $name {
            /// Every documented wire value, in document order.
            pub const ALL: &'static [&'static str] = &[$($wire),*];

            /// The wire string.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $wire,)*
                    $name::Other(s) => s,
                }
            }

            /// Reads a wire string; unknown values become `Other`.
            pub fn from_wire(s: &str) -> Self {
                match s {
                    $($wire => $name::$variant,)*
                    other => $name::Other(other.to_owned()),
                }
            }

            /// Whether the value is one the documents list.
            pub fn is_documented(&self) -> bool {
                !matches!(self, $name::Other(_))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        // The TypeScript declaration: the documented wire strings, and any other string
        // (`Other`), written so that editors still offer the documented ones.
        #[cfg(feature = "tsify")]
        const _: () = {
            #[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
            const TS_WIRE_ENUM: &'static str = concat!(
                "/** Documented values, or any other string UMF sends. */\nexport type ",
                stringify!($name),
                " = ",
                $("\"", $wire, "\" | ",)*
                "(string & {});"
            );
        };

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                use serde::de::Error as _;
                let value = <serde_json::Value as serde::Deserialize>::deserialize(d)?;
                <$name as $crate::model::lenient::Lenient>::from_value(value)
                    .map_err(D::Error::custom)?
                    .ok_or_else(|| D::Error::custom("empty enum value"))
            }
        }

        impl $crate::model::shape::WireShape for $name {
            const SHAPE: $crate::model::shape::Shape = $crate::model::shape::Shape::Plain(
                $crate::model::shape::Leaf::Enum(&$crate::model::shape::EnumShape {
                    name: stringify!($name),
                    doc: $crate::__wire_doc!($([$($meta)*])*),
                    values: &[$($wire),*],
                    value_docs: &[$($crate::__wire_doc!($([$($vmeta)*])*)),*],
                }),
            );
        }

        impl $crate::model::lenient::Lenient for $name {
            fn from_value(value: serde_json::Value) -> Result<Option<Self>, String> {
                Ok(<String as $crate::model::lenient::Lenient>::from_value(value)?
                    .map(|s| $name::from_wire(s.trim())))
            }
        }
    };
}

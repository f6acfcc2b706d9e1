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

/// The path of an integer `-0` in `value` (`refund_info.amount.total`), if it holds one:
/// reading the value into a model would turn it into 0 ([`crate::json_scan::NEGATIVE_ZERO`]),
/// so a request body holding one is refused rather than sent with another amount. Answers are
/// refused by the scanner before they are read.
pub(crate) fn negative_zero_path(value: &Value) -> Option<String> {
    match value {
        Value::Number(n) if n.as_str() == "-0" => Some(String::new()),
        Value::Object(members) => members
            .iter()
            .find_map(|(key, v)| negative_zero_path(v).map(|rest| join_member(key, &rest))),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| negative_zero_path(v).map(|rest| format!("[{i}]{}", dotted(&rest)))),
        _ => None,
    }
}

fn join_member(key: &str, rest: &str) -> String {
    format!("{key}{}", dotted(rest))
}

fn dotted(rest: &str) -> String {
    if rest.is_empty() || rest.starts_with('[') {
        rest.to_owned()
    } else {
        format!(".{rest}")
    }
}

#[cfg(test)]
thread_local! {
    /// Set by the equivalence test: `wire_struct!` models read through serde's derive.
    pub(crate) static READ_BY_DERIVE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

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
        Value::Object(_) => super::read_write::from_value_located(&value)
            .map(Some)
            .map_err(|(path, message)| {
                if path == "." {
                    message
                } else {
                    format!("{path}: {message}")
                }
            }),
        other => not_an_object(other).map(|()| None),
    }
}

/// What [`object_from_value`] says of a value that is not an object: absent for `null` and `""`,
/// an error otherwise. Not generic, so a model's reader that calls it does not bring serde's
/// derived reader of that model with it.
pub fn not_an_object(value: Value) -> Result<(), String> {
    match value {
        Value::Null => Ok(()),
        Value::String(s) if s.is_empty() => Ok(()),
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

        // Read in one pass over the members, each value moved into its field: no tree is
        // rebuilt on the way down (serde's derive, reading from a `Value`, rebuilds every
        // member's subtree at every level). The same rules as the derive: the wire name or an
        // alias, one of them at most, the rest kept in `extra` in their order.
        impl $crate::model::lenient::Lenient for $name {
            fn from_value(value: serde_json::Value) -> Result<Option<Self>, String> {
                // The equivalence test reads through serde's derive at every level, to compare.
                #[cfg(test)]
                if $crate::model::lenient::READ_BY_DERIVE.with(std::cell::Cell::get) {
                    return $crate::model::lenient::object_from_value(value);
                }
                let members = match value {
                    serde_json::Value::Object(members) => members,
                    other => return $crate::model::lenient::not_an_object(other).map(|()| None),
                };
                let mut out = Self::default();
                $( let mut $field = false; )*
                for (key, value) in members {
                    $(
                        if key == $crate::__wire_name!($field; $([$($fmeta)*])*)
                            || $crate::__wire_aliases!($([$($fmeta)*])*).contains(&key.as_str())
                        {
                            if std::mem::replace(&mut $field, true) {
                                return Err(format!(
                                    "duplicate field `{}`",
                                    $crate::__wire_name!($field; $([$($fmeta)*])*)
                                ));
                            }
                            out.$field = <$ty as $crate::model::lenient::Lenient>::from_value(value)
                                .map_err(|e| format!("{key}: {e}"))?;
                            continue;
                        }
                    )*
                    out.extra.insert(key, value);
                }
                Ok(Some(out))
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

#[cfg(test)]
mod tests {
    use super::negative_zero_path;
    use crate::model::shape::{Leaf, Shape, WireShape};
    use proptest::prelude::*;
    use serde_json::{json, Map, Value};

    /// A value for `shape`, mostly well formed, sometimes not: any spelling of a member, nulls,
    /// `""`, numbers for text, a single object for a list, a wrong kind, unknown members.
    fn next_of(rng: &mut u64, below: u64) -> u64 {
        *rng ^= *rng << 13;
        *rng ^= *rng >> 7;
        *rng ^= *rng << 17;
        *rng % below.max(1)
    }

    fn value_for(shape: &Shape, rng: &mut u64, depth: usize) -> Value {
        macro_rules! next {
            ($below:expr) => {
                next_of(rng, $below)
            };
        }
        match next!(60) {
            0..=3 => return Value::Null,
            4..=7 => return json!(""),
            8 => return json!([true]),
            _ => {}
        }
        match shape {
            Shape::Plain(leaf) => match (leaf, next!(8)) {
                (_, 0) => json!(next!(1000)),
                (_, 1) => json!(" 12.30 "),
                (Leaf::Enum(e), _) => {
                    json!(e.values.get(next!(e.values.len() as u64 + 1) as usize))
                }
                (Leaf::Decimal | Leaf::Rate, _) => json!("6.9800"),
                (Leaf::Integer, _) => json!("42"),
                (Leaf::Messages, _) => json!(["a", "b"]),
                _ => json!("text"),
            },
            Shape::Sensitive => json!("6222020000000001234"),
            Shape::Any => json!({"any": [1, "x"]}),
            Shape::List(item) => match next!(3) {
                0 => value_for(item, rng, depth),
                _ => Value::Array((0..next!(3)).map(|_| value_for(item, rng, depth)).collect()),
            },
            Shape::Object(object) if depth > 4 => {
                json!({ "deep": object.members.len() })
            }
            Shape::Object(object) => {
                let mut members = Map::new();
                for member in object.members {
                    match next!(4) {
                        0 => {}
                        1 if !member.aliases.is_empty() => {
                            let alias = member.aliases[next!(member.aliases.len() as u64) as usize];
                            members
                                .insert(alias.to_owned(), value_for(&member.shape, rng, depth + 1));
                            if next!(4) == 0 {
                                members.insert(member.name.to_owned(), json!(null));
                            }
                        }
                        _ => {
                            members.insert(
                                member.name.to_owned(),
                                value_for(&member.shape, rng, depth + 1),
                            );
                        }
                    }
                }
                if next!(3) == 0 {
                    members.insert(format!("unknown_{}", next!(5)), json!({"kept": true}));
                }
                Value::Object(members)
            }
        }
    }

    /// The one-pass reader of `wire_struct!` reads what serde's derive reads, the same way, and
    /// refuses what it refuses, naming the same place.
    fn same_as_the_derive<T>(seed: u64) -> Result<(), TestCaseError>
    where
        T: WireShape + super::Lenient + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        let mut rng = seed | 1;
        let value = value_for(&T::SHAPE, &mut rng, 0);
        let value = match value {
            Value::Object(_) => value,
            _ => value_for(&T::SHAPE, &mut rng, 0),
        };
        super::READ_BY_DERIVE.with(|f| f.set(true));
        let derived = T::from_value(value.clone()).map_err(|e| super::join_error_path("", &e));
        super::READ_BY_DERIVE.with(|f| f.set(false));
        let one_pass = T::from_value(value.clone()).map_err(|e| super::join_error_path("", &e));
        match (&derived, &one_pass) {
            (Ok(a), Ok(b)) => prop_assert_eq!(a, b, "{}", value),
            (Err(a), Err(b)) => prop_assert_eq!(&a.0, &b.0, "{} / {}: {}", a.1, b.1, value),
            _ => prop_assert!(false, "{derived:?} / {one_pass:?}: {value}"),
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn the_one_pass_reader_reads_as_the_derive_does(seed in any::<u64>()) {
            use crate::model::*;
            same_as_the_derive::<Payment>(seed)?;
            same_as_the_derive::<Refund>(seed)?;
            same_as_the_derive::<Reconciliations>(seed)?;
            same_as_the_derive::<CustomsDeclaration>(seed)?;
            same_as_the_derive::<CreatePaymentRequest>(seed)?;
            same_as_the_derive::<EnterpriseQualification>(seed)?;
            same_as_the_derive::<CardBinding>(seed)?;
            same_as_the_derive::<Transactions>(seed)?;
        }
    }

    #[test]
    fn negative_zero_is_found_by_its_path() {
        let body: serde_json::Value = serde_json::from_str(
            r#"{"refund_info":{"amount":{"total":"-0"},"sub_orders":[{"amount":{"total":-0}}]}}"#,
        )
        .unwrap_or_default();
        assert_eq!(
            negative_zero_path(&body).as_deref(),
            Some("refund_info.sub_orders[0].amount.total")
        );
        let fine: serde_json::Value =
            serde_json::from_str(r#"{"a":[0,-0.0,"-0",-1],"b":{"c":0}}"#).unwrap_or_default();
        assert_eq!(negative_zero_path(&fine), None);
    }
}

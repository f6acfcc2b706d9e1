//! What a model can hold, as data: the wire name and kind of every member, down to the
//! sensitive leaves.
//!
//! Every model declared with `wire_struct!` describes itself through [`WireShape`], from its own
//! field list, so the description cannot drift from the type. Sensitive-field encryption reads it
//! (`crate::encryption`): the paths an operation encrypts are every [`Shape::Sensitive`] leaf its
//! body model can hold, not a list kept by hand.

use serde_json::Value;

/// What a value of a model member is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A value sent as given: text, a number, an enum, a date, a decimal.
    Plain(Leaf),
    /// A card number, CVV2, expiry, name or ID number ([`super::SensitiveString`]): encrypted
    /// with the UMF public key before anything is signed.
    Sensitive,
    /// Free-form JSON the model leaves undescribed (`payer.enterprise_qualification`).
    Any,
    /// An object model.
    Object(&'static ObjectShape),
    /// A list of values of one shape (one value alone is read as a list of one, K13).
    List(&'static Shape),
}

/// The kind of a plain value, as the schema names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leaf {
    /// Text.
    Text,
    /// A whole number (`expires_in`, counts).
    Integer,
    /// An exact decimal, written as text (amounts, rates): never a binary float.
    Decimal,
    /// A date or date-time exactly as UMF wrote it.
    DateTime,
    /// `meta.ret_msg`: text, or a list of texts in notifications.
    Messages,
    /// An exchange rate: text or a number, kept exact.
    Rate,
    /// One of the documented values, or any other text UMF sends.
    Enum(&'static EnumShape),
}

/// A doc comment as the macros capture it: one `#[doc = "…"]` string per `///` line, as
/// written (each still with its leading space). [`doc_text`] joins them the way rustdoc does.
pub type DocLines = &'static [&'static str];

/// The text of a doc comment: its lines joined with `\n`, each without the one space that
/// follows `///`, and without trailing blank lines (what rustdoc shows, and what the schema
/// exports for every model, member and enum).
pub fn doc_text(lines: DocLines) -> String {
    let text: Vec<&str> = lines
        .iter()
        .flat_map(|attr| attr.split('\n'))
        .map(|line| line.strip_prefix(' ').unwrap_or(line).trim_end())
        .collect();
    text.join("\n").trim_end().to_owned()
}

/// A wire enum: its documented values.
#[derive(Debug, PartialEq, Eq)]
pub struct EnumShape {
    /// The Rust type (`PaymentState`).
    pub name: &'static str,
    /// The enum's doc comment ([`doc_text`] gives its text).
    pub doc: DocLines,
    /// The documented wire values, in document order.
    pub values: &'static [&'static str],
    /// Each value's doc comment, in the order of `values`.
    pub value_docs: &'static [DocLines],
}

/// The members of an object model.
#[derive(Debug, PartialEq, Eq)]
pub struct ObjectShape {
    /// The Rust type (`BankCard`).
    pub model: &'static str,
    /// The model's doc comment ([`doc_text`] gives its text).
    pub doc: DocLines,
    /// Every member the model knows, under its 004 wire name.
    pub members: &'static [Member],
}

/// One member of an object model.
#[derive(Debug, PartialEq, Eq)]
pub struct Member {
    /// The wire name the SDK writes (`wechat_H5`, `payer_IDCard`).
    pub name: &'static str,
    /// The field's doc comment ([`doc_text`] gives its text).
    pub doc: DocLines,
    /// Older spellings the model also reads (`bankCard`, `"expire_time "`).
    pub aliases: &'static [&'static str],
    /// What it holds.
    pub shape: Shape,
    /// Whether every answer has it (declared `(required)` in `wire_struct!`): generated types
    /// make it non-optional, and reading an answer without it is `response_missing_field`.
    pub required: bool,
}

impl Shape {
    /// Whether a value of this shape can hold a sensitive value, at any depth.
    ///
    /// An object for which this is true is *an object that holds sensitive data*: request
    /// building refuses members it does not know inside it, because a sensitive value under a
    /// misspelt name (`"number "`, `card_number`) would otherwise be sent as given.
    pub const fn holds_sensitive(&self) -> bool {
        match self {
            Shape::Sensitive => true,
            Shape::Plain(_) | Shape::Any => false,
            Shape::List(inner) => inner.holds_sensitive(),
            Shape::Object(object) => object.holds_sensitive(),
        }
    }
}

impl ObjectShape {
    /// Whether any member can hold a sensitive value, at any depth.
    pub const fn holds_sensitive(&self) -> bool {
        let mut i = 0;
        while i < self.members.len() {
            if self.members[i].shape.holds_sensitive() {
                return true;
            }
            i += 1;
        }
        false
    }

    /// The member read under `name`: its wire name or one of its older spellings.
    pub fn member(&self, name: &str) -> Option<&'static Member> {
        self.members
            .iter()
            .find(|m| m.name == name || m.aliases.contains(&name))
    }
}

/// A type that describes what it can hold on the wire.
pub trait WireShape {
    /// The description.
    const SHAPE: Shape;
}

/// The one sensitive leaf: every model field of this type is encrypted.
impl WireShape for super::SensitiveString {
    const SHAPE: Shape = Shape::Sensitive;
}

macro_rules! plain_leaves {
    ($($ty:ty => $leaf:ident),* $(,)?) => {$(
        impl WireShape for $ty {
            const SHAPE: Shape = Shape::Plain(Leaf::$leaf);
        }
    )*};
}

plain_leaves!(
    String => Text,
    u64 => Integer,
    super::Decimal => Decimal,
    super::DateTimeText => DateTime,
    super::RetMsg => Messages,
    super::ExchangeRateValue => Rate,
);

impl WireShape for Value {
    const SHAPE: Shape = Shape::Any;
}

impl<T: WireShape> WireShape for Vec<T> {
    const SHAPE: Shape = Shape::List(&T::SHAPE);
}

/// Whether a `wire_struct!` field is marked `(required)`.
#[macro_export]
#[doc(hidden)]
macro_rules! __wire_required {
    () => {
        false
    };
    (required) => {
        true
    };
}

/// The doc comment of a `wire_struct!` / `wire_enum!` item, field or value: the string of every
/// `#[doc = "…"]` among its attributes (what `///` lines become), in order; other attributes
/// are skipped.
#[macro_export]
#[doc(hidden)]
macro_rules! __wire_doc {
    (@attrs [$($found:expr,)*];) => {
        &[$($found,)*]
    };
    (@attrs [$($found:expr,)*]; [doc = $line:literal] $($more:tt)*) => {
        $crate::__wire_doc!(@attrs [$($found,)* $line,]; $($more)*)
    };
    (@attrs [$($found:expr,)*]; [$($other:tt)*] $($more:tt)*) => {
        $crate::__wire_doc!(@attrs [$($found,)*]; $($more)*)
    };
    ($($attrs:tt)*) => {
        $crate::__wire_doc!(@attrs []; $($attrs)*)
    };
}

/// The wire name of a `wire_struct!` field: its `#[serde(rename = "…")]`, else its Rust name.
/// (`alias` only adds spellings that are read; the name written stays the field's.)
#[macro_export]
#[doc(hidden)]
macro_rules! __wire_name {
    ($field:ident;) => {
        stringify!($field)
    };
    ($field:ident; [serde(rename = $name:literal $($rest:tt)*)] $($more:tt)*) => {
        $name
    };
    ($field:ident; [$($other:tt)*] $($more:tt)*) => {
        $crate::__wire_name!($field; $($more)*)
    };
}

/// The older spellings of a `wire_struct!` field: every `alias = "…"` of its `#[serde(…)]`
/// attributes.
#[macro_export]
#[doc(hidden)]
macro_rules! __wire_aliases {
    (@attrs [$($found:expr,)*];) => {
        &[$($found,)*]
    };
    (@attrs [$($found:expr,)*]; [serde($($items:tt)*)] $($more:tt)*) => {
        $crate::__wire_aliases!(@items [$($found,)*] ($($items)*); $($more)*)
    };
    (@attrs [$($found:expr,)*]; [$($other:tt)*] $($more:tt)*) => {
        $crate::__wire_aliases!(@attrs [$($found,)*]; $($more)*)
    };
    (@items [$($found:expr,)*] (); $($more:tt)*) => {
        $crate::__wire_aliases!(@attrs [$($found,)*]; $($more)*)
    };
    (@items [$($found:expr,)*] (alias = $alias:literal $(, $($rest:tt)*)?); $($more:tt)*) => {
        $crate::__wire_aliases!(@items [$($found,)* $alias,] ($($($rest)*)?); $($more)*)
    };
    (@items [$($found:expr,)*] ($key:ident = $value:literal $(, $($rest:tt)*)?); $($more:tt)*) => {
        $crate::__wire_aliases!(@items [$($found,)*] ($($($rest)*)?); $($more)*)
    };
    ($($attrs:tt)*) => {
        $crate::__wire_aliases!(@attrs []; $($attrs)*)
    };
}

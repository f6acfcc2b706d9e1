//! Serde models of UMF's objects: lenient in, strict out (see [`lenient`]).

pub mod common;
pub mod customs;
pub mod datetime;
pub mod decimal;
pub mod enums;
pub mod lenient;
pub mod payment;
pub mod refund;
pub mod sensitive;

pub use common::{Amount, ExchangeRate, ExchangeRateValue, Link, Meta, RetMsg};
pub use customs::{CiqDeclaration, CustomsDeclaration};
pub use datetime::{DateTimeParts, DateTimeShape, DateTimeText};
pub use decimal::{Decimal, DecimalError};
pub use enums::*;
pub use payment::*;
pub use refund::{Refund, RefundInfo};
pub use sensitive::SensitiveString;

//! `operations!`: the operation table declared once, as rows named by their [`OpId`] variant.
//!
//! The macro makes the [`OpId`] enum (one variant per row, in table order) and the
//! `OPERATIONS` table whose row `i` is variant `i`, so code that dispatches on an operation
//! matches the enum exhaustively instead of comparing strings: a new row that a `match` does
//! not handle is a compile error, not a fallback.
//!
//! [`OpId`]: super::OpId

macro_rules! operations {
    ($($variant:ident { id: $id:literal, $($field:ident : $value:expr),* $(,)? }),* $(,)?) => {
        /// Every operation, as a value; `as_str` is its op id.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum OpId {
            $(
                #[doc = concat!("`", $id, "`")]
                $variant,
            )*
        }

        impl OpId {
            /// Every operation, in table order.
            pub const ALL: &'static [OpId] = &[$(OpId::$variant),*];

            /// The op id (`create_payment`).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(OpId::$variant => $id,)*
                }
            }

            /// The operation's row.
            pub fn operation(self) -> &'static Operation {
                &OPERATIONS[self as usize]
            }
        }

        impl std::str::FromStr for OpId {
            type Err = crate::error::Error;

            fn from_str(id: &str) -> crate::error::Result<Self> {
                match id {
                    $($id => Ok(OpId::$variant),)*
                    other => Err(crate::error::Error::UnknownOperation(other.to_owned())),
                }
            }
        }

        impl std::fmt::Display for OpId {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for OpId {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        /// The operation table.
        pub static OPERATIONS: &[Operation] = &[
            $(Operation { op: OpId::$variant, id: $id, $($field: $value),* },)*
        ];
    };
}

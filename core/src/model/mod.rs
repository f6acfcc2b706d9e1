//! Serde models of UMF's objects: lenient in, strict out (see [`lenient`]).

pub mod account;
pub mod agreement;
pub mod b2b;
pub mod bank;
pub mod common;
pub mod customs;
pub mod datetime;
pub mod decimal;
pub mod enterprise;
pub mod enums;
pub mod lenient;
pub mod payment;
pub(crate) mod read_write;
pub mod reference;
pub mod refund;
pub mod remittance;
pub mod requests;
pub mod sensitive;
pub mod shape;
pub mod statement;
pub mod tuition;

pub use account::{AccountBalance, SettleMonthFile};
pub use agreement::{AgreementInfo, Bind, BindPayment, CardBinding, Unbinding};
pub use b2b::{B2bOuterOrder, PaymentSub, QueryOrder};
pub use bank::Bank;
pub use common::{Amount, ExchangeRate, ExchangeRateValue, Link, Meta, RetMsg};
pub use customs::{
    CiqDeclaration, CiqDeclarationOnly, CustomsDeclaration, CustomsDeclarationOnly, DeclareAgain,
};
pub use datetime::{DateTimeParts, DateTimeShape, DateTimeText};
pub use decimal::{Decimal, DecimalError};
pub use enterprise::{
    EnterpriseQualification, EnterpriseQualificationRequest, QueryEnterprise, QueryEnterpriseId,
    SendEnterpriseQualification,
};
pub use enums::*;
pub use payment::*;
pub use refund::{AsyncRefund, Refund, RefundInfo, RefundRecord, RefundRecords};
pub use remittance::{ConfirmPayment, OrderItem, PayRes, PayeeInfor};
pub use requests::{
    CreatePaymentRequest, Empty, PayerRequest, RefundRequest, UpdateExpressInfoRequest,
};
pub use sensitive::SensitiveString;
pub use statement::{Pagination, PaymentSummary, Reconciliations, RefundSummary, Transactions};
pub use tuition::{PayOrder, PayOrderFile, PayQueryOrder};

//! The request-body models the operation table names (`Body::Json("CardBinding")`): how to read
//! a body into its model, and what the model can hold.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result, Severity, ValidationProblem};
use crate::model::shape::{Shape, WireShape};
use crate::model::{self, read_write};

/// One request-body model.
pub struct BodyModel {
    /// What the model can hold; its type name is the one the operation table uses.
    pub shape: Shape,
    /// Reads a JSON object into the model and writes it back in 004 spellings.
    read: fn(&Value) -> Result<Value>,
}

impl BodyModel {
    /// The model's type name (`CreatePaymentRequest`).
    pub fn name(&self) -> &'static str {
        match self.shape {
            Shape::Object(object) => object.model,
            _ => "",
        }
    }

    /// Reads `body` into the model and back: older spellings become 004 spellings, `""` values
    /// are dropped, amounts become strings. A value the model cannot read is a validation error
    /// naming its path.
    pub fn normalize(&self, body: &Value) -> Result<Value> {
        (self.read)(body)
    }
}

const fn body<T: WireShape + DeserializeOwned + Serialize>() -> BodyModel {
    BodyModel {
        shape: T::SHAPE,
        read: read_via::<T>,
    }
}

fn read_via<T: DeserializeOwned + Serialize>(body: &Value) -> Result<Value> {
    if let Some(path) = model::lenient::negative_zero_path(body) {
        return Err(Error::Validation {
            problems: vec![ValidationProblem {
                path,
                rule: "type",
                message: crate::json_scan::NEGATIVE_ZERO.to_owned(),
                severity: Severity::Error,
            }],
        });
    }
    let typed: T = read_write::from_value_located(body).map_err(|(outer, message)| {
        let outer = if outer == "." { String::new() } else { outer };
        let (path, message) = model::lenient::join_error_path(&outer, &message);
        Error::Validation {
            problems: vec![ValidationProblem {
                path,
                rule: "type",
                message,
                severity: Severity::Error,
            }],
        }
    })?;
    read_write::to_value(&typed).map_err(|e| Error::invalid_request(e.to_string()))
}

/// Every model an operation's JSON body can be.
pub static BODY_MODELS: &[BodyModel] = &[
    body::<model::CreatePaymentRequest>(),
    body::<model::PayerRequest>(),
    body::<model::RefundRequest>(),
    body::<model::UpdateExpressInfoRequest>(),
    body::<model::Empty>(),
    body::<model::Unbinding>(),
    body::<model::CustomsDeclaration>(),
    body::<model::CiqDeclaration>(),
    body::<model::SettleMonthFile>(),
    body::<model::AsyncRefund>(),
    body::<model::DeclareAgain>(),
    body::<model::CardBinding>(),
    body::<model::EnterpriseQualificationRequest>(),
    body::<model::PayeeInfor>(),
    body::<model::OrderItem>(),
    body::<model::ConfirmPayment>(),
    body::<model::PayOrder>(),
    body::<model::SendEnterpriseQualification>(),
    body::<model::QueryEnterprise>(),
    body::<model::B2bOuterOrder>(),
    body::<model::PaymentSub>(),
];

/// The body model named `name`.
pub fn body_model(name: &str) -> Result<&'static BodyModel> {
    BODY_MODELS
        .iter()
        .find(|m| m.name() == name)
        .ok_or_else(|| {
            Error::invalid_request(format!("no request model `{name}` (operation table bug)"))
        })
}

//! The readings of the documents the sandbox can be held to, one setting per ambiguity.
//!
//! Where the documents allow more than one reading, a sandbox that only knows the SDK's default
//! agrees with the SDK by construction and can never show a wrong reading. Each setting here
//! makes the sandbox behave like one reading (refusing the others) or, the default, accept all
//! of them as it always did. What each one refuses is the same thing UMF would answer to a
//! request it does not understand: a refused bearer spelling is a bad token (HTTP 401 /
//! `00280703`), a refused acknowledgement is a failed delivery, retried on its schedule.

use serde::Serialize;
use serde_json::Value;
use umf_core::codes::names;
use umf_core::HttpResponse;

/// Which `Authorization` spellings the token check accepts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BearerReading {
    /// Only `Bearer <token>`, as the header example shows it (004:L34).
    StrictSpace,
    /// Only `Bearer<token>`, as UMF's public Java demo sends it.
    StrictNoSpace,
    /// Either spelling.
    #[default]
    Both,
}

impl BearerReading {
    /// The token an `Authorization` value carries under this reading, or `None` when the value
    /// is spelt another way (or carries no token).
    pub fn token(self, header: &str) -> Option<&str> {
        let rest = header.strip_prefix("Bearer")?;
        let token = match self {
            BearerReading::Both => rest.trim(),
            BearerReading::StrictSpace => rest.strip_prefix(' ')?,
            BearerReading::StrictNoSpace => rest,
        };
        // A strict reading takes the rest as it is: more spacing is another spelling.
        let clean = !token.is_empty() && !token.starts_with(char::is_whitespace);
        clean.then_some(token)
    }
}

/// Which acknowledgement replies to a notification count as received.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AckReading {
    /// `{"meta":{"ret_code":"0000",…}}` and nothing else (004:L2669-2673: the response has
    /// `meta` only).
    Json,
    /// `meta` plus the object received, named by its id (003:L1035-1037: "UMF only needs the
    /// object id").
    JsonWithId,
    /// The form-style `ret_code=0000&…` reply (003:L603-610).
    Form,
    /// Any of the above, and a JSON body with a top-level `ret_code` `0000`.
    #[default]
    Any,
}

impl AckReading {
    /// Whether `response` acknowledges the notification about object `id` of `kind`
    /// (`payment`, `refund`, `customs_declaration`). Anything but HTTP 200 never does.
    pub fn accepts(self, response: &HttpResponse, kind: &str, id: &str) -> bool {
        if response.status != 200 {
            return false;
        }
        let json = serde_json::from_slice::<Value>(&response.body).ok();
        let meta_ok = |v: &Value| v["meta"]["ret_code"] == names::SUCCESS;
        match (self, &json) {
            (AckReading::Json, Some(v)) => {
                meta_ok(v) && v.as_object().is_some_and(|m| m.len() == 1)
            }
            (AckReading::JsonWithId, Some(v)) => meta_ok(v) && v[kind]["id"] == id,
            (AckReading::Form, None) => form_ok(&response.body),
            (AckReading::Any, Some(v)) => meta_ok(v) || v["ret_code"] == names::SUCCESS,
            (AckReading::Any, None) => form_ok(&response.body),
            _ => false,
        }
    }
}

/// How the token endpoint accepts the client credentials.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenCredentialReading {
    /// `client_id` and `client_secret` in the JSON body, as every example sends them
    /// (004:L58-67).
    Json,
    /// `Authorization: Basic base64(id:secret)` ("basic authentication values", 000:L27,
    /// 004:L127), `grant_type` in the body.
    Basic,
    /// Either.
    #[default]
    Both,
}

impl TokenCredentialReading {
    /// Whether a token request (its `Authorization` header and body) carries `id` and `secret`
    /// the way this reading allows, with `grant_type` `client_credentials`.
    pub fn accepts(self, authorization: Option<&str>, body: &[u8], id: &str, secret: &str) -> bool {
        let request: Value = serde_json::from_slice(body).unwrap_or_default();
        if request["grant_type"] != "client_credentials" {
            return false;
        }
        let in_body = request["client_id"] == id && request["client_secret"] == secret;
        let in_header = authorization
            .and_then(|h| h.strip_prefix("Basic "))
            .and_then(|b| {
                use base64::Engine as _;
                base64::engine::general_purpose::STANDARD.decode(b).ok()
            })
            .is_some_and(|pair| pair == format!("{id}:{secret}").as_bytes());
        match self {
            TokenCredentialReading::Json => in_body && authorization.is_none(),
            TokenCredentialReading::Basic => in_header && request.get("client_secret").is_none(),
            TokenCredentialReading::Both => in_body || in_header,
        }
    }
}

/// When `execute_payment` and `create_refund` report their result.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeReading {
    /// At once: execute answers `TRADE_SUCCESS` (as 004:L2588's example shows), a refund
    /// `REFUND_SUCCESS`.
    #[default]
    Sync,
    /// Later, as the text says (004:L2568: "The result of executing will not returned
    /// immediately"; 004:L2771/L2794: `REFUND_PROCESS` "when it is done, UMF will send a
    /// notification"): execute answers `WAIT_BUYER_PAY`, a refund `REFUND_PROCESS`, and after
    /// the settle delay the final state is visible by query and notified.
    Async,
}

/// What a repeated `order.mer_reference_id` gets while the first payment is unpaid (API.md Q28:
/// the documents name the once-per-order rule, 004:L4726, and the codes, not the answer).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RepeatReading {
    /// An identical repeat answers the first payment again (a safe retry); a different one is
    /// `00202022`. Invented: the reading that forgives a retry after a lost answer.
    #[default]
    SamePayment,
    /// Every repeat is `00202022`, identical or not: the reading that forgives nothing, under
    /// which a retry after a lost answer must be settled by a query, not by creating again.
    Refuse,
}

/// A form-style body with `ret_code=0000` among its pairs.
fn form_ok(body: &[u8]) -> bool {
    String::from_utf8_lossy(body)
        .split('&')
        .any(|pair| pair.trim() == "ret_code=0000")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    const JSON: &str = r#"{"meta":{"ret_code":"0000","ret_msg":"SUCCESS"}}"#;
    const WITH_ID: &str =
        r#"{"meta":{"ret_code":"0000","ret_msg":"SUCCESS"},"payment":{"id":"PAY_1"}}"#;
    const FORM: &str = "ret_code=0000&ret_msg=SUCCESS";

    fn ok(reading: AckReading, body: &str) -> bool {
        reading.accepts(&HttpResponse::new(200, body), "payment", "PAY_1")
    }

    #[test]
    fn each_strict_ack_reading_accepts_its_own_reply_only() {
        let table = [
            (AckReading::Json, [true, false, false]),
            (AckReading::JsonWithId, [false, true, false]),
            (AckReading::Form, [false, false, true]),
            (AckReading::Any, [true, true, true]),
        ];
        for (reading, expected) in table {
            assert_eq!(
                [ok(reading, JSON), ok(reading, WITH_ID), ok(reading, FORM)],
                expected,
                "{reading:?}"
            );
        }
        // The id must be the notified object's, under its kind.
        assert!(!AckReading::JsonWithId.accepts(
            &HttpResponse::new(200, WITH_ID),
            "payment",
            "PAY_2"
        ));
        assert!(!AckReading::JsonWithId.accepts(
            &HttpResponse::new(200, WITH_ID),
            "refund",
            "PAY_1"
        ));
        for reading in [
            AckReading::Json,
            AckReading::JsonWithId,
            AckReading::Form,
            AckReading::Any,
        ] {
            assert!(!reading.accepts(&HttpResponse::new(500, JSON), "payment", "PAY_1"));
            assert!(!ok(reading, r#"{"meta":{"ret_code":"9999"}}"#));
            assert!(!ok(reading, "ret_code=9999"));
            assert!(!ok(reading, "OK"));
        }
    }

    #[test]
    fn each_strict_bearer_reading_refuses_the_other_spelling() {
        let t = "ab12";
        let space = format!("Bearer {t}");
        let none = format!("Bearer{t}");
        assert_eq!(BearerReading::StrictSpace.token(&space), Some(t));
        assert_eq!(BearerReading::StrictSpace.token(&none), None);
        assert_eq!(BearerReading::StrictNoSpace.token(&none), Some(t));
        assert_eq!(BearerReading::StrictNoSpace.token(&space), None);
        assert_eq!(BearerReading::Both.token(&space), Some(t));
        assert_eq!(BearerReading::Both.token(&none), Some(t));
        for reading in [
            BearerReading::StrictSpace,
            BearerReading::StrictNoSpace,
            BearerReading::Both,
        ] {
            assert_eq!(reading.token("Bearer"), None);
            assert_eq!(reading.token("Bearer "), None);
            assert_eq!(reading.token(t), None);
            assert_eq!(reading.token(&format!("Basic {t}")), None);
        }
        assert_eq!(
            BearerReading::StrictSpace.token(&format!("Bearer  {t}")),
            None
        );
    }

    proptest::proptest! {
        /// For any object and any format, the acknowledgement the SDK builds is accepted by the
        /// reading of its own format and by `any`, and refused by every other reading.
        #[test]
        fn ack_readings_partition_the_sdks_replies(
            id in "[A-Za-z0-9_]{1,40}",
            kind in 0..3usize,
            format in 0..3usize,
        ) {
            use umf_core::notification::{acknowledgement, NotificationKind};
            use umf_core::{AckFormat, AckOptions};
            let kind = [NotificationKind::Payment, NotificationKind::Refund, NotificationKind::CustomsDeclaration][kind];
            let formats = [
                (AckFormat::Json, AckReading::Json),
                (AckFormat::JsonWithId, AckReading::JsonWithId),
                (AckFormat::Form, AckReading::Form),
            ];
            let (format, own) = formats[format];
            let ack = acknowledgement(&AckOptions { format, sign_with: None }, Some((kind, &id))).unwrap();
            let reply = HttpResponse::from(ack);
            for reading in [AckReading::Json, AckReading::JsonWithId, AckReading::Form, AckReading::Any] {
                let expected = reading == own || reading == AckReading::Any;
                proptest::prop_assert_eq!(reading.accepts(&reply, kind.as_str(), &id), expected, "{:?}", reading);
            }
            // Under json-with-id the id must be the notified object's.
            let other = format!("{id}X");
            proptest::prop_assert!(!AckReading::JsonWithId.accepts(&reply, kind.as_str(), &other));
        }

        /// For any credentials, the SDK's token request in each style is accepted by that
        /// style's reading and by `both`, refused by the other, and wrong credentials by all.
        #[test]
        fn token_credential_readings_partition_the_sdks_styles(
            id in "[!-~]{1,40}", secret in "\\PC{1,40}", wrong in "\\PC{1,40}",
        ) {
            use umf_core::token::{token_request_styled, ClientCredentials};
            use umf_core::TokenCredentialStyle;
            let credentials = ClientCredentials::new(id.clone(), secret.clone());
            let styles = [
                (TokenCredentialStyle::JsonBody, TokenCredentialReading::Json),
                (TokenCredentialStyle::Basic, TokenCredentialReading::Basic),
            ];
            for (style, own) in styles {
                let request = token_request_styled(&credentials, "http://x/oauth/authorize", style);
                let authorization = request.header("Authorization");
                for reading in [TokenCredentialReading::Json, TokenCredentialReading::Basic, TokenCredentialReading::Both] {
                    let expected = reading == own || reading == TokenCredentialReading::Both;
                    proptest::prop_assert_eq!(reading.accepts(authorization, &request.body, &id, &secret), expected, "{:?} {:?}", style, reading);
                    if wrong != secret {
                        proptest::prop_assert!(!reading.accepts(authorization, &request.body, &id, &wrong));
                    }
                }
            }
        }

        /// For any token, each strict reading takes exactly its own spelling, `both` takes
        /// either, and no reading ever yields anything but the token itself.
        #[test]
        fn bearer_readings_partition_the_spellings(token in "[!-~]{1,80}", header in "\\PC{0,40}") {
            let space = format!("Bearer {token}");
            let none = format!("Bearer{token}");
            proptest::prop_assert_eq!(BearerReading::StrictSpace.token(&space), Some(token.as_str()));
            proptest::prop_assert_eq!(BearerReading::StrictNoSpace.token(&none), Some(token.as_str()));
            proptest::prop_assert_eq!(BearerReading::Both.token(&space), Some(token.as_str()));
            proptest::prop_assert_eq!(BearerReading::Both.token(&none), Some(token.as_str()));
            // The other spelling is refused outright.
            proptest::prop_assert_eq!(BearerReading::StrictSpace.token(&none), None);
            proptest::prop_assert_eq!(BearerReading::StrictNoSpace.token(&space), None);
            // Arbitrary text never panics and never yields an empty or space-led token.
            for reading in [BearerReading::StrictSpace, BearerReading::StrictNoSpace, BearerReading::Both] {
                if let Some(t) = reading.token(&header) {
                    proptest::prop_assert!(!t.is_empty() && !t.starts_with(char::is_whitespace));
                }
            }
        }
    }
}

//! The sans-IO client: operation id + parameters in, exact [`HttpRequest`] out; [`HttpResponse`]
//! in, typed and verified [`ApiResponse`] out.
//!
//! Preparing a request, in order: find the operation's row; read the body into its model (older
//! spellings such as `bankCard` become 004 spellings, so no sensitive field can slip past
//! encryption under an alias); validate everything, reporting every problem at once; encrypt
//! the sensitive fields (body and the `card` query parameter) with the UMF public key; render
//! the URL with escaped path parameters and an encoded query; serialise the body **once**; sign
//! those bytes; return them untouched.

use std::collections::BTreeMap;
use std::fmt;

use percent_encoding::utf8_percent_encode;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::codes::{self, ReturnCodeClass};
use crate::encryption::{encrypt_operation_fields, EncryptionMode, EncryptionReport};
use crate::error::{Error, Result, Severity, ValidationProblem};
use crate::http::{HttpRequest, HttpResponse, Method};
use crate::keys::{PrivateKey, PublicKey};
use crate::model::lenient::Lenient;
use crate::model::{self, Link, Meta};
use crate::notification::{verify_notification_with_keys, Notification};
use crate::operations::multipart::Upload;
use crate::operations::path::{render, UNRESERVED};
use crate::operations::{operation, results, Body, Operation, ResponseKind, RetryClass};
use crate::request::{HeaderOptions, SIGNATURE_HEADER};
use crate::statements::StatementFile;
use crate::token::{
    AccessToken, ClientCredentials, TokenCredentialStyle, TokenManager, TOKEN_PATH,
};
use crate::validation::{self, Subject};
use crate::verification::{verify_scanned_with_keys, ScannedResponse, Verification, VerifyOptions};

/// The documented base URLs (004:L7-8), and the US host seen only in examples (API.md H3).
pub mod base_urls {
    /// Sandbox, China.
    pub const SANDBOX: &str = "https://uatfx.soopay.net/cberest/v1";
    /// Production, China.
    pub const PRODUCTION: &str = "https://fx.soopay.net/cberest/v1";
    /// Production, US (examples only, unconfirmed; API.md Q14).
    pub const PRODUCTION_US: &str = "https://fxus.soopay.net/cberest/v1";
}

/// Everything a client needs.
#[derive(Clone)]
pub struct ClientConfig {
    /// Base URL, e.g. [`base_urls::SANDBOX`]; a trailing `/` is ignored.
    pub base_url: String,
    /// UMF's public key: encrypts sensitive fields, verifies responses and notifications.
    pub umf_public_key: PublicKey,
    /// Further UMF public keys that verify answers and notifications during a key change-over
    /// (the coming key before UMF switches, or the old one after). Tried after
    /// `umf_public_key`; keys with the same fingerprint count once. Never used to encrypt.
    pub umf_additional_public_keys: Vec<PublicKey>,
    /// The merchant private key, which signs POST bodies. `None` on a device, which then can
    /// prepare only unsigned requests (and should not call UMF directly at all).
    pub merchant_key: Option<PrivateKey>,
    /// `Authorization` spelling and `Accept-Language`.
    pub headers: HeaderOptions,
    /// How responses are verified.
    pub verify: VerifyOptions,
    /// Validate requests before signing (on by default).
    pub validate: bool,
    /// Also sign GET requests, over the empty body (API.md Q3; off by default).
    pub sign_get_requests: bool,
    /// The token endpoint, when it is not `{base_url}/oauth/authorize` (the text's reading and
    /// UMF's Java demo); e.g. `https://uatfx.soopay.net/v1/oauth/authorize`, the URL the
    /// examples in 001–003 show. Checked like `base_url`.
    pub token_url: Option<String>,
    /// How the token request carries the credentials (default: the JSON body).
    pub token_credentials: TokenCredentialStyle,
}

impl ClientConfig {
    /// A configuration with defaults: validation on, `IfPresent` verification of the primary
    /// result, `Bearer <token>`, GETs unsigned.
    pub fn new(
        base_url: impl Into<String>,
        umf_public_key: PublicKey,
        merchant_key: Option<PrivateKey>,
    ) -> Self {
        ClientConfig {
            base_url: base_url.into(),
            umf_public_key,
            umf_additional_public_keys: Vec::new(),
            merchant_key,
            headers: HeaderOptions::default(),
            verify: VerifyOptions::default(),
            validate: true,
            sign_get_requests: false,
            token_url: None,
            token_credentials: TokenCredentialStyle::JsonBody,
        }
    }
}

impl fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientConfig")
            .field("base_url", &self.base_url)
            .field("umf_public_key", &self.umf_public_key)
            .field(
                "umf_additional_public_keys",
                &self.umf_additional_public_keys,
            )
            .field("merchant_key", &self.merchant_key)
            .field("headers", &self.headers)
            .field("verify", &self.verify)
            .field("validate", &self.validate)
            .field("sign_get_requests", &self.sign_get_requests)
            .field("token_url", &self.token_url)
            .field("token_credentials", &self.token_credentials)
            .finish()
    }
}

/// What a caller gives for one request.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RequestParams {
    /// Path parameters (`payment_id`, ...).
    pub path: BTreeMap<String, String>,
    /// Query parameters (`settle_date`, `card`, ...).
    pub query: Map<String, Value>,
    /// The JSON body (an object), or the upload description for multipart operations
    /// (`file_name`, `content_type`, `content_base64`, `field`).
    pub body: Value,
    /// Explicit confirmation for operations with effects beyond this merchant
    /// (`unbind_bank_agreement`).
    pub confirm: bool,
}

/// The key of a flat parameter object that confirms a destructive operation.
pub const CONFIRM_KEY: &str = "$confirm";

impl RequestParams {
    /// Splits one flat object the way the bindings take keyword arguments: names of the
    /// operation's path and query parameters go there, `$confirm: true` confirms, and the rest
    /// is the body.
    pub fn from_flat(op_id: &str, params: Value) -> Result<Self> {
        let op = operation(op_id)?;
        let mut map = match params {
            Value::Object(map) => map,
            Value::Null => Map::new(),
            other => {
                return Err(Error::invalid_request(format!(
                    "parameters must be an object, found {}",
                    crate::encryption::json_kind(&other)
                )))
            }
        };
        let mut out = RequestParams {
            confirm: matches!(map.remove(CONFIRM_KEY), Some(Value::Bool(true))),
            ..RequestParams::default()
        };
        for name in op.path_params() {
            if let Some(value) = map.remove(name) {
                let text = match value {
                    Value::String(s) => s,
                    other => other.to_string(),
                };
                out.path.insert(name.to_owned(), text);
            }
        }
        for param in op.query {
            if let Some(value) = map.remove(param.name) {
                out.query.insert(param.name.to_owned(), value);
            }
        }
        out.body = Value::Object(map);
        Ok(out)
    }
}

impl RequestParams {
    /// The parameters for the page after `pagination`, or `None` on the last page
    /// (API.md Q24). For `get_reconciliation_statement` and `list_transactions`.
    pub fn next_page(&self, pagination: &model::Pagination) -> Option<RequestParams> {
        let next = pagination.next_page()?;
        let mut params = self.clone();
        params
            .query
            .insert("page_number".to_owned(), Value::String(next.to_string()));
        if let Some(size) = pagination.page_size {
            params
                .query
                .entry("page_size")
                .or_insert_with(|| Value::String(size.to_string()));
        }
        Some(params)
    }
}

/// A request whose body is final but not yet signed: for hosts that sign with their own native
/// RSA (`node:crypto`, WebCrypto) over exactly [`UnsignedRequest::bytes_to_sign`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnsignedRequest {
    /// The request without its `Signature` header.
    pub request: HttpRequest,
    /// Whether the operation must be signed.
    pub signature_required: bool,
    /// What encryption did.
    pub encryption: EncryptionReport,
}

impl UnsignedRequest {
    /// The exact bytes the signature covers (the body).
    pub fn bytes_to_sign(&self) -> &[u8] {
        &self.request.body
    }

    /// Adds a base64 signature made elsewhere. When `check_with` (the merchant public key) is
    /// given, the signature is verified first so a host bug cannot send a bad one.
    pub fn attach_signature(
        mut self,
        signature: &str,
        check_with: Option<&PublicKey>,
    ) -> Result<HttpRequest> {
        if let Some(key) = check_with {
            key.verify(&self.request.body, signature)?;
        }
        if self.signature_required {
            let signature = signature.trim();
            crate::headers::check(SIGNATURE_HEADER, signature)?;
            self.request
                .headers
                .push((SIGNATURE_HEADER.to_owned(), signature.to_owned()));
        }
        Ok(self.request)
    }

    /// Signs with `key` and returns the request to send.
    pub fn sign_with(self, key: &PrivateKey) -> Result<HttpRequest> {
        if !self.signature_required {
            return Ok(self.request);
        }
        let signature = key.sign(&self.request.body)?;
        self.attach_signature(signature.as_str(), None)
    }
}

/// A verified, typed answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ApiResponse {
    /// The operation id.
    pub operation: &'static str,
    /// HTTP status.
    pub http_status: u16,
    /// The envelope (empty for file downloads).
    pub meta: Meta,
    /// The typed result.
    pub result: results::OperationResult,
    /// HATEOAS links: data only, never followed (API.md §2.1).
    pub links: Vec<Link>,
    /// What signature verification found.
    pub verification: Verification,
    /// Result members the signature did not cover, when it verified: set aside as they came,
    /// never read into `result` (empty when the answer was unsigned or not checked, where
    /// nothing is called verified and every member is read).
    pub uncovered: Map<String, Value>,
}

/// The sans-IO UMF client. Cheap to clone, `Send + Sync`; keys are parsed once, here.
#[derive(Debug, Clone)]
pub struct Client {
    config: ClientConfig,
}

impl Client {
    /// A client with this configuration.
    pub fn new(config: ClientConfig) -> Self {
        Client { config }
    }

    /// The configuration.
    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// The configured [`ClientConfig::token_url`], else `{base}/oauth/authorize`.
    pub fn token_url(&self) -> String {
        match &self.config.token_url {
            Some(url) => url.clone(),
            None => format!("{}{TOKEN_PATH}", self.base()),
        }
    }

    /// A token manager for this client's token URL and credential style.
    pub fn token_manager(&self, credentials: ClientCredentials) -> TokenManager {
        TokenManager::new(credentials, self.token_url())
            .with_credential_style(self.config.token_credentials)
    }

    /// Verifies and reads a notification with the UMF public keys.
    pub fn verify_notification(&self, signature: &str, raw_body: &[u8]) -> Result<Notification> {
        verify_notification_with_keys(&self.umf_public_keys(), signature, raw_body)
    }

    /// The UMF public keys that verify: `umf_public_key` first, then the additional ones, each
    /// fingerprint once.
    pub fn umf_public_keys(&self) -> Vec<&PublicKey> {
        let mut keys = vec![&self.config.umf_public_key];
        for key in &self.config.umf_additional_public_keys {
            if keys.iter().all(|k| k.fingerprint() != key.fingerprint()) {
                keys.push(key);
            }
        }
        keys
    }

    fn base(&self) -> &str {
        self.config.base_url.trim_end_matches('/')
    }

    /// Every validation problem of a request, warnings included, without building it.
    pub fn validate(&self, op_id: &str, params: &RequestParams) -> Result<Vec<ValidationProblem>> {
        let op = operation(op_id)?;
        let body = match normalize_body(op, &params.body) {
            Ok(body) => body,
            Err(Error::Validation { problems }) => return Ok(problems),
            Err(e) => return Err(e),
        };
        let path: Vec<(String, String)> = params
            .path
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        Ok(validation::validate(&Subject {
            op,
            body: &body,
            query: &params.query,
            path: &path,
            confirmed: params.confirm,
        }))
    }

    /// Builds the exact request for `op_id`, signed when the operation is signed.
    pub fn prepare(
        &self,
        op_id: &str,
        params: &RequestParams,
        token: Option<&AccessToken>,
    ) -> Result<HttpRequest> {
        let unsigned = self.prepare_unsigned(op_id, params, token)?;
        if !unsigned.signature_required {
            return Ok(unsigned.request);
        }
        let key = self
            .config
            .merchant_key
            .as_ref()
            .ok_or_else(|| Error::MerchantKeyRequired(op_id.to_owned()))?;
        unsigned.sign_with(key)
    }

    /// Builds the request with its final body bytes but without the signature.
    pub fn prepare_unsigned(
        &self,
        op_id: &str,
        params: &RequestParams,
        token: Option<&AccessToken>,
    ) -> Result<UnsignedRequest> {
        let op = operation(op_id)?;
        if op.body == Body::Token {
            return Err(Error::invalid_request(
                "the token request is built by TokenManager::token_request",
            ));
        }
        let path_params: Vec<(String, String)> = params
            .path
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for name in params.path.keys() {
            if !op.path_params().any(|p| p == name) {
                return Err(Error::invalid_request(format!(
                    "`{name}` is not a path parameter of {op_id}"
                )));
            }
        }
        for name in params.query.keys() {
            if !op.query.iter().any(|q| q.name == name) {
                return Err(Error::invalid_request(format!(
                    "`{name}` is not a query parameter of {op_id}"
                )));
            }
        }
        // The path first: a reserved segment where an id belongs is refused outright.
        let path = render(op.path, |name| params.path.get(name).map(String::as_str))?;
        let mut body = normalize_body(op, &params.body)?;
        let mut query = params.query.clone();
        if self.config.validate {
            let problems = validation::validate(&Subject {
                op,
                body: &body,
                query: &query,
                path: &path_params,
                confirmed: params.confirm,
            });
            let errors: Vec<ValidationProblem> = problems
                .into_iter()
                .filter(|p| p.severity == Severity::Error)
                .collect();
            if !errors.is_empty() {
                return Err(Error::Validation { problems: errors });
            }
        } else if let Some(why) = op.confirm.filter(|_| !params.confirm) {
            // Not a validation nicety: such an operation is never sent unconfirmed.
            return Err(Error::Validation {
                problems: vec![validation::confirmation_required(why)],
            });
        }
        let encryption = encrypt_operation_fields(
            op,
            &mut body,
            Some(&mut query),
            &[],
            &self.config.umf_public_key,
            EncryptionMode::Wire,
        )?;
        let url = self.url(op, &path, &query)?;
        let mut headers = self.config.headers.common_headers(token)?;
        let body_bytes = match op.body {
            Body::None => Vec::new(),
            Body::Multipart => {
                let (bytes, content_type) = Upload::from_params(&body)?.encode()?;
                for (name, value) in headers.iter_mut() {
                    if name.eq_ignore_ascii_case("Content-Type") {
                        *value = content_type.clone();
                    }
                }
                bytes
            }
            Body::Json(_) | Body::Token => crate::request::serialize_body(&body)?,
        };
        crate::headers::check_all(&headers)?;
        let signature_required =
            op.signed || (op.method == Method::Get && self.config.sign_get_requests);
        Ok(UnsignedRequest {
            request: HttpRequest {
                method: op.method,
                url,
                headers,
                body: body_bytes,
            },
            signature_required,
            encryption,
        })
    }

    fn url(&self, op: &Operation, path: &str, query: &Map<String, Value>) -> Result<String> {
        check_base_url(self.base())?;
        // Checked with every request prepared, so a bad token URL fails before the first token
        // request goes anywhere.
        if let Some(token_url) = &self.config.token_url {
            check_url("token_url", token_url)?;
        }
        let mut url = format!("{}{path}", self.base());
        let mut first = true;
        for param in op.query {
            let Some(value) = query.get(param.name) else {
                continue;
            };
            let text = match value {
                Value::Null => continue,
                Value::String(s) => s.clone(),
                Value::Number(_) | Value::Bool(_) => value.to_string(),
                other => {
                    return Err(Error::invalid_request(format!(
                        "query parameter `{}` must be a string, found {}",
                        param.name,
                        crate::encryption::json_kind(other)
                    )))
                }
            };
            url.push(if first { '?' } else { '&' });
            first = false;
            url.push_str(param.name);
            url.push('=');
            url.extend(utf8_percent_encode(&text, UNRESERVED));
        }
        Ok(url)
    }

    /// Reads the response to `op_id`: verifies `meta.sign` per the configured policy, turns a
    /// non-success `ret_code` (or an HTTP error without one) into [`Error::Api`], and reads the
    /// typed result.
    pub fn parse(&self, op_id: &str, response: &HttpResponse) -> Result<ApiResponse> {
        parse_response_with_keys(
            op_id,
            response,
            Some((&self.umf_public_keys(), self.config.verify)),
        )
    }
}

/// [`Client::parse`] without a client: `verifier` is the UMF public key and policy, or `None`
/// to read without checking the signature (the result then says `not_checked`).
pub fn parse_response(
    op_id: &str,
    response: &HttpResponse,
    verifier: Option<(&PublicKey, VerifyOptions)>,
) -> Result<ApiResponse> {
    match verifier {
        Some((key, options)) => parse_response_with_keys(op_id, response, Some((&[key], options))),
        None => parse_response_with_keys(op_id, response, None),
    }
}

/// [`parse_response`] verified with any of a set of UMF public keys (a key change-over).
pub fn parse_response_with_keys(
    op_id: &str,
    response: &HttpResponse,
    verifier: Option<(&[&PublicKey], VerifyOptions)>,
) -> Result<ApiResponse> {
    let op = operation(op_id)?;
    let body = &response.body;
    // A file download answers an error as a JSON object; the file itself may start with
    // `[` (the 004 example wraps the CSV in brackets, K26).
    let looks_like_envelope = body
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b'{');
    match op.response {
        ResponseKind::Token => {
            return Err(Error::invalid_request(
                "the token response is read by TokenManager::complete",
            ))
        }
        ResponseKind::Csv(layout) if !looks_like_envelope && is_success(response.status) => {
            return Ok(ApiResponse {
                operation: op.id,
                http_status: response.status,
                meta: Meta::default(),
                result: results::OperationResult::Statement(StatementFile::read(
                    layout,
                    body.clone(),
                )),
                links: Vec::new(),
                // File streams have no signature mechanism (API.md §1.5).
                verification: Verification::unsigned(
                    verifier.map(|(_, o)| o.scope).unwrap_or_default(),
                ),
                uncovered: Map::new(),
            });
        }
        _ => {}
    }
    let scanned = match ScannedResponse::scan(body) {
        Ok(s) => s,
        Err(e) if !is_success(response.status) => {
            return Err(api_error(op, response.status, None, String::new()).unwrap_or(e))
        }
        Err(e) => return Err(e),
    };
    // An HTTP error whose body claims no `ret_code` says nothing the status does not: the
    // status is not signed either, so there is nothing to verify (a 429 or a proxy's 502).
    if !is_success(response.status) && scanned.meta_string("ret_code")?.is_none() {
        let ret_msg = scanned
            .meta_string("ret_msg")
            .ok()
            .flatten()
            .unwrap_or_default();
        if let Some(error) = api_error(op, response.status, None, ret_msg) {
            return Err(error);
        }
    }
    let verification = match verifier {
        Some((keys, options)) => verify_scanned_with_keys(&scanned, keys, options, op.result_keys)?,
        None => Verification::not_checked(VerifyOptions::default().scope),
    };
    let envelope: Value = serde_json::from_slice(scanned.envelope_raw())
        .map_err(|e| Error::malformed(format!("not JSON: {e}")))?;
    let Value::Object(mut members) = envelope else {
        return Err(Error::malformed("the envelope is not an object"));
    };
    let meta = match members.remove("meta") {
        Some(v) => Meta::from_value(v)
            .map_err(|e| Error::malformed(format!("meta: {e}")))?
            .unwrap_or_default(),
        None => return Err(Error::malformed("no `meta` envelope")),
    };
    let ret_msg = meta.ret_msg.as_ref().map(|m| m.text()).unwrap_or_default();
    if let Some(error) = api_error(op, response.status, meta.ret_code.clone(), ret_msg) {
        return Err(error);
    }
    let links = match members.remove("links") {
        Some(v) => Vec::<Link>::from_value(v)
            .map_err(|e| Error::malformed(format!("links: {e}")))?
            .unwrap_or_default(),
        None => Vec::new(),
    };
    let ResponseKind::Json(shape) = op.response else {
        return Err(Error::malformed("expected a file stream"));
    };
    // Verified means covered: the typed result is read from covered members only.
    let mut uncovered = Map::new();
    if verification.is_verified() {
        for name in &verification.uncovered {
            if let Some(value) = members.remove(name) {
                uncovered.insert(name.clone(), value);
            }
        }
    }
    // A value of the wrong type is reported before a missing one.
    let complete = results::check_requires(op.requires, &members);
    let result = results::read(shape, op.result_keys, &mut members)?;
    complete?;
    Ok(ApiResponse {
        operation: op.id,
        http_status: response.status,
        meta,
        result,
        links,
        verification,
        uncovered,
    })
}

/// The base URL goes into the request line as given: a space, CR or LF there would split the
/// request the way one in a header would. Path and query are escaped by the core; the base is
/// the configuration's, so it is checked here: `http(s)://`, visible ASCII only.
fn check_base_url(base: &str) -> Result<()> {
    check_url("base_url", base)
}

/// A configured URL (`base_url`, `token_url`): http(s), visible ASCII, header-sized.
fn check_url(name: &str, url: &str) -> Result<()> {
    let scheme = url.starts_with("https://") || url.starts_with("http://");
    let visible = url.bytes().all(|b| b.is_ascii_graphic());
    if scheme && visible && url.len() <= crate::headers::MAX_VALUE_LEN {
        Ok(())
    } else {
        Err(Error::invalid_request(format!(
            "{name} must be an http(s) URL of visible ASCII characters (no spaces, CR or LF)"
        )))
    }
}

fn is_success(status: u16) -> bool {
    (200..300).contains(&status)
}

/// The error a response stands for, if any: a `ret_code` other than `0000`, or an HTTP error
/// status without one.
fn api_error(
    op: &Operation,
    status: u16,
    ret_code: Option<String>,
    ret_msg: String,
) -> Option<Error> {
    let failed = match ret_code.as_deref() {
        Some(code) => code != codes::SUCCESS,
        None => !is_success(status),
    };
    if !failed {
        return None;
    }
    let class = codes::classify(ret_code.as_deref(), status);
    Some(Error::Api {
        http_status: status,
        retryable: retryable(op, class, status),
        ret_code,
        ret_msg,
        class,
    })
}

/// Whether the same request may be sent again (API.md Q16): reads on any transient failure; a
/// state-changing POST only when the answer proves it was not processed (HTTP 429). Token
/// expiry is handled by the caller's one refresh-and-retry, not here.
fn retryable(op: &Operation, class: ReturnCodeClass, status: u16) -> bool {
    match op.retry {
        RetryClass::Safe => class == ReturnCodeClass::Retryable,
        RetryClass::Unsafe => status == 429,
    }
}

/// Reads a request body into `op_id`'s request model and back: older spellings become 004
/// spellings, `""` values are dropped, amounts become strings. What [`Client::prepare`] does
/// before anything else, and what the sandbox does to what it receives.
pub fn normalize_request_body(op_id: &str, body: &Value) -> Result<Value> {
    normalize_body(operation(op_id)?, body)
}

/// Reads the body into the operation's request model and back, so that only 004 spellings go
/// out and aliases cannot hide sensitive fields from encryption.
fn normalize_body(op: &Operation, body: &Value) -> Result<Value> {
    let name = match op.body {
        Body::Json(name) => name,
        Body::None => {
            return match body {
                Value::Null => Ok(Value::Null),
                Value::Object(m) if m.is_empty() => Ok(Value::Null),
                _ => Err(Error::invalid_request(format!(
                    "{} takes no body; pass path and query parameters",
                    op.id
                ))),
            }
        }
        Body::Multipart | Body::Token => return Ok(body.clone()),
    };
    let empty = Value::Object(Map::new());
    let body = match body {
        Value::Null => &empty,
        Value::Object(_) => body,
        other => {
            return Err(Error::invalid_request(format!(
                "the body of {} must be an object, found {}",
                op.id,
                crate::encryption::json_kind(other)
            )))
        }
    };
    crate::operations::bodies::body_model(name)?.normalize(body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operations::OPERATIONS;

    #[test]
    fn every_json_body_type_has_a_model() {
        for op in OPERATIONS {
            if let Body::Json(_) = op.body {
                let result = normalize_body(op, &Value::Object(Map::new()));
                assert!(
                    !matches!(&result, Err(Error::InvalidRequest { reason }) if reason.contains("operation table bug")),
                    "{}",
                    op.id
                );
            }
        }
    }

    #[test]
    fn a_base_url_that_could_split_the_request_line_is_refused() {
        for good in [base_urls::SANDBOX, "http://127.0.0.1:8080/cberest/v1"] {
            assert!(check_base_url(good).is_ok(), "{good}");
        }
        for bad in [
            "https://uatfx.soopay.net/v1\r\nX-Injected: 1",
            "https://uatfx.soopay.net/v 1",
            "ftp://uatfx.soopay.net/v1",
            "uatfx.soopay.net/v1",
            "https://uatfx.soopay.net/v1\u{7f}",
            "https://例え.jp/v1",
        ] {
            assert_eq!(
                check_base_url(bad).unwrap_err().code(),
                "invalid_request",
                "{bad:?}"
            );
        }
    }

    #[test]
    fn the_token_url_is_configurable_and_checked_like_the_base_url() {
        let key =
            PublicKey::from_bytes(include_bytes!("../../tests/vectors/keys/umf_1024_cert.pem"))
                .unwrap();
        let mut config = ClientConfig::new(base_urls::SANDBOX, key, None);
        let client = Client::new(config.clone());
        assert_eq!(
            client.token_url(),
            format!("{}{TOKEN_PATH}", base_urls::SANDBOX)
        );
        config.token_url = Some("https://uatfx.soopay.net/v1/oauth/authorize".into());
        config.token_credentials = TokenCredentialStyle::Basic;
        let client = Client::new(config.clone());
        assert_eq!(
            client.token_url(),
            "https://uatfx.soopay.net/v1/oauth/authorize"
        );
        let request = client
            .token_manager(ClientCredentials::new("id", "secret"))
            .token_request();
        assert_eq!(request.url, "https://uatfx.soopay.net/v1/oauth/authorize");
        assert!(request.header("Authorization").is_some());
        let params =
            RequestParams::from_flat("get_payment", serde_json::json!({"payment_id": "PAY_1"}))
                .unwrap();
        assert!(client
            .prepare_unsigned("get_payment", &params, None)
            .is_ok());
        // A token URL that could split the request line fails every request prepared.
        config.token_url = Some("https://uatfx.soopay.net/v1\r\nX: 1".into());
        let err = Client::new(config)
            .prepare_unsigned("get_payment", &params, None)
            .unwrap_err();
        assert_eq!(err.code(), "invalid_request");
        assert!(err.to_string().contains("token_url"));
    }
}

//! Operations: the core's sans-IO [`umf_core::Client`], with parameters and results as JSON text.
//!
//! # Which client an app builds
//!
//! An app builds its `Client` with the UMF public key alone ([`Client::new`]). It validates
//! payloads before they leave the device, builds unsigned requests, and reads what the merchant
//! server relays from UMF as typed, verified results. Every signed operation (every POST)
//! answers `merchant_key_required` on such a client, on purpose: the merchant server signs, with
//! a key an app must never hold. The device's part of a payment is to encrypt the card fields
//! ([`CardEncryptor`](crate::CardEncryptor)) and send the markers to its own server, whose
//! client passes them through into the signed request.
//!
//! [`Client::with_merchant_key`] gives the whole surface, for tools, tests and server-side
//! Kotlin or Swift. **The merchant private key does not belong in an app.**

use std::fmt;
use std::sync::Arc;

use umf_core::client::{base_urls, RequestParams};
use umf_core::notification::{self, AckFormat, AckOptions};
use umf_core::{
    AuthorizationStyle, ClientCredentials, HeaderOptions, OperationResult, TokenCredentialStyle,
    Verification, VerifyOptions,
};

use crate::encryptor::CardEncryptor;
use crate::error::{Result, ValidationProblem};
use crate::http::{HttpRequest, HttpResponse};
use crate::json;
use crate::keys::{PrivateKey, PublicKey};
use crate::token::{AccessToken, TokenManager};
use crate::verification::VerifiedNotification;

/// UMF's hosts (004:L7-8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum UmfEnvironment {
    /// UMF's test system, China (`https://uatfx.soopay.net/cberest/v1`).
    Sandbox,
    /// Production, China (`https://fx.soopay.net/cberest/v1`).
    Production,
    /// Production, US: seen only in the documents' examples, unconfirmed.
    ProductionUs,
}

#[uniffi::export]
impl UmfEnvironment {
    /// The base URL to give a `Client`.
    pub fn base_url(&self) -> String {
        match self {
            UmfEnvironment::Sandbox => base_urls::SANDBOX,
            UmfEnvironment::Production => base_urls::PRODUCTION,
            UmfEnvironment::ProductionUs => base_urls::PRODUCTION_US,
        }
        .to_owned()
    }
}

/// How the `Authorization` header is spelt (the core's own type).
#[uniffi::remote(Enum)]
pub enum AuthorizationStyle {
    /// `Bearer <token>`, as the documents write it (the default).
    BearerSpace,
    /// `Bearer<token>`, as UMF's own demo sends it.
    BearerNoSpace,
}

/// How the token request carries the client credentials (the core's own type). The documents
/// read both ways: every example sends them in the JSON body, while 000:L27 and 004:L127 speak
/// of "basic authentication values".
#[uniffi::remote(Enum)]
pub enum TokenCredentialStyle {
    /// `{"client_id","client_secret","grant_type":"client_credentials"}`, as the examples show
    /// (the default).
    JsonBody,
    /// `Authorization: Basic base64(client_id:client_secret)` and the body
    /// `{"grant_type":"client_credentials"}`: the secret is not repeated in the body.
    Basic,
}

/// The body of a notification's acknowledgement (the core's own type): which one UMF expects
/// is a reading of the documents.
#[uniffi::remote(Enum)]
pub enum AckFormat {
    /// `{"meta":{"ret_code":"0000","ret_msg":"SUCCESS"}}` (004:L2669-2673; the default).
    Json,
    /// The same plus the object id, `{"meta":{…},"payment":{"id":"PAY_…"}}` (003:L1035-1037).
    JsonWithId,
    /// `ret_code=0000&ret_msg=SUCCESS`, the older form-style reply (003:L603-610).
    Form,
}

/// What a `Client` does beyond its keys. Every field has a default.
// Not `PartialEq`: the additional keys are objects, compared by nothing meaningful but their
// fingerprints, and nothing compares options.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ClientOptions {
    /// How responses are verified; none gives `IF_PRESENT` with the `AUTO` scope.
    #[uniffi(default = None)]
    pub verify: Option<VerifyOptions>,
    /// Validate requests before building them (on by default).
    #[uniffi(default = true)]
    pub validate: bool,
    /// Also sign GET requests, over the empty body, where UMF asks for it (off by default).
    #[uniffi(default = false)]
    pub sign_get_requests: bool,
    /// `Authorization` spelling; none gives `BEARER_SPACE`.
    #[uniffi(default = None)]
    pub authorization: Option<AuthorizationStyle>,
    /// `Accept-Language` (`en` or `zh`), sent only when set.
    #[uniffi(default = None)]
    pub accept_language: Option<String>,
    /// Further UMF public keys that verify answers and notifications while UMF changes its key
    /// (the coming key before the switch, the old one after it). Tried after the client's UMF
    /// public key; never used to encrypt. `Verification.keyFingerprint` and
    /// `VerifiedNotification.keyFingerprint` name the key that verified.
    #[uniffi(default = [])]
    pub umf_additional_public_keys: Vec<Arc<PublicKey>>,
    /// The token endpoint, when it is not `{baseUrl}/oauth/authorize`: e.g.
    /// `https://uatfx.soopay.net/v1/oauth/authorize`, the URL the examples of 001-003 show.
    /// Every token this client's `Caller` and `tokenManager` fetch comes from there.
    #[uniffi(default = None)]
    pub token_url: Option<String>,
    /// How the token request carries the credentials; none gives `JSON_BODY`.
    #[uniffi(default = None)]
    pub token_credentials: Option<TokenCredentialStyle>,
}

impl ClientOptions {
    fn apply(self, config: &mut umf_core::ClientConfig) {
        config.verify = self.verify.unwrap_or_default();
        config.validate = self.validate;
        config.sign_get_requests = self.sign_get_requests;
        config.headers = HeaderOptions {
            authorization: self.authorization.unwrap_or_default(),
            accept_language: self.accept_language,
        };
        config.umf_additional_public_keys = self
            .umf_additional_public_keys
            .iter()
            .map(|key| key.inner.clone())
            .collect();
        config.token_url = self.token_url;
        config.token_credentials = self.token_credentials.unwrap_or_default();
    }
}

/// The UMF client: operation id and parameters in, the exact request out; the exact response
/// in, a typed and verified result out. It never opens a socket: the app or server sends the
/// request with its own HTTP stack and hands back what came.
///
/// Parameters are one JSON object per call: path and query parameters by name
/// (`payment_id`, `settle_date`, ...), `"$confirm": true` for `unbind_bank_agreement`, and the
/// rest is the body. Results are JSON text of the core's typed models.
///
/// Built with the primary constructor (Kotlin `Client(baseUrl, umfPublicKey)`, Swift
/// `Client(baseUrl:umfPublicKey:)`) it holds the UMF public key only, which is what an app should
/// hold: signed operations then throw `merchant_key_required`, because the merchant server signs.
/// `withMerchantKey` gives every operation, for servers and tools only.
/// Thread-safe; build one and share it.
#[derive(Debug, uniffi::Object)]
#[uniffi::export(Debug)]
pub struct Client {
    pub(crate) inner: umf_core::Client,
}

impl Client {
    fn build(
        base_url: String,
        umf_public_key: &PublicKey,
        merchant_key: Option<&PrivateKey>,
        options: Option<ClientOptions>,
    ) -> Arc<Self> {
        let mut config = umf_core::ClientConfig::new(
            base_url,
            umf_public_key.inner.clone(),
            merchant_key.map(|k| k.inner.clone()),
        );
        if let Some(options) = options {
            options.apply(&mut config);
        }
        Arc::new(Client {
            inner: umf_core::Client::new(config),
        })
    }
}

#[uniffi::export]
impl Client {
    /// The app's client: the UMF public key only. Validates, builds unsigned requests, and
    /// parses and verifies what the merchant server relays; signed operations throw
    /// `merchant_key_required`, because signing is the merchant server's job.
    #[uniffi::constructor(default(options = None))]
    pub fn new(
        base_url: String,
        umf_public_key: Arc<PublicKey>,
        options: Option<ClientOptions>,
    ) -> Arc<Self> {
        Client::build(base_url, &umf_public_key, None, options)
    }

    /// A client that also signs, with the merchant private key.
    ///
    /// # ⚠️ The merchant private key does not belong in an app
    ///
    /// Anything shipped in an app can be extracted from it, and whoever holds this key can
    /// sign payment requests as the merchant. This constructor is for tools, tests and
    /// server-side Kotlin or Swift; an app uses the primary constructor.
    #[uniffi::constructor(default(options = None))]
    pub fn with_merchant_key(
        base_url: String,
        umf_public_key: Arc<PublicKey>,
        merchant_key: Arc<PrivateKey>,
        options: Option<ClientOptions>,
    ) -> Arc<Self> {
        Client::build(base_url, &umf_public_key, Some(&merchant_key), options)
    }

    /// The base URL, as given.
    pub fn base_url(&self) -> String {
        self.inner.config().base_url.clone()
    }

    /// The token endpoint: the configured `tokenUrl`, else `{base}/oauth/authorize`.
    pub fn token_url(&self) -> String {
        self.inner.token_url()
    }

    /// How the token request carries the credentials, as configured.
    pub fn token_credentials(&self) -> TokenCredentialStyle {
        self.inner.config().token_credentials
    }

    /// A token manager for this client's token URL and credential style; see `TokenManager`
    /// (the client secret does not belong in an app).
    #[uniffi::method(default(refresh_margin_ms = None, refresh_timeout_ms = None))]
    pub fn token_manager(
        &self,
        client_id: String,
        client_secret: String,
        refresh_margin_ms: Option<i64>,
        refresh_timeout_ms: Option<i64>,
    ) -> Arc<TokenManager> {
        TokenManager::wrap(
            self.inner
                .token_manager(ClientCredentials::new(client_id, client_secret)),
            refresh_margin_ms,
            refresh_timeout_ms,
        )
    }

    /// Whether this client can sign (it was built with the merchant key).
    pub fn has_merchant_key(&self) -> bool {
        self.inner.config().merchant_key.is_some()
    }

    /// The UMF public key in use.
    pub fn umf_public_key(&self) -> Arc<PublicKey> {
        Arc::new(PublicKey {
            inner: self.inner.config().umf_public_key.clone(),
        })
    }

    /// Every UMF public key that verifies, in the order tried: `umfPublicKey`, then the
    /// additional ones (each fingerprint once).
    pub fn umf_public_keys(&self) -> Vec<Arc<PublicKey>> {
        self.inner
            .umf_public_keys()
            .into_iter()
            .map(|key| Arc::new(PublicKey { inner: key.clone() }))
            .collect()
    }

    /// An encryptor for the same UMF key, for the device's card fields.
    pub fn card_encryptor(&self) -> Arc<CardEncryptor> {
        CardEncryptor::from_public_key(self.umf_public_key())
    }

    /// The `Authorization` header value for `token`, in the configured spelling: to resend the
    /// same signed bytes with a fresh token after HTTP 401 or `00280703` (the signature covers
    /// the body only), with `HttpRequest.withHeader`. A token that is not 1-4096 visible ASCII
    /// characters throws `invalid_header`.
    pub fn authorization(&self, token: Arc<AccessToken>) -> Result<String> {
        Ok(self.inner.config().headers.authorization(&token.inner)?)
    }

    /// Builds the exact request for `operation_id` (for example `create_payment`): reads the
    /// body into its model, validates it (every problem at once), encrypts the sensitive
    /// fields (markers from a device pass through, never encrypted twice), serialises the body
    /// once and signs those bytes. Send `body()` unchanged.
    ///
    /// Throws `UmfException.Request` (`validation_failed` with every problem,
    /// `merchant_key_required` for a signed operation on a client without the merchant key,
    /// `unknown_operation`, `invalid_request`) or `UmfException.Encryption`.
    #[uniffi::method(default(params_json = "{}", token = None))]
    pub fn prepare(
        &self,
        operation_id: String,
        params_json: String,
        token: Option<Arc<AccessToken>>,
    ) -> Result<Arc<HttpRequest>> {
        let params = request_params(&operation_id, params_json)?;
        let request =
            self.inner
                .prepare(&operation_id, &params, token.as_deref().map(|t| &t.inner))?;
        Ok(HttpRequest::wrap(request))
    }

    /// Builds the request with its final body but without the signature, for a signer that is
    /// elsewhere (the merchant server, a platform keystore): sign `bytesToSign()` and call
    /// `attachSignature`. Works without the merchant key.
    #[uniffi::method(default(params_json = "{}", token = None))]
    pub fn prepare_unsigned(
        &self,
        operation_id: String,
        params_json: String,
        token: Option<Arc<AccessToken>>,
    ) -> Result<Arc<UnsignedRequest>> {
        let params = request_params(&operation_id, params_json)?;
        let unsigned = self.inner.prepare_unsigned(
            &operation_id,
            &params,
            token.as_deref().map(|t| &t.inner),
        )?;
        Ok(Arc::new(UnsignedRequest { inner: unsigned }))
    }

    /// Every validation problem of a request, warnings included, without building it. An
    /// empty list means `prepare` will not throw `validation_failed`.
    #[uniffi::method(default(params_json = "{}"))]
    pub fn validate(
        &self,
        operation_id: String,
        params_json: String,
    ) -> Result<Vec<ValidationProblem>> {
        let params = request_params(&operation_id, params_json)?;
        Ok(self
            .inner
            .validate(&operation_id, &params)?
            .into_iter()
            .map(ValidationProblem::from)
            .collect())
    }

    /// Reads UMF's response to `operation_id` (the bytes exactly as received): verifies
    /// `meta.sign` per the options, turns a `ret_code` other than `0000` (or an HTTP error
    /// without one) into `UmfException.Api`, and reads the typed result.
    pub fn parse(&self, operation_id: String, response: HttpResponse) -> Result<ApiResponse> {
        let parsed = self.inner.parse(&operation_id, &response.to_core()?)?;
        ApiResponse::from_core(parsed)
    }

    /// Verifies a notification's `Signature` header over its raw body with every UMF public
    /// key of the client (`keyFingerprint` names the one that verified), then reads it.
    pub fn verify_notification(
        &self,
        signature: String,
        raw_body: Vec<u8>,
    ) -> Result<VerifiedNotification> {
        let notification = self.inner.verify_notification(&signature, &raw_body)?;
        VerifiedNotification::from_core(&notification)
    }
}

/// The HTTP reply that tells UMF `notification` was received, its body in `format` (none
/// gives `JSON`): hand it to the endpoint's HTTP stack as it is. Which body UMF accepts is a
/// reading of the documents; UMF retries a notification whose acknowledgement it refuses.
/// Unsigned unless `sign_with` is the merchant key (see `PrivateKey`'s warning).
#[uniffi::export(default(format = None, sign_with = None))]
pub fn notification_acknowledgement(
    notification: VerifiedNotification,
    format: Option<AckFormat>,
    sign_with: Option<Arc<PrivateKey>>,
) -> Result<HttpResponse> {
    let options = AckOptions {
        format: format.unwrap_or_default(),
        sign_with: sign_with.as_deref().map(|key| &key.inner),
    };
    let ack = notification::acknowledgement(&options, Some((notification.kind, &notification.id)))?;
    Ok(HttpResponse::from_core(ack.into()))
}

/// Splits the flat parameter object the way every binding takes it.
pub(crate) fn request_params(operation_id: &str, params_json: String) -> Result<RequestParams> {
    let params = json::parse("params_json", params_json)?;
    Ok(RequestParams::from_flat(operation_id, params)?)
}

/// A request whose body is final but not yet signed.
///
/// Sign exactly `bytesToSign()` (RSASSA-PKCS1-v1_5 / SHA-256, base64) wherever the merchant key
/// lives, then `attachSignature`. `toString()` / `description` redact like `HttpRequest`'s.
#[derive(Debug, uniffi::Object)]
#[uniffi::export(Debug)]
pub struct UnsignedRequest {
    inner: umf_core::UnsignedRequest,
}

#[uniffi::export]
impl UnsignedRequest {
    /// The request as it stands, without a `Signature` header.
    pub fn request(&self) -> Arc<HttpRequest> {
        HttpRequest::wrap(self.inner.request.clone())
    }

    /// Whether the operation must be signed (every POST; GETs when the client signs them).
    pub fn signature_required(&self) -> bool {
        self.inner.signature_required
    }

    /// The exact bytes the signature covers: the body.
    pub fn bytes_to_sign(&self) -> Vec<u8> {
        self.inner.bytes_to_sign().to_vec()
    }

    /// Paths whose plaintext was encrypted while building.
    pub fn encrypted(&self) -> Vec<String> {
        self.inner.encryption.encrypted.clone()
    }

    /// Paths whose value arrived as an encrypted marker and went out as it was.
    pub fn passed_through(&self) -> Vec<String> {
        self.inner.encryption.passed_through.clone()
    }

    /// The request to send, with `signature` (base64) as its `Signature` header. With
    /// `check_with` (the merchant public key) the signature is verified first, so a signer's
    /// mistake throws `UmfException.Signature` here rather than reaching UMF.
    #[uniffi::method(default(check_with = None))]
    pub fn attach_signature(
        &self,
        signature: String,
        check_with: Option<Arc<PublicKey>>,
    ) -> Result<Arc<HttpRequest>> {
        let request = self
            .inner
            .clone()
            .attach_signature(&signature, check_with.as_deref().map(|k| &k.inner))?;
        Ok(HttpRequest::wrap(request))
    }

    /// Signs with `key` and returns the request to send. See `PrivateKey`'s warning.
    pub fn sign_with(&self, key: Arc<PrivateKey>) -> Result<Arc<HttpRequest>> {
        Ok(HttpRequest::wrap(self.inner.clone().sign_with(&key.inner)?))
    }
}

/// A verified, typed answer of UMF. The JSON members hold the core's models: 004 spellings,
/// amounts as decimal text, unknown members kept. `toString()` / `description` show the
/// operation, status, verification and `meta`, and the result, links and file by size only:
/// UMF echoes the payer's personal data there (phone, names, addresses).
#[derive(Clone, PartialEq, Eq, uniffi::Record)]
#[uniffi::export(Debug)]
pub struct ApiResponse {
    /// The operation id.
    pub operation: String,
    /// HTTP status.
    pub http_status: i32,
    /// What signature verification found: check `status` before trusting the result.
    pub verification: Verification,
    /// The `meta` envelope (`ret_code`, `ret_msg`, ...) as JSON text; `{}` for a file.
    pub meta_json: String,
    /// The typed result as JSON text, shaped as the operation's `resultShape` says
    /// (`{"id":"PAY_…","state":"TRADE_SUCCESS",…}` for a payment; `{}` when there is none).
    pub result_json: String,
    /// HATEOAS links as a JSON array: data only, never follow them blindly.
    pub links_json: String,
    /// Result members the signature did not cover, as a JSON object (`{}` unless verified
    /// with uncovered members): set aside, never read into `result_json`.
    pub uncovered_json: String,
    /// For the CSV statement downloads: the file exactly as received (`result_json` holds its
    /// tolerant parse).
    pub file_bytes: Option<Vec<u8>>,
}

impl fmt::Debug for ApiResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiResponse")
            .field("operation", &self.operation)
            .field("http_status", &self.http_status)
            .field("verification", &self.verification)
            .field("meta_json", &self.meta_json)
            .field("result_json_len", &self.result_json.len())
            .field("links_json_len", &self.links_json.len())
            .field("uncovered_json_len", &self.uncovered_json.len())
            .field("file_bytes_len", &self.file_bytes.as_ref().map(Vec::len))
            .finish()
    }
}

impl ApiResponse {
    pub(crate) fn from_core(parsed: umf_core::ApiResponse) -> Result<Self> {
        let file_bytes = match &parsed.result {
            OperationResult::Statement(file) => Some(file.raw.clone()),
            _ => None,
        };
        Ok(ApiResponse {
            operation: parsed.operation.to_owned(),
            http_status: i32::from(parsed.http_status),
            verification: parsed.verification,
            meta_json: json::write(&parsed.meta)?,
            result_json: json::write(&parsed.result)?,
            links_json: json::write(&parsed.links)?,
            uncovered_json: json::write(&parsed.uncovered)?,
            file_bytes,
        })
    }
}

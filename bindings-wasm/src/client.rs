//! `Client`: every operation of the core's table, sans-IO. Parameters in, the exact request
//! out; the response in, a typed and verified result out. The host sends the bytes.
//!
//! `prepareUnsigned` is the hook for the host's native RSA (`createSigner`): the core decides
//! the exact bytes, the host signs them, `attachSignature` adds the header. `UmfClient` (the
//! package's `fetch` client) is built on exactly these calls.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use tsify::{Ts, Tsify};
use umf_core::client::{base_urls, RequestParams};
use umf_core::model::{Link, Meta};
use umf_core::token::{ClientCredentials, TokenCredentialStyle};
use umf_core::AccessToken as CoreToken;
use umf_core::{AuthorizationStyle, ClientConfig, OperationResult, VerifyOptions};
use wasm_bindgen::prelude::*;
use zeroize::Zeroize;

use crate::error::{to_js, type_error, JsResult, OrThrow};
use crate::host_rsa::RsaBackend;
use crate::http::{response_from_js, HttpRequest};
use crate::json;
use crate::notification;
use crate::private_key::{private_key_from_js, public_key_from_js, PrivateKey};
use crate::shown::print_as;
use crate::token::{AccessToken, TokenManager, TokenManagerOptions};
use crate::verify::Verification;

/// How a `Client` is set up.
#[derive(Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ClientOptions {
    /// Base URL (`baseUrls().sandbox`, `baseUrls().production`, or the local sandbox's); a
    /// trailing `/` is ignored.
    pub base_url: String,
    /// UMF's public key: encrypts sensitive fields, verifies responses and notifications. A
    /// `PublicKey`, or an SPKI / PKCS#1 key or X.509 certificate in PEM, DER or base64.
    #[tsify(type = "PublicKey | string | Uint8Array | ArrayBuffer")]
    #[serde(with = "serde_wasm_bindgen::preserve")]
    pub umf_public_key: JsValue,
    /// Further UMF public keys (each as `umfPublicKey`) that verify answers and notifications
    /// during a key change-over: the coming key before UMF switches, the old one after. Tried
    /// after `umfPublicKey`; never used to encrypt. The key that verified is each answer's
    /// `verification.keyFingerprint` and each notification's `keyFingerprint`.
    #[tsify(
        optional,
        type = "Array<PublicKey | string | Uint8Array | ArrayBuffer> | null"
    )]
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    pub umf_additional_public_keys: JsValue,
    /// The token endpoint, when it is not `{baseUrl}/oauth/authorize` (e.g.
    /// `https://uatfx.soopay.net/v1/oauth/authorize`, the URL the examples in 001-003 show).
    #[tsify(optional)]
    #[serde(default)]
    pub token_url: Option<String>,
    /// How the token request carries the client credentials: `json` (default, in the body, as
    /// every example shows) or `basic` (`Authorization: Basic`, as 000 and 004 word it).
    #[tsify(optional, type = "\"json\" | \"basic\"")]
    #[serde(default)]
    pub token_credentials: Option<String>,
    /// The merchant private key, which signs POST bodies: a `PrivateKey` (load
    /// passphrase-protected keys that way), or unencrypted PKCS#1 / PKCS#8. Without it the
    /// client prepares unsigned requests only.
    #[tsify(
        optional,
        type = "PrivateKey | string | Uint8Array | ArrayBuffer | null"
    )]
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    pub merchant_key: JsValue,
    /// Where both keys' RSA runs (signing; verification and encryption with `umfPublicKey`):
    /// `auto` (default: `node:crypto` in Node, WebAssembly elsewhere), `node:crypto` or
    /// `wasm`. Every backend gives the same bytes and verdicts.
    #[tsify(optional, type = "\"auto\" | \"node:crypto\" | \"wasm\"")]
    #[serde(default)]
    pub rsa_backend: Option<RsaBackend>,
    /// `bearer_space` (default, `Bearer <token>`) or `bearer_no_space` (as UMF's demo sends).
    #[tsify(optional, type = "\"bearer_space\" | \"bearer_no_space\"")]
    #[serde(default)]
    pub authorization: Option<AuthorizationStyle>,
    /// `Accept-Language` (`en` or `zh`), sent only when set.
    #[tsify(optional)]
    #[serde(default)]
    pub accept_language: Option<String>,
    /// How responses are verified: policy `if_present` (default), `strict` or `off`; scope
    /// `auto` (default), `primary_result`, `body_without_meta` or `body_without_sign`.
    #[tsify(
        optional,
        type = "{ policy?: \"strict\" | \"if_present\" | \"off\"; scope?: \"auto\" | \"primary_result\" | \"body_without_meta\" | \"body_without_sign\" }"
    )]
    #[serde(default)]
    pub verify: Option<VerifyOptions>,
    /// Validate requests before signing (default `true`).
    #[tsify(optional)]
    #[serde(default)]
    pub validate: Option<bool>,
    /// Also sign GET requests, over the empty body (default `false`; API.md Q3).
    #[tsify(optional)]
    #[serde(default)]
    pub sign_get_requests: Option<bool>,
}

/// The documented base URLs.
#[derive(Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct BaseUrls {
    /// UMF's sandbox, China.
    pub sandbox: &'static str,
    /// Production, China.
    pub production: &'static str,
    /// Production, US (seen only in examples; unconfirmed).
    pub production_us: &'static str,
}

/// UMF's documented base URLs (004:L7-8).
#[wasm_bindgen(js_name = baseUrls)]
pub fn base_urls() -> JsResult<Ts<BaseUrls>> {
    BaseUrls {
        sandbox: base_urls::SANDBOX,
        production: base_urls::PRODUCTION,
        production_us: base_urls::PRODUCTION_US,
    }
    .into_ts()
    .or_throw()
}

// `ApiResponse` is built by hand below (the core's result serialised once, as JSON text), so
// its TypeScript is written here; the result types come from the core's models.
#[wasm_bindgen(typescript_custom_section)]
const API_RESPONSE_TS: &str = r#"
/**
 * A verified, typed answer. `result` has the shape of the operation (see `operations()` and
 * `UmfClient`): wire member names, amounts as the exact text UMF sent.
 */
export interface ApiResponse<R = OperationResult> {
    /** The operation id. */
    operation: string;
    /** HTTP status. */
    httpStatus: number;
    /** The envelope (`ret_code`, `ret_msg`, `sign`); empty for file downloads. */
    meta: Meta;
    /** The typed result. */
    result: R;
    /** HATEOAS links: data only, never followed by the SDK. */
    links: Link[];
    /** What signature verification found. */
    verification: Verification;
    /** Result members the signature did not cover (when verified): set aside, never read into `result`. */
    uncovered: Record<string, unknown>;
}
export interface Client {
    /**
     * Reads the response to `opId`: verifies `meta.sign` per the client's policy, throws
     * `api_error` for a non-success `ret_code` or HTTP error (with `retryable` decided by the
     * operation), and returns the answer typed as that operation's result, what its every
     * answer carries required. Pass the body as received (bytes).
     */
    parse<K extends OperationId>(opId: K, response: HttpResponseInit): ApiResponse<OperationResultOf<K>>;
}
"#;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ApiResponseView<'a> {
    operation: &'a str,
    http_status: u16,
    meta: &'a Meta,
    result: &'a OperationResult,
    links: &'a [Link],
    verification: Verification,
    uncovered: &'a serde_json::Map<String, serde_json::Value>,
}

/// What printing an answer shows.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AnswerSummary<'a> {
    operation: &'a str,
    http_status: u16,
    verification: Verification,
}

/// Every operation of UMF's API, sans-IO: builds exact requests and reads their responses.
/// Keys are parsed once, here. Cheap to call from many requests at once.
#[wasm_bindgen]
pub struct Client {
    inner: umf_core::Client,
}

#[wasm_bindgen]
impl Client {
    /// A client for `options.baseUrl` with UMF's public key and, on a merchant server, the
    /// merchant private key.
    #[wasm_bindgen(constructor)]
    pub fn new(options: Ts<ClientOptions>) -> JsResult<Client> {
        let options = options.to_rust().or_throw()?;
        let backend = options.rsa_backend.unwrap_or_default();
        let umf = public_key_from_js(&options.umf_public_key, "umfPublicKey", backend)?;
        let merchant = if options.merchant_key.is_undefined() || options.merchant_key.is_null() {
            None
        } else {
            Some(private_key_from_js(
                &options.merchant_key,
                "merchantKey",
                backend,
            )?)
        };
        let additional = additional_keys(&options.umf_additional_public_keys, backend)?;
        let mut config = ClientConfig::new(options.base_url, umf, merchant);
        config.umf_additional_public_keys = additional;
        config.token_url = options.token_url;
        if let Some(name) = options.token_credentials.as_deref() {
            config.token_credentials = token_credential_style(name)?;
        }
        if let Some(style) = options.authorization {
            config.headers.authorization = style;
        }
        config.headers.accept_language = options.accept_language;
        if let Some(verify) = options.verify {
            config.verify = verify;
        }
        if let Some(validate) = options.validate {
            config.validate = validate;
        }
        if let Some(sign) = options.sign_get_requests {
            config.sign_get_requests = sign;
        }
        Ok(Client {
            inner: umf_core::Client::new(config),
        })
    }

    /// The base URL.
    #[wasm_bindgen(getter, js_name = baseUrl)]
    pub fn base_url(&self) -> String {
        self.inner.config().base_url.clone()
    }

    /// The token endpoint: `options.tokenUrl`, else `{base}/oauth/authorize`.
    #[wasm_bindgen(getter, js_name = tokenUrl)]
    pub fn token_url(&self) -> String {
        self.inner.token_url()
    }

    /// How the token request carries the credentials: `json` or `basic`.
    #[wasm_bindgen(getter, js_name = tokenCredentials, unchecked_return_type = "\"json\" | \"basic\"")]
    pub fn token_credentials(&self) -> String {
        token_credential_name(self.inner.config().token_credentials).to_owned()
    }

    /// Fingerprints of the UMF public keys that verify: `umfPublicKey`'s first, then those of
    /// `umfAdditionalPublicKeys` (each once).
    #[wasm_bindgen(getter, js_name = umfKeyFingerprints)]
    pub fn umf_key_fingerprints(&self) -> Vec<String> {
        self.inner
            .umf_public_keys()
            .iter()
            .map(|k| k.fingerprint().to_hex())
            .collect()
    }

    /// Where verifications and encryptions with UMF's public key run: `node:crypto` or `wasm`
    /// (the merchant key's `backend` says where signing runs).
    #[wasm_bindgen(getter, js_name = rsaBackend, unchecked_return_type = "\"node:crypto\" | \"wasm\"")]
    pub fn rsa_backend(&self) -> String {
        let key = &self.inner.config().umf_public_key;
        key.host_backend().unwrap_or("wasm").to_owned()
    }

    /// Whether the client holds the merchant private key (and so can sign).
    #[wasm_bindgen(getter, js_name = hasMerchantKey)]
    pub fn has_merchant_key(&self) -> bool {
        self.inner.config().merchant_key.is_some()
    }

    /// The exact request for `opId`, signed (with `node:crypto` in Node, in WebAssembly
    /// elsewhere) when the operation is signed.
    /// `params` is one flat object (or its JSON text, to keep numbers as written): path and
    /// query parameters by name, `$confirm: true` where an operation asks for it, the rest is
    /// the body. Throws `validation_failed` with every problem, `merchant_key_required`, ...
    pub fn prepare(
        &self,
        #[wasm_bindgen(js_name = opId)] op_id: &str,
        #[wasm_bindgen(unchecked_param_type = "object | string | null | undefined")]
        params: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "AccessToken | string | null")]
        token: Option<JsValue>,
    ) -> JsResult<Ts<HttpRequest>> {
        let params = Params::read(op_id, &params)?;
        let token = token_from_js(token)?;
        let request = self
            .inner
            .prepare(op_id, &params.0, token.as_ref())
            .or_throw()?;
        HttpRequest::to_js(request)
    }

    /// The request with its final body bytes but without the signature: sign
    /// `bytesToSign` with the host's RSA (`createSigner`) and call `attachSignature`.
    #[wasm_bindgen(js_name = prepareUnsigned)]
    pub fn prepare_unsigned(
        &self,
        #[wasm_bindgen(js_name = opId)] op_id: &str,
        #[wasm_bindgen(unchecked_param_type = "object | string | null | undefined")]
        params: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "AccessToken | string | null")]
        token: Option<JsValue>,
    ) -> JsResult<UnsignedRequest> {
        let params = Params::read(op_id, &params)?;
        let token = token_from_js(token)?;
        let inner = self
            .inner
            .prepare_unsigned(op_id, &params.0, token.as_ref())
            .or_throw()?;
        Ok(UnsignedRequest { inner })
    }

    /// Every validation problem of a request, warnings included, without building it.
    #[wasm_bindgen(unchecked_return_type = "ValidationProblem[]")]
    pub fn validate(
        &self,
        #[wasm_bindgen(js_name = opId)] op_id: &str,
        #[wasm_bindgen(unchecked_param_type = "object | string | null | undefined")]
        params: JsValue,
    ) -> JsResult<JsValue> {
        let params = Params::read(op_id, &params)?;
        let problems = self.inner.validate(op_id, &params.0).or_throw()?;
        json::to_js_value(&problems, false)
    }

    /// Reads the response to `opId`: verifies `meta.sign` per the client's policy, throws
    /// `api_error` for a non-success `ret_code` or HTTP error (with `retryable` decided by the
    /// operation), and returns the typed result. Pass the body as received (bytes). Declared
    /// by `API_RESPONSE_TS` with the operation's own result type.
    #[wasm_bindgen(skip_typescript)]
    pub fn parse(
        &self,
        #[wasm_bindgen(js_name = opId)] op_id: &str,
        #[wasm_bindgen(unchecked_param_type = "HttpResponseInit")] response: JsValue,
    ) -> JsResult<JsValue> {
        let response = response_from_js(&response)?;
        let answer = self.inner.parse(op_id, &response).or_throw()?;
        answer_to_js(&answer)
    }

    /// The `Authorization` header value for `token`, in the configured spelling. The signature
    /// covers the body only, so a signed request may be re-sent with a new token. A token
    /// that is not 1-4096 visible ASCII characters throws `invalid_header`.
    pub fn authorization(&self, token: &AccessToken) -> JsResult<String> {
        self.inner
            .config()
            .headers
            .authorization(token.core())
            .or_throw()
    }

    /// A token manager for this client's token URL and credential style. Share one per
    /// `client_id`.
    #[wasm_bindgen(js_name = tokenManager)]
    pub fn token_manager(
        &self,
        #[wasm_bindgen(js_name = clientId)] client_id: String,
        #[wasm_bindgen(js_name = clientSecret)] client_secret: String,
        options: Option<Ts<TokenManagerOptions>>,
    ) -> JsResult<TokenManager> {
        let options = TokenManagerOptions::from_js(options)?;
        if options.token_credentials.is_some() {
            // One source of truth: a manager of this client fetches as the client is set up.
            return Err(type_error(
                "tokenCredentials is the Client's option here (new Client({tokenCredentials}))",
            ));
        }
        options.apply(
            self.inner
                .token_manager(ClientCredentials::new(client_id, client_secret)),
        )
    }

    /// Verifies a notification's `Signature` header over the raw body with UMF's public keys
    /// (`umfPublicKey`, then `umfAdditionalPublicKeys`), then reads it (see
    /// `verifyNotification`); `keyFingerprint` names the key that verified.
    #[wasm_bindgen(js_name = verifyNotification, unchecked_return_type = "Notification")]
    pub fn verify_notification(
        &self,
        signature: Option<String>,
        #[wasm_bindgen(js_name = rawBody, unchecked_param_type = "string | Uint8Array | ArrayBuffer")]
        raw_body: JsValue,
    ) -> JsResult<JsValue> {
        notification::verified(&raw_body, |raw| {
            self.inner
                .verify_notification(signature.as_deref().unwrap_or_default(), raw)
        })
    }

    /// What `JSON.stringify` and loggers see: the base URL and key fingerprints.
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> JsValue {
        let config = self.inner.config();
        let obj = js_sys::Object::new();
        crate::error::set(&obj, "baseUrl", config.base_url.as_str());
        crate::error::set(
            &obj,
            "umfPublicKey",
            config.umf_public_key.fingerprint().to_hex(),
        );
        let additional = js_sys::Array::new();
        for key in &config.umf_additional_public_keys {
            additional.push(&JsValue::from_str(&key.fingerprint().to_hex()));
        }
        crate::error::set(&obj, "umfAdditionalPublicKeys", additional);
        crate::error::set(
            &obj,
            "merchantKey",
            or_null(
                config
                    .merchant_key
                    .as_ref()
                    .map(|k| k.fingerprint().to_hex())
                    .as_deref(),
            ),
        );
        obj.into()
    }
}

impl Client {
    /// The core client (for `Caller`).
    pub(crate) fn core(&self) -> &umf_core::Client {
        &self.inner
    }
}

/// The JavaScript object of a verified answer (`ApiResponse`), printing as its summary.
pub(crate) fn answer_to_js(answer: &umf_core::ApiResponse) -> JsResult<JsValue> {
    let view = ApiResponseView {
        operation: answer.operation,
        http_status: answer.http_status,
        meta: &answer.meta,
        result: &answer.result,
        links: &answer.links,
        verification: Verification::from_core(answer.verification.clone()),
        uncovered: &answer.uncovered,
    };
    let js = json::to_js_value(&view, false)?;
    // Results may echo sensitive fields (UMF echoes the phone): printed, an answer shows
    // what it is and what verification found; `result` is read explicitly.
    let summary = AnswerSummary {
        operation: view.operation,
        http_status: view.http_status,
        verification: view.verification,
    };
    print_as(&js, &json::to_js_value(&summary, false)?)?;
    if let OperationResult::Statement(file) = &answer.result {
        // A statement file is handed over as its bytes: the charset is not documented, and
        // JSON text (what the rest of the answer crossed as) would have to guess one.
        let result = js_sys::Reflect::get(&js, &JsValue::from_str("result"))?;
        let raw = js_sys::Uint8Array::from(file.raw.as_slice());
        js_sys::Reflect::set(&result, &JsValue::from_str("raw"), &raw)?;
    }
    Ok(js)
}

/// Flat parameters of `opId` read from JavaScript (wiped from wasm memory when dropped).
pub(crate) fn read_params(op_id: &str, value: &JsValue) -> JsResult<Params> {
    Params::read(op_id, value)
}

/// A request whose body is final but not signed yet.
#[wasm_bindgen]
pub struct UnsignedRequest {
    inner: umf_core::UnsignedRequest,
}

#[wasm_bindgen]
impl UnsignedRequest {
    /// The exact bytes the signature covers (the body), a copy.
    #[wasm_bindgen(getter, js_name = bytesToSign)]
    pub fn bytes_to_sign(&self) -> js_sys::Uint8Array {
        js_sys::Uint8Array::from(self.inner.bytes_to_sign())
    }

    /// Whether the operation must be signed.
    #[wasm_bindgen(getter, js_name = signatureRequired)]
    pub fn signature_required(&self) -> bool {
        self.inner.signature_required
    }

    /// `GET` or `POST`.
    #[wasm_bindgen(getter, unchecked_return_type = "\"GET\" | \"POST\"")]
    pub fn method(&self) -> String {
        self.inner.request.method.as_str().to_owned()
    }

    /// Absolute URL.
    #[wasm_bindgen(getter)]
    pub fn url(&self) -> String {
        self.inner.request.url.clone()
    }

    /// Paths whose plaintext was encrypted (`payer.payer_info.bank_card.number`, `query:card`).
    #[wasm_bindgen(getter)]
    pub fn encrypted(&self) -> Vec<String> {
        self.inner.encryption.encrypted.clone()
    }

    /// Paths that arrived as device-made `{"$encrypted": …}` markers and were passed through.
    #[wasm_bindgen(getter, js_name = passedThrough)]
    pub fn passed_through(&self) -> Vec<String> {
        self.inner.encryption.passed_through.clone()
    }

    /// Adds a base64 signature made over `bytesToSign` and returns the request to send. With
    /// `checkWith` (the merchant public key) the signature is verified first, so a signer bug
    /// can never send a bad one. Consumes this object.
    #[wasm_bindgen(js_name = attachSignature)]
    pub fn attach_signature(
        self,
        signature: &str,
        #[wasm_bindgen(
            js_name = checkWith,
            unchecked_optional_param_type = "PublicKey | string | Uint8Array | null"
        )]
        check_with: Option<JsValue>,
    ) -> JsResult<Ts<HttpRequest>> {
        let check_with = match check_with {
            Some(key) if !key.is_null() => {
                Some(public_key_from_js(&key, "checkWith", RsaBackend::Auto)?)
            }
            _ => None,
        };
        let request = self
            .inner
            .attach_signature(signature, check_with.as_ref())
            .or_throw()?;
        HttpRequest::to_js(request)
    }

    /// Signs with `key` (on its backend) and returns the request to send. Consumes this object.
    #[wasm_bindgen(js_name = signWith)]
    pub fn sign_with(self, key: &PrivateKey) -> JsResult<Ts<HttpRequest>> {
        HttpRequest::to_js(self.inner.sign_with(key.core()).or_throw()?)
    }

    /// The request as it is, for an operation that is not signed (a GET); throws
    /// `invalid_request` for one that must be. Consumes this object.
    #[wasm_bindgen(js_name = toRequest)]
    pub fn to_request(self) -> JsResult<Ts<HttpRequest>> {
        if self.inner.signature_required {
            return Err(to_js(umf_core::Error::InvalidRequest {
                reason: "this request must be signed: use attachSignature or signWith".into(),
            }));
        }
        HttpRequest::to_js(self.inner.request)
    }
}

/// Flat parameters read from JavaScript. The copy in wasm memory may hold plaintext card
/// numbers; it is wiped when dropped.
pub(crate) struct Params(RequestParams);

impl Params {
    /// The parameters.
    pub(crate) fn get(&self) -> &RequestParams {
        &self.0
    }

    fn read(op_id: &str, value: &JsValue) -> JsResult<Params> {
        let flat = if value.is_undefined() || value.is_null() {
            Value::Null
        } else {
            json::from_js(value, "params")?.value
        };
        if !(flat.is_object() || flat.is_null()) {
            return Err(type_error("params must be an object (or its JSON text)"));
        }
        RequestParams::from_flat(op_id, flat)
            .map(Params)
            .map_err(to_js)
    }
}

impl Drop for Params {
    fn drop(&mut self) {
        wipe(&mut self.0.body);
        for value in self.0.query.values_mut() {
            wipe(value);
        }
    }
}

/// Overwrites every string of a JSON value.
fn wipe(value: &mut Value) {
    match value {
        Value::String(s) => s.zeroize(),
        Value::Array(items) => items.iter_mut().for_each(wipe),
        Value::Object(map) => map.values_mut().for_each(wipe),
        _ => {}
    }
}

/// The optional token of `prepare`: an `AccessToken` (wasm-bindgen cannot borrow an optional
/// class instance, so it is read through `secret()`) or the bearer value itself.
fn token_from_js(value: Option<JsValue>) -> JsResult<Option<CoreToken>> {
    let Some(value) = value.filter(|v| !v.is_null() && !v.is_undefined()) else {
        return Ok(None);
    };
    if let Some(secret) = value.as_string() {
        return Ok(Some(CoreToken::from_parts(secret, 0)));
    }
    let secret = js_sys::Reflect::get(&value, &JsValue::from_str("secret"))?;
    let secret = secret
        .dyn_ref::<js_sys::Function>()
        .map(|f| f.call0(&value))
        .transpose()?
        .and_then(|s| s.as_string())
        .ok_or_else(|| type_error("token must be an AccessToken or the bearer value"))?;
    Ok(Some(CoreToken::from_parts(secret, 0)))
}

/// The core's credential style from its name (`json`, `basic`).
pub(crate) fn token_credential_style(name: &str) -> JsResult<TokenCredentialStyle> {
    match name {
        "json" => Ok(TokenCredentialStyle::JsonBody),
        "basic" => Ok(TokenCredentialStyle::Basic),
        _ => Err(type_error("tokenCredentials must be \"json\" or \"basic\"")),
    }
}

fn token_credential_name(style: TokenCredentialStyle) -> &'static str {
    match style {
        TokenCredentialStyle::JsonBody => "json",
        TokenCredentialStyle::Basic => "basic",
    }
}

/// Public keys from an array of keys (each what `umfPublicKey` takes); `undefined` or `null`
/// is none. Shared by `umfAdditionalPublicKeys` and the key set of `verifyNotification`.
pub(crate) fn additional_keys(
    value: &JsValue,
    backend: RsaBackend,
) -> JsResult<Vec<umf_core::PublicKey>> {
    if value.is_undefined() || value.is_null() {
        return Ok(Vec::new());
    }
    if !js_sys::Array::is_array(value) {
        return Err(type_error(
            "umfAdditionalPublicKeys must be an array of keys",
        ));
    }
    js_sys::Array::from(value)
        .iter()
        .map(|key| public_key_from_js(&key, "umfAdditionalPublicKeys", backend))
        .collect()
}

/// `null` for an absent string, as JSON and the other bindings show it.
fn or_null(value: Option<&str>) -> JsValue {
    value.map_or(JsValue::NULL, JsValue::from_str)
}

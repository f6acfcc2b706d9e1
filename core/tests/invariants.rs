//! Property oracles for three promises, over inputs nobody chose by hand:
//!
//! * an amount is sent and read exactly as written, or refused with a typed error;
//! * no header of any request the core builds holds a control character (CR/LF injects
//!   headers), whatever the token, language or custom header;
//! * loading an encrypted key ends in bounded time with a typed error, whatever its KDF
//!   parameters.
//!
//! Each oracle restates the documented rule independently of the code under test, so it can
//! fail both ways: a good input refused, or a bad one let through.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use std::path::PathBuf;
use std::sync::{mpsc, OnceLock};
use std::time::{Duration, Instant};

use der::Encode;
use pkcs8::pkcs5::pbes2::{self, Kdf, Pbkdf2Params, Pbkdf2Prf, ScryptParams};
use pkcs8::pkcs5::EncryptionScheme;
use proptest::prelude::*;
use serde_json::{json, Value};
use umf_core::keys::kdf_limits;
use umf_core::{
    AccessToken, Client, ClientConfig, ClientCredentials, HttpResponse, PrivateKey, RequestParams,
    TokenAction, TokenManager, OPERATIONS,
};

fn key(file: &str) -> PrivateKey {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/keys");
    PrivateKey::from_bytes(&std::fs::read(dir.join(file)).unwrap(), None).unwrap()
}

/// A client that does not validate, so amounts reach the serialisation whatever their size.
fn client() -> &'static Client {
    static CLIENT: OnceLock<Client> = OnceLock::new();
    CLIENT.get_or_init(|| {
        let mut config = ClientConfig::new(
            "https://uatfx.soopay.net/cberest/v1",
            key("umf_1024_pkcs8.pem").public_key().clone(),
            Some(key("merchant_1024_pkcs8.pem")),
        );
        config.validate = false;
        Client::new(config)
    })
}

// ---------------------------------------------------------------------------------------------
// Amounts

/// Decimal-looking texts: signs, leading zeros, up to 40 digits each side, trailing zeros,
/// empty fractions and exponents.
fn amount_text() -> impl Strategy<Value = String> {
    let digits = |max: usize| {
        prop_oneof![
            3 => proptest::string::string_regex(&format!("[0-9]{{1,{}}}", max.min(12))).unwrap(),
            1 => proptest::string::string_regex(&format!("0{{0,3}}[0-9]{{1,{max}}}0{{0,4}}")).unwrap(),
        ]
    };
    (
        prop_oneof![3 => Just(""), 1 => Just("-")],
        digits(40),
        prop::option::weighted(0.7, prop_oneof![9 => digits(40), 1 => Just(String::new())]),
        prop::option::weighted(0.1, "[eE][+-]?[0-9]{1,3}"),
    )
        .prop_map(|(sign, int, frac, exp)| {
            let frac = frac.map(|f| format!(".{f}")).unwrap_or_default();
            format!("{sign}{int}{frac}{}", exp.unwrap_or_default())
        })
}

/// The documented grammar: `-?digits(.digits)?`, at most 30 digits.
fn is_exact_decimal(text: &str) -> bool {
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    match unsigned.split_once('.') {
        Some((int, frac)) => all_digits(int) && all_digits(frac) && int.len() + frac.len() <= 30,
        None => all_digits(unsigned) && unsigned.len() <= 30,
    }
}

/// The amount as a JSON number (where the text is one) and as a JSON string.
fn amount_forms(text: &str) -> Vec<Value> {
    let mut forms = vec![Value::String(text.to_owned())];
    if let Ok(number @ Value::Number(_)) = serde_json::from_str::<Value>(text) {
        forms.push(number);
    }
    forms
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_amount_keeps_its_text_or_is_refused(text in amount_text()) {
        for total in amount_forms(&text) {
            // The JSON integer -0 is refused as a number (serde_json would read it back as 0);
            // the text "-0" is kept like any other.
            let exact = is_exact_decimal(&text) && !(total.is_number() && text == "-0");
            let params = RequestParams::from_flat("create_refund", json!({"payment_id": "PAY_1",
                "refund_info": {"mer_reference_id": "R-1", "mer_date": "20240102",
                    "amount": {"total": total.clone(), "currency": "USD"},
                    "sub_orders": [{"mer_sub_reference_id": "S-1",
                        "amount": {"total": total.clone(), "currency": "USD"}}]}})).unwrap();
            match client().prepare_unsigned("create_refund", &params, None) {
                Ok(unsigned) => {
                    prop_assert!(exact, "{text} was sent");
                    let body: Value = serde_json::from_slice(&unsigned.request.body).unwrap();
                    prop_assert_eq!(&body["refund_info"]["amount"]["total"], &json!(text));
                    prop_assert_eq!(
                        &body["refund_info"]["sub_orders"][0]["amount"]["total"], &json!(text));
                }
                Err(e) => {
                    prop_assert!(!exact, "{text} was refused: {e}");
                    prop_assert_eq!(e.code(), "validation_failed");
                }
            }

            let raw = serde_json::to_string(&total).unwrap();
            let raw = if total.is_number() { text.clone() } else { raw };
            let body = format!(r#"{{"meta":{{"ret_code":"0000","ret_msg":"success"}},"refund":{{"id":"REFUND_1","state":"REFUND_SUCCESS","refund_info":{{"amount":{{"total":{raw},"currency":"USD"}}}}}}}}"#);
            match client().parse("get_refund", &HttpResponse::new(200, body)) {
                Ok(parsed) => {
                    prop_assert!(exact, "{text} was read");
                    let result = serde_json::to_value(&parsed.result).unwrap();
                    prop_assert_eq!(&result["refund_info"]["amount"]["total"], &json!(text));
                }
                Err(e) => {
                    prop_assert!(!exact, "{text} was refused: {e}");
                    prop_assert_eq!(e.code(), "response_malformed");
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Headers

/// What a header line may hold, restated: printable ASCII, no CR/LF or other control.
fn printable(s: &str) -> bool {
    s.bytes().all(|b| (0x20..=0x7e).contains(&b))
}

fn token_is_usable(t: &str) -> bool {
    !t.is_empty() && t.len() <= 4096 && t.bytes().all(|b| b.is_ascii_graphic())
}

fn language_is_usable(l: &str) -> bool {
    printable(l) && !l.starts_with(' ') && !l.ends_with(' ') && l.len() <= 8192
}

/// Header texts: well-formed ones, arbitrary Unicode, and well-formed ones with a CR, LF or
/// other control character spliced in.
fn header_text(alphabet: &'static str) -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::string::string_regex(alphabet).unwrap(),
        1 => any::<String>(),
        2 => (
            proptest::string::string_regex(alphabet).unwrap(),
            prop::sample::select(vec!["\r\n", "\n", "\r", "\0", "\t", "\u{7f}", "\u{85}", "\r\nX-Injected: 1"]),
            any::<prop::sample::Index>(),
        )
            .prop_map(|(text, bad, at)| {
                let i = at.index(text.len() + 1);
                format!("{}{bad}{}", &text[..i], &text[i..])
            }),
    ]
}

/// Parameters that build each operation with a clean token (validation off): dummy path
/// parameters, an empty body, a small upload for multipart rows.
fn params_of_every_operation() -> &'static Vec<(&'static str, RequestParams)> {
    static ALL: OnceLock<Vec<(&'static str, RequestParams)>> = OnceLock::new();
    ALL.get_or_init(|| {
        let token = AccessToken::from_parts("clean-token", u64::MAX);
        OPERATIONS
            .iter()
            .filter(|op| op.body != umf_core::operations::Body::Token)
            .map(|op| {
                let built = ["PAY_1", "REFUND_1", "ID1", "1"].iter().find_map(|id| {
                    let mut flat = serde_json::Map::new();
                    for name in op.path_params() {
                        flat.insert(name.to_owned(), json!(id));
                    }
                    if op.body == umf_core::operations::Body::Multipart {
                        flat.insert("file_name".into(), json!("a.pdf"));
                        flat.insert("content_base64".into(), json!("AAAA"));
                    }
                    let params = RequestParams {
                        confirm: true,
                        ..RequestParams::from_flat(op.id, Value::Object(flat)).unwrap()
                    };
                    client()
                        .prepare_unsigned(op.id, &params, Some(&token))
                        .ok()
                        .map(|_| params)
                });
                (
                    op.id,
                    built.unwrap_or_else(|| panic!("{} does not build", op.id)),
                )
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn no_request_of_any_operation_carries_a_control_character_in_a_header(
        token in header_text("[!-~]{1,80}"),
        language in prop::option::of(header_text("[a-zA-Z]{2}(-[A-Z]{2})?")),
        no_space in any::<bool>(),
    ) {
        let mut config = client().config().clone();
        config.headers.accept_language = language.clone();
        if no_space {
            config.headers.authorization = umf_core::AuthorizationStyle::BearerNoSpace;
        }
        let c = Client::new(config);
        let usable = token_is_usable(&token)
            && language.as_deref().is_none_or(language_is_usable);
        let token = AccessToken::from_parts(token, u64::MAX);
        for (op, params) in params_of_every_operation() {
            match c.prepare_unsigned(op, params, Some(&token)) {
                Ok(unsigned) => {
                    prop_assert!(usable, "{op}: an unusable token or language was written");
                    for (name, value) in &unsigned.request.headers {
                        prop_assert!(printable(name) && printable(value), "{op}: {name}");
                    }
                }
                Err(e) => {
                    prop_assert!(!usable, "{op}: refused {e}");
                    prop_assert_eq!(e.code(), "invalid_header");
                }
            }
        }
    }

    #[test]
    fn a_custom_header_is_written_only_when_it_is_a_clean_field(
        name in header_text("[A-Za-z][A-Za-z0-9-]{0,20}"),
        value in header_text("[ -~]{0,60}"),
    ) {
        let (op, params) = &params_of_every_operation()[0];
        let mut request = client().prepare_unsigned(op, params, None).unwrap().request;
        let before = request.clone();
        let name_ok = !name.is_empty()
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
        match request.set_header(&name, value.clone()) {
            Ok(()) => {
                prop_assert!(name_ok && language_is_usable(&value));
                prop_assert_eq!(request.header(&name), Some(value.as_str()));
            }
            Err(e) => {
                prop_assert!(!(name_ok && language_is_usable(&value)), "{e}");
                prop_assert_eq!(e.code(), "invalid_header");
                prop_assert_eq!(request, before);
            }
        }
    }

    #[test]
    fn a_token_response_is_accepted_only_with_a_usable_access_token(
        access_token in header_text("[!-~]{1,80}"),
    ) {
        let mut manager = TokenManager::new(ClientCredentials::new("id", "secret"), "https://x/oauth/authorize");
        let TokenAction::Fetch(ticket, _) = manager.poll(0) else { panic!("expected to fetch") };
        let body = json!({"expires_in": 3600, "access_token": access_token}).to_string();
        match manager.complete(ticket, &HttpResponse::new(200, body), 0) {
            Ok(token) => {
                prop_assert!(token_is_usable(&access_token));
                let header = client().config().headers.authorization(&token).unwrap();
                prop_assert!(printable(&header));
            }
            Err(e) => {
                prop_assert!(!token_is_usable(&access_token), "{e}");
                prop_assert_eq!(e.code(), "token_response_invalid");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Encrypted keys

#[derive(Debug, Clone)]
enum KdfChoice {
    Pbkdf2 {
        iterations: u32,
        salt: usize,
        key_length: Option<u16>,
    },
    Scrypt {
        n: u64,
        r: u16,
        p: u16,
        salt: usize,
        key_length: Option<u16>,
    },
}

fn kdf_choice() -> impl Strategy<Value = KdfChoice> {
    let cap = kdf_limits::MAX_PBKDF2_ITERATIONS as u32;
    let key_length = prop::option::weighted(0.3, prop_oneof![Just(32u16), any::<u16>()]);
    let salt = prop_oneof![4 => 8usize..=32, 1 => 0usize..=200];
    prop_oneof![
        (
            prop_oneof![2 => 1u32..=4096, 1 => cap - 2..=cap + 2, 2 => any::<u32>()],
            salt.clone(),
            key_length.clone(),
        )
            .prop_map(|(iterations, salt, key_length)| KdfChoice::Pbkdf2 { iterations, salt, key_length }),
        (
            prop_oneof![2 => (1u32..=14).prop_map(|k| 1u64 << k), 2 => (0u32..64).prop_map(|k| 1u64 << k), 1 => any::<u64>()],
            prop_oneof![2 => 1u16..=8, 1 => any::<u16>()],
            prop_oneof![2 => 1u16..=4, 1 => any::<u16>()],
            salt,
            key_length,
        )
            .prop_map(|(n, r, p, salt, key_length)| KdfChoice::Scrypt { n, r, p, salt, key_length }),
    ]
}

/// Whether the documented caps refuse these parameters (restated from the README table).
fn over_a_cap(kdf: &KdfChoice) -> bool {
    let long = |k: &Option<u16>| k.is_some_and(|k| k > 32);
    match kdf {
        KdfChoice::Pbkdf2 {
            iterations,
            salt,
            key_length,
        } => u64::from(*iterations) > 2_000_000 || *salt > 64 || long(key_length),
        KdfChoice::Scrypt {
            n,
            r,
            p,
            salt,
            key_length,
        } => {
            let valid = *n >= 2 && n.is_power_of_two() && *r > 0 && *p > 0;
            let memory = 128 * u128::from(*r) * (u128::from(*n) + 2 + u128::from(*p));
            *salt > 64 || long(key_length) || (valid && (*p > 4 || memory > 32 << 20))
        }
    }
}

fn encrypted_key(kdf: &KdfChoice, ciphertext: &[u8]) -> Vec<u8> {
    let salt_bytes = vec![0x5a; 256];
    let iv = [7u8; 16];
    let kdf = match kdf {
        KdfChoice::Pbkdf2 {
            iterations,
            salt,
            key_length,
        } => Kdf::Pbkdf2(Pbkdf2Params {
            salt: &salt_bytes[..*salt],
            iteration_count: *iterations,
            key_length: *key_length,
            prf: Pbkdf2Prf::HmacWithSha256,
        }),
        KdfChoice::Scrypt {
            n,
            r,
            p,
            salt,
            key_length,
        } => Kdf::Scrypt(ScryptParams {
            salt: &salt_bytes[..*salt],
            cost_parameter: *n,
            block_size: *r,
            parallelization: *p,
            key_length: *key_length,
        }),
    };
    let scheme = EncryptionScheme::Pbes2(pbes2::Parameters {
        kdf,
        encryption: pbes2::EncryptionScheme::Aes256Cbc { iv: &iv },
    });
    pkcs8::EncryptedPrivateKeyInfo {
        encryption_algorithm: scheme,
        encrypted_data: ciphertext,
    }
    .to_der()
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn an_encrypted_key_with_any_kdf_parameters_ends_in_bounded_time_with_a_typed_error(
        kdf in kdf_choice(),
        ciphertext in prop::collection::vec(any::<u8>(), 16..=96),
    ) {
        let der = encrypted_key(&kdf, &ciphertext);
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let started = Instant::now();
            let result = PrivateKey::from_bytes(&der, Some(b"correct horse battery staple"));
            let _ = tx.send((result.map(|k| k.bits()), started.elapsed()));
        });
        // Within the caps the KDF runs (under a second at the worst accepted parameters);
        // over them nothing runs at all.
        let (result, took) = rx
            .recv_timeout(Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("{kdf:?}: no answer within 20 s"));
        let err = result.expect_err("random ciphertext never decrypts to a key");
        let code = err.code();
        prop_assert!(
            ["key_kdf_limit", "key_invalid", "key_unsupported", "key_passphrase_incorrect"].contains(&code),
            "{kdf:?}: {code}"
        );
        if over_a_cap(&kdf) {
            prop_assert_eq!(code, "key_kdf_limit", "{:?}", kdf);
            prop_assert!(took < Duration::from_secs(1), "{kdf:?}: refused after {took:?}");
        } else {
            prop_assert_ne!(code, "key_kdf_limit", "{:?}", kdf);
        }
    }
}

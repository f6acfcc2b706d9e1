//! The "no plaintext sensitive value leaves" oracle, shared by `tests/sensitive_oracle.rs`
//! (proptest) and the `request` fuzz target: a generator of requests with sensitive values in
//! positions each operation's body model can hold, driven by arbitrary bytes, and the check of
//! what request building makes of them.
//!
//! The generator walks the body model's shape ([`Shape`]), writes each member under its wire
//! name or one of its older spellings, fills every sensitive leaf it reaches with a fresh
//! value, and sometimes adds a member the model does not know (carrying a sensitive value) to an
//! object that holds sensitive data. The check: such a member is refused by path, never
//! quoting a value; otherwise no generated value appears in the body bytes or the URL, as text
//! or JSON-escaped, and the value at each position decrypts back to what was generated.

use serde_json::{Map, Value};
use umf_core::encryption::{encrypt_fields, EncryptionMode, ENCRYPTED_MARKER};
use umf_core::model::shape::Shape;
use umf_core::{Client, ClientConfig, Operation, PrivateKey, RequestParams};

/// A client that builds without validating: generated values rarely validate, and encryption
/// does not depend on validation.
pub fn unvalidated_client(umf: &PrivateKey, merchant: PrivateKey) -> Client {
    let mut config = ClientConfig::new(
        "https://uatfx.soopay.net/cberest/v1",
        umf.public_key().clone(),
        Some(merchant),
    );
    config.validate = false;
    Client::new(config)
}

/// Choices read from arbitrary bytes; zeros once they run out.
pub struct Choices<'a> {
    bytes: &'a [u8],
    /// Every optional member is written (for the coverage check).
    pub full: bool,
}

impl<'a> Choices<'a> {
    /// Choices from `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Choices { bytes, full: false }
    }

    fn byte(&mut self) -> u8 {
        match self.bytes.split_first() {
            Some((&b, rest)) => {
                self.bytes = rest;
                b
            }
            None => 0,
        }
    }

    fn below(&mut self, n: usize) -> usize {
        usize::from(self.byte()) % n.max(1)
    }
}

/// Characters a generated value is made of: ASCII, JSON's escapes, CJK, an emoji.
const ALPHABET: &[char] = &[
    'a', 'Z', '7', '0', ' ', '-', '/', '+', '=', '"', '\\', '\n', '\u{7}', '张', '三', '€', '🙂',
];

/// A generated request for one operation.
pub struct Case {
    /// The operation.
    pub op: &'static Operation,
    /// What the caller passes.
    pub params: RequestParams,
    /// `(path as sent, with [i] indices and 004 names, or query:<name>; plaintext)`.
    pub secrets: Vec<(String, String)>,
    /// The path of an unknown member added to an object that holds sensitive data.
    pub unknown: Option<String>,
}

/// Generates a request for `op` from `choices`.
pub fn generate(op: &'static Operation, choices: &mut Choices<'_>) -> Case {
    let mut case = Case {
        op,
        params: RequestParams {
            path: op
                .path_params()
                .map(|p| (p.to_owned(), "PAY_X".to_owned()))
                .collect(),
            confirm: true,
            ..RequestParams::default()
        },
        secrets: Vec::new(),
        unknown: None,
    };
    for param in op.query.iter().filter(|q| q.sensitive) {
        let value = secret(choices, case.secrets.len());
        case.params
            .query
            .insert(param.name.to_owned(), Value::String(value.clone()));
        case.secrets.push((format!("query:{}", param.name), value));
    }
    if let Some(model) = op.body_model() {
        let mut unknown_budget = !choices.full && choices.below(3) == 0;
        if let Some(body) = fill(&model.shape, "", choices, &mut case, &mut unknown_budget) {
            case.params.body = body;
        }
    }
    case
}

/// A fresh value: at least 8 characters, unique within the case.
fn secret(choices: &mut Choices<'_>, n: usize) -> String {
    let len = 6 + choices.below(24);
    let mut s: String = (0..len)
        .map(|_| ALPHABET[choices.below(ALPHABET.len())])
        .collect();
    s.push_str(&format!("#{n:02}"));
    s
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}.{name}")
    }
}

/// A value of `shape` holding sensitive values, or `None` when the choices leave it out.
fn fill(
    shape: &Shape,
    path: &str,
    choices: &mut Choices<'_>,
    case: &mut Case,
    unknown_budget: &mut bool,
) -> Option<Value> {
    match shape {
        Shape::Plain(_) | Shape::Any => None,
        Shape::Sensitive => {
            let value = secret(choices, case.secrets.len());
            case.secrets.push((path.to_owned(), value.clone()));
            Some(Value::String(value))
        }
        Shape::List(inner) => {
            let n = if choices.full {
                2
            } else {
                1 + choices.below(2)
            };
            let mut items = Vec::new();
            for _ in 0..n {
                // The index the element will have (an element left out records nothing).
                let i = items.len();
                if let Some(item) = fill(
                    inner,
                    &format!("{path}[{i}]"),
                    choices,
                    case,
                    unknown_budget,
                ) {
                    items.push(item);
                }
            }
            (!items.is_empty()).then_some(Value::Array(items))
        }
        Shape::Object(object) => {
            let mut map = Map::new();
            for member in object.members.iter().filter(|m| m.shape.holds_sensitive()) {
                if !choices.full && choices.below(4) == 0 {
                    continue;
                }
                // The wire name or an older spelling the model also reads.
                let spellings: Vec<&str> = std::iter::once(member.name)
                    .chain(member.aliases.iter().copied())
                    .collect();
                let written = spellings[choices.below(spellings.len())];
                let member_path = join(path, member.name);
                if let Some(value) =
                    fill(&member.shape, &member_path, choices, case, unknown_budget)
                {
                    map.insert(written.to_owned(), value);
                }
            }
            // Only an object that holds sensitive data refuses members it does not know; the
            // others keep them (`risk_info`, `amount`, a body with nothing sensitive).
            if *unknown_budget && shape.holds_sensitive() && choices.below(2) == 0 {
                let near = object.members[choices.below(object.members.len())].name;
                let name = match choices.below(4) {
                    0 => format!("{near} "),
                    1 => format!("card_{near}"),
                    2 => near.to_uppercase(),
                    _ => format!("{near}_2"),
                };
                if object.member(&name).is_none() {
                    *unknown_budget = false;
                    let value = secret(choices, case.secrets.len());
                    let member_path = join(path, &name);
                    case.unknown = Some(member_path.clone());
                    case.secrets.push((member_path, value.clone()));
                    // First, so that it is the first unknown member the walk meets.
                    let mut with_unknown = Map::new();
                    with_unknown.insert(name, Value::String(value));
                    with_unknown.extend(map);
                    map = with_unknown;
                }
            }
            (!map.is_empty()).then_some(Value::Object(map))
        }
    }
}

/// The JSON-escaped form of `s`, without the quotes.
fn escaped(s: &str) -> String {
    let quoted = serde_json::to_string(s).unwrap_or_default();
    quoted[1..quoted.len() - 1].to_owned()
}

/// `%XX` sequences decoded (the URL's query).
fn percent_decoded(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value at `path` (`a.b[1].c`) of `body`.
fn at<'v>(body: &'v Value, path: &str) -> Option<&'v Value> {
    let mut v = body;
    for segment in path.split('.') {
        let (name, indices) = match segment.find('[') {
            Some(i) => (&segment[..i], &segment[i..]),
            None => (segment, ""),
        };
        v = v.get(name)?;
        for index in indices.split(['[', ']']).filter(|s| !s.is_empty()) {
            v = v.get(index.parse::<usize>().ok()?)?;
        }
    }
    Some(v)
}

/// Asserts the oracle on `case`, built by `client`, with `umf` the UMF private key.
/// Returns a description of the first violation.
pub fn check(case: &Case, client: &Client, umf: &PrivateKey) -> Result<(), String> {
    let op = case.op.id;
    let leaks = |text: &str| {
        case.secrets
            .iter()
            .find(|(_, s)| text.contains(s.as_str()) || text.contains(&escaped(s)))
            .map(|(path, _)| path.clone())
    };

    // The device side: markers only, or the same refusal.
    let mut device_body = case.params.body.clone();
    let mut device_query = case.params.query.clone();
    let device = encrypt_fields(
        op,
        &mut device_body,
        Some(&mut device_query),
        umf.public_key(),
        EncryptionMode::Marker,
    );

    let built = client.prepare_unsigned(op, &case.params, None);
    if let Some(path) = &case.unknown {
        for (side, result) in [("server", built.err()), ("device", device.err())] {
            let err =
                result.ok_or_else(|| format!("{op} ({side}): unknown member {path} accepted"))?;
            if err.code() != "unknown_sensitive_member" {
                return Err(format!("{op} ({side}): {path}: {}", err.code()));
            }
            let text = format!("{err} {err:?}");
            if !text.contains(path.as_str()) {
                return Err(format!("{op} ({side}): the error does not name {path}"));
            }
            if let Some(leaked) = leaks(&text) {
                return Err(format!(
                    "{op} ({side}): the error quotes the value of {leaked}"
                ));
            }
        }
        return Ok(());
    }

    device.map_err(|e| format!("{op} (device): {}", e.code()))?;
    let device_text = format!("{device_body} {}", Value::Object(device_query));
    if let Some(leaked) = leaks(&device_text) {
        return Err(format!("{op} (device): {leaked} leaves in plaintext"));
    }

    let unsigned = built.map_err(|e| format!("{op}: {}: {e}", e.code()))?;
    let request = &unsigned.request;
    let body_text = String::from_utf8_lossy(&request.body).into_owned();
    let url_text = format!("{} {}", request.url, percent_decoded(&request.url));
    for text in [&body_text, &url_text] {
        if let Some(leaked) = leaks(text) {
            return Err(format!("{op}: {leaked} leaves in plaintext"));
        }
    }

    let body: Value = if request.body.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&request.body).map_err(|e| format!("{op}: body: {e}"))?
    };
    for (path, plain) in &case.secrets {
        let sent = match path.strip_prefix("query:") {
            Some(name) => {
                let query = request.url.split_once('?').map_or("", |(_, q)| q);
                query
                    .split('&')
                    .find_map(|pair| pair.strip_prefix(&format!("{name}=")))
                    .map(|v| Value::String(percent_decoded(v)))
            }
            None => at(&body, path).cloned(),
        };
        let Some(Value::String(ciphertext)) = sent else {
            return Err(format!("{op}: {path} is not sent as a ciphertext string"));
        };
        let back = umf
            .decrypt_base64(&ciphertext)
            .map_err(|e| format!("{op}: {path}: {}", e.code()))?;
        if back.as_slice() != plain.as_bytes() {
            return Err(format!("{op}: {path} decrypts to another value"));
        }
    }

    // What was encrypted is exactly what was generated.
    let mut encrypted = unsigned.encryption.encrypted.clone();
    let mut generated: Vec<String> = case.secrets.iter().map(|(p, _)| p.clone()).collect();
    encrypted.sort();
    generated.sort();
    if encrypted != generated {
        return Err(format!(
            "{op}: encrypted {encrypted:?}, generated {generated:?}"
        ));
    }
    let device_markers = device_text.matches(ENCRYPTED_MARKER).count();
    if device_markers != case.secrets.len() {
        return Err(format!(
            "{op} (device): {device_markers} markers for {} sensitive values",
            case.secrets.len()
        ));
    }
    Ok(())
}

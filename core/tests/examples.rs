//! Every JSON example of the documents (`tests/vectors/examples/examples.jsonl`, a copy of
//! `shared/api/examples.jsonl`) through the SDK: each request example builds (its sensitive
//! values replaced by plaintext, since the documents' ciphertexts are placeholders), each
//! response and notification example parses into its typed result with the ids and states it
//! shows. The three examples the extractor could not parse are repaired by hand in
//! `tests/vectors/examples/repaired/`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::{json, Map, Value};
use umf_core::token::{parse_token_response, ClientCredentials, TokenManager};
use umf_core::verification::{VerifyOptions, VerifyPolicy};
use umf_core::{
    operation, verify_notification, Client, ClientConfig, Error, HttpResponse, OperationResult,
    PrivateKey, RequestParams,
};

fn vectors() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors")
}

fn key(file: &str) -> PrivateKey {
    PrivateKey::from_bytes(
        &std::fs::read(vectors().join("keys").join(file)).unwrap(),
        None,
    )
    .unwrap()
}

struct Keys {
    merchant: PrivateKey,
    umf: PrivateKey,
}

fn keys() -> Keys {
    Keys {
        merchant: key("merchant_1024_pkcs8.pem"),
        umf: key("umf_1024_pkcs8.pem"),
    }
}

fn client(k: &Keys) -> Client {
    let mut config = ClientConfig::new(
        "https://uatfx.soopay.net/cberest/v1/",
        k.umf.public_key().clone(),
        Some(k.merchant.clone()),
    );
    // The documents' signatures are placeholders: parse them unverified here (verification has
    // its own vectors).
    config.verify = VerifyOptions {
        policy: VerifyPolicy::Off,
        ..VerifyOptions::default()
    };
    Client::new(config)
}

struct Example {
    seed: String,
    line: u64,
    operation: String,
    kind: String,
    json: Value,
}

fn examples() -> Vec<Example> {
    std::fs::read_to_string(vectors().join("examples/examples.jsonl"))
        .unwrap()
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            Example {
                seed: v["seed"].as_str().unwrap()[..3].to_owned(),
                line: v["line"].as_u64().unwrap(),
                operation: v["operation"].as_str().unwrap().to_owned(),
                kind: v["kind"].as_str().unwrap().to_owned(),
                json: v["json"].clone(),
            }
        })
        .collect()
}

/// Plaintext stand-ins for the documents' placeholder ciphertexts, by field name.
fn plaintext_for(field: &str) -> &'static str {
    match field {
        "number" | "card" => "6222020000000000000",
        "valid_date" => "2612",
        "cvv2" => "123",
        "payer_name" => "ZHANG SAN",
        "name" => "张三",
        "citizen_id_number" | "payer_IDCard" | "payer_id_card" | "cert_num" => "110101199001011234",
        "student_name" => "LI SI",
        "payee_account" => "6222020000000001",
        "payee_name" => "ACME LTD",
        "payee_address" => "1 MAIN ST NEW YORK",
        "payee_swift" => "BOFAUS3N",
        "iban" => "GB29NWBK60161331926819",
        "cust_code" => "91310000MA1FL0001X",
        "cust_name" => "ACME TRADING CO",
        "cust_addr" => "SHANGHAI",
        "rep_nm" => "WANG WU",
        "phone" => "13800000000",
        "cont_aact" => "ZHAO LIU",
        "company_phone" => "13800000001",
        other => panic!("no plaintext for sensitive field {other}"),
    }
}

/// The older spellings a sensitive path may be written in (API.md K02).
fn spellings(path: &str) -> Vec<String> {
    let mut out = vec![path.to_owned()];
    for (new, old) in [
        ("bank_card", "bankCard"),
        ("payer_agreement", "payerAgreement"),
    ] {
        if path.contains(new) {
            out.push(path.replace(new, old));
        }
    }
    out
}

fn get_mut<'a>(v: &'a mut Value, path: &str) -> Option<&'a mut Value> {
    path.split('.').try_fold(v, |v, k| v.get_mut(k))
}

/// Replaces the example's sensitive values with plaintext; returns canonical path → plaintext.
fn supply_plaintext(op_id: &str, body: &mut Value) -> BTreeMap<String, &'static str> {
    let mut supplied = BTreeMap::new();
    for field in umf_core::encryption::fields_for(op_id) {
        if field.query_parameter().is_some() {
            continue;
        }
        for spelling in spellings(&field.path) {
            if let Some(v) = get_mut(body, &spelling) {
                if v.as_str().is_some_and(|s| !s.is_empty()) {
                    let leaf = field.path.rsplit('.').next().unwrap();
                    let plain = plaintext_for(leaf);
                    *v = json!(plain);
                    supplied.insert(field.path.to_owned(), plain);
                }
            }
        }
    }
    supplied
}

fn dummy_id(param: &str) -> String {
    match param {
        "payment_id" => "PAY_EXAMPLE",
        "refund_id" => "REFUND_EXAMPLE",
        "customs_declaration_id" | "declaration_id" => "CUST_EXAMPLE",
        "ciq_declaration_id" => "CIQ_EXAMPLE",
        "file_id" => "FILE_EXAMPLE",
        "enterprise_id" => "EQ_EXAMPLE",
        other => panic!("no dummy for {other}"),
    }
    .to_owned()
}

fn build_request(k: &Keys, c: &Client, op_id: &str, example: &Value) -> Result<(), String> {
    let op = operation(op_id).unwrap();
    if op_id == "get_access_token" {
        let creds = ClientCredentials::new(
            example["client_id"].as_str().unwrap(),
            example["client_secret"].as_str().unwrap(),
        );
        let req = TokenManager::new(creds, c.token_url()).token_request();
        let sent: Value = serde_json::from_slice(&req.body).unwrap();
        return (sent == *example)
            .then_some(())
            .ok_or_else(|| format!("token body differs: {sent}"));
    }
    let mut body = example.clone();
    let supplied = supply_plaintext(op_id, &mut body);
    let mut params = RequestParams {
        body,
        confirm: true,
        ..RequestParams::default()
    };
    for name in op.path_params() {
        params.path.insert(name.to_owned(), dummy_id(name));
    }
    let request = c.prepare(op_id, &params, None).map_err(|e| match e {
        Error::Validation { problems } => format!(
            "validation: {}",
            problems
                .iter()
                .map(|p| format!("{} ({}: {})", p.path, p.rule, p.message))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        other => format!("{}: {other}", other.code()),
    })?;
    if request.method != op.method {
        return Err("method".into());
    }
    let signature = request.header("Signature").ok_or("unsigned POST")?;
    k.merchant
        .public_key()
        .verify(&request.body, signature)
        .map_err(|e| e.to_string())?;
    let sent: Value = serde_json::from_slice(&request.body).unwrap();
    for (path, plain) in supplied {
        let ct = path
            .split('.')
            .try_fold(&sent, |v, s| v.get(s))
            .and_then(Value::as_str)
            .ok_or(format!("{path} missing from the sent body"))?;
        let back = k.umf.decrypt_base64(ct).map_err(|e| e.to_string())?;
        if back.as_slice() != plain.as_bytes() {
            return Err(format!("{path} does not decrypt to its plaintext"));
        }
    }
    // Strict out: no older spelling reaches the wire.
    let text = String::from_utf8(request.body).unwrap();
    for old in [
        "bankCard",
        "payerAgreement",
        "last_four_cardId",
        "item_quantity",
        "\"expire_time \"",
    ] {
        if text.contains(old) {
            return Err(format!("sent the old spelling {old}"));
        }
    }
    Ok(())
}

/// Every (key, text) of `id`, `state` and `mer_reference_id` in a tree.
fn facts(v: &Value, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                let key = k.trim();
                if matches!(
                    key,
                    "id" | "state" | "mer_reference_id" | "payment_id" | "refund_id"
                ) {
                    if let Some(s) = v.as_str().filter(|s| !s.is_empty()) {
                        out.push((key.to_owned(), s.to_owned()));
                    }
                }
                facts(v, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| facts(i, out)),
        _ => {}
    }
}

fn parse_response(c: &Client, op_id: &str, example: &Value) -> Result<(), String> {
    if op_id == "get_access_token" {
        let body = serde_json::to_vec(example).unwrap();
        return parse_token_response(&HttpResponse::new(200, body))
            .map(drop)
            .map_err(|e| e.to_string());
    }
    let envelope = match example {
        Value::Array(items) => items[0].clone(),
        other => other.clone(),
    };
    let ret_code = envelope["meta"]["ret_code"]
        .as_str()
        .unwrap_or("0000")
        .to_owned();
    let body = serde_json::to_vec(example).unwrap();
    match c.parse(op_id, &HttpResponse::new(200, body)) {
        Err(Error::Api {
            ret_code: Some(code),
            ..
        }) if code == ret_code && code != "0000" => Ok(()),
        Err(e) => Err(format!("{}: {e}", e.code())),
        Ok(_) if ret_code != "0000" => Err(format!("{ret_code} parsed as success")),
        Ok(parsed) => {
            let mut expected = Vec::new();
            let mut members: Map<String, Value> = envelope.as_object().unwrap().clone();
            members.remove("meta");
            members.remove("links");
            members.remove("pagination");
            facts(&Value::Object(members), &mut expected);
            let mut got = Vec::new();
            facts(&serde_json::to_value(&parsed.result).unwrap(), &mut got);
            for fact in &expected {
                if !got.contains(fact) {
                    return Err(format!("{fact:?} lost in the typed result"));
                }
            }
            if expected.is_empty() && !matches!(parsed.result, OperationResult::None {}) {
                // Nothing to compare by id: the result must still hold something.
                let shown = serde_json::to_value(&parsed.result).unwrap();
                if shown == json!({}) {
                    return Err("empty typed result".into());
                }
            }
            Ok(())
        }
    }
}

fn parse_notification(k: &Keys, example: &Value) -> Result<(), String> {
    // The documents' Signature headers are placeholders: sign as UMF would.
    let body = serde_json::to_vec(example).unwrap();
    let signature = k.umf.sign(&body).unwrap();
    let note = verify_notification(k.umf.public_key(), signature.as_str(), &body)
        .map_err(|e| e.to_string())?;
    let object = &example[note.kind.as_str()];
    if object["id"].as_str() != Some(note.id.as_str())
        || object["state"].as_str() != note.state.as_deref()
    {
        return Err("id or state lost".into());
    }
    Ok(())
}

#[test]
fn every_example_of_the_documents() {
    let k = keys();
    let c = client(&k);
    let all = examples();
    assert_eq!(all.len(), 132);
    let mut failures = Vec::new();
    let mut counts = BTreeMap::new();
    for e in &all {
        let outcome = match e.kind.as_str() {
            "request" => build_request(&k, &c, &e.operation, &e.json),
            "response" => parse_response(&c, &e.operation, &e.json),
            "notification" => parse_notification(&k, &e.json),
            other => Err(format!("unknown kind {other}")),
        };
        *counts.entry(e.kind.clone()).or_insert(0) += 1;
        if let Err(why) = outcome {
            failures.push(format!(
                "{}:L{} {} {}: {why}",
                e.seed, e.line, e.operation, e.kind
            ));
        }
    }
    println!("examples: {counts:?}, failures: {}", failures.len());
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn repaired(name: &str) -> Vec<u8> {
    std::fs::read(vectors().join("examples/repaired").join(name)).unwrap()
}

#[test]
fn the_three_unparseable_examples_repaired_by_hand() {
    let k = keys();
    let c = client(&k);
    // 004:L973: a missing comma after "app_id" (K20). The curl posts to /execute, but the body
    // creates a WeChat official-account payment (K34).
    let body: Value =
        serde_json::from_slice(&repaired("004_L973_create_payment.request.json")).unwrap();
    build_request(&k, &c, "create_payment", &body).unwrap();

    // 003:L1140: `};` and trailing commas (K19, K21); 003's object form with pagination inside.
    let raw = repaired("003_L1140_get_reconciliation_statement.response.json");
    let parsed = c
        .parse("get_reconciliation_statement", &HttpResponse::new(200, raw))
        .unwrap();
    let OperationResult::Reconciliation {
        reconciliations, ..
    } = parsed.result
    else {
        panic!("not a reconciliation")
    };
    assert_eq!(reconciliations.payment_summaries.as_ref().unwrap().len(), 2);
    let rate = reconciliations
        .amount
        .as_ref()
        .unwrap()
        .exchange_rate
        .as_ref()
        .unwrap();
    assert_eq!(rate.rate().unwrap().as_str(), "6.9500");

    // 004:L3444: the settlement file is CSV, not JSON.
    let raw = repaired("004_L3444_download_settlement_file.response.csv");
    let parsed = c
        .parse("download_settlement_file", &HttpResponse::new(200, raw))
        .unwrap();
    let OperationResult::Statement(file) = parsed.result else {
        panic!("not a statement")
    };
    let statement = file.statement.unwrap();
    assert_eq!(statement.rows.len(), 6);
    assert_eq!(statement.trailer["transactionCount"], "6");
    assert_eq!(statement.rows[1]["refundNo"], "901012902");
}

#[test]
fn amounts_keep_their_digits_from_the_raw_text() {
    // examples.jsonl went through a float parser; the seed text did not. 004:L3511: 6.9800.
    let k = keys();
    let c = client(&k);
    let raw = repaired("004_L3494_list_transactions.raw.json");
    let parsed = c
        .parse("list_transactions", &HttpResponse::new(200, raw))
        .unwrap();
    let shown = serde_json::to_string(&parsed.result).unwrap();
    assert!(shown.contains("\"6.9800\""), "{shown}");
    assert!(shown.contains("\"49.41\""));
    let OperationResult::Transactions(t) = parsed.result else {
        panic!()
    };
    assert_eq!(t.pagination.as_ref().unwrap().total_count, Some(3));
}

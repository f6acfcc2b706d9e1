//! The `umf` command as a user runs it: exit codes, outputs, and agreement with OpenSSL.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn vectors() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors")
}

fn key(file: &str) -> String {
    vectors()
        .join("keys")
        .join(file)
        .to_str()
        .unwrap()
        .to_owned()
}

fn manifest() -> Value {
    serde_json::from_str(&std::fs::read_to_string(vectors().join("manifest.json")).unwrap())
        .unwrap()
}

fn umf(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_umf"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.unwrap_or_default())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn keys_inspect_reports_what_openssl_reports() {
    let m = manifest();
    for k in m["keys"].as_array().unwrap() {
        let file = k["file"].as_str().unwrap();
        let path = key(file);
        let mut args = vec!["keys", "inspect", path.as_str()];
        if let Some(p) = k["passphrase"].as_str() {
            args.extend(["--passphrase", p]);
        }
        let out = umf(&args, None);
        assert!(
            out.status.success(),
            "{file}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let info: Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert_eq!(info["fingerprint"], k["fingerprint"], "{file}");
        assert_eq!(info["bits"], k["bits"], "{file}");
        assert_eq!(info["format"]["container"], k["container"], "{file}");
    }
    // An encrypted key without its passphrase is described, not opened.
    let out = umf(
        &["keys", "inspect", &key("merchant_1024_pkcs8_encrypted.pem")],
        None,
    );
    let info: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(info["kind"], "encrypted_private_key");
    assert_eq!(info["bits"], Value::Null);
    // A file that is not a key: exit 2 with the stable code.
    let out = umf(&["keys", "inspect", &key("bad_garbage.txt")], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("error[key_invalid]"));
}

#[test]
fn version_is_the_workspace_version() {
    // Read from the workspace's Cargo.toml, the one version source, not from the build's env.
    let cargo =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../Cargo.toml"))
            .unwrap();
    let section = cargo.split("[workspace.package]").nth(1).unwrap();
    let version = section
        .lines()
        .find_map(|l| l.strip_prefix("version = \""))
        .and_then(|v| v.strip_suffix('"'))
        .unwrap();
    let out = umf(&["--version"], None);
    assert!(out.status.success());
    assert_eq!(stdout(&out), format!("umf {version}\n"));
}

#[test]
fn a_key_path_where_no_file_exists_is_key_file_not_found() {
    let missing = vectors().join("keys").join("no_such_key.pem");
    let missing = missing.to_str().unwrap();
    for args in [
        vec!["sign", "--key", missing, "{}"],
        vec!["verify", "--key", missing, "--signature", "AAAA", "{}"],
        vec!["encrypt", "--key", missing, "6222020000000000000"],
        vec!["keys", "inspect", missing],
    ] {
        let out = umf(&args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            stderr,
            format!("error[key_file_not_found]: key file not found: {missing}\n"),
            "{args:?}"
        );
    }
    // A body file that is missing is an I/O problem, not a key one.
    let out = umf(
        &[
            "sign",
            "--key",
            &key("merchant_1024_pkcs8.pem"),
            "@/no/such/body.json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).starts_with("error[io_error]: /no/such/body.json: ")
    );
}

#[test]
fn sign_prints_the_openssl_signature_of_the_exact_bytes() {
    let m = manifest();
    for v in m["signatures"].as_array().unwrap() {
        use base64::Engine as _;
        let body = base64::engine::general_purpose::STANDARD
            .decode(v["body_b64"].as_str().unwrap())
            .unwrap();
        let k = key(v["key"].as_str().unwrap());
        // From stdin, byte for byte (no trailing newline added or removed).
        let out = umf(&["sign", "--key", &k, "-"], Some(&body));
        assert!(out.status.success());
        assert_eq!(stdout(&out).trim_end(), v["signature"].as_str().unwrap());
    }
    // A literal body argument and an encrypted key.
    let out = umf(
        &[
            "sign",
            "--key",
            &key("merchant_1024_pkcs8_encrypted.pem"),
            "--passphrase",
            "correct horse battery staple",
            r#"{"a":1}"#,
        ],
        None,
    );
    let signature = stdout(&out).trim_end().to_owned();
    let out = umf(
        &[
            "verify",
            "--key",
            &key("merchant_1024_cert.pem"),
            "--signature",
            &signature,
            r#"{"a":1}"#,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out).trim(), "valid");
}

#[test]
fn verify_exit_codes() {
    let k = key("merchant_1024_spki.pem");
    let sig = stdout(&umf(
        &["sign", "--key", &key("merchant_1024_pkcs1.pem"), "body"],
        None,
    ));
    let sig = sig.trim_end();
    assert_eq!(
        umf(&["verify", "--key", &k, "--signature", sig, "body"], None)
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        umf(&["verify", "--key", &k, "--signature", sig, "bodY"], None)
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        umf(&["verify", "--key", &k, "--signature", "%%%", "body"], None)
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        umf(
            &[
                "verify",
                "--key",
                &key("bad_garbage.txt"),
                "--signature",
                sig,
                "body"
            ],
            None
        )
        .status
        .code(),
        Some(2)
    );
}

#[test]
fn encrypt_output_decrypts_with_openssl() {
    let out = umf(
        &[
            "encrypt",
            "--key",
            &key("umf_1024_cert.pem"),
            "6222020000000000000",
        ],
        None,
    );
    assert!(out.status.success());
    use base64::Engine as _;
    let ct = base64::engine::general_purpose::STANDARD
        .decode(stdout(&out).trim_end())
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ct_path = dir.path().join("ct");
    std::fs::write(&ct_path, ct).unwrap();
    let plain = Command::new("openssl")
        .args([
            "pkeyutl",
            "-decrypt",
            "-inkey",
            &key("umf_1024_pkcs8.pem"),
            "-in",
            ct_path.to_str().unwrap(),
        ])
        .output()
        .expect("openssl must be installed");
    assert_eq!(
        String::from_utf8_lossy(&plain.stdout),
        "6222020000000000000"
    );
}

#[test]
fn notification_and_response_verify() {
    let m = manifest();
    let n = &m["notifications"];
    let umf_key = key(n["umf_public_key"].as_str().unwrap());
    for c in n["cases"].as_array().unwrap() {
        let body = c["body"].as_str().unwrap();
        let out = umf(
            &[
                "notification",
                "verify",
                "--key",
                &umf_key,
                "--signature",
                c["signature"].as_str().unwrap(),
                "-",
            ],
            Some(body.as_bytes()),
        );
        if c["expect"] == "verified" {
            assert!(out.status.success(), "{}", c["name"]);
            let printed: Value = serde_json::from_str(&stdout(&out)).unwrap();
            assert_eq!(printed["idempotency_key"], c["idempotency_key"]);
            assert_eq!(
                printed["acknowledgement"],
                r#"{"meta":{"ret_code":"0000","ret_msg":"SUCCESS"}}"#
            );
        } else {
            let expected = if c["expect"] == "signature_invalid" {
                1
            } else {
                2
            };
            assert_eq!(out.status.code(), Some(expected), "{}", c["name"]);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(
                stderr.starts_with(&format!("error[{}]", c["expect"].as_str().unwrap())),
                "{stderr}"
            );
        }
    }
    let r = &m["responses"];
    let umf_key = key(r["umf_public_key"].as_str().unwrap());
    for c in r["cases"].as_array().unwrap() {
        let scope = c["scope"].as_str().unwrap().replace('_', "-");
        let mut args = vec!["response", "verify", "--key", &umf_key, "--scope", &scope];
        let policy = if c["policy"] == "strict" {
            "strict"
        } else {
            "if-present"
        };
        args.extend(["--policy", policy]);
        for k in c["result_keys"].as_array().unwrap() {
            args.extend(["--result-key", k.as_str().unwrap()]);
        }
        args.push("-");
        let out = umf(&args, Some(c["body"].as_str().unwrap().as_bytes()));
        match c["expect"].as_str().unwrap() {
            "verified" | "unsigned" => {
                assert!(out.status.success(), "{}", c["name"]);
                let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
                assert_eq!(v["status"], c["expect"], "{}", c["name"]);
            }
            "signature_invalid" => assert_eq!(out.status.code(), Some(1), "{}", c["name"]),
            _ => assert_eq!(out.status.code(), Some(2), "{}", c["name"]),
        }
    }
}

#[test]
fn operations_lists_the_whole_table() {
    let out = umf(&["operations", "--json"], None);
    assert!(out.status.success());
    let rows: Vec<Value> = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(rows.len(), 54);
    let card_bin = rows.iter().find(|r| r["id"] == "query_card_bin").unwrap();
    assert_eq!(
        card_bin["encrypted_paths"],
        serde_json::json!(["query:card"])
    );
    assert_eq!(card_bin["method"], "GET");
    let text = stdout(&umf(&["operations"], None));
    assert_eq!(text.lines().count(), 55);
}

#[test]
fn request_build_prints_the_exact_signed_request() {
    let params = r#"{"payment_id":"PAY_1","payer":{"payment_method":"CREDIT_CARD","payer_info":{"bank_card":{"number":"6222020000000000000","phone":"13800000000"}}}}"#;
    let out = umf(
        &[
            "request",
            "build",
            "send_payment_sms",
            "-",
            "--json",
            "--merchant-key",
            &key("merchant_1024_pkcs8.pem"),
            "--umf-key",
            &key("umf_1024_cert.pem"),
            "--token",
            "tok",
        ],
        Some(params.as_bytes()),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let req: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(
        req["url"],
        "https://uatfx.soopay.net/cberest/v1/payments/payment/PAY_1/verify"
    );
    let body = req["body"].as_str().unwrap();
    assert!(
        !body.contains("6222020000000000000"),
        "sensitive values only as ciphertext"
    );
    assert!(body.contains("13800000000"));
    let headers: Vec<(String, String)> = serde_json::from_value(req["headers"].clone()).unwrap();
    let signature = &headers.iter().find(|(n, _)| n == "Signature").unwrap().1;
    let verify = umf(
        &[
            "verify",
            "--key",
            &key("merchant_1024_spki.pem"),
            "--signature",
            signature,
            body,
        ],
        None,
    );
    assert_eq!(verify.status.code(), Some(0));

    // --path/--query and a validation failure with its JSON path.
    let out = umf(
        &[
            "request",
            "build",
            "get_payment",
            "{}",
            "--path",
            "payment_id=REFUND_1",
            "--merchant-key",
            &key("merchant_1024_pkcs8.pem"),
            "--umf-key",
            &key("umf_1024_cert.pem"),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("error[validation_failed]: path.payment_id"),
        "{stderr}"
    );
    let out = umf(
        &[
            "request",
            "build",
            "list_transactions",
            "--query",
            "mer_date=20240101",
            "--merchant-key",
            &key("merchant_1024_pkcs8.pem"),
            "--umf-key",
            &key("umf_1024_cert.pem"),
        ],
        Some(b""),
    );
    assert!(stdout(&out).starts_with(
        "GET https://uatfx.soopay.net/cberest/v1/payments/transactions?mer_date=20240101"
    ));
}

#[test]
fn response_parse_exit_codes() {
    let raw = vectors().join("examples/repaired/004_L3494_list_transactions.raw.json");
    let raw = format!("@{}", raw.display());
    let out = umf(&["response", "parse", "list_transactions", &raw], None);
    assert_eq!(out.status.code(), Some(0));
    let parsed: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(parsed["verification"]["status"], "not_checked");
    assert_eq!(
        parsed["result"]["payment_summaries"][0]["amount"]["exchange_rate"],
        "6.9800"
    );
    let out = umf(&["response", "parse", "get_payment", &raw], None);
    assert_eq!(out.status.code(), Some(2));
    let out = umf(
        &["response", "parse", "create_payment", "-"],
        Some(br#"{"meta":{"ret_code":"00060780","ret_msg":"dup"}}"#),
    );
    assert_eq!(out.status.code(), Some(3));
    let err: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(err["class"], "duplicate");
    // With the UMF key, a present signature is verified: a placeholder one fails.
    let out = umf(
        &[
            "response",
            "parse",
            "list_transactions",
            &raw,
            "--key",
            &key("umf_1024_cert.pem"),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn the_demo_runs_end_to_end() {
    let out = umf(&["demo"], None);
    let text = stdout(&out);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("demo passed"));
    assert!(
        !text.contains("6222020000000001234"),
        "card numbers are masked in the transcript"
    );
    assert!(text.contains("6222 **** **** 1234"));
    // Pending answers, then the final state by query (the core's poller) and by notification.
    for shown in [
        "/execute         WAIT_BUYER_PAY (pending",
        "REFUND_PROCESS (pending)",
        "(polled)",
        "TRADE_SUCCESS after",
        "REFUND_SUCCESS after",
        "notification refund:REFUND_",
    ] {
        assert!(text.contains(shown), "{shown:?} missing from\n{text}");
    }
}

#[test]
fn sandbox_prints_its_base_url_and_fingerprints_then_serves() {
    let (mut child, ready) = spawn_sandbox(&[
        "--seed",
        "7",
        "--fault",
        "get_exchange_rate:status=503,times=1",
    ]);
    let base = ready["base_url"].as_str().unwrap().to_owned();
    assert!(base.starts_with("http://127.0.0.1:") && base.ends_with("/cberest/v1"));
    let umf_fp = manifest()["keys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["file"] == "umf_1024_cert.pem")
        .unwrap()["fingerprint"]
        .clone();
    assert_eq!(ready["umf_public_key_fingerprint"], umf_fp);
    // It answers: the token endpoint with the built-in credentials.
    let rt = tokio_runtime();
    let answer = rt.block_on(async {
        let manager = umf_core::token::TokenManager::new(
            umf_core::ClientCredentials::new("sandbox-client", "sandbox-secret"),
            format!("{base}/oauth/authorize"),
        );
        umf_sandbox::transport::HttpClient::default()
            .send(&manager.token_request())
            .await
            .unwrap()
    });
    assert_eq!(answer.status, 200);
    assert!(umf_core::token::parse_token_response(&answer).is_ok());
    child.kill().unwrap();
    let _ = child.wait();
}

#[test]
fn sandbox_prints_its_test_keys_and_they_are_the_ones_it_runs_with() {
    let out = umf(&["sandbox", "--print-test-keys"], None);
    assert_eq!(out.status.code(), Some(0));
    let keys: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let file = |name: &str| std::fs::read_to_string(key(name)).unwrap();
    assert_eq!(
        keys["merchant_private_key_pem"],
        file("merchant_1024_pkcs8.pem")
    );
    assert_eq!(keys["umf_public_key_pem"], file("umf_1024_cert.pem"));
    assert_eq!(keys["umf_private_key_pem"], file("umf_1024_pkcs8.pem"));
    assert_eq!(keys["client_id"], "sandbox-client");
    assert_eq!(keys["client_secret"], "sandbox-secret");
    // The printed private keys belong to the printed certificate and fingerprints, and to the
    // sandbox that starts without flags.
    let pem = |member: &str| keys[member].as_str().unwrap().as_bytes().to_vec();
    let umf_private = umf_core::PrivateKey::from_bytes(&pem("umf_private_key_pem"), None).unwrap();
    let umf_public = umf_core::PublicKey::from_bytes(&pem("umf_public_key_pem")).unwrap();
    assert_eq!(umf_private.public_key(), &umf_public);
    let (mut child, ready) = spawn_sandbox(&[]);
    child.kill().unwrap();
    let _ = child.wait();
    assert_eq!(
        ready["umf_public_key_fingerprint"],
        keys["umf_public_key_fingerprint"]
    );
    assert_eq!(
        ready["merchant_public_key_fingerprint"],
        keys["merchant_public_key_fingerprint"]
    );
    assert_eq!(
        keys["umf_public_key_fingerprint"],
        umf_public.fingerprint().to_hex()
    );
    // The key a rotation switches to: the second key pair of the vectors.
    assert_eq!(keys["umf_next_public_key_pem"], file("umf_2048_cert.pem"));
    let next = umf_core::PublicKey::from_bytes(&pem("umf_next_public_key_pem")).unwrap();
    assert_eq!(
        keys["umf_next_public_key_fingerprint"],
        next.fingerprint().to_hex()
    );
    assert_ne!(next.fingerprint(), umf_public.fingerprint());

    // Keys of one's own and the built-in ones cannot both be meant.
    let mixed = umf(
        &[
            "sandbox",
            "--print-test-keys",
            "--merchant-key",
            &key("merchant_1024_pkcs8.pem"),
        ],
        None,
    );
    assert_eq!(mixed.status.code(), Some(2));
}

/// `umf sandbox ARGS…` running, and the line it printed when ready.
fn spawn_sandbox(args: &[&str]) -> (std::process::Child, Value) {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_umf"))
        .arg("sandbox")
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    (child, serde_json::from_str(&line).unwrap())
}

#[test]
fn sandbox_reading_flags_reach_the_sandbox() {
    let (mut child, ready) = spawn_sandbox(&[
        "--bearer",
        "strict-no-space",
        "--ack",
        "json-with-id",
        "--sign-errors",
        "no",
        "--outcomes",
        "async",
        "--token-path",
        "/v1/oauth/authorize",
        "--token-credentials",
        "basic",
        "--repeat-reference",
        "refuse",
    ]);
    assert_eq!(
        ready["readings"],
        serde_json::json!({"signature_scope": "primary_result", "bearer": "strict_no_space",
            "ack": "json_with_id", "sign_errors": false, "outcomes": "async",
            "repeat_reference": "refuse",
            "token_path": "/v1/oauth/authorize", "token_credentials": "basic"})
    );
    let base = ready["base_url"].as_str().unwrap().to_owned();
    let rt = tokio_runtime();
    let http = umf_sandbox::transport::HttpClient::default();
    let (spaced, unspaced) = rt.block_on(async {
        // The token endpoint where --token-path put it, credentials as --token-credentials says.
        let origin = base.trim_end_matches("/cberest/v1");
        let manager = umf_core::token::TokenManager::new(
            umf_core::ClientCredentials::new("sandbox-client", "sandbox-secret"),
            format!("{origin}/v1/oauth/authorize"),
        )
        .with_credential_style(umf_core::TokenCredentialStyle::Basic);
        let answer = http.send(&manager.token_request()).await.unwrap();
        let (secret, _) = umf_core::token::parse_token_response(&answer).unwrap();
        let get = |authorization: String| umf_core::HttpRequest {
            method: umf_core::Method::Get,
            url: format!("{base}/payments/payment/PAY_NONE"),
            headers: vec![("Authorization".into(), authorization)],
            body: Vec::new(),
        };
        (
            http.send(&get(format!("Bearer {}", secret.as_str())))
                .await
                .unwrap(),
            http.send(&get(format!("Bearer{}", secret.as_str())))
                .await
                .unwrap(),
        )
    });
    child.kill().unwrap();
    let _ = child.wait();
    // `Bearer <token>` is a bad token under strict-no-space; `Bearer<token>` gets through to
    // the lookup. Both errors come unsigned.
    for (answer, status, code) in [(&spaced, 401, "00280703"), (&unspaced, 404, "00060760")] {
        let body: Value = serde_json::from_slice(&answer.body).unwrap();
        assert_eq!(answer.status, status);
        assert_eq!(body["meta"]["ret_code"], code);
        assert!(body["meta"].get("sign").is_none(), "{body}");
    }
}

fn tokio_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn verify_commands_take_several_umf_keys_and_name_the_one_that_verified() {
    let body = br#"{"meta":{"ret_code":"0000","ret_msg":["SUCCESS"]},"payment":{"id":"PAY_1","state":"TRADE_SUCCESS"}}"#;
    let next =
        umf_core::PrivateKey::from_bytes(umf_sandbox::test_keys::UMF_NEXT_PRIVATE_KEY_PEM, None)
            .unwrap();
    let signature = next.sign(body).unwrap();
    let (current, other) = (key("umf_1024_cert.pem"), key("umf_2048_spki.pem"));
    let base = ["notification", "verify", "--signature", signature.as_str()];
    let with = |keys: &[&str]| {
        let mut args = base.to_vec();
        for k in keys {
            args.extend(["--key", k]);
        }
        args.push("-");
        umf(&args, Some(body))
    };
    // The old key alone refuses the new key's signature; with both it verifies, by the new one.
    // (A 2048-bit signature does not even fit the 1024-bit key: signature_malformed, exit 2.)
    assert_eq!(with(&[&current]).status.code(), Some(2));
    let out = with(&[&current, &other]);
    verified_by(&out, &next);
    // The same for a signed answer.
    let signed = umf_core::verification::sign_response(
        body,
        &next,
        umf_core::verification::SignatureScope::PrimaryResult,
        &["payment"],
    )
    .unwrap();
    let args = [
        "response", "verify", "--key", &current, "--key", &other, "-",
    ];
    let out = umf(&args, Some(&signed));
    verified_by(&out, &next);
}

/// The command succeeded and says `key` verified.
fn verified_by(out: &Output, key: &umf_core::PrivateKey) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed: Value = serde_json::from_str(&stdout(out)).unwrap();
    assert_eq!(printed["key_fingerprint"], key.fingerprint().to_hex());
}

#[test]
fn notification_sample_is_what_the_sandbox_sends_and_verifies_with_the_test_certificate() {
    let object = r#"{"id":"PAY_SAMPLE_1","state":"TRADE_SUCCESS","order":{"amount":{"total":"10.05","currency":"USD"}}}"#;
    let out = umf(
        &["notification", "sample", "--kind", "payment", object],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sample: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let body = sample["body"].as_str().unwrap();
    let signature = sample["signature"].as_str().unwrap();
    assert_eq!(
        sample["idempotency_key"],
        "payment:PAY_SAMPLE_1:TRADE_SUCCESS"
    );
    // The sandbox's envelope, the amount as exact text.
    assert_eq!(
        body.as_bytes(),
        umf_sandbox::notification_body(
            "payment",
            serde_json::from_str(object).unwrap(),
            "http://127.0.0.1/cberest/v1"
        )
    );
    assert!(body.contains(r#""total":"10.05""#), "{body}");
    // A handler verifies it with the certificate the sandbox's test keys name, and with
    // nothing else: one flipped byte fails.
    let cert = key("umf_1024_cert.pem");
    let verify = |bytes: &[u8]| {
        umf(
            &[
                "notification",
                "verify",
                "--key",
                &cert,
                "--signature",
                signature,
                "-",
            ],
            Some(bytes),
        )
    };
    assert!(verify(body.as_bytes()).status.success());
    let tampered = body.replace("10.05", "10.06");
    assert_eq!(verify(tampered.as_bytes()).status.code(), Some(1));
    // Signed with another key when asked.
    let other = key("umf_2048_pkcs8.pem");
    let out = umf(
        &[
            "notification",
            "sample",
            "--kind",
            "refund",
            "--key",
            &other,
            r#"{"id":"REFUND_1","state":"REFUND_SUCCESS"}"#,
        ],
        None,
    );
    let sample: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let next =
        umf_core::PrivateKey::from_bytes(umf_sandbox::test_keys::UMF_NEXT_PRIVATE_KEY_PEM, None)
            .unwrap();
    next.public_key()
        .verify(
            sample["body"].as_str().unwrap().as_bytes(),
            sample["signature"].as_str().unwrap(),
        )
        .unwrap();
    // An object without its id or state is a usage error, not a notification nobody can key.
    for bad in [
        r#"{"state":"TRADE_SUCCESS"}"#,
        r#"{"id":"PAY_1"}"#,
        "not json",
    ] {
        let out = umf(&["notification", "sample", "--kind", "payment", bad], None);
        assert_eq!(out.status.code(), Some(2), "{bad}");
    }
}

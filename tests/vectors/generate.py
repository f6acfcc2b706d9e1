#!/usr/bin/env python3
"""Generates the shared test vectors with the real `openssl` binary.

Run once; the outputs are committed and every language's test suite reads them through
`manifest.json`. Re-running makes new keys (and so new signatures and ciphertexts) but the same
files, so commit the whole directory together.

Everything cryptographic here is done by OpenSSL, not by the SDK, so the vectors are an
independent reference: the SDK must load every key, reproduce every signature byte for byte
(PKCS#1 v1.5 signatures are deterministic) and verify every signed response and notification.

    python3 tests/vectors/generate.py
    python3 tests/vectors/generate.py kdf   # only the KDF-limit keys, into the existing manifest
"""

import base64
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = os.path.join(HERE, "keys")
PASSPHRASE = "correct horse battery staple"


def openssl(*args, data=None):
    res = subprocess.run(["openssl", *args], input=data, capture_output=True, check=False)
    if res.returncode != 0:
        sys.exit(f"openssl {' '.join(args)} failed: {res.stderr.decode()}")
    return res.stdout


def write(name, data):
    path = os.path.join(KEYS, name)
    with open(path, "wb") as f:
        f.write(data)
    return name


def read(name):
    with open(os.path.join(KEYS, name), "rb") as f:
        return f.read()


def spki_der_of(name, public=False, cert=False):
    src = os.path.join(KEYS, name)
    if cert:
        pem = openssl("x509", "-in", src, "-pubkey", "-noout")
        return openssl("pkey", "-pubin", "-outform", "DER", data=pem)
    if public:
        return openssl("pkey", "-pubin", "-in", src, "-outform", "DER")
    return openssl("pkey", "-in", src, "-pubout", "-outform", "DER")


def fingerprint(der):
    out = openssl("dgst", "-sha256", "-r", data=der).decode()
    return out.split()[0]


def sign(key_name, data):
    with tempfile.NamedTemporaryFile() as f:
        f.write(data)
        f.flush()
        sig = openssl("dgst", "-sha256", "-sign", os.path.join(KEYS, key_name), f.name)
    return base64.b64encode(sig).decode()


def make_rsa_set(role, bits):
    """A private key in every private format and its public key in every public format."""
    p = f"{role}_{bits}"
    pkcs8_pem = openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", f"rsa_keygen_bits:{bits}")
    entries = []

    def add(name, kind, container, encoding, **extra):
        entries.append({"file": name, "role": role, "bits": bits, "kind": kind,
                        "container": container, "encoding": encoding, **extra})

    add(write(f"{p}_pkcs8.pem", pkcs8_pem), "rsa_private_key", "pkcs8", "pem")
    pkcs8_der = openssl("pkcs8", "-topk8", "-nocrypt", "-outform", "DER", data=pkcs8_pem)
    add(write(f"{p}_pkcs8.der", pkcs8_der), "rsa_private_key", "pkcs8", "der")
    add(write(f"{p}_pkcs8.b64", base64.b64encode(pkcs8_der) + b"\n"), "rsa_private_key", "pkcs8", "base64")
    pkcs1_pem = openssl("rsa", "-traditional", data=pkcs8_pem)
    add(write(f"{p}_pkcs1.pem", pkcs1_pem), "rsa_private_key", "pkcs1", "pem")
    add(write(f"{p}_pkcs1.der", openssl("rsa", "-traditional", "-outform", "DER", data=pkcs8_pem)),
        "rsa_private_key", "pkcs1", "der")
    # What e-mail and Windows editors do to a PEM file: CRLF, stray spaces, no final newline.
    messy = b"\r\n  " + pkcs1_pem.replace(b"\n", b"  \r\n").rstrip()
    add(write(f"{p}_pkcs1_crlf.pem", messy), "rsa_private_key", "pkcs1", "pem")
    enc = openssl("pkcs8", "-topk8", "-v2", "aes-256-cbc", "-passout", f"pass:{PASSPHRASE}", data=pkcs8_pem)
    add(write(f"{p}_pkcs8_encrypted.pem", enc), "encrypted_private_key", "encrypted_pkcs8", "pem",
        passphrase=PASSPHRASE)
    enc_der = openssl("pkcs8", "-topk8", "-v2", "aes-128-cbc", "-outform", "DER",
                      "-passout", f"pass:{PASSPHRASE}", data=pkcs8_pem)
    add(write(f"{p}_pkcs8_encrypted.der", enc_der), "encrypted_private_key", "encrypted_pkcs8", "der",
        passphrase=PASSPHRASE)
    spki_pem = openssl("pkey", "-pubout", data=pkcs8_pem)
    add(write(f"{p}_spki.pem", spki_pem), "rsa_public_key", "spki", "pem")
    spki_der = openssl("pkey", "-pubout", "-outform", "DER", data=pkcs8_pem)
    add(write(f"{p}_spki.der", spki_der), "rsa_public_key", "spki", "der")
    add(write(f"{p}_spki.b64", base64.b64encode(spki_der)), "rsa_public_key", "spki", "base64")
    add(write(f"{p}_pkcs1_public.pem", openssl("rsa", "-RSAPublicKey_out", data=pkcs8_pem)),
        "rsa_public_key", "pkcs1_public", "pem")
    with tempfile.NamedTemporaryFile() as keyfile:
        keyfile.write(pkcs8_pem)
        keyfile.flush()
        cert = openssl("req", "-new", "-x509", "-key", keyfile.name, "-days", "3650",
                       "-subj", f"/C=CN/O=umf-sdk test vectors/CN={role} {bits}")
    add(write(f"{p}_cert.pem", cert), "certificate", "x509_certificate", "pem")
    cert_der = openssl("x509", "-outform", "DER", data=cert)
    add(write(f"{p}_cert.der", cert_der), "certificate", "x509_certificate", "der")
    add(write(f"{p}_cert.b64", base64.b64encode(cert_der) + b"\n"), "certificate", "x509_certificate", "base64")
    fp = fingerprint(spki_der)
    for e in entries:
        e["fingerprint"] = fp
    # Independent check of the fingerprint through the certificate path.
    assert fingerprint(spki_der_of(f"{p}_cert.pem", cert=True)) == fp
    return entries


def make_bad_keys():
    """Files that are not usable keys, with the error code each must produce."""
    bad = []

    def add(name, data, wanted, code):
        bad.append({"file": write(name, data), "wanted": wanted, "error": code})

    ec = openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256")
    add("bad_ec_private.pem", ec, "private", "key_wrong_kind")
    add("bad_ec_public.pem", openssl("pkey", "-pubout", data=ec), "public", "key_wrong_kind")
    rsa512 = openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:512")
    add("bad_rsa_512.pem", rsa512, "private", "key_unsupported")
    small = openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024")
    legacy = openssl("rsa", "-traditional", "-aes128", "-passout", f"pass:{PASSPHRASE}", data=small)
    add("bad_legacy_encrypted.pem", legacy, "private", "key_unsupported")
    with tempfile.NamedTemporaryFile() as keyfile:
        keyfile.write(small)
        keyfile.flush()
        csr = openssl("req", "-new", "-key", keyfile.name, "-subj", "/CN=not a key")
    add("bad_csr.pem", csr, "public", "key_wrong_kind")
    add("bad_garbage.txt", b"this is not a key\n", "private", "key_invalid")
    add("bad_truncated.pem", read("merchant_1024_pkcs8.pem")[:300], "private", "key_invalid")
    add("bad_empty.pem", b"", "private", "key_invalid")
    # Role mix-ups: a public key where the merchant private key is needed, and the reverse.
    bad.append({"file": "merchant_1024_spki.pem", "wanted": "private", "error": "key_wrong_kind"})
    bad.append({"file": "umf_1024_cert.pem", "wanted": "private", "error": "key_wrong_kind"})
    bad.append({"file": "merchant_1024_pkcs8.pem", "wanted": "public", "error": "key_wrong_kind"})
    bad.append({"file": "merchant_1024_pkcs8_encrypted.pem", "wanted": "private",
                "error": "key_passphrase_required"})
    bad.append({"file": "merchant_1024_pkcs8_encrypted.pem", "wanted": "private",
                "passphrase": "wrong passphrase", "error": "key_passphrase_incorrect"})
    return bad


# ---------------------------------------------------------------------------------------------
# Encrypted keys whose key-derivation parameters are hostile. The SDK refuses them before
# running the KDF (core/src/keys/kdf_limits.rs); the caps mirror OpenSSL where it has one
# (scrypt memory 32 MiB, crypto/evp/pbe_scrypt.c). OpenSSL makes what it will make; what it
# refuses to make (scrypt over its own memory limit, 10^9 PBKDF2 iterations in reasonable time)
# is written here as DER around the ciphertext of an OpenSSL-encrypted key.

PBKDF2_MAX_ITERATIONS = 2_000_000
OID_PBES2 = "1.2.840.113549.1.5.13"
OID_PBKDF2 = "1.2.840.113549.1.5.12"
OID_SCRYPT = "1.3.6.1.4.1.11591.4.11"
OID_HMAC_SHA256 = "1.2.840.113549.2.9"
OID_AES256_CBC = "2.16.840.1.101.3.4.1.42"


def der(tag, content):
    n = len(content)
    if n < 0x80:
        return bytes([tag, n]) + content
    size = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(size)]) + size + content


def der_int(n):
    return der(0x02, n.to_bytes(n.bit_length() // 8 + 1, "big"))


def der_oid(dotted):
    arcs = [int(a) for a in dotted.split(".")]
    body = bytearray([arcs[0] * 40 + arcs[1]])
    for arc in arcs[2:]:
        chunk = [arc & 0x7F]
        arc >>= 7
        while arc:
            chunk.insert(0, 0x80 | (arc & 0x7F))
            arc >>= 7
        body += bytes(chunk)
    return der(0x06, bytes(body))


def seq(*items):
    return der(0x30, b"".join(items))


def der_children(data):
    """The TLVs inside one constructed DER value, as (tag, content) pairs."""
    out, i = [], 0
    while i < len(data):
        tag, n = data[i], data[i + 1]
        i += 2
        if n & 0x80:
            width = n & 0x7F
            n = int.from_bytes(data[i:i + width], "big")
            i += width
        out.append((tag, data[i:i + n]))
        i += n
    return out


def pbes2_key(kdf, iv, ciphertext):
    """EncryptedPrivateKeyInfo with PBES2(kdf, aes-256-cbc iv) around `ciphertext`."""
    scheme = seq(der_oid(OID_AES256_CBC), der(0x04, iv))
    algorithm = seq(der_oid(OID_PBES2), seq(kdf, scheme))
    return seq(algorithm, der(0x04, ciphertext))


def pbkdf2(salt, iterations, key_length=None):
    params = [der(0x04, salt), der_int(iterations)]
    if key_length is not None:
        params.append(der_int(key_length))
    params.append(seq(der_oid(OID_HMAC_SHA256), b"\x05\x00"))
    return seq(der_oid(OID_PBKDF2), seq(*params))


def scrypt(salt, n, r, p, key_length=None):
    params = [der(0x04, salt), der_int(n), der_int(r), der_int(p)]
    if key_length is not None:
        params.append(der_int(key_length))
    return seq(der_oid(OID_SCRYPT), seq(*params))


def make_kdf_keys():
    """(bad_keys entries over a cap, keys within the caps that must load)."""
    source = read("merchant_1024_pkcs8.pem")
    bad, good = [], []

    def refuse(name, data, parameter):
        bad.append({"file": write(name, data), "wanted": "private", "passphrase": PASSPHRASE,
                    "error": "key_kdf_limit", "parameter": parameter})

    def accept(name, data, note):
        good.append({"file": write(name, data), "passphrase": PASSPHRASE, "note": note})

    # Made by OpenSSL: the largest scrypt it makes by default (N=2^14, r=8, p=1: 16 MiB) and a
    # PBKDF2 key at the cap load; one iteration over the cap is refused.
    accept("kdf_scrypt_openssl_default.pem",
           openssl("pkcs8", "-topk8", "-scrypt", "-passout", f"pass:{PASSPHRASE}", data=source),
           "openssl pkcs8 -topk8 -scrypt (N=16384, r=8, p=1)")
    accept("kdf_pbkdf2_at_cap.der",
           openssl("pkcs8", "-topk8", "-v2", "aes-256-cbc", "-v2prf", "hmacWithSHA256",
                   "-iter", str(PBKDF2_MAX_ITERATIONS), "-outform", "DER",
                   "-passout", f"pass:{PASSPHRASE}", data=source),
           f"PBKDF2-HMAC-SHA256, {PBKDF2_MAX_ITERATIONS} iterations")
    refuse("kdf_pbkdf2_over_cap.der",
           openssl("pkcs8", "-topk8", "-v2", "aes-256-cbc", "-v2prf", "hmacWithSHA256",
                   "-iter", str(PBKDF2_MAX_ITERATIONS + 1), "-outform", "DER",
                   "-passout", f"pass:{PASSPHRASE}", data=source),
           "pbkdf2_iterations")
    # Written here around the ciphertext and IV of an ordinary OpenSSL key.
    plain = openssl("pkcs8", "-topk8", "-v2", "aes-256-cbc", "-outform", "DER",
                    "-passout", f"pass:{PASSPHRASE}", data=source)
    (_, outer), = der_children(plain)
    (_, algorithm), (_, ciphertext) = der_children(outer)
    (_, _oid), (_, params) = der_children(algorithm)
    _kdf, (_, scheme) = der_children(params)
    (_, _cipher), (_, iv) = der_children(scheme)
    salt = bytes(range(16))
    refuse("kdf_pbkdf2_iterations_1e9.der", pbes2_key(pbkdf2(salt, 10**9), iv, ciphertext),
           "pbkdf2_iterations")
    refuse("kdf_pbkdf2_iterations_max.der", pbes2_key(pbkdf2(salt, 2**32 - 1), iv, ciphertext),
           "pbkdf2_iterations")
    refuse("kdf_pbkdf2_key_length.der", pbes2_key(pbkdf2(salt, 2048, 65535), iv, ciphertext),
           "key_length")
    refuse("kdf_pbkdf2_salt_length.der", pbes2_key(pbkdf2(bytes(4096), 2048), iv, ciphertext),
           "salt_length")
    refuse("kdf_scrypt_n_2e22.der", pbes2_key(scrypt(salt, 2**22, 8, 1), iv, ciphertext),
           "scrypt_memory_bytes")
    refuse("kdf_scrypt_n_2e40.der", pbes2_key(scrypt(salt, 2**40, 8, 1), iv, ciphertext),
           "scrypt_memory_bytes")
    refuse("kdf_scrypt_n_2e63.der", pbes2_key(scrypt(salt, 2**63, 65535, 1), iv, ciphertext),
           "scrypt_memory_bytes")
    refuse("kdf_scrypt_r_65535.der", pbes2_key(scrypt(salt, 2**14, 65535, 1), iv, ciphertext),
           "scrypt_memory_bytes")
    refuse("kdf_scrypt_p_65535.der", pbes2_key(scrypt(salt, 2**14, 8, 65535), iv, ciphertext),
           "scrypt_p")
    refuse("kdf_scrypt_key_length.der", pbes2_key(scrypt(salt, 2**14, 8, 1, 4096), iv, ciphertext),
           "key_length")
    refuse("kdf_scrypt_salt_length.der", pbes2_key(scrypt(bytes(4096), 2**14, 8, 1), iv, ciphertext),
           "salt_length")
    return bad, good


def update_kdf_keys():
    """Rewrites only the KDF entries of an existing manifest (the other keys stay as they are)."""
    path = os.path.join(HERE, "manifest.json")
    with open(path, encoding="utf-8") as f:
        manifest = json.load(f)
    bad, good = make_kdf_keys()
    manifest["bad_keys"] = [b for b in manifest["bad_keys"] if not b["file"].startswith("kdf_")] + bad
    manifest["kdf_keys_within_caps"] = good
    with open(path, "w") as f:
        json.dump(manifest, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(bad)} KDF keys over a cap, {len(good)} within the caps")


SIGNED_BODIES = [
    ("ascii", '{"mer_reference_id":"ORDER-20240101-0001","amount":{"total":"100.02","currency":"USD"}}'),
    ("unicode", '{"order_summary":"跨境支付测试","name":"张三","note":"é ü ß"}'),
    ("escapes", '{"a":"quote \\" backslash \\\\ slash / tab \\t","b":"<script>&amp;</script>"}'),
    ("empty", ""),
    ("whitespace", '{ "a" : 1 ,\n  "b" : [ 1 , 2 ] }\n'),
]


def make_signatures():
    out = []
    for key in ("merchant_1024_pkcs8.pem", "merchant_2048_pkcs8.pem"):
        for name, body in SIGNED_BODIES:
            data = body.encode()
            out.append({"key": key, "public_key": key.replace("pkcs8.pem", "spki.pem"),
                        "name": name, "body_b64": base64.b64encode(data).decode(),
                        "signature": sign(key, data)})
    return out


PAYMENT = ('{"id":"PAY_GM3TAOJRGYYDONJVGY3TGMRUGUZDAMJXGA4TCNOZ","state":"TRADE_SUCCESS",'
           '"order":{"mer_reference_id":"ORDER-1","mer_date":"20240101",'
           '"amount":{"total":"100.00","currency":"USD","total_cny":"712.34",'
           '"exchange_rate":{"currency":"USD","rate":"7.1234"}}},'
           '"execute_success_time":"2024-01-01T12:00:00+0800"}')
LINKS = '[{"href":"https://uatfx.soopay.net/cberest/v1/payments/payment/PAY_X","ref":"self","method":"GET"}]'


def response_case(name, body, scope, outcome, result_keys=None, note=""):
    return {"name": name, "body": body, "scope": scope, "result_keys": result_keys or [],
            "expect": outcome, "note": note}


def make_responses():
    key = "umf_1024_pkcs8.pem"
    other = "merchant_1024_pkcs8.pem"
    s = sign(key, PAYMENT.encode())
    meta = '{"ret_code":"0000","ret_msg":"success","sign":"%s"}'
    good = '{"meta":%s,"payment":%s,"links":%s}' % (meta % s, PAYMENT, LINKS)
    cases = [
        response_case("valid_primary", good, "primary_result", "verified", ["payment"]),
        response_case("valid_primary_no_hint", good, "primary_result", "verified", [],
                      "without result keys the first member that is not meta or links is primary"),
        response_case("valid_meta_last", '{"payment":%s,"links":%s,"meta":%s}' % (PAYMENT, LINKS, meta % s),
                      "primary_result", "verified", ["payment"]),
        response_case("valid_whitespace_between_members",
                      '{\n  "meta" : %s ,\n  "payment" : %s ,\n  "links":%s\n}\n' % (meta % s, PAYMENT, LINKS),
                      "primary_result", "verified", ["payment"],
                      "whitespace outside the covered value does not matter"),
        response_case("valid_sign_with_u003d_escape",
                      good.replace(s, s.replace("=", "\\u003d")), "primary_result", "verified", ["payment"],
                      "Gson-style \\u003d escapes in the signature text (API.md K12)"),
        response_case("tampered_amount", good.replace('"100.00"', '"900.00"'), "primary_result",
                      "signature_invalid", ["payment"]),
        response_case("tampered_state", good.replace("TRADE_SUCCESS", "TRADE_FAIL__"), "primary_result",
                      "signature_invalid", ["payment"]),
        response_case("whitespace_inside_value", good.replace('"state":', '"state": '), "primary_result",
                      "signature_invalid", ["payment"], "the covered bytes are raw, not canonical"),
        response_case("escaped_equivalent_inside_value", good.replace('"ORDER-1"', '"ORDER\\u002d1"'),
                      "primary_result", "signature_invalid", ["payment"],
                      "an equivalent escape still changes the signed bytes"),
        response_case("wrong_key", good.replace(s, sign(other, PAYMENT.encode())), "primary_result",
                      "signature_invalid", ["payment"]),
        response_case("truncated_signature", good.replace(s, s[:100]), "primary_result",
                      "signature_malformed", ["payment"]),
        response_case("non_base64_signature", good.replace(s, "!!" + s[2:]), "primary_result",
                      "signature_malformed", ["payment"]),
        response_case("duplicate_result_member", good[:-1] + ',"payment":%s}' % PAYMENT.replace("100.00", "1.00"),
                      "primary_result", "response_malformed", ["payment"]),
        response_case("duplicate_member_by_escape",
                      good[:-1] + ',"pay\\u006dent":%s}' % PAYMENT, "primary_result", "response_malformed",
                      ["payment"], "keys compare after unescaping"),
        response_case("second_document", good + '{"meta":{"ret_code":"0000"}}', "primary_result",
                      "response_malformed", ["payment"]),
        response_case("duplicate_sign", good.replace('"ret_code"', '"sign":"AAAA","ret_code"'),
                      "primary_result", "response_malformed", ["payment"]),
        response_case("empty_body", "", "primary_result", "response_malformed", ["payment"]),
        response_case("unsigned", '{"meta":{"ret_code":"0000","ret_msg":"success"},"payment":%s}' % PAYMENT,
                      "primary_result", "unsigned", ["payment"], "policy if_present reports unsigned"),
        response_case("unsigned_strict", '{"meta":{"ret_code":"0000","ret_msg":"success"},"payment":%s}' % PAYMENT,
                      "primary_result", "signature_missing", ["payment"], "policy strict",),
    ]
    cases[-1]["policy"] = "strict"
    # Alternative scopes (API.md Q4), signed by OpenSSL over the bytes each scope names.
    without_meta = ('{"payment":%s,"links":%s}' % (PAYMENT, LINKS)).encode()
    s_wm = sign(key, without_meta)
    cases.append(response_case("valid_body_without_meta", '{"meta":%s,"payment":%s,"links":%s}' % (meta % s_wm, PAYMENT, LINKS),
                               "body_without_meta", "verified", ["payment"]))
    cases.append(response_case("body_without_meta_tampered_link",
                               ('{"meta":%s,"payment":%s,"links":%s}' % (meta % s_wm, PAYMENT, LINKS)).replace('"GET"', '"PUT"'),
                               "body_without_meta", "signature_invalid", ["payment"]))
    cases.append(response_case("auto_finds_body_without_meta", '{"meta":%s,"payment":%s,"links":%s}' % (meta % s_wm, PAYMENT, LINKS),
                               "auto", "verified", ["payment"], "auto tries every reading"))
    cases[-1]["reported_scope"] = "body_without_meta"
    unsigned_body = '{"meta":{"ret_code":"0000","ret_msg":"success"},"payment":%s}' % PAYMENT
    s_body = sign(key, unsigned_body.encode())
    signed_body = unsigned_body.replace('"success"}', '"success","sign":"%s"}' % s_body)
    cases.append(response_case("valid_body_without_sign", signed_body, "body_without_sign", "verified", ["payment"]))
    cases.append(response_case("body_without_sign_tampered_meta", signed_body.replace('"0000"', '"0001"'),
                               "body_without_sign", "signature_invalid", ["payment"]))
    # A meta-only response: the signature covers meta without its sign member.
    meta_only = '{"ret_code":"0000","ret_msg":"success"}'
    s_meta = sign(key, meta_only.encode())
    meta_only_signed = '{"meta":{"ret_code":"0000","ret_msg":"success","sign":"%s"}}' % s_meta
    cases.append(response_case("valid_meta_only", meta_only_signed, "primary_result", "verified", []))
    cases.append(response_case("meta_only_replayed_onto_error", meta_only_signed.replace('"0000"', '"00060780"'),
                               "primary_result", "signature_invalid", [],
                               "a meta-only signature cannot be moved onto another ret_code"))
    # The reconciliation statement is a top-level array (004:L3268).
    recon = '{"settle_date":"20240101","payment_summaries":[]}'
    s_recon = sign(key, recon.encode())
    cases.append(response_case(
        "valid_top_level_array",
        '[{"pagination":{"total_count":"0"},"meta":{"ret_code":"0000","ret_msg":"ok","sign":"%s"},"reconciliations":%s}]'
        % (s_recon, recon), "primary_result", "verified", ["reconciliations"]))
    return cases


NOTIFICATIONS = {
    "payment": ('{"meta":{"ret_code":"0000","ret_msg":["SUCCESS"]},"payment":{"id":"PAY_GM3TAOJRGYYDONJVGY3TGMRUGUZDAMJXGA4TCNOZ",'
                '"payer":{"bank_code":"","payer_info":{"payer_agreement":{"gate_id":"","last_four_cardid":"",'
                '"usr_pay_agreement_id":"","usr_busi_agreement_id":""}}},"order":{"mer_reference_id":"54bec7906fa88c72ba3597a7",'
                '"mer_date":"20170915","amount":{"total":"0.01","currency":"CNY","total_cny":"0.01"},"mer_priv":""},'
                '"state":"TRADE_SUCCESS","settle_date":"20170916","execute_success_time":"20170916"},'
                '"links":[{"href":"https://fx.soopay.net/cberest/v1/payments/payment/PAY_GM3TAOJRGYYDONJVGY3TGMRUGUZDAMJXGA4TCNOZ",'
                '"ref":"self","method":"GET"}]}'),
    "refund": ('{"meta": {"ret_code": "0000","ret_msg": ["SUCCESS"]},"refund": {"id": "REFUND_KRCC2V2NKMZDAMJZGEZDENZUGAZDMMJQG4ZC2NJRHEYTEMBRHEYTEMRXCM",'
               '"refund_info": {"mer_reference_id": "WMS2019122740261072","mer_date": "20191227","amount": {"total": "0.02",'
               '"currency": "CNY","total_cny": "2"}},"state": "REFUND_SUCCESS"},"links": [{"href": '
               '"https://fx.soopay.net/cberest/v1/payments/refund/REFUND_KRCC2V2NKMZDAMJZGEZDENZUGAZDMMJQG4ZC2NJRHEYTEMBRHEYTEMRXCM",'
               '"ref": "self","method": "GET"}]}'),
    "customs_declaration": ('{"meta":{"ret_code":"0000","ret_msg":["SUCCESS"]},"customs_declaration":{"id":"CUST_GQ2DSNZRGI3DQNRRG4",'
                            '"state":"SUCCESS","customs_clearance_date":"20240102","customs_id":"NB",'
                            '"sub_order":{"mer_sub_reference_id":"SUB-1"}}}'),
}
EXPECTED = {
    "payment": ("payment", "PAY_GM3TAOJRGYYDONJVGY3TGMRUGUZDAMJXGA4TCNOZ", "TRADE_SUCCESS"),
    "refund": ("refund", "REFUND_KRCC2V2NKMZDAMJZGEZDENZUGAZDMMJQG4ZC2NJRHEYTEMBRHEYTEMRXCM", "REFUND_SUCCESS"),
    "customs_declaration": ("customs_declaration", "CUST_GQ2DSNZRGI3DQNRRG4", "SUCCESS"),
}


def make_notifications():
    key = "umf_1024_pkcs8.pem"
    out = []
    for name, body in NOTIFICATIONS.items():
        sig = sign(key, body.encode())
        kind, oid, state = EXPECTED[name]
        out.append({"name": f"valid_{name}", "body": body, "signature": sig, "expect": "verified",
                    "kind": kind, "id": oid, "state": state,
                    "idempotency_key": f"{kind}:{oid}:{state}"})
    pay = NOTIFICATIONS["payment"]
    sig = sign(key, pay.encode())
    bad = [
        ("tampered_state", pay.replace("TRADE_SUCCESS", "TRADE_CLOSED"), sig, "signature_invalid"),
        ("tampered_amount", pay.replace('"0.01","currency"', '"9.01","currency"'), sig, "signature_invalid"),
        ("added_whitespace", pay + " ", sig, "signature_invalid"),
        ("wrong_key", pay, sign("merchant_1024_pkcs8.pem", pay.encode()), "signature_invalid"),
        ("other_body_signature", pay, sign(key, NOTIFICATIONS["refund"].encode()), "signature_invalid"),
        ("truncated_signature", pay, sig[:-8], "signature_malformed"),
        ("non_base64_signature", pay, "%%%" + sig[3:], "signature_malformed"),
        ("missing_signature", pay, "", "signature_missing"),
        ("empty_body", "", sig, "notification_malformed"),
    ]
    for name, body, s, code in bad:
        out.append({"name": name, "body": body, "signature": s, "expect": code})
    # Well signed but not a notification the SDK knows: signature checked first, then the shape.
    odd = '{"meta":{"ret_code":"0000","ret_msg":["SUCCESS"]},"something":{"id":"X"}}'
    out.append({"name": "unknown_object", "body": odd, "signature": sign(key, odd.encode()),
                "expect": "notification_malformed"})
    dup = '{"meta":{"ret_code":"0000"},"payment":{"id":"PAY_A","state":"TRADE_FAIL"},"payment":{"id":"PAY_A","state":"TRADE_SUCCESS"}}'
    out.append({"name": "duplicate_member", "body": dup, "signature": sign(key, dup.encode()),
                "expect": "notification_malformed"})
    return out


def main():
    os.makedirs(KEYS, exist_ok=True)
    keys = []
    for role in ("merchant", "umf"):
        for bits in (1024, 2048):
            keys += make_rsa_set(role, bits)
    kdf_bad, kdf_good = make_kdf_keys()
    manifest = {
        "about": "Shared test vectors, generated by tests/vectors/generate.py with "
                 + openssl("version").decode().strip() + ". Every suite reads this file.",
        "passphrase": PASSPHRASE,
        "keys": keys,
        "bad_keys": make_bad_keys() + kdf_bad,
        "kdf_keys_within_caps": kdf_good,
        "signatures": make_signatures(),
        "responses": {"umf_public_key": "umf_1024_spki.pem", "cases": make_responses()},
        "notifications": {"umf_public_key": "umf_1024_cert.pem", "cases": make_notifications()},
    }
    with open(os.path.join(HERE, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(keys)} keys, {len(manifest['bad_keys'])} bad keys, "
          f"{len(manifest['signatures'])} signatures, {len(manifest['responses']['cases'])} responses, "
          f"{len(manifest['notifications']['cases'])} notifications")


if __name__ == "__main__":
    if sys.argv[1:] == ["kdf"]:
        update_kdf_keys()
    else:
        main()

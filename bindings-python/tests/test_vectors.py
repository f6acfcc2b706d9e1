"""The shared vectors of tests/vectors (made by OpenSSL), asserted by error code, as the Rust
suite (core/tests/vectors.rs) asserts them."""

from __future__ import annotations

import base64
import errno
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import pytest
import umf
from conftest import key_path


def load(entry: dict[str, Any], source: Any) -> Any:
    if entry["kind"] in ("rsa_private_key", "encrypted_private_key"):
        return umf.PrivateKey.load(source, entry.get("passphrase"))
    return umf.PublicKey.load(source)


def test_every_key_file_loads_with_its_size_format_and_fingerprint(
    manifest: dict[str, Any],
) -> None:
    keys = manifest["keys"]
    assert len(keys) == 60
    for entry in keys:
        key = load(entry, key_path(entry["file"]))
        assert key.bits == entry["bits"], entry["file"]
        assert key.fingerprint == entry["fingerprint"], entry["file"]
        assert key.container == entry["container"], entry["file"]
        assert key.encoding == entry["encoding"], entry["file"]


def test_every_key_file_loads_from_str_path_bytes_and_text(manifest: dict[str, Any]) -> None:
    for entry in manifest["keys"]:
        path = key_path(entry["file"])
        data = path.read_bytes()
        sources = [str(path), path, data, bytearray(data), memoryview(data)]
        if entry["encoding"] != "der":
            sources.append(data.decode("ascii"))  # PEM or base64 text pasted into config
        for source in sources:
            assert load(entry, source).fingerprint == entry["fingerprint"], (
                entry["file"],
                type(source),
            )


def test_explicit_constructors_never_guess(manifest: dict[str, Any]) -> None:
    entry = next(k for k in manifest["keys"] if k["file"] == "merchant_1024_pkcs8.pem")
    path = key_path(entry["file"])
    assert umf.PrivateKey.from_file(path).fingerprint == entry["fingerprint"]
    assert umf.PrivateKey.from_bytes(path.read_bytes()).fingerprint == entry["fingerprint"]
    # from_bytes treats a str as key text, so a path is not a key.
    with pytest.raises(umf.KeyFormatError) as e:
        umf.PrivateKey.from_bytes(str(path))
    assert e.value.code == "key_invalid"


def test_inspect_describes_every_key_file(manifest: dict[str, Any]) -> None:
    for entry in manifest["keys"]:
        info = umf.inspect_key(key_path(entry["file"]), entry.get("passphrase"))
        assert info.kind == entry["kind"], entry["file"]
        assert info.container == entry["container"]
        assert info.encoding == entry["encoding"]
        assert info.bits == entry["bits"]
        assert info.fingerprint == entry["fingerprint"]
    encrypted = umf.inspect_key(key_path("merchant_1024_pkcs8_encrypted.pem"))
    assert (encrypted.kind, encrypted.bits, encrypted.fingerprint) == (
        "encrypted_private_key",
        None,
        None,
    )


def test_every_bad_key_file_fails_with_its_code(manifest: dict[str, Any]) -> None:
    for entry in manifest["bad_keys"]:
        path = key_path(entry["file"])
        with pytest.raises(umf.KeyFormatError) as e:
            if entry["wanted"] == "private":
                umf.PrivateKey.load(path, entry.get("passphrase"))
            else:
                umf.PublicKey.load(path)
        assert e.value.code == entry["error"], entry["file"]
        assert isinstance(e.value, umf.UmfError)


def test_a_missing_key_file_is_key_file_not_found(tmp_path: Path) -> None:
    missing = tmp_path / "keys" / "merchant.pem"
    relative = "no-such-dir/umf.crt"
    attempts: list[tuple[str, Callable[[], object]]] = [
        (str(missing), lambda: umf.PrivateKey.load(missing)),
        (str(missing), lambda: umf.PrivateKey.load(str(missing))),
        (str(missing), lambda: umf.PrivateKey.from_file(missing)),
        ("/nonexistent/umf.crt", lambda: umf.PublicKey.from_file("/nonexistent/umf.crt")),
        (relative, lambda: umf.PublicKey.load(relative)),
        ("merchant.p8", lambda: umf.inspect_key("merchant.p8")),
        ("umf.crt", lambda: umf.Client("https://umf.test/v1", umf_public_key="umf.crt")),
        ("./merchant", lambda: umf.PrivateKey.load("./merchant")),
    ]
    for path, attempt in attempts:
        with pytest.raises(umf.KeyFileNotFoundError) as e:
            attempt()
        assert e.value.code == "key_file_not_found", path
        assert str(e.value) == f"key file not found: {path}"
        # Also what Python code already catches for a missing file.
        assert isinstance(e.value, FileNotFoundError) and isinstance(e.value, umf.KeyFormatError)
        assert (e.value.errno, e.value.filename) == (errno.ENOENT, path)
    # Text that does not read as a path stays key text: `key_invalid`, never echoed.
    for text in ("merchant", "cs-hygiene 7Hq2xW9 secret", "x" * 300 + ".pem"):
        with pytest.raises(umf.KeyFormatError) as invalid:
            umf.PrivateKey.load(text)
        assert invalid.value.code == "key_invalid" and text not in str(invalid.value), text


def test_signatures_match_openssl_byte_for_byte(manifest: dict[str, Any]) -> None:
    assert manifest["signatures"]
    for v in manifest["signatures"]:
        key = umf.PrivateKey.load(key_path(v["key"]))
        body = base64.b64decode(v["body_b64"])
        assert key.sign(body) == v["signature"], v["name"]
        public = umf.PublicKey.load(key_path(v["public_key"]))
        public.verify(body, v["signature"])
        with pytest.raises(umf.SignatureError) as e:
            public.verify(body + b" ", v["signature"])
        assert e.value.code == "signature_invalid"


def test_signed_responses_and_their_tampered_twins(manifest: dict[str, Any]) -> None:
    r = manifest["responses"]
    key = umf.PublicKey.load(key_path(r["umf_public_key"]))
    assert len(r["cases"]) >= 20
    for c in r["cases"]:
        policy: Literal["strict", "if_present"] = (
            "strict" if c.get("policy") == "strict" else "if_present"
        )
        outcome: str
        try:
            v = umf.verify_response(
                c["body"].encode("utf-8"),
                key,
                policy=policy,
                scope=c["scope"],
                result_keys=c["result_keys"],
            )
            outcome = v.status
            # `auto` reports the reading that verified.
            reported = c.get("reported_scope") if v.status == "verified" else None
            assert v.scope == (reported or c["scope"])
            assert v.is_verified == (v.status == "verified")
        except umf.UmfError as e:
            outcome = e.code
        assert outcome == c["expect"], c["name"]


def test_notifications_and_their_tampered_twins(manifest: dict[str, Any]) -> None:
    n = manifest["notifications"]
    key = umf.PublicKey.load(key_path(n["umf_public_key"]))
    for c in n["cases"]:
        try:
            note = umf.verify_notification(
                c["signature"], c["body"].encode("utf-8"), umf_public_key=key
            )
        except umf.UmfError as e:
            assert e.code == c["expect"], c["name"]
            continue
        assert c["expect"] == "verified", c["name"]
        assert note.kind == c["kind"]
        assert note.id == c["id"]
        assert note.state == c["state"]
        assert note.idempotency_key == c["idempotency_key"]

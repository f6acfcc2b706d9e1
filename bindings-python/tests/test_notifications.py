"""Notifications: typed, verified before reading, and the acknowledgement to send."""

from __future__ import annotations

import json
from typing import Any

import pytest
import umf
from conftest import key_path


def case(manifest: dict[str, Any], name: str) -> dict[str, Any]:
    return next(c for c in manifest["notifications"]["cases"] if c["name"] == name)


@pytest.fixture(scope="module")
def umf_key(manifest: dict[str, Any]) -> umf.PublicKey:
    return umf.PublicKey.load(key_path(manifest["notifications"]["umf_public_key"]))


def test_payment_notification_is_typed(manifest: dict[str, Any], umf_key: umf.PublicKey) -> None:
    c = case(manifest, "valid_payment")
    note = umf.verify_notification(c["signature"], c["body"].encode(), umf_public_key=umf_key)
    assert note.kind == "payment" and note.refund is None and note.customs_declaration is None
    assert note.payment == note.object
    assert note.object["id"] == note.id
    assert note.object["order"]["amount"]["total"] == "0.01", "amounts stay strings"
    assert note.meta["ret_code"] == "0000"
    assert note.links[0]["ref"] == "self"
    assert note.object is not note.object, "each access is a new dict"


def test_refund_and_customs(manifest: dict[str, Any], umf_key: umf.PublicKey) -> None:
    refund = case(manifest, "valid_refund")
    note = umf.verify_notification(refund["signature"], refund["body"], umf_key)
    assert note.kind == "refund" and note.refund is not None and note.payment is None
    customs = case(manifest, "valid_customs_declaration")
    encryptor = umf.CardEncryptor(umf_key)
    note = encryptor.verify_notification(customs["signature"], customs["body"].encode())
    assert note.kind == "customs_declaration" and note.customs_declaration == note.object


def test_a_missing_header_is_signature_missing(
    manifest: dict[str, Any], umf_key: umf.PublicKey
) -> None:
    c = case(manifest, "valid_payment")
    for signature in (None, "", "  "):
        with pytest.raises(umf.SignatureError) as e:
            umf.verify_notification(signature, c["body"].encode(), umf_key)
        assert e.value.code == "signature_missing"


def test_acknowledgements(
    manifest: dict[str, Any], umf_key: umf.PublicKey, merchant_key: umf.PrivateKey
) -> None:
    c = case(manifest, "valid_payment")
    note = umf.verify_notification(c["signature"], c["body"].encode(), umf_key)

    ack = note.acknowledgement()
    assert ack.status == 200 and ack.content_type == "application/json"
    assert json.loads(ack.body) == {"meta": {"ret_code": "0000", "ret_msg": "SUCCESS"}}
    assert [name for name, _ in ack.headers] == ["Content-Type"], "unsigned by default"

    with_id = json.loads(note.acknowledgement(format="json_with_id").body)
    assert with_id["payment"] == {"id": c["id"]}
    form = note.acknowledgement(format="form")
    assert form.body == b"ret_code=0000&ret_msg=SUCCESS"
    assert form.content_type == "application/x-www-form-urlencoded"

    signed = note.acknowledgement(sign_with=merchant_key)
    signature = dict(signed.headers)["Signature"]
    merchant_key.public_key.verify(signed.body, signature)

    with pytest.raises(ValueError, match="format"):
        note.acknowledgement(format="xml")  # type: ignore[arg-type]


def test_response_verification_options(manifest: dict[str, Any]) -> None:
    r = manifest["responses"]
    key = umf.PublicKey.load(key_path(r["umf_public_key"]))
    unsigned = next(c for c in r["cases"] if c["name"] == "unsigned")
    off = umf.verify_response(unsigned["body"], key, policy="off")
    assert off.status == "not_checked" and not off.is_verified and off.covered == []
    valid = next(c for c in r["cases"] if c["name"] == "valid_primary")
    v = umf.CardEncryptor(key).verify_response(valid["body"].encode(), result_keys=("payment",))
    assert v.is_verified and v.covered == ["payment"]
    with pytest.raises(ValueError, match="policy"):
        umf.verify_response(valid["body"], key, policy="lenient")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="scope"):
        umf.verify_response(valid["body"], key, scope="everything")  # type: ignore[arg-type]

"""umf.testing: the sandbox's public test keys and signed test notifications, from the package."""

from __future__ import annotations

import json
import subprocess
import time

import pytest
import umf
import umf.testing as umf_testing
from conftest import key_path
from sandbox_harness import UMF_BIN, Sandbox, card_payment, inbox, qr_payment, reference
from umf.http import UmfClient

# A notify_url on loopback: the payment is never completed, so nothing is posted there.
NO_ONE_LISTENS = "http://127.0.0.1:9/umf/notify"


def test_the_test_keys_are_the_vectors_the_sandbox_starts_with() -> None:
    assert umf_testing.MERCHANT_PRIVATE_KEY_PEM == key_path("merchant_1024_pkcs8.pem").read_text()
    assert umf_testing.UMF_CERTIFICATE_PEM == key_path("umf_1024_cert.pem").read_text()
    assert umf_testing.UMF_PRIVATE_KEY_PEM == key_path("umf_1024_pkcs8.pem").read_text()
    assert umf_testing.umf_private_key().public_key == umf_testing.umf_public_key()

    printed = json.loads(
        subprocess.run(
            [str(UMF_BIN), "sandbox", "--print-test-keys"], check=True, capture_output=True
        ).stdout
    )
    assert printed["merchant_private_key_pem"] == umf_testing.MERCHANT_PRIVATE_KEY_PEM
    assert printed["umf_public_key_pem"] == umf_testing.UMF_CERTIFICATE_PEM
    assert printed["umf_private_key_pem"] == umf_testing.UMF_PRIVATE_KEY_PEM
    assert (printed["client_id"], printed["client_secret"]) == (
        umf_testing.CLIENT_ID,
        umf_testing.CLIENT_SECRET,
    )
    assert printed["umf_public_key_fingerprint"] == umf_testing.umf_public_key().fingerprint
    assert printed["merchant_public_key_fingerprint"] == umf_testing.merchant_key().fingerprint
    # The key a rotation switches to, as the sandbox prints it.
    assert printed["umf_next_public_key_pem"] == umf_testing.UMF_NEXT_CERTIFICATE_PEM
    assert (
        printed["umf_next_public_key_fingerprint"] == umf_testing.umf_next_public_key().fingerprint
    )
    assert umf_testing.umf_next_public_key() != umf_testing.umf_public_key()


def test_a_payment_with_nothing_but_the_package(sandbox_process: Sandbox) -> None:
    client = UmfClient(
        base_url=sandbox_process.base_url,
        credentials=umf_testing.credentials(),
        umf_public_key=umf_testing.UMF_CERTIFICATE_PEM,
        merchant_key=umf_testing.MERCHANT_PRIVATE_KEY_PEM,
        verify_policy="strict",
    )
    with client:
        created = client.create_payment(card_payment(reference("PY-TK"), "12.00", NO_ONE_LISTENS))
        assert created.verification.is_verified
        assert created.result["state"] == "WAIT_BUYER_PAY"


def test_a_signed_notification_is_what_the_sandbox_sends(sandbox_process: Sandbox) -> None:
    # A real delivery, byte for byte: the helper rebuilds the same body from its payment.
    client = UmfClient(
        base_url=sandbox_process.base_url,
        credentials=umf_testing.credentials(),
        umf_public_key=umf_testing.umf_public_key(),
        merchant_key=umf_testing.merchant_key(),
    )
    with client, inbox(client.verify_notification) as box:
        payment_id = client.create_payment(qr_payment(reference("PY-TN"), box.url)).result["id"]
        sandbox_process.complete(payment_id)  # the customer scans and pays
        box.wait_for("payment", payment_id)
        deadline = time.monotonic() + 5
        while not box.raw and time.monotonic() < deadline:
            time.sleep(0.02)
        headers, delivered = box.raw[0]
    sent = json.loads(delivered)
    ours = umf_testing.signed_notification(
        "payment", sent["payment"], base_url=sandbox_process.base_url
    )
    assert ours.body == delivered
    # RSASSA-PKCS1-v1_5 is deterministic: the same key over the same bytes, the same header.
    sent_headers = {name.lower(): value for name, value in headers.items()}
    assert ours.signature == sent_headers["signature"]
    assert ours.headers == {"Content-Type": "application/json", "Signature": ours.signature}


@pytest.mark.parametrize("kind", ["payment", "refund", "customs_declaration"])
def test_signed_notifications_verify_and_tampered_ones_do_not(kind: str) -> None:
    resource = {"id": "OBJ_1", "state": "SUCCESS", "amount": {"total": "1.00", "currency": "USD"}}
    note = umf_testing.signed_notification(kind, resource)  # type: ignore[arg-type]
    parsed = umf.verify_notification(note.signature, note.body, umf_testing.umf_public_key())
    assert (parsed.kind, parsed.id, parsed.idempotency_key) == (
        kind,
        "OBJ_1",
        f"{kind}:OBJ_1:SUCCESS",
    )

    tampered = note.body.replace(b"1.00", b"9.00")
    with pytest.raises(umf.SignatureError):
        umf.verify_notification(note.signature, tampered, umf_testing.umf_public_key())
    # Signed by another key (the merchant's), it is not UMF's.
    forged = umf_testing.signature_header(note.body, umf_testing.merchant_key())
    with pytest.raises(umf.SignatureError):
        umf.verify_notification(forged, note.body, umf_testing.umf_public_key())


def test_a_notification_needs_a_known_kind_and_an_id() -> None:
    with pytest.raises(ValueError, match="kind"):
        umf_testing.signed_notification("order", {"id": "X"})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="id"):
        umf_testing.signed_notification("payment", {"state": "TRADE_SUCCESS"})

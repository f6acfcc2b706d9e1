"""How long `umf.Client.prepare("create_payment", ...)` takes, against the same work written by
hand with the `cryptography` package (OpenSSL): serialise the body, encrypt the five card
fields with RSAES-PKCS1-v1_5, sign with SHA256withRSA. A benchmark, not a test: it prints the
figures and their ratio at 1024 and 2048 bits. Run by scripts/bench-python.sh.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import platform
import statistics
import time
from pathlib import Path
from typing import Any, Callable

import cryptography
import umf
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

KEYS = (
    Path(os.environ.get("UMF_VECTORS", Path(__file__).resolve().parents[2] / "tests" / "vectors"))
    / "keys"
)
CARD_FIELDS = ("number", "valid_date", "cvv2", "payer_name", "citizen_id_number")


def payment() -> dict[str, Any]:
    """A card payment with the five encrypted card fields of 004 §3.5."""
    return {
        "payer": {
            "payment_method": "CREDIT_CARD",
            "interface_type": "SERVER_TO_SERVER",
            "business_type": "B2C",
            "payer_info": {
                "bank_card": {
                    "number": "6222020000000001234",
                    "valid_date": "2612",
                    "cvv2": "123",
                    "payer_name": "ZHANG SAN",
                    "phone": "13800000000",
                    "citizen_id_type": "IDENTITY_CARD",
                    "citizen_id_number": "110101199001011234",
                }
            },
        },
        "order": {
            "mer_reference_id": "ORDER-20240101-0001",
            "mer_date": "20240101",
            "amount": {"total": "100.00", "currency": "USD"},
            "sub_orders": [
                {
                    "mer_sub_reference_id": "ORDER-20240101-0001-S1",
                    "trans_code": "01122030",
                    "amount": {"total": "100.00", "currency": "USD"},
                    "items": [
                        {
                            "mer_item_id": "I-1",
                            "type": "FOOD",
                            "name": "tea",
                            "quantity": "1",
                            "amount": {"total": "100.00", "currency": "USD"},
                        }
                    ],
                }
            ],
        },
        "notify_url": "https://shop.example/umf/notify",
        "risk_info": {"trans_type": "02"},
    }


def by_hand(merchant: rsa.RSAPrivateKey, umf_key: rsa.RSAPublicKey) -> Callable[[], bytes]:
    """The same request written with `cryptography`: no validation, no field table."""

    def prepare() -> bytes:
        body = payment()
        card = body["payer"]["payer_info"]["bank_card"]
        for field in CARD_FIELDS:
            ciphertext = umf_key.encrypt(card[field].encode(), padding.PKCS1v15())
            card[field] = base64.b64encode(ciphertext).decode()
        raw = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
        signature = merchant.sign(raw, padding.PKCS1v15(), hashes.SHA256())
        base64.b64encode(signature)
        return raw

    return prepare


def per_call(work: Callable[[], object], budget: float) -> float:
    """CPU seconds per call: the median of 7 runs, each as many calls as fit in `budget`/7.

    The thread's CPU time, not wall time, as in the core's criterion benchmark: on a machine
    shared with other work, wall time measures the neighbours.
    """
    clock = time.thread_time
    work()
    start = clock()
    for _ in range(10):
        work()
    once = max((clock() - start) / 10, 1e-7)
    n = max(1, int(budget / 7 / once))
    runs = []
    for _ in range(7):
        start = clock()
        for _ in range(n):
            work()
        runs.append((clock() - start) / n)
    return statistics.median(runs)


def compare(bits: int, seconds: float) -> None:
    """Prints one line per figure at `bits`."""
    merchant_pem = (KEYS / f"merchant_{bits}_pkcs8.pem").read_bytes()
    umf_pem = (KEYS / f"umf_{bits}_spki.pem").read_bytes()
    client = umf.Client(umf.SANDBOX_BASE_URL, umf_public_key=umf_pem, merchant_key=merchant_pem)
    merchant = serialization.load_pem_private_key(merchant_pem, password=None)
    umf_key = serialization.load_pem_public_key(umf_pem)
    assert isinstance(merchant, rsa.RSAPrivateKey) and isinstance(umf_key, rsa.RSAPublicKey)
    ours_key, ours_public = umf.PrivateKey.load(merchant_pem), umf.PublicKey.load(umf_pem)
    body = payment()
    message = b"x" * 900
    our_signature = ours_key.sign(message)
    merchant_public = merchant.public_key()
    their_signature = merchant.sign(message, padding.PKCS1v15(), hashes.SHA256())
    rows = [
        (
            "prepare(create_payment)",
            lambda: client.prepare("create_payment", body),
            by_hand(merchant, umf_key),
        ),
        (
            "  of which: sign",
            lambda: ours_key.sign(message),
            lambda: merchant.sign(message, padding.PKCS1v15(), hashes.SHA256()),
        ),
        (
            "verify (responses, notifications)",
            lambda: ours_key.public_key.verify(message, our_signature),
            lambda: merchant_public.verify(
                their_signature, message, padding.PKCS1v15(), hashes.SHA256()
            ),
        ),
        (
            "  of which: encrypt one field",
            lambda: ours_public.encrypt_to_base64("6222020000000001234"),
            lambda: umf_key.encrypt(b"6222020000000001234", padding.PKCS1v15()),
        ),
    ]
    for name, ours, theirs in rows:
        a, b = per_call(ours, seconds), per_call(theirs, seconds)
        print(f"{bits:>5} {name:<34} {a * 1e6:>8.0f}µs {b * 1e6:>11.0f}µs {a / b:>6.1f}×")


def openssl_version() -> str:
    """The OpenSSL `cryptography` links, as it reports it."""
    from cryptography.hazmat.backends.openssl.backend import backend

    return str(backend.openssl_version_text())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time budget per figure")
    args = parser.parse_args()
    print(
        f"umf-sdk {umf.__version__} (Rust core) vs cryptography {cryptography.__version__} "
        f"(OpenSSL), CPython {platform.python_version()}, {platform.machine()}"
    )
    # The library doing umf's RSA arithmetic: OpenSSL, vendored into the wheel.
    print(f"umf RSA backend: {umf._native.RSA_BACKEND}; cryptography: {openssl_version()}")
    print(f"{'bits':>5} {'work':<34} {'umf':>10} {'cryptography':>13} {'ratio':>7}")
    for bits in (1024, 2048):
        compare(bits, args.seconds)


if __name__ == "__main__":
    main()

"""The cross-language benchmark's workloads (core/examples/bench_fixtures.rs defines them) in
Python: the `umf` package against the same work written by hand with `cryptography` (OpenSSL),
both measured in this run. A benchmark, not a test: scripts/bench.sh runs it with the fixtures
directory as its argument, and collects the `BENCH|...` lines it prints.

Iteration policy (the same in every language): each contender is warmed up for
BENCH_WARMUP_MS, then BENCH_ROUNDS rounds of BENCH_ROUND_MS each alternate between the SDK and
the baseline (so load from elsewhere falls on both alike); a round's figure is its mean time
per call, and the median round is reported.
"""

from __future__ import annotations

import base64
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

import cryptography
import umf
from cryptography.hazmat.backends.openssl.backend import backend as openssl
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

WARMUP_MS = float(os.environ.get("BENCH_WARMUP_MS", 500))
ROUND_MS = float(os.environ.get("BENCH_ROUND_MS", 300))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", 7))

PKCS1 = padding.PKCS1v15()
SHA256 = hashes.SHA256()


def per_call(work: Callable[[], object], ms: float) -> float:
    """Calls `work` for `ms` milliseconds; seconds per call."""
    n = 0
    start = time.perf_counter()
    end = start + ms / 1000
    now = start
    while now < end:
        work()
        n += 1
        now = time.perf_counter()
    return (now - start) / n


def measure(ours: Callable[[], object], theirs: Callable[[], object]) -> tuple[float, float]:
    """Median seconds per call of each, rounds alternating."""
    per_call(ours, WARMUP_MS)
    per_call(theirs, WARMUP_MS)
    a, b = [], []
    for _ in range(ROUNDS):
        a.append(per_call(ours, ROUND_MS))
        b.append(per_call(theirs, ROUND_MS))
    return statistics.median(a), statistics.median(b)


class Fixtures:
    """target/bench/fixtures, as written by the bench_fixtures example."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.manifest: dict[str, Any] = json.loads((root / "manifest.json").read_text())
        self.keys = Path(self.manifest["keys_dir"])

    def read(self, name: str) -> bytes:
        return (self.root / name).read_bytes()

    def pem(self, name: str) -> bytes:
        return (self.keys / name).read_bytes()

    def private(self, bits: int) -> tuple[umf.PrivateKey, rsa.RSAPrivateKey]:
        pem = self.pem(f"merchant_{bits}_pkcs8.pem")
        theirs = serialization.load_pem_private_key(pem, password=None)
        assert isinstance(theirs, rsa.RSAPrivateKey)
        return umf.PrivateKey.load(pem), theirs

    def public(self, bits: int) -> tuple[umf.PublicKey, rsa.RSAPublicKey]:
        pem = self.pem(f"umf_{bits}_spki.pem")
        theirs = serialization.load_pem_public_key(pem)
        assert isinstance(theirs, rsa.RSAPublicKey)
        return umf.PublicKey.load(pem), theirs


Workload = tuple[str, Callable[[], object], Callable[[], object]]


def key_workloads(fx: Fixtures, bits: int) -> list[Workload]:
    message = fx.read(fx.manifest["message"])
    signature = fx.manifest["signatures"][str(bits)]
    card = fx.manifest["card_number"]
    ours_private, theirs_private = fx.private(bits)
    ours_public, theirs_public = fx.public(bits)
    raw_signature = base64.b64decode(signature)
    # PKCS#1 v1.5 signatures are deterministic: both must give the same one.
    assert (
        ours_private.sign(message)
        == base64.b64encode(theirs_private.sign(message, PKCS1, SHA256)).decode()
    )
    return [
        (
            f"sign-{bits}",
            lambda: ours_private.sign(message),
            lambda: base64.b64encode(theirs_private.sign(message, PKCS1, SHA256)),
        ),
        (
            f"verify-{bits}",
            lambda: ours_public.verify(message, signature),
            lambda: theirs_public.verify(raw_signature, message, PKCS1, SHA256),
        ),
        (
            f"encrypt-{bits}",
            lambda: ours_public.encrypt_to_base64(card),
            lambda: base64.b64encode(theirs_public.encrypt(card.encode(), PKCS1)),
        ),
    ]


def prepare_workload(fx: Fixtures, client: umf.Client) -> Workload:
    spec = fx.manifest["create_payment"]
    text = fx.read(spec["file"])
    paths = [path.split(".") for path in spec["encrypted_paths"]]
    bits = fx.manifest["umf_bits"]
    _, merchant = fx.private(bits)
    _, umf_key = fx.public(bits)

    def by_hand() -> tuple[bytes, bytes]:
        body = json.loads(text)
        for *parents, leaf in paths:
            node = body
            for name in parents:
                node = node[name]
            ciphertext = umf_key.encrypt(node[leaf].encode(), PKCS1)
            node[leaf] = base64.b64encode(ciphertext).decode()
        raw = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
        return raw, base64.b64encode(merchant.sign(raw, PKCS1, SHA256))

    # Both start from the JSON text, so neither is handed a parsed body the other lacks.
    return (
        "prepare-create_payment",
        lambda: client.prepare("create_payment", json.loads(text)),
        by_hand,
    )


def statement_workload(fx: Fixtures, client: umf.Client) -> Workload:
    spec = fx.manifest["statement"]
    raw = fx.read(spec["file"])
    start, end = spec["signed"]
    _, umf_key = fx.public(fx.manifest["umf_bits"])
    response = umf.HttpResponse(200, [("Content-Type", "application/json;charset=UTF-8")], raw)
    assert client.parse(spec["operation"], response).verification.is_verified

    def by_hand() -> object:
        body = json.loads(raw)
        signature = base64.b64decode(body[0]["meta"]["sign"])
        umf_key.verify(signature, raw[start:end], PKCS1, SHA256)
        return body

    return (
        "verify-statement-20k",
        lambda: client.parse(spec["operation"], response),
        by_hand,
    )


def notification_workload(fx: Fixtures, client: umf.Client) -> Workload:
    spec = fx.manifest["notification"]
    raw = fx.read(spec["file"])
    signature = spec["signature"]
    raw_signature = base64.b64decode(signature)
    _, umf_key = fx.public(fx.manifest["umf_bits"])

    def by_hand() -> object:
        umf_key.verify(raw_signature, raw, PKCS1, SHA256)
        return json.loads(raw)

    return (
        "verify-notification",
        lambda: client.verify_notification(signature, raw),
        by_hand,
    )


def main() -> None:
    fx = Fixtures(Path(sys.argv[1]))
    bits = fx.manifest["umf_bits"]
    client = umf.Client(
        umf.SANDBOX_BASE_URL,
        umf_public_key=fx.pem(f"umf_{bits}_spki.pem"),
        merchant_key=fx.pem(f"merchant_{bits}_pkcs8.pem"),
        verify_policy="strict",
    )
    workloads = [
        *key_workloads(fx, 1024),
        *key_workloads(fx, 2048),
        prepare_workload(fx, client),
        statement_workload(fx, client),
        notification_workload(fx, client),
    ]
    baseline = f"cryptography {cryptography.__version__} ({openssl.openssl_version_text()})"
    print(
        f"python: umf-sdk {umf.__version__} vs {baseline}, CPython {platform.python_version()}, "
        f"warm-up {WARMUP_MS:.0f} ms, median of {ROUNDS} rounds of {ROUND_MS:.0f} ms"
    )
    print(f"{'workload':<24} {'umf':>10} {'cryptography':>13} {'ratio':>7}")
    lines = []
    for name, ours, theirs in workloads:
        a, b = measure(ours, theirs)
        print(f"{name:<24} {a * 1e6:>8.1f}µs {b * 1e6:>11.1f}µs {a / b:>6.2f}×", flush=True)
        lines.append(f"BENCH|python|{name}|{a * 1e6:.1f}|{baseline}|{b * 1e6:.1f}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()

"""The SDK's promises, checked through the binding on inputs a seeded generator makes (a new
seed each run, printed on failure): what is reported verified was covered by the signature; no
plaintext sensitive value leaves; every amount is sent as written; no header carries a control
character. The core proves each as a property over every operation; these runs prove the
binding hands the same guarantees through."""

from __future__ import annotations

import json
import os
import random
import string
from typing import Any

import pytest
import umf
from conftest import key_path

SEED = int(os.environ.get("UMF_INVARIANT_SEED", random.randrange(2**32)))
ROUNDS = 150
BASE = "https://uatfx.soopay.net/cberest/v1"


@pytest.fixture(scope="module")
def rng() -> random.Random:
    print(f"\ninvariants: seed {SEED} (UMF_INVARIANT_SEED={SEED} replays it)")
    return random.Random(SEED)


@pytest.fixture(scope="module")
def umf_private() -> umf.PrivateKey:
    return umf.PrivateKey.load(key_path("umf_1024_pkcs8.pem"))


@pytest.fixture(scope="module")
def client() -> umf.Client:
    return umf.Client(
        BASE,
        umf_public_key=umf.PublicKey.load(key_path("umf_1024_cert.pem")),
        merchant_key=umf.PrivateKey.load(key_path("merchant_1024_pkcs8.pem")),
        validate=False,
    )


def token(rng: random.Random, prefix: str = "t") -> str:
    return prefix + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(12))


def amount(rng: random.Random) -> str:
    return f"{rng.randrange(1, 10**9)}.{rng.randrange(100):02d}"


def test_verified_means_covered(
    rng: random.Random, client: umf.Client, umf_private: umf.PrivateKey
) -> None:
    verified = 0
    for _ in range(ROUNDS):
        payment = {
            "id": token(rng, "PAY_"),
            "state": rng.choice(["TRADE_SUCCESS", "TRADE_FAIL", "WAIT_BUYER_PAY"]),
            "order": {"mer_reference_id": token(rng), "amount": {"total": amount(rng)}},
        }
        covered = json.dumps(payment, separators=(",", ":"))
        signature = umf_private.sign(covered)
        meta = f'"ret_code":"0000","ret_msg":"ok","sign":"{signature}"'
        # Members an attacker on the path adds beside the signed one.
        added = {
            name: {"refund_infos": [{"refund_id": token(rng, "REFUND_"), "state": token(rng)}]}
            if name == "refund"
            else [{"href": "https://x/" + token(rng), "rel": token(rng)}]
            if name == "links"
            else {"total_count": rng.randrange(10**6), "forged": token(rng)}
            for name in rng.sample(["refund", "links", "pagination"], rng.randrange(4))
        }
        grown = "".join(f',"{k}":{json.dumps(v, separators=(",", ":"))}' for k, v in added.items())
        body = '{"meta":{' + meta + '},"payment":' + covered + grown + "}"
        answer = client.parse("get_payment_with_refunds", umf.HttpResponse(200, body=body))
        assert answer.verification.is_verified and answer.verification.covered == ["payment"]
        assert set(answer.verification.uncovered) == {"meta", *added}
        result = json.dumps(answer.result, separators=(",", ":"))
        for name, value in added.items():
            for leaf in leaves(value):
                assert leaf not in result, (
                    f"seed {SEED}: uncovered `{leaf}` ({name}) reached the result"
                )
        for leaf in leaves(payment):
            assert leaf in result, f"seed {SEED}: covered `{leaf}` is missing from the result"
        verified += 1
    assert verified == ROUNDS


def leaves(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [leaf for v in value.values() for leaf in leaves(v)]
    if isinstance(value, list):
        return [leaf for v in value for leaf in leaves(v)]
    return [str(value)] if isinstance(value, str) and len(value) > 8 else []


def test_no_plaintext_leaves_and_amounts_and_headers_are_exact(
    rng: random.Random, client: umf.Client
) -> None:
    alphabet = string.ascii_letters + string.digits + "张三李四王五 -'"
    for _ in range(ROUNDS):
        secrets = {
            "number": "".join(rng.choice(string.digits) for _ in range(rng.randrange(12, 20))),
            "valid_date": f"{rng.randrange(1, 13):02d}{rng.randrange(25, 40)}",
            "cvv2": "".join(rng.choice(string.digits) for _ in range(3)),
            "payer_name": "".join(rng.choice(alphabet) for _ in range(rng.randrange(2, 12))).strip()
            or "X",
            "citizen_id_number": "".join(rng.choice(string.digits) for _ in range(18)),
        }
        name = "".join(rng.choice(alphabet) for _ in range(rng.randrange(2, 10))).strip() or "Y"
        total = amount(rng)
        op = rng.choice(["create_payment", "execute_payment", "send_payment_sms"])
        params: dict[str, Any] = {
            "payer": {
                "payment_method": "CREDIT_CARD",
                "payer_info": {"name": name, "bank_card": dict(secrets)},
            },
        }
        if op == "create_payment":
            params["order"] = {"mer_reference_id": token(rng), "amount": {"total": total}}
        else:
            params["payment_id"] = token(rng, "PAY_")
        request = client.prepare(op, params, token=umf.AccessToken.from_parts(token(rng), 2**62))
        body = request.body.decode("utf-8")
        for secret in [*secrets.values(), name]:
            if len(secret) >= 6:  # shorter ones could occur in base64 by chance
                escaped = json.dumps(secret)[1:-1]
                assert secret not in body and escaped not in body and secret not in request.url, (
                    f"seed {SEED}: a sensitive value of {op} left in plaintext"
                )
        if op == "create_payment":
            assert f'"total":"{total}"' in body, f"seed {SEED}: amount {total} not sent as written"
        for header, value in request.headers:
            assert all(0x20 <= ord(c) <= 0x7E for c in header + value), f"seed {SEED}: {header}"

"""The forgery matrix (tests/vectors/forgery.json): every tampered response and notification is
refused by the binding with the same code the core gives, and the untampered ones verify."""

from __future__ import annotations

import json
from typing import Any

import pytest
import umf
from conftest import VECTORS, key_path

with open(VECTORS / "forgery.json", encoding="utf-8") as _f:
    MATRIX: dict[str, Any] = json.load(_f)


@pytest.fixture(scope="module")
def umf_key() -> umf.PublicKey:
    return umf.PublicKey.load(key_path(MATRIX["umf_public_key"]))


def outcome(call: Any) -> str:
    try:
        result = call()
    except umf.UmfError as e:
        return e.code
    return result.status if isinstance(result, umf.Verification) else "verified"


@pytest.mark.parametrize("case", MATRIX["responses"], ids=lambda c: c["name"])
def test_response(case: dict[str, Any], umf_key: umf.PublicKey) -> None:
    got = outcome(
        lambda: umf.verify_response(
            case["body"].encode("utf-8"),
            umf_key,
            policy=case["policy"],
            scope=case["scope"],
            result_keys=case["result_keys"],
        )
    )
    assert got == case["expect"], case["tamper"]


@pytest.mark.parametrize("case", MATRIX["notifications"], ids=lambda c: c["name"])
def test_notification(case: dict[str, Any], umf_key: umf.PublicKey) -> None:
    got = outcome(
        lambda: umf.verify_notification(case["signature"], case["body"].encode("utf-8"), umf_key)
    )
    assert got == case["expect"], case["tamper"]


def test_the_matrix_is_whole(capsys: pytest.CaptureFixture[str]) -> None:
    """Guards against an emptied file, and prints how many cases the binding ran."""
    cases = MATRIX["responses"] + MATRIX["notifications"]
    refused = [c for c in cases if c["expect"] not in ("verified", "unsigned")]
    assert len(MATRIX["responses"]) >= 54 and len(MATRIX["notifications"]) >= 28
    assert len(refused) >= 70
    with capsys.disabled():
        print(
            f"\nforgery matrix (Python): {len(cases)} cases, {len(refused)} refused by code, "
            f"{len(cases) - len(refused)} untampered accepted"
        )

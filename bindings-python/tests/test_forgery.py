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


@pytest.mark.parametrize("case", MATRIX["answers"], ids=lambda c: c["name"])
def test_scope_confusion(case: dict[str, Any], umf_key: umf.PublicKey) -> None:
    """What the signature does not cover never reaches the typed result, and the answer says
    what was covered and what was not."""
    response = umf.HttpResponse(200, body=case["body"].encode("utf-8"))
    try:
        answer = umf.parse_response(
            case["op"], response, umf_key, policy=case["policy"], scope=case["scope"]
        )
    except umf.UmfError as e:
        assert e.code == case["expect"], case["name"]
        return
    assert case["expect"] == "verified" and answer.verification.is_verified, case["name"]
    assert sorted(answer.verification.covered) == sorted(case["covered"])
    assert sorted(answer.verification.uncovered) == sorted(case["uncovered"])
    assert set(answer.uncovered) <= set(case["uncovered"])
    result = json.dumps(answer.result, ensure_ascii=False, separators=(",", ":"))
    for absent in case["absent"]:
        assert absent not in result, absent
    for present in case["present"]:
        assert present in result, present


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
    assert len(MATRIX["answers"]) >= 13
    with capsys.disabled():
        print(
            f"\nforgery matrix (Python): {len(cases)} cases, {len(refused)} refused by code, "
            f"{len(cases) - len(refused)} untampered accepted"
        )

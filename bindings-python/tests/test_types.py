"""The typed surface: a method per operation on both clients, TypedDicts that match what the
core really returns (every example answer of the documents, checked member by member), and
stubs that make a type checker refuse wrong calls."""

from __future__ import annotations

import inspect
import json
import types
import typing
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

import pytest
import umf
import umf.models
from conftest import VECTORS, key_path
from umf._operations import AsyncOperations, SyncOperations
from umf.http import AsyncUmfClient, UmfClient

CALLABLE = [op for op in umf.operations() if op.body_kind != "token"]


def result_type(op_id: str) -> Any:
    """The TypedDict a method's `ApiResponse[...]` names."""
    hints = get_type_hints(getattr(SyncOperations, op_id))
    (result,) = get_args(hints["return"])
    return result


def mismatches(value: Any, tp: Any, path: str = "result") -> list[str]:
    """Where `value` does not fit the static type `tp` (extra dict members are allowed: the
    core keeps members it does not model)."""
    origin = get_origin(tp)
    if tp is Any:
        return []
    if origin is Union or isinstance(tp, types.UnionType):
        tries = [mismatches(value, arg, path) for arg in get_args(tp)]
        return [] if any(not t for t in tries) else [f"{path}: {value!r} is no {tp}"]
    if origin is Literal:
        return [] if value in get_args(tp) else [f"{path}: {value!r} is not one of {tp}"]
    if origin is list:
        if not isinstance(value, list):
            return [f"{path}: {type(value).__name__}, not a list"]
        (item,) = get_args(tp)
        return [m for i, v in enumerate(value) for m in mismatches(v, item, f"{path}[{i}]")]
    if origin is dict:
        return [] if isinstance(value, dict) else [f"{path}: not a dict"]
    if tp is type(None):
        return [] if value is None else [f"{path}: {value!r} is not None"]
    if hasattr(tp, "__required_keys__"):
        if not isinstance(value, dict):
            return [f"{path}: {type(value).__name__}, not {tp.__name__}"]
        hints = get_type_hints(tp)
        found = [f"{path}.{k}: missing" for k in tp.__required_keys__ - value.keys()]
        for key, member in value.items():
            if key in hints:
                found += mismatches(member, hints[key], f"{path}.{key}")
        return found
    if tp is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return [] if ok else [f"{path}: {value!r} is not an int"]
    if isinstance(tp, type):
        return [] if isinstance(value, tp) else [f"{path}: {value!r} is not {tp.__name__}"]
    raise AssertionError(f"{path}: cannot check {tp!r}")


def test_every_operation_has_a_method_on_both_clients() -> None:
    assert len(CALLABLE) == 53
    for op in CALLABLE:
        sync = getattr(UmfClient, op.id)
        asynchronous = getattr(AsyncUmfClient, op.id)
        assert sync is getattr(SyncOperations, op.id)
        assert inspect.iscoroutinefunction(asynchronous), op.id
        assert asynchronous is getattr(AsyncOperations, op.id)
        assert f"``{op.method} {op.path}``" in (sync.__doc__ or ""), op.id
        assert get_type_hints(asynchronous)["return"] == get_type_hints(sync)["return"]
    names = {n for n in vars(SyncOperations) if not n.startswith("_") and n != "call"}
    assert names == {op.id for op in CALLABLE}, "one method per operation, nothing else"


def test_parameter_types_name_every_path_and_query_parameter() -> None:
    for op in CALLABLE:
        params = getattr(umf.models, "".join(p.capitalize() for p in op.id.split("_")) + "Params")
        keys = set(get_type_hints(params))
        assert set(op.path_params) <= params.__required_keys__, op.id
        for name, required in op.query_params:
            assert name in keys and (name in params.__required_keys__) == required, op.id
        if op.body_model:
            model = getattr(umf.models, op.body_model)
            assert set(get_type_hints(model)) <= keys, op.id


def examples(kind: str) -> list[dict[str, Any]]:
    with open(VECTORS / "examples" / "examples.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line, parse_float=Decimal) for line in f]
    return [r for r in rows if r["kind"] == kind and r["operation"] != "get_access_token"]


RESPONSES = examples("response")


@pytest.mark.parametrize(
    "example", RESPONSES, ids=[f"{r['operation']}:{r['seed'][:3]}:L{r['line']}" for r in RESPONSES]
)
def test_every_example_answer_fits_its_result_type(example: dict[str, Any]) -> None:
    op = example["operation"]
    raw = umf.serialize_body(example["json"])  # numbers keep their text (Decimal)
    try:
        answer = umf.parse_response(op, umf.HttpResponse(200, [], raw))
    except umf.ApiError:
        return  # an example of an error answer: nothing to type
    assert mismatches(answer.result, result_type(op)) == []
    assert mismatches(answer.meta, umf.models.Meta, "meta") == []
    assert mismatches(answer.links, list[umf.models.Link], "links") == []


def test_the_example_answers_cover_most_operations() -> None:
    covered = {r["operation"] for r in RESPONSES}
    assert len(covered) >= 48, sorted({op.id for op in CALLABLE} - covered)


def test_statement_files_fit_their_type(manifest: dict[str, Any]) -> None:
    raw = VECTORS / "examples" / "repaired" / "004_L3444_download_settlement_file.response.csv"
    answer = umf.parse_response(
        "download_settlement_file", umf.HttpResponse(200, [], raw.read_bytes())
    )
    assert result_type("download_settlement_file") is umf.models.StatementFile
    assert mismatches(answer.result, umf.models.StatementFile) == []


def test_notifications_fit_their_types(manifest: dict[str, Any]) -> None:
    key = umf.PublicKey.load(key_path(manifest["notifications"]["umf_public_key"]))
    types = {
        "payment": umf.models.Payment,
        "refund": umf.models.Refund,
        "customs_declaration": umf.models.CustomsDeclaration,
    }
    seen = set()
    for case in manifest["notifications"]["cases"]:
        if not case["name"].startswith("valid_"):
            continue
        note = umf.verify_notification(case["signature"], case["body"].encode(), key)
        assert mismatches(note.object, types[note.kind], note.kind) == []
        assert mismatches(note.meta, umf.models.Meta, "meta") == []
        seen.add(note.kind)
    assert seen == set(types)


WRONG = """
import umf
from umf.http import AsyncUmfClient, UmfClient

def wrong(client: UmfClient, aclient: AsyncUmfClient, sans_io: umf.Client) -> None:
    client.create_payment(ordr={"mer_reference_id": "X"})
    client.get_payment()
    client.get_payment({"payment_id": 1})
    client.get_payment(payment_id="PAY_1").result["stat"]
    client.create_payment(order={"amount": {"total": 1.5}})
    client.get_refundable_balance(page=1)
    client.create_payment(payer={"payment_method": "CREDIT_KARD"})
    aclient.get_payment(payment_id="PAY_1").result
    n: int = sans_io.parse("get_refund", umf.HttpResponse(200, [], b"{}")).result["state"]
"""

RIGHT = """
import umf
from umf.http import AsyncUmfClient, UmfClient
from umf.models import GetPaymentResult, Payment

async def right(client: UmfClient, aclient: AsyncUmfClient, sans_io: umf.Client) -> str:
    created = client.create_payment(
        payer={"payment_method": "CREDIT_CARD", "payer_info": {"bank_card": {"number": "6222"}}},
        order={"mer_reference_id": "X", "amount": {"total": "1.00", "currency": "USD"}},
    )
    payment = created.result
    total: str = payment["order"]["amount"]["total"]  # every answer carries it
    client.unbind_bank_agreement({"$confirm": True, "external_customer_id": "C-1"})
    got = await aclient.get_payment(payment_id=payment.get("id", total))
    answered: GetPaymentResult = got.result
    described: Payment = {"id": "PAY_1", "state": answered["state"]}
    balance = client.get_refundable_balance().result["balance"]
    request = sans_io.prepare("get_payment", payment_id="PAY_1")
    answer = sans_io.parse("get_payment", umf.HttpResponse(200, [], b"{}"))
    problems = sans_io.validate("create_payment", {"order": {}})
    state = answer.result["state"] + str(described)
    return got.result["state"] + balance + request.url + state + problems[0].path
"""


def test_a_type_checker_refuses_wrong_calls_and_accepts_right_ones(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    (tmp_path / "wrong.py").write_text(WRONG)
    (tmp_path / "right.py").write_text(RIGHT)
    out, _, status = api.run(["--strict", "--no-incremental", str(tmp_path / "right.py")])
    assert status == 0, out
    out, _, status = api.run(["--strict", "--no-incremental", str(tmp_path / "wrong.py")])
    errors = [line for line in out.splitlines() if ": error:" in line]
    lines = sorted({int(line.split(":")[1]) for line in errors})
    # One error on each of the nine wrong lines (6-14), none elsewhere.
    assert lines == list(range(6, 15)), out
    assert status == 1


def test_typing_names_resolve_at_run_time() -> None:
    """The generated module imports on 3.9 and its hints evaluate (pydantic and friends read
    them); the enum aliases list the documented values."""
    for name in umf.models.__all__:
        value = getattr(umf.models, name)
        if hasattr(value, "__required_keys__"):
            get_type_hints(value)
    assert "TRADE_SUCCESS" in [get_args(a)[0] for a in get_args(umf.models.PaymentState)]
    assert typing.get_origin(umf.models.Sensitive) is Union

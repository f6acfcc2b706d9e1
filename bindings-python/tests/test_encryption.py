"""Sensitive fields: dicts in, new dicts out, in order; the core's table; device markers."""

from __future__ import annotations

import base64
import copy
import enum
from decimal import Decimal
from typing import Any

import pytest
import umf
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding

CARD = "6222020000000000000"


def payment() -> dict[str, Any]:
    return {
        "payer": {
            "payment_method": "CREDIT_CARD",
            "payer_info": {
                "phone": "13800000000",
                "bank_card": {
                    "number": CARD,
                    "valid_date": "1230",
                    "cvv2": "",
                    "citizen_id_number": None,
                },
            },
        },
        "order": {
            "mer_reference_id": "ORDER-1",
            # Objects with nothing sensitive in them keep members their model does not know.
            "amount": {"total": Decimal("100.00"), "currency": "USD", "rate": 6.98},
        },
        "risk_info": {"flags": [True, False, None, 7, 2**70]},
    }


def decrypt(umf_private_pem: bytes, ciphertext: str) -> str:
    key = serialization.load_pem_private_key(umf_private_pem, password=None)
    return key.decrypt(base64.b64decode(ciphertext), padding.PKCS1v15()).decode()  # type: ignore[union-attr]


def test_encrypts_only_the_tables_fields_and_keeps_everything_else(
    umf_public_key: umf.PublicKey, umf_private_pem: bytes
) -> None:
    body = payment()
    before = copy.deepcopy(body)
    result = umf.encrypt_fields("create_payment", body, umf_public_key)

    assert body == before, "the caller's dict is not mutated"
    assert result.encrypted == [
        "payer.payer_info.bank_card.number",
        "payer.payer_info.bank_card.valid_date",
    ]
    assert result.passed_through == []
    assert result.query is None
    out = result.body
    card = out["payer"]["payer_info"]["bank_card"]
    assert decrypt(umf_private_pem, card["number"]) == CARD
    assert decrypt(umf_private_pem, card["valid_date"]) == "1230"
    # Empty and absent values are sent as they are (004:L290-291).
    assert card["cvv2"] == "" and card["citizen_id_number"] is None
    # Order of members, and Python types of untouched values, are kept.
    assert list(out) == list(before)
    assert list(card) == ["number", "valid_date", "cvv2", "citizen_id_number"]
    assert out["order"]["amount"]["total"] == Decimal("100.00")
    assert isinstance(out["order"]["amount"]["total"], Decimal)
    assert isinstance(out["order"]["amount"]["rate"], float)
    assert out["risk_info"]["flags"] == [True, False, None, 7, 2**70]
    assert out["order"] is not body["order"], "containers are copies"


def test_an_unknown_operation_is_refused(umf_public_key: umf.PublicKey) -> None:
    # A mistyped id would match no sensitive field and let plaintext through: the core refuses.
    with pytest.raises(umf.RequestError) as e:
        umf.encrypt_fields("no_such_operation", payment(), umf_public_key)
    assert e.value.code == "unknown_operation"
    with pytest.raises(umf.RequestError) as e:
        umf.CardEncryptor(umf_public_key).encrypt_fields("no_such_operation", payment())
    assert e.value.code == "unknown_operation"


def test_query_parameters_and_arrays(umf_public_key: umf.PublicKey, umf_private_pem: bytes) -> None:
    result = umf.encrypt_fields(
        "query_card_bin", {}, umf_public_key, query={"card": CARD, "x": "1"}
    )
    assert result.encrypted == ["query:card"]
    assert result.query is not None and result.query["x"] == "1"
    assert decrypt(umf_private_pem, result.query["card"]) == CARD

    body = {"payer": {"payer_info": {"bank_card": [{"number": "1111"}, {"number": "2222"}]}}}
    result = umf.encrypt_fields("create_payment", body, umf_public_key)
    assert result.encrypted == [
        "payer.payer_info.bank_card[0].number",
        "payer.payer_info.bank_card[1].number",
    ]
    assert [
        decrypt(umf_private_pem, c["number"])
        for c in result.body["payer"]["payer_info"]["bank_card"]
    ] == ["1111", "2222"]


def test_device_markers_pass_through_and_are_never_encrypted_twice(
    umf_public_key: umf.PublicKey, umf_private_pem: bytes
) -> None:
    device = umf.CardEncryptor(umf_public_key)
    relayed = device.encrypt_fields(
        "create_payment", {"payer": {"payer_info": {"bank_card": {"number": CARD}}}}
    )
    marker = relayed.body["payer"]["payer_info"]["bank_card"]["number"]
    assert set(marker) == {umf.ENCRYPTED_MARKER}
    assert CARD not in repr(relayed.body)

    server_body = relayed.body
    server_body["payer"]["payer_info"]["bank_card"]["payer_name"] = "ZHANG SAN"
    wire = umf.encrypt_fields("create_payment", server_body, umf_public_key)
    assert wire.passed_through == ["payer.payer_info.bank_card.number"]
    assert wire.encrypted == ["payer.payer_info.bank_card.payer_name"]
    card = wire.body["payer"]["payer_info"]["bank_card"]
    assert card["number"] == marker[umf.ENCRYPTED_MARKER], "unwrapped, not re-encrypted"
    assert decrypt(umf_private_pem, card["number"]) == CARD

    # Marker mode leaves markers as they are.
    again = umf.encrypt_fields("create_payment", relayed.body, umf_public_key, mode="marker")
    assert again.body["payer"]["payer_info"]["bank_card"]["number"] == marker

    single = device.encrypt_value(CARD)
    assert decrypt(umf_private_pem, single) == CARD
    assert umf.encrypted_marker(single) == {umf.ENCRYPTED_MARKER: single}


def test_encryption_errors_name_the_path_never_the_value(umf_public_key: umf.PublicKey) -> None:
    cases = [
        ("value_too_long", {"payer": {"payer_info": {"bank_card": {"number": "9" * 200}}}}),
        (
            "invalid_sensitive_value",
            {"payer": {"payer_info": {"bank_card": {"number": 6222020000000000000}}}},
        ),
        (
            "sensitive_value_looks_encrypted",
            {
                "payer": {
                    "payer_info": {"bank_card": {"number": umf_public_key.encrypt_to_base64(CARD)}}
                }
            },
        ),
        (
            "invalid_ciphertext",
            {
                "payer": {
                    "payer_info": {
                        "bank_card": {"number": {umf.ENCRYPTED_MARKER: "bm90IGEgY2lwaGVydGV4dA=="}}
                    }
                }
            },
        ),
    ]
    for code, body in cases:
        with pytest.raises(umf.EncryptionError) as e:
            umf.encrypt_fields("create_payment", body, umf_public_key)
        assert e.value.code == code
        assert "payer.payer_info.bank_card.number" in str(e.value)
        assert "9999999999" not in str(e.value) and "6222020000" not in str(e.value)


def test_non_json_input_is_a_python_type_or_value_error(umf_public_key: umf.PublicKey) -> None:
    with pytest.raises(TypeError, match="order.when"):
        umf.encrypt_fields("create_payment", {"order": {"when": object()}}, umf_public_key)
    with pytest.raises(TypeError):
        umf.encrypt_fields("create_payment", {1: "x"}, umf_public_key)
    with pytest.raises(ValueError, match="order.total"):
        umf.encrypt_fields("create_payment", {"order": {"total": float("nan")}}, umf_public_key)
    with pytest.raises(ValueError):
        umf.encrypt_fields("create_payment", {"a": Decimal("Infinity")}, umf_public_key)
    with pytest.raises(ValueError, match="mode"):
        umf.encrypt_fields("create_payment", {}, umf_public_key, mode="plain")  # type: ignore[arg-type]
    loop: dict[str, Any] = {}
    loop["self"] = loop
    with pytest.raises(ValueError, match="nested"):
        umf.encrypt_fields("create_payment", loop, umf_public_key)


def test_the_field_table_is_the_cores() -> None:
    fields = umf.encrypted_fields()
    # Derived from the body models: API.md's 35 paths that an operation sends, and 9 more that
    # the models can carry (card binding's payer name, bound card and wallets; unbinding).
    assert len(fields) == 44
    assert len({f.path for f in fields}) == 44
    assert (
        "execute_payment" in next(f for f in fields if f.path == "payer.payer_info.name").operations
    )
    create = umf.encrypted_fields("create_payment")
    assert len(create) == 13
    assert all("create_payment" in f.operations for f in create)
    (card,) = umf.encrypted_fields("query_card_bin")
    assert card.path == "query:card" and card.query_parameter == "card" and card.source


class Count(enum.IntEnum):
    ONE = 1


class Currency(str, enum.Enum):
    USD = "USD"


def test_serialize_body_is_compact_ordered_utf8() -> None:
    body = {
        "b": 1,
        "a": "<名>",
        "c": [Decimal("6.9800"), 1.5, None, True, Count.ONE, Currency.USD],
        "d": (2**70,),
    }
    expected = '{"b":1,"a":"<名>","c":[6.9800,1.5,null,true,1,"USD"],"d":[1180591620717411303424]}'
    assert umf.serialize_body(body) == expected.encode()

"""One exception hierarchy carrying the core's stable codes."""

from __future__ import annotations

import types
from typing import Any, Union, get_args, get_origin, get_type_hints

import pytest
import umf
from conftest import key_path
from umf._schema import ERROR_FIELD_TYPES, ERROR_KINDS
from umf.errors import _from_core, attribute_name, error_class

TOKEN_URL = "https://sandbox.test/cberest/v1/oauth/authorize"


def token_error(status: int, body: bytes) -> umf.UmfError:
    manager = umf.TokenManager(umf.ClientCredentials("client-1", "s3cret"), TOKEN_URL)
    action = manager.poll()
    assert action.ticket is not None
    with pytest.raises(umf.UmfError) as e:
        manager.complete(action.ticket, umf.HttpResponse(status, [], body))
    return e.value


def test_every_family_has_its_class() -> None:
    families = {
        umf.KeyFormatError: "key",
        umf.EncryptionError: "encryption",
        umf.SignatureError: "signature",
        umf.ResponseError: "response",
        umf.NotificationError: "notification",
        umf.TokenError: "token",
        umf.ApiError: "api",
        umf.RequestError: "request",
        umf.CryptoError: "crypto",
    }
    for cls, family in families.items():
        assert issubclass(cls, umf.UmfError)
        assert cls.family == family
    assert issubclass(umf.ValidationError, umf.RequestError)


def test_api_errors_carry_status_code_message_and_the_cores_flags() -> None:
    e = token_error(503, b'{"meta":{"ret_code":"00090504","ret_msg":"system busy"}}')
    assert isinstance(e, umf.ApiError)
    assert e.code == "api_error"
    assert (e.http_status, e.ret_code, e.ret_msg) == (503, "00090504", "system busy")
    assert e.classification == "retryable"
    assert e.is_retryable and not e.is_duplicate and not e.is_pending and not e.is_token_expired
    assert "http_status=503" in repr(e)

    e = token_error(401, b"")
    assert isinstance(e, umf.ApiError) and e.ret_code is None and not e.is_retryable


def test_token_response_errors() -> None:
    e = token_error(200, b'{"expires_in": 3600}')
    assert isinstance(e, umf.TokenError) and e.code == "token_response_invalid"
    assert not e.is_retryable


def test_errors_are_ordinary_exceptions() -> None:
    try:
        umf.PublicKey.from_bytes(b"not a key")
    except umf.UmfError as e:
        assert isinstance(e, umf.KeyFormatError)
        assert e.code == "key_invalid"
        assert e.message == str(e)
        assert repr(e).startswith("KeyFormatError(code='key_invalid'")


def test_validation_errors_list_problems_with_paths() -> None:
    # The core raises these when the operations land; the class is checked here.
    e = umf.ValidationError(
        "request is invalid",
        "validation_failed",
        problems=[("order.amount.total", "amount_format", "not an amount")],
    )
    (problem,) = e.problems
    assert problem.path == "order.amount.total" and problem.rule == "amount_format"
    assert isinstance(e, umf.RequestError) and e.code == "validation_failed"


def test_every_code_carries_the_extra_fields_of_the_schema_by_their_names() -> None:
    assert "response_missing_field" in ERROR_KINDS and "timeout" in ERROR_KINDS
    for code, (family, names) in ERROR_KINDS.items():
        cls = error_class(code, family)
        assert cls.family == family or cls is umf.UmfError, code
        hints = get_type_hints(cls)
        # Declared (typed) on the class, not only set at run time.
        assert {attribute_name(n) for n in names} <= hints.keys(), (code, names)
        fields: dict[str, Any] = {n: f"{code}.{n}" for n in names}
        if "problems" in fields:
            fields["problems"] = [
                {"path": "order", "rule": "required", "message": "m", "severity": "error"}
            ]
        error = _from_core("message", code, family, fields, (True, False, False, False))
        assert type(error) is cls and error.code == code and error.family == family
        for name in names:
            if name != "problems":
                assert getattr(error, attribute_name(name)) == fields[name], (code, name)
        if "problems" in names:
            assert isinstance(error, umf.ValidationError)
            assert error.problems == [umf.ValidationProblem("order", "required", "m")]


def test_every_extra_field_is_annotated_with_the_type_the_schema_gives_it() -> None:
    expected = {
        "str": str,
        "int": int,
        "bool": bool,
        "list[ValidationProblem]": list[umf.ValidationProblem],
    }
    assert set(ERROR_FIELD_TYPES) == {n for _, names in ERROR_KINDS.values() for n in names}
    for code, (family, names) in ERROR_KINDS.items():
        hints = get_type_hints(error_class(code, family))
        for name in names:
            hint = hints[attribute_name(name)]
            # A class serves several codes: a field of another code is None on it.
            if get_origin(hint) in (Union, types.UnionType):
                hint, *more = [a for a in get_args(hint) if a is not type(None)]
                assert not more, (code, name)
            python_type, _nullable = ERROR_FIELD_TYPES[name]
            assert hint == expected[python_type], (code, name, hint, python_type)


def test_a_missing_required_member_is_an_error_naming_its_path() -> None:
    client = umf.Client(
        "https://sandbox.test/cberest/v1", umf_public_key=key_path("umf_1024_cert.pem")
    )
    body = b'{"meta":{"ret_code":"0000"},"refund":{"id":"REFUND_1"}}'
    with pytest.raises(umf.ResponseError) as e:
        client.parse("create_refund", umf.HttpResponse(200, [], body))
    assert (e.value.code, e.value.path) == ("response_missing_field", "refund.state")
    body = b'{"meta":{"ret_code":"0000"},"refund":{"id":"REFUND_1","state":"REFUND_SUCCESS"}}'
    answer = client.parse("create_refund", umf.HttpResponse(200, [], body))
    assert answer.result["state"] == "REFUND_SUCCESS"


def test_real_errors_carry_their_extra_fields() -> None:
    e = token_error(503, b'{"meta":{"ret_code":"00090504","ret_msg":"system busy"}}')
    assert isinstance(e, umf.ApiError)
    assert (e.class_, e.retryable) == (e.classification, e.is_retryable) == ("retryable", True)

    client = umf.Client(
        "https://sandbox.test/cberest/v1",
        umf_public_key=umf.PublicKey.from_bytes(key_path("umf_1024_cert.pem").read_bytes()),
    )
    with pytest.raises(umf.RequestError) as r:
        client.prepare("no_such_operation")
    assert (r.value.code, r.value.operation) == ("unknown_operation", "no_such_operation")

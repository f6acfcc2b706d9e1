"""One exception hierarchy carrying the core's stable codes."""

from __future__ import annotations

import pytest
import umf

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

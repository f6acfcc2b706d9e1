"""The exceptions of the SDK: one hierarchy under :class:`UmfError`.

Every exception carries the core's stable ``code`` (``signature_invalid``, ``key_wrong_kind``,
``api_error``, ...), the same string in every binding. Branch on the class or on ``code``, never
on the message. Messages never contain key material, secrets, tokens, card or ID numbers.

The native module raises these; the flags (``is_retryable`` and friends) are decided by the core
and passed in unchanged, so this module holds no decisions of its own. Each exception also
carries the extra fields the core's schema lists for its code (``umf._schema.ERROR_KINDS``, the
same names in every binding: ``path``, ``len``, ``max``, ``unverified_ret_code``, ...; the
keyword ``class`` is ``class_``). A field of another code of the same class is ``None``.
"""

from __future__ import annotations

import errno
import keyword
from collections.abc import Iterable, Mapping
from typing import Any, Literal, NamedTuple

from umf._schema import ERROR_KINDS

__all__ = [
    "UmfError",
    "KeyFormatError",
    "KeyFileNotFoundError",
    "EncryptionError",
    "SignatureError",
    "ResponseError",
    "NotificationError",
    "TokenError",
    "ApiError",
    "RequestError",
    "ValidationError",
    "ValidationProblem",
    "CryptoError",
    "TransportError",
    "TransportTimeoutError",
    "StoreUnavailableError",
]


class UmfError(Exception):
    """Base class of every error the SDK raises.

    ``family`` groups codes (``key``, ``encryption``, ``signature``, ``response``,
    ``notification``, ``token``, ``api``, ``request``, ``crypto``). The four ``is_*`` flags are
    false except on :class:`ApiError`, where the core sets them.
    """

    family: str = "unknown"

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.is_retryable = False
        self.is_duplicate = False
        self.is_pending = False
        self.is_token_expired = False

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, message={self.message!r})"

    @classmethod
    def _from_core(
        cls, message: str, code: str, fields: Mapping[str, Any], flags: tuple[bool, ...]
    ) -> UmfError:
        """The exception of this class for a core error (its own constructor's arguments
        taken from the error's extra ``fields``)."""
        return cls(message, code)


class KeyFormatError(UmfError):
    """A key could not be loaded: wrong kind, unreadable, unsupported, passphrase missing or
    wrong (codes ``key_*``)."""

    family = "key"

    # key_wrong_kind
    found: str | None = None
    wanted: str | None = None
    # key_kdf_limit
    parameter: str | None = None
    value: int | None = None
    max: int | None = None
    # key_file_not_found
    path: str | None = None


class KeyFileNotFoundError(KeyFormatError, FileNotFoundError):
    """A key was given as a path and no file exists there (``key_file_not_found``). Also a
    :class:`FileNotFoundError`, whose ``filename`` is the path as given."""

    def __init__(self, message: str, code: str, filename: str) -> None:
        super().__init__(message, code)
        self.errno = errno.ENOENT
        self.strerror = message
        self.filename = filename
        self.path = filename

    @classmethod
    def _from_core(
        cls, message: str, code: str, fields: Mapping[str, Any], flags: tuple[bool, ...]
    ) -> UmfError:
        return cls(message, code, fields["path"])

    def __str__(self) -> str:
        return self.message


class EncryptionError(UmfError):
    """A sensitive field could not be encrypted (``value_too_long``,
    ``invalid_sensitive_value``, ``sensitive_value_looks_encrypted``,
    ``unknown_sensitive_member``, ``invalid_ciphertext``).
    The message names the field's JSON path, never its value."""

    family = "encryption"

    path: str | None = None
    # value_too_long: the value's length and the limit.
    len: int | None = None
    max: int | None = None


class SignatureError(UmfError):
    """A signature is invalid, malformed or missing (``signature_*``)."""

    family = "signature"

    # signature_missing: the answer's ret_code, which nothing vouches for.
    unverified_ret_code: str | None = None


class ResponseError(UmfError):
    """A response body is not the JSON the SDK expects (``response_malformed``), or lacks a
    member every answer of its operation carries (``response_missing_field``, with its
    ``path``, e.g. ``refund.state``)."""

    family = "response"

    path: str | None = None


class NotificationError(UmfError):
    """A notification body was verified but is not one the SDK knows
    (``notification_malformed``)."""

    family = "notification"


class TokenError(UmfError):
    """No usable access token, or the token endpoint answered nonsense
    (``token_unavailable``, ``token_response_invalid``)."""

    family = "token"


class ApiError(UmfError):
    """UMF answered with a non-success ``ret_code`` or an HTTP error status (``api_error``).

    ``classification`` is the core's reading of the code: ``pending``, ``duplicate``,
    ``token_expired``, ``signature``, ``validation``, ``retryable`` or ``other``.
    ``is_retryable`` is only true where sending the same request again cannot charge a customer
    twice. ``ret_msg`` is informational and may be Chinese.
    """

    family = "api"

    http_status: int
    ret_code: str | None
    ret_msg: str
    classification: str
    # The schema's names: ``class`` (as ``class_``, the same as ``classification``) and
    # ``retryable`` (the same as ``is_retryable``).
    class_: str
    retryable: bool

    def __init__(
        self,
        message: str,
        code: str,
        *,
        http_status: int,
        ret_code: str | None,
        ret_msg: str,
        classification: str,
        is_retryable: bool,
        is_duplicate: bool,
        is_pending: bool,
        is_token_expired: bool,
    ) -> None:
        super().__init__(message, code)
        self.http_status = http_status
        self.ret_code = ret_code
        self.ret_msg = ret_msg
        self.classification = classification
        self.is_retryable = is_retryable
        self.is_duplicate = is_duplicate
        self.is_pending = is_pending
        self.is_token_expired = is_token_expired
        # The schema's names of the same facts.
        self.class_ = classification
        self.retryable = is_retryable

    @classmethod
    def _from_core(
        cls, message: str, code: str, fields: Mapping[str, Any], flags: tuple[bool, ...]
    ) -> UmfError:
        _, duplicate, pending, token_expired = flags
        return cls(
            message,
            code,
            http_status=fields["http_status"],
            ret_code=fields["ret_code"],
            ret_msg=fields["ret_msg"],
            classification=fields["class"],
            is_retryable=fields["retryable"],
            is_duplicate=duplicate,
            is_pending=pending,
            is_token_expired=token_expired,
        )

    def __repr__(self) -> str:
        return (
            f"ApiError(code={self.code!r}, http_status={self.http_status!r}, "
            f"ret_code={self.ret_code!r}, classification={self.classification!r})"
        )


class RequestError(UmfError):
    """A request could not be built (``invalid_request``, ``invalid_header``,
    ``unknown_operation``, ``merchant_key_required``)."""

    family = "request"

    # merchant_key_required, unknown_operation: the operation id.
    operation: str | None = None
    # invalid_header: the header's name.
    name: str | None = None


class ValidationProblem(NamedTuple):
    """One problem found before anything was signed."""

    path: str
    """JSON path from the body root, e.g. ``order.sub_orders[0].amount.total``."""
    rule: str
    """Stable rule name: ``required``, ``max_length``, ``enum``, ``amount_format``, ..."""
    message: str
    """Human-readable detail; never holds the value of a sensitive field."""
    severity: Literal["error", "warning"] = "error"
    """``error`` stops the request; ``warning`` is a documented rule that UMF's own examples
    break, reported by :meth:`umf.Client.validate` while the request is still built."""


class ValidationError(RequestError):
    """A request failed validation (``validation_failed``); ``problems`` lists every problem
    with its JSON path (errors only: warnings do not stop a request)."""

    problems: list[ValidationProblem]

    def __init__(
        self, message: str, code: str, *, problems: Iterable[tuple[str, ...]] = ()
    ) -> None:
        super().__init__(message, code)
        self.problems = [_problem(p) for p in problems]

    @classmethod
    def _from_core(
        cls, message: str, code: str, fields: Mapping[str, Any], flags: tuple[bool, ...]
    ) -> UmfError:
        problems = [(p["path"], p["rule"], p["message"], p["severity"]) for p in fields["problems"]]
        return cls(message, code, problems=problems)


def _problem(fields: tuple[str, ...]) -> ValidationProblem:
    path, rule, message, *rest = fields
    severity: Literal["error", "warning"] = "warning" if rest[:1] == ["warning"] else "error"
    return ValidationProblem(path, rule, message, severity)


class CryptoError(UmfError):
    """The RSA primitive itself failed (``crypto_failure``)."""

    family = "crypto"


class TransportError(UmfError):
    """The request could not be sent, or no complete answer came back (``transport_error``;
    subclasses for ``timeout`` and ``store_unavailable``).

    ``sent`` says whether the request may have reached UMF: when it may have, a state-changing
    operation was not sent again (query it, or repeat it with the same ``mer_reference_id``,
    which UMF pays at most once). ``retryable`` (also ``is_retryable``) says whether sending
    the same request again is safe. ``operation`` is the operation id (``get_access_token``
    for the token request, ``send`` for a request built elsewhere). The HTTP client's own
    exception, when there was one, is chained as ``__cause__``.
    """

    family = "transport"

    operation: str | None
    sent: bool
    retryable: bool
    # timeout: how long the call waited in all (None for the other codes).
    waited_ms: int | None

    def __init__(
        self,
        message: str,
        code: str,
        *,
        operation: str | None = None,
        sent: bool = False,
        retryable: bool = False,
    ) -> None:
        super().__init__(message, code)
        self.operation = operation
        self.sent = sent
        self.retryable = retryable
        self.is_retryable = retryable
        self.waited_ms = None

    @classmethod
    def _from_core(
        cls, message: str, code: str, fields: Mapping[str, Any], flags: tuple[bool, ...]
    ) -> UmfError:
        extra = {"waited_ms": fields["waited_ms"]} if "waited_ms" in fields else {}
        return cls(
            message,
            code,
            operation=fields.get("operation"),
            sent=fields.get("sent", False),
            retryable=fields.get("retryable", flags[0]),
            **extra,
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, operation={self.operation!r}, "
            f"sent={self.sent!r}, retryable={self.retryable!r})"
        )


class TransportTimeoutError(TransportError, TimeoutError):
    """No complete answer within the attempt's timeout or the call's deadline (``timeout``).
    Also a :class:`TimeoutError`; ``waited_ms`` is how long the call waited in all."""

    waited_ms: int

    def __init__(self, message: str, code: str, *, waited_ms: int = 0, **fields: Any) -> None:
        super().__init__(message, code, **fields)
        self.waited_ms = waited_ms

    def __str__(self) -> str:
        return self.message


class StoreUnavailableError(TransportError):
    """The shared token store (Redis) could not be used and the store's mode is ``required``
    (``store_unavailable``). Nothing was sent to UMF; the Redis client's exception is chained
    as ``__cause__``."""


class OutcomePendingError(TransportError):
    """A payment or refund was still pending (``WAIT_BUYER_PAY``, ``REFUND_PROCESS``, ...)
    when the wait for its outcome ended (``outcome_pending``): it has not failed, its outcome
    comes later, by notification and by query. ``state`` is the last state read,
    ``waited_ms`` how long the wait lasted, ``operation`` the query (``get_payment``,
    ``get_refund``). ``is_pending`` is true."""

    state: str
    waited_ms: int

    def __init__(
        self, message: str, code: str, *, state: str = "", waited_ms: int = 0, **fields: Any
    ) -> None:
        super().__init__(message, code, **fields)
        self.state = state
        self.waited_ms = waited_ms

    @classmethod
    def _from_core(
        cls, message: str, code: str, fields: Mapping[str, Any], flags: tuple[bool, ...]
    ) -> UmfError:
        error = cls(
            message,
            code,
            operation=fields.get("operation"),
            state=fields.get("state", ""),
            waited_ms=fields.get("waited_ms", 0),
        )
        error.is_pending = flags[2]
        return error

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, operation={self.operation!r}, "
            f"state={self.state!r}, waited_ms={self.waited_ms!r})"
        )


# The native module picks the class by the core's error family; a family added to the core
# before this table knows it still raises a UmfError with the right code.
_CLASSES_BY_FAMILY = {
    cls.family: cls
    for cls in (
        KeyFormatError,
        EncryptionError,
        SignatureError,
        ResponseError,
        NotificationError,
        TokenError,
        ApiError,
        RequestError,
        CryptoError,
        TransportError,
    )
}

# The codes whose exception is a subclass of their family's.
_CLASSES_BY_CODE: dict[str, type[UmfError]] = {
    "key_file_not_found": KeyFileNotFoundError,
    "validation_failed": ValidationError,
    "timeout": TransportTimeoutError,
    "store_unavailable": StoreUnavailableError,
    "outcome_pending": OutcomePendingError,
}


def attribute_name(field: str) -> str:
    """The attribute an extra field of the schema is on an exception (``class`` is
    ``class_``)."""
    return field + "_" if keyword.iskeyword(field) else field


def error_class(code: str, family: str) -> type[UmfError]:
    """The class of the exception for a core error."""
    if code in _CLASSES_BY_CODE:
        return _CLASSES_BY_CODE[code]
    return _CLASSES_BY_FAMILY.get(family, UmfError)


def _from_core(
    message: str, code: str, family: str, fields: dict[str, Any], flags: tuple[bool, ...]
) -> UmfError:
    """Called by the native module: the exception for a core error, with every extra field
    of its code (``Error::extras`` in the core) as an attribute of the same name."""
    error = error_class(code, family)._from_core(message, code, fields, flags)
    names = ERROR_KINDS[code][1] if code in ERROR_KINDS else tuple(fields)
    for name in names:
        # What a constructor already made typed (``problems``) stays.
        if attribute_name(name) not in vars(error):
            setattr(error, attribute_name(name), fields.get(name))
    return error

# Stubs of the native module, written by hand and checked against the built module by
# `python -m mypy.stubtest umf` (scripts/test-python.sh).

import os
from collections.abc import Mapping, Sequence
from types import GenericAlias
from typing import Any, Generic, Literal, TypeVar, final, overload

from umf import models
from umf.errors import ValidationProblem
from umf.events import CallEvent, CallStats
from umf.models import CustomsDeclaration, Link, Meta, Payment, Refund

_BytesOrText = bytes | bytearray | memoryview | str
_KeySource = bytes | bytearray | memoryview | str | os.PathLike[str]
_TokenCredentials = Literal["json", "basic"]
_Passphrase = bytes | bytearray | memoryview | str | None
_Json = Any

_VerifyPolicy = Literal["strict", "if_present", "off"]
_SignatureScope = Literal["auto", "primary_result", "body_without_meta", "body_without_sign"]
_AuthorizationStyle = Literal["bearer_space", "bearer_no_space"]
_AckFormat = Literal["json", "json_with_id", "form"]
_Params = Mapping[str, Any] | None
_R = TypeVar("_R")

__all__ = [
    "AccessToken",
    "Call",
    "CallPolicy",
    "Caller",
    "SeenSet",
    "Step",
    "StoreCommand",
    "StoreConfig",
    "seen_reply",
    "Acknowledgement",
    "ApiResponse",
    "Client",
    "Operation",
    "PRODUCTION_BASE_URL",
    "PRODUCTION_US_BASE_URL",
    "SANDBOX_BASE_URL",
    "UnsignedRequest",
    "next_page",
    "operation",
    "operations",
    "parse_response",
    "CardEncryptor",
    "ClientCredentials",
    "ENCRYPTED_MARKER",
    "EncryptedField",
    "EncryptionResult",
    "HttpRequest",
    "HttpResponse",
    "KeyInfo",
    "Notification",
    "PollPolicy",
    "Poller",
    "PrivateKey",
    "PublicKey",
    "RSA_BACKEND",
    "RefreshTicket",
    "TOKEN_PATH",
    "TokenAction",
    "TokenManager",
    "Verification",
    "__version__",
    "encrypt_fields",
    "encrypted_fields",
    "encrypted_marker",
    "inspect_key",
    "serialize_body",
    "signed_post",
    "verify_notification",
    "verify_response",
]

__version__: str
ENCRYPTED_MARKER: str
# The library doing the RSA arithmetic: OpenSSL, statically linked into the wheel.
RSA_BACKEND: str
TOKEN_PATH: str
SANDBOX_BASE_URL: str
PRODUCTION_BASE_URL: str
PRODUCTION_US_BASE_URL: str

@final
class PrivateKey:
    """The merchant private key: signs request bodies."""

    @staticmethod
    def load(source: _KeySource, passphrase: _Passphrase = None) -> PrivateKey: ...
    @staticmethod
    def from_bytes(data: _BytesOrText, passphrase: _Passphrase = None) -> PrivateKey: ...
    @staticmethod
    def from_file(path: str | os.PathLike[str], passphrase: _Passphrase = None) -> PrivateKey: ...
    def sign(self, message: _BytesOrText) -> str: ...
    @property
    def bits(self) -> int: ...
    @property
    def size(self) -> int: ...
    @property
    def fingerprint(self) -> str: ...
    @property
    def format(self) -> str: ...
    @property
    def container(self) -> str: ...
    @property
    def encoding(self) -> str: ...
    @property
    def public_key(self) -> PublicKey: ...
    def to_pkcs8_der(self) -> bytes: ...

@final
class PublicKey:
    """An RSA public key: the UMF key, or the public half of the merchant key."""

    @staticmethod
    def load(source: _KeySource) -> PublicKey: ...
    @staticmethod
    def from_bytes(data: _BytesOrText) -> PublicKey: ...
    @staticmethod
    def from_file(path: str | os.PathLike[str]) -> PublicKey: ...
    def verify(self, message: _BytesOrText, signature: str) -> None: ...
    def encrypt(self, plaintext: _BytesOrText) -> bytes: ...
    def encrypt_to_base64(self, value: str) -> str: ...
    @property
    def bits(self) -> int: ...
    @property
    def size(self) -> int: ...
    @property
    def max_plaintext_len(self) -> int: ...
    @property
    def fingerprint(self) -> str: ...
    @property
    def format(self) -> str | None: ...
    @property
    def container(self) -> str | None: ...
    @property
    def encoding(self) -> str | None: ...
    def to_spki_der(self) -> bytes: ...
    def to_spki_pem(self) -> str: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class KeyInfo:
    """What a key file holds."""

    @property
    def kind(self) -> str: ...
    @property
    def format(self) -> str: ...
    @property
    def container(self) -> str: ...
    @property
    def encoding(self) -> str: ...
    @property
    def bits(self) -> int | None: ...
    @property
    def fingerprint(self) -> str | None: ...

def inspect_key(source: _KeySource, passphrase: _Passphrase = None) -> KeyInfo: ...

@final
class EncryptionResult:
    """A new body (and query) with sensitive values encrypted, and the paths touched."""

    @property
    def body(self) -> dict[str, Any]: ...
    @property
    def query(self) -> dict[str, Any] | None: ...
    @property
    def encrypted(self) -> list[str]: ...
    @property
    def passed_through(self) -> list[str]: ...

@final
class EncryptedField:
    """One sensitive field of the API."""

    @property
    def path(self) -> str: ...
    @property
    def documented_as(self) -> str | None: ...
    @property
    def operations(self) -> tuple[str, ...]: ...
    @property
    def query_parameter(self) -> str | None: ...
    @property
    def source(self) -> str: ...

def encrypt_fields(
    op_id: str,
    body: Any,
    umf_public_key: PublicKey,
    *,
    query: Any | None = None,
    mode: Literal["wire", "marker"] = "wire",
) -> EncryptionResult: ...
def encrypted_fields(op_id: str | None = None) -> list[EncryptedField]: ...
def encrypted_marker(ciphertext: str) -> dict[str, str]: ...

@final
class Verification:
    """What response verification found."""

    @property
    def status(self) -> Literal["verified", "unsigned", "not_checked"]: ...
    @property
    def scope(self) -> _SignatureScope: ...
    @property
    def covered(self) -> list[str]: ...
    @property
    def uncovered(self) -> list[str]: ...
    @property
    def key_fingerprint(self) -> str | None: ...
    @property
    def is_verified(self) -> bool: ...
    @property
    def covers_meta(self) -> bool: ...

def verify_response(
    raw: _BytesOrText,
    umf_public_key: PublicKey,
    *,
    policy: _VerifyPolicy = "if_present",
    scope: _SignatureScope = "auto",
    result_keys: Sequence[str] = ...,
) -> Verification: ...

@final
class Acknowledgement:
    """The HTTP reply to send back to UMF."""

    @property
    def status(self) -> int: ...
    @property
    def headers(self) -> list[tuple[str, str]]: ...
    @property
    def body(self) -> bytes: ...
    @property
    def content_type(self) -> str | None: ...

@final
class Notification:
    """A notification whose signature verified."""

    @property
    def kind(self) -> Literal["payment", "refund", "customs_declaration"]: ...
    @property
    def id(self) -> str: ...
    @property
    def state(self) -> str | None: ...
    @property
    def idempotency_key(self) -> str: ...
    @property
    def meta(self) -> Meta: ...
    @property
    def object(self) -> Payment | Refund | CustomsDeclaration: ...
    @property
    def payment(self) -> Payment | None: ...
    @property
    def refund(self) -> Refund | None: ...
    @property
    def customs_declaration(self) -> CustomsDeclaration | None: ...
    @property
    def key_fingerprint(self) -> str: ...
    @property
    def links(self) -> list[Link]: ...
    def acknowledgement(
        self, *, format: _AckFormat = "json", sign_with: PrivateKey | None = None
    ) -> Acknowledgement: ...

def verify_notification(
    signature: str | None,
    raw_body: _BytesOrText,
    umf_public_key: PublicKey | _KeySource | Sequence[PublicKey | _KeySource],
) -> Notification: ...

@final
class CardEncryptor:
    """The public-key-only entry point for browsers, apps and processes without the
    merchant key."""

    def __new__(cls, umf_public_key: PublicKey | _KeySource) -> CardEncryptor: ...
    @property
    def public_key(self) -> PublicKey: ...
    def encrypt_value(self, value: str) -> str: ...
    def encrypt_fields(
        self, op_id: str, payload: Any, *, query: Any | None = None
    ) -> EncryptionResult: ...
    def verify_response(
        self,
        raw: _BytesOrText,
        *,
        policy: _VerifyPolicy = "if_present",
        scope: _SignatureScope = "auto",
        result_keys: Sequence[str] = ...,
    ) -> Verification: ...
    def verify_notification(
        self, signature: str | None, raw_body: _BytesOrText
    ) -> Notification: ...

@final
class HttpRequest:
    """A request ready to send: the exact bytes."""

    def __new__(
        cls,
        method: Literal["GET", "POST"],
        url: str,
        headers: Sequence[tuple[str, str]] = ...,
        body: _BytesOrText | None = None,
    ) -> HttpRequest: ...
    @property
    def method(self) -> Literal["GET", "POST"]: ...
    @property
    def url(self) -> str: ...
    @property
    def headers(self) -> list[tuple[str, str]]: ...
    @property
    def body(self) -> bytes: ...
    def header(self, name: str) -> str | None: ...
    def with_token(
        self, token: AccessToken, *, authorization: _AuthorizationStyle = "bearer_space"
    ) -> HttpRequest: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class HttpResponse:
    """A response as received."""

    def __new__(
        cls,
        status: int,
        headers: Sequence[tuple[str, str]] = ...,
        body: _BytesOrText | None = None,
    ) -> HttpResponse: ...
    @property
    def status(self) -> int: ...
    @property
    def headers(self) -> list[tuple[str, str]]: ...
    @property
    def body(self) -> bytes: ...
    def header(self, name: str) -> str | None: ...
    def is_token_rejection(self) -> bool: ...
    def __eq__(self, value: object, /) -> bool: ...

def serialize_body(value: _Json) -> bytes: ...
def signed_post(
    url: str,
    body: _BytesOrText,
    merchant_key: PrivateKey,
    token: AccessToken | None = None,
    *,
    authorization: _AuthorizationStyle = "bearer_space",
    accept_language: str | None = None,
) -> HttpRequest: ...

@final
class ClientCredentials:
    """``client_id`` and ``client_secret``; the secret is never shown."""

    def __new__(cls, client_id: str, client_secret: str) -> ClientCredentials: ...
    @property
    def client_id(self) -> str: ...

@final
class AccessToken:
    """An access token; ``repr()`` never shows its value."""

    @staticmethod
    def from_parts(value: str, expires_at_ms: int) -> AccessToken: ...
    def secret(self) -> str: ...
    @property
    def expires_at_ms(self) -> int: ...
    @property
    def generation(self) -> int: ...

@final
class RefreshTicket:
    """Proof that its holder started the current refresh; good for one use."""

@final
class TokenAction:
    """``use`` the token, ``fetch`` one (then complete or abandon), or ``wait``."""

    @property
    def kind(self) -> Literal["use", "fetch", "wait"]: ...
    @property
    def token(self) -> AccessToken | None: ...
    @property
    def ticket(self) -> RefreshTicket | None: ...
    @property
    def request(self) -> HttpRequest | None: ...

@final
class TokenManager:
    """The token state machine for one ``client_id``."""

    def __new__(
        cls,
        credentials: ClientCredentials,
        token_url: str,
        *,
        refresh_margin_ms: int = ...,
        refresh_timeout_ms: int = ...,
        token_credentials: _TokenCredentials = "json",
    ) -> TokenManager: ...
    @property
    def client_id(self) -> str: ...
    def token_request(self) -> HttpRequest: ...
    def current(self, now_ms: int | None = None) -> AccessToken | None: ...
    def poll(self, now_ms: int | None = None) -> TokenAction: ...
    @property
    def is_refreshing(self) -> bool: ...
    def complete(
        self, ticket: RefreshTicket, response: HttpResponse, now_ms: int | None = None
    ) -> AccessToken: ...
    def abandon(self, ticket: RefreshTicket) -> None: ...
    def invalidate(self, generation: int) -> bool: ...
    def install(self, value: str, expires_at_ms: int) -> AccessToken: ...

@final
class Operation:
    """One row of the core's operation table."""

    @property
    def id(self) -> str: ...
    @property
    def section(self) -> str: ...
    @property
    def area(self) -> str: ...
    @property
    def method(self) -> Literal["GET", "POST"]: ...
    @property
    def path(self) -> str: ...
    @property
    def path_params(self) -> tuple[str, ...]: ...
    @property
    def query_params(self) -> tuple[tuple[str, bool], ...]: ...
    @property
    def body_kind(self) -> Literal["none", "json", "multipart", "token"]: ...
    @property
    def body_model(self) -> str | None: ...
    @property
    def signed(self) -> bool: ...
    @property
    def result_keys(self) -> tuple[str, ...]: ...
    @property
    def response_kind(self) -> Literal["json", "csv", "token"]: ...
    @property
    def result_shape(self) -> str | None: ...
    @property
    def retry(self) -> Literal["safe", "unsafe"]: ...
    @property
    def stability(self) -> Literal["documented", "inferred", "experimental", "legacy"]: ...
    @property
    def source(self) -> str: ...
    @property
    def notes(self) -> str: ...
    @property
    def encrypted_paths(self) -> tuple[str, ...]: ...
    def __eq__(self, value: object, /) -> bool: ...
    def __hash__(self) -> int: ...

def operations() -> list[Operation]: ...
def operation(op_id: str) -> Operation: ...

@final
class ApiResponse(Generic[_R]):
    """A verified answer; ``result`` is shaped by the operation (see :mod:`umf.models`)."""

    @classmethod
    def __class_getitem__(cls, key: Any) -> GenericAlias: ...
    @property
    def operation(self) -> str: ...
    @property
    def http_status(self) -> int: ...
    @property
    def meta(self) -> Meta: ...
    @property
    def result(self) -> _R: ...
    @property
    def links(self) -> list[Link]: ...
    @property
    def uncovered(self) -> dict[str, Any]: ...
    @property
    def verification(self) -> Verification: ...

@final
class UnsignedRequest:
    """A request whose body is final, without its signature."""

    @property
    def request(self) -> HttpRequest: ...
    @property
    def signature_required(self) -> bool: ...
    @property
    def encrypted(self) -> list[str]: ...
    @property
    def passed_through(self) -> list[str]: ...
    def bytes_to_sign(self) -> bytes: ...
    def attach_signature(
        self, signature: str, *, check_with: PublicKey | None = None
    ) -> HttpRequest: ...
    def sign_with(self, key: PrivateKey) -> HttpRequest: ...

@final
class Client:
    """The sans-IO UMF client: builds exact requests and reads verified answers."""

    def __new__(
        cls,
        base_url: str,
        *,
        umf_public_key: PublicKey | _KeySource,
        merchant_key: PrivateKey | _KeySource | None = None,
        passphrase: _Passphrase = None,
        authorization: _AuthorizationStyle = "bearer_space",
        accept_language: str | None = None,
        verify_policy: _VerifyPolicy = "if_present",
        verify_scope: _SignatureScope = "auto",
        validate: bool = True,
        sign_get_requests: bool = False,
        umf_additional_public_keys: Sequence[PublicKey | _KeySource] | None = None,
        token_url: str | None = None,
        token_credentials: _TokenCredentials = "json",
    ) -> Client: ...
    @property
    def base_url(self) -> str: ...
    @property
    def token_url(self) -> str: ...
    @property
    def token_credentials(self) -> _TokenCredentials: ...
    @property
    def umf_public_key(self) -> PublicKey: ...
    @property
    def umf_additional_public_keys(self) -> list[PublicKey]: ...
    @property
    def authorization(self) -> _AuthorizationStyle: ...
    @property
    def has_merchant_key(self) -> bool: ...
    @staticmethod
    def operations() -> list[Operation]: ...
    def prepare(
        self, op: str, params: _Params = None, /, *, token: AccessToken | None = None, **fields: Any
    ) -> HttpRequest: ...
    def prepare_unsigned(
        self, op: str, params: _Params = None, /, *, token: AccessToken | None = None, **fields: Any
    ) -> UnsignedRequest: ...
    def validate(
        self, op: str, params: _Params = None, /, **fields: Any
    ) -> list[ValidationProblem]: ...
    # BEGIN generated by codegen/generate.py: parse overloads
    @overload
    def parse(
        self, op: Literal["get_refundable_balance"], response: HttpResponse
    ) -> ApiResponse[models.AccountBalance]: ...
    @overload
    def parse(
        self, op: Literal["query_agreements"], response: HttpResponse
    ) -> ApiResponse[models.AgreementInfo]: ...
    @overload
    def parse(
        self, op: Literal["list_banks", "query_card_bin"], response: HttpResponse
    ) -> ApiResponse[models.BanksResult]: ...
    @overload
    def parse(
        self, op: Literal["bind_card_send_sms", "bind_card_confirm"], response: HttpResponse
    ) -> ApiResponse[models.CardBinding]: ...
    @overload
    def parse(
        self,
        op: Literal[
            "apply_to_ciq",
            "get_ciq_declaration",
            "apply_to_ciq_no_payment_id",
            "query_ciq_no_payment_id",
        ],
        response: HttpResponse,
    ) -> ApiResponse[models.CiqDeclarationsResult]: ...
    @overload
    def parse(
        self, op: Literal["create_async_refund_no_payment_id"], response: HttpResponse
    ) -> ApiResponse[models.CreateAsyncRefundNoPaymentIdResult]: ...
    @overload
    def parse(
        self, op: Literal["create_async_refund"], response: HttpResponse
    ) -> ApiResponse[models.CreateAsyncRefundResult]: ...
    @overload
    def parse(
        self, op: Literal["create_payment"], response: HttpResponse
    ) -> ApiResponse[models.CreatePaymentResult]: ...
    @overload
    def parse(
        self, op: Literal["create_refund"], response: HttpResponse
    ) -> ApiResponse[models.CreateRefundResult]: ...
    @overload
    def parse(
        self,
        op: Literal[
            "apply_to_customs",
            "get_customs_declaration",
            "apply_to_customs_no_payment_id",
            "query_customs_no_payment_id",
        ],
        response: HttpResponse,
    ) -> ApiResponse[models.CustomsDeclarationsResult]: ...
    @overload
    def parse(
        self, op: Literal["declare_again", "declare_again_no_payment_id"], response: HttpResponse
    ) -> ApiResponse[models.DeclareAgain]: ...
    @overload
    def parse(
        self,
        op: Literal["create_enterprise_qualification", "get_enterprise_qualification"],
        response: HttpResponse,
    ) -> ApiResponse[models.EnterpriseQualification]: ...
    @overload
    def parse(
        self, op: Literal["get_exchange_rate"], response: HttpResponse
    ) -> ApiResponse[models.ExchangeRatesResult]: ...
    @overload
    def parse(
        self, op: Literal["execute_payment"], response: HttpResponse
    ) -> ApiResponse[models.ExecutePaymentResult]: ...
    @overload
    def parse(
        self, op: Literal["get_payment"], response: HttpResponse
    ) -> ApiResponse[models.GetPaymentResult]: ...
    @overload
    def parse(
        self, op: Literal["get_payment_with_refunds"], response: HttpResponse
    ) -> ApiResponse[models.GetPaymentWithRefundsResult]: ...
    @overload
    def parse(
        self, op: Literal["get_reconciliation_statement"], response: HttpResponse
    ) -> ApiResponse[models.GetReconciliationStatementResult]: ...
    @overload
    def parse(
        self, op: Literal["list_transactions"], response: HttpResponse
    ) -> ApiResponse[models.ListTransactionsResult]: ...
    @overload
    def parse(
        self,
        op: Literal[
            "get_wechat_openid_url",
            "unbind_agreement",
            "unbind_bank_agreement",
            "send_payee_info",
            "send_order_item",
            "confirm_remittance",
            "create_tuition_order",
            "send_enterprise_qualification",
            "send_b2b_outer_order_detail",
            "send_b2b_order",
        ],
        response: HttpResponse,
    ) -> ApiResponse[models.NoResult]: ...
    @overload
    def parse(
        self, op: Literal["upload_payment_files"], response: HttpResponse
    ) -> ApiResponse[models.PayOrderFile]: ...
    @overload
    def parse(
        self, op: Literal["query_tuition_order"], response: HttpResponse
    ) -> ApiResponse[models.PayQueryOrder]: ...
    @overload
    def parse(
        self, op: Literal["query_remittance_status"], response: HttpResponse
    ) -> ApiResponse[models.PayRes]: ...
    @overload
    def parse(
        self, op: Literal["query_async_refund_no_payment_id"], response: HttpResponse
    ) -> ApiResponse[models.QueryAsyncRefundNoPaymentIdResult]: ...
    @overload
    def parse(
        self, op: Literal["query_enterprise_qualification_report"], response: HttpResponse
    ) -> ApiResponse[models.QueryEnterpriseId]: ...
    @overload
    def parse(
        self, op: Literal["query_b2b_order"], response: HttpResponse
    ) -> ApiResponse[models.QueryOrder]: ...
    @overload
    def parse(
        self, op: Literal["get_refund"], response: HttpResponse
    ) -> ApiResponse[models.Refund]: ...
    @overload
    def parse(
        self, op: Literal["send_payment_sms"], response: HttpResponse
    ) -> ApiResponse[models.SendPaymentSmsResult | models.NoResult]: ...
    @overload
    def parse(
        self, op: Literal["create_settle_month_statement"], response: HttpResponse
    ) -> ApiResponse[models.SettleMonthFile]: ...
    @overload
    def parse(
        self,
        op: Literal[
            "download_settlement_file",
            "download_transactions_file",
            "download_settle_month_statement",
            "download_reconciliation_statement_file_legacy",
        ],
        response: HttpResponse,
    ) -> ApiResponse[models.StatementFile]: ...
    @overload
    def parse(
        self, op: Literal["update_express_info"], response: HttpResponse
    ) -> ApiResponse[models.UpdateExpressInfoResult]: ...
    @overload
    def parse(
        self, op: Literal["upload_file"], response: HttpResponse
    ) -> ApiResponse[models.UploadedFileResult]: ...
    @overload
    def parse(self, op: str, response: HttpResponse) -> ApiResponse[Any]: ...
    # END generated: parse overloads
    def token_manager(
        self,
        credentials: ClientCredentials,
        *,
        refresh_margin_ms: int = ...,
        refresh_timeout_ms: int = ...,
    ) -> TokenManager: ...
    def verify_notification(
        self, signature: str | None, raw_body: _BytesOrText
    ) -> Notification: ...

# BEGIN generated by codegen/generate.py: parse_response overloads
@overload
def parse_response(
    op: Literal["get_refundable_balance"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.AccountBalance]: ...
@overload
def parse_response(
    op: Literal["query_agreements"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.AgreementInfo]: ...
@overload
def parse_response(
    op: Literal["list_banks", "query_card_bin"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.BanksResult]: ...
@overload
def parse_response(
    op: Literal["bind_card_send_sms", "bind_card_confirm"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.CardBinding]: ...
@overload
def parse_response(
    op: Literal[
        "apply_to_ciq",
        "get_ciq_declaration",
        "apply_to_ciq_no_payment_id",
        "query_ciq_no_payment_id",
    ],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.CiqDeclarationsResult]: ...
@overload
def parse_response(
    op: Literal["create_async_refund_no_payment_id"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.CreateAsyncRefundNoPaymentIdResult]: ...
@overload
def parse_response(
    op: Literal["create_async_refund"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.CreateAsyncRefundResult]: ...
@overload
def parse_response(
    op: Literal["create_payment"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.CreatePaymentResult]: ...
@overload
def parse_response(
    op: Literal["create_refund"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.CreateRefundResult]: ...
@overload
def parse_response(
    op: Literal[
        "apply_to_customs",
        "get_customs_declaration",
        "apply_to_customs_no_payment_id",
        "query_customs_no_payment_id",
    ],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.CustomsDeclarationsResult]: ...
@overload
def parse_response(
    op: Literal["declare_again", "declare_again_no_payment_id"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.DeclareAgain]: ...
@overload
def parse_response(
    op: Literal["create_enterprise_qualification", "get_enterprise_qualification"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.EnterpriseQualification]: ...
@overload
def parse_response(
    op: Literal["get_exchange_rate"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.ExchangeRatesResult]: ...
@overload
def parse_response(
    op: Literal["execute_payment"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.ExecutePaymentResult]: ...
@overload
def parse_response(
    op: Literal["get_payment"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.GetPaymentResult]: ...
@overload
def parse_response(
    op: Literal["get_payment_with_refunds"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.GetPaymentWithRefundsResult]: ...
@overload
def parse_response(
    op: Literal["get_reconciliation_statement"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.GetReconciliationStatementResult]: ...
@overload
def parse_response(
    op: Literal["list_transactions"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.ListTransactionsResult]: ...
@overload
def parse_response(
    op: Literal[
        "get_wechat_openid_url",
        "unbind_agreement",
        "unbind_bank_agreement",
        "send_payee_info",
        "send_order_item",
        "confirm_remittance",
        "create_tuition_order",
        "send_enterprise_qualification",
        "send_b2b_outer_order_detail",
        "send_b2b_order",
    ],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.NoResult]: ...
@overload
def parse_response(
    op: Literal["upload_payment_files"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.PayOrderFile]: ...
@overload
def parse_response(
    op: Literal["query_tuition_order"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.PayQueryOrder]: ...
@overload
def parse_response(
    op: Literal["query_remittance_status"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.PayRes]: ...
@overload
def parse_response(
    op: Literal["query_async_refund_no_payment_id"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.QueryAsyncRefundNoPaymentIdResult]: ...
@overload
def parse_response(
    op: Literal["query_enterprise_qualification_report"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.QueryEnterpriseId]: ...
@overload
def parse_response(
    op: Literal["query_b2b_order"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.QueryOrder]: ...
@overload
def parse_response(
    op: Literal["get_refund"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.Refund]: ...
@overload
def parse_response(
    op: Literal["send_payment_sms"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.SendPaymentSmsResult | models.NoResult]: ...
@overload
def parse_response(
    op: Literal["create_settle_month_statement"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.SettleMonthFile]: ...
@overload
def parse_response(
    op: Literal[
        "download_settlement_file",
        "download_transactions_file",
        "download_settle_month_statement",
        "download_reconciliation_statement_file_legacy",
    ],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.StatementFile]: ...
@overload
def parse_response(
    op: Literal["update_express_info"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.UpdateExpressInfoResult]: ...
@overload
def parse_response(
    op: Literal["upload_file"],
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[models.UploadedFileResult]: ...
@overload
def parse_response(
    op: str,
    response: HttpResponse,
    umf_public_key: PublicKey | None = None,
    *,
    policy: _VerifyPolicy = ...,
    scope: _SignatureScope = ...,
) -> ApiResponse[Any]: ...

# END generated: parse_response overloads
def next_page(
    op: str, params: Mapping[str, Any], pagination: Mapping[str, Any]
) -> dict[str, Any] | None: ...

@final
class CallPolicy:
    """The retry policy's numbers (the same names in every binding)."""

    def __new__(
        cls,
        *,
        max_attempts: int | None = None,
        initial_backoff_ms: int | None = None,
        max_backoff_ms: int | None = None,
        deadline_ms: int | None = None,
        attempt_timeout_ms: int | None = None,
        jitter: bool | None = None,
    ) -> CallPolicy: ...
    @property
    def max_attempts(self) -> int: ...
    @property
    def initial_backoff_ms(self) -> int: ...
    @property
    def max_backoff_ms(self) -> int: ...
    @property
    def deadline_ms(self) -> int: ...
    @property
    def attempt_timeout_ms(self) -> int: ...
    @property
    def jitter(self) -> bool: ...

@final
class StoreConfig:
    """How the shared token store is used."""

    def __new__(
        cls,
        *,
        prefix: str | None = None,
        lock_ttl_ms: int | None = None,
        poll_ms: int | None = None,
        retry_after_failure_ms: int | None = None,
        mode: Literal["fallback", "required"] | None = None,
        drain_ms: int | None = None,
    ) -> StoreConfig: ...
    @property
    def prefix(self) -> str: ...
    @property
    def lock_ttl_ms(self) -> int: ...
    @property
    def poll_ms(self) -> int: ...
    @property
    def drain_ms(self) -> int: ...
    @property
    def retry_after_failure_ms(self) -> int: ...
    @property
    def mode(self) -> Literal["fallback", "required"]: ...

@final
class StoreCommand:
    """One script to run on the store (its arguments may hold the token: never log them)."""

    @property
    def script(self) -> str: ...
    @property
    def keys(self) -> list[str]: ...
    @property
    def args(self) -> list[str]: ...

@final
class Step:
    """What the host does next."""

    @property
    def kind(self) -> Literal["send", "store", "sleep", "done"]: ...
    @property
    def request(self) -> HttpRequest | None: ...
    @property
    def timeout_ms(self) -> int: ...
    @property
    def is_token_request(self) -> bool: ...
    @property
    def command(self) -> StoreCommand | None: ...
    @property
    def sleep_ms(self) -> int: ...

@final
class Call:
    """One call, driven by the host."""

    def next(self) -> Step: ...
    def received(self, response: HttpResponse) -> None: ...
    def failed(self, kind: Literal["not_sent", "timeout", "interrupted"], message: str) -> None: ...
    def store_replied(self, reply: Sequence[str]) -> None: ...
    def store_failed(self, message: str) -> None: ...
    def take_events(self) -> list[CallEvent]: ...
    @property
    def is_done(self) -> bool: ...
    def answer(self) -> ApiResponse[Any]: ...
    def response(self) -> HttpResponse: ...
    def token(self) -> AccessToken: ...

@final
class Caller:
    """The calling policy for one ``client_id`` in this process."""

    def __new__(
        cls,
        client: Client,
        credentials: ClientCredentials,
        *,
        policy: CallPolicy | None = None,
        store: StoreConfig | None = None,
        host: str = "",
        refresh_margin_ms: int | None = None,
        jitter_seed: int | None = None,
    ) -> Caller: ...
    @property
    def client(self) -> Client: ...
    @property
    def client_id(self) -> str: ...
    @property
    def policy(self) -> CallPolicy: ...
    @property
    def store(self) -> StoreConfig | None: ...
    @property
    def user_agent(self) -> str: ...
    def stats(self) -> CallStats: ...
    def call(self, op: str, params: _Params = None, /, **fields: Any) -> Call: ...
    def call_prepared(self, op: str, request: HttpRequest) -> Call: ...
    def send(self, request: HttpRequest, *, authorize: bool = True) -> Call: ...
    def token(self) -> Call: ...
    def install_token(self, value: str, expires_at_ms: int) -> AccessToken: ...
    def seen_command(self, idempotency_key: str, ttl_ms: int) -> StoreCommand | None: ...

@final
class SeenSet:
    """Idempotency keys recorded in this process, each for a time."""

    def __new__(cls, capacity: int | None = None) -> SeenSet: ...
    def seen(self, key: str, ttl_ms: int) -> bool: ...

def seen_reply(reply: Sequence[str]) -> bool: ...

@final
class PollPolicy:
    """The poller's numbers (the same names in every binding)."""

    def __new__(
        cls,
        *,
        interval_ms: int | None = None,
        max_interval_ms: int | None = None,
        deadline_ms: int | None = None,
        backoff: float | None = None,
    ) -> PollPolicy: ...
    @property
    def interval_ms(self) -> int: ...
    @property
    def max_interval_ms(self) -> int: ...
    @property
    def deadline_ms(self) -> int: ...
    @property
    def backoff(self) -> float: ...

@final
class Poller:
    """One wait for a payment's or a refund's final state: the core says when to query
    again."""

    def __new__(
        cls, subject: Literal["payment", "refund"], policy: PollPolicy | None = None
    ) -> Poller: ...
    @property
    def subject(self) -> Literal["payment", "refund"]: ...
    @property
    def query_operation(self) -> Literal["get_payment", "get_refund"]: ...
    def observe(self, state: str) -> int | None:
        """``None`` when ``state`` is final, else the milliseconds to sleep before querying
        again; raises :class:`umf.OutcomePendingError` once the deadline has passed."""

"""An optional httpx transport for the core's call loop (``pip install "umf-sdk[httpx]"``).

:class:`UmfClient` (threads) and :class:`AsyncUmfClient` (asyncio) have one method per
operation of the core's table (``client.create_payment(...)``, ``client.get_payment(...)``,
generated in :mod:`umf._operations`). Every decision is the core's (:class:`umf.Caller`, the
same loop in every binding): when to fetch a token (one fetch at a time per process, or per
fleet with a :class:`umf.RedisTokenStore`), when a token counts as rejected (then the same
signed bytes go once more with a fresh one), what is retried after a transient failure (only
operations that are safe to repeat, or requests that never left), how long to back off, and
when to give up. These clients only send the exact bytes the core hands them, sleep when it
says so, and run its store commands on your Redis client.

The knobs are a :class:`umf.CallPolicy` passed as ``policy=`` (``max_attempts``,
``initial_backoff_ms``, ``max_backoff_ms``, ``deadline_ms``, ``attempt_timeout_ms``,
``jitter``). Each event of a call (request, token request, retry, store unavailable) is logged
on the ``umf`` logger, one line per event with the fields in ``extra={"umf_event": {...}}``,
and handed to ``on_event`` when given; events hold no key, secret, token or body.

Transport failures raise :class:`umf.TransportError` (``transport_error``) or
:class:`umf.TransportTimeoutError` (``timeout``) with ``sent``, ``retryable`` and
``operation``, the httpx exception chained as ``__cause__`` (its ``request`` without
credentials or body). After ``sent=True`` a state-changing request may or may not have reached
UMF: query it (or repeat it with the same ``mer_reference_id``, which UMF pays at most once).

A payment or refund may answer a pending state (``WAIT_BUYER_PAY`` after ``execute_payment``,
``REFUND_PROCESS`` after a refund); its outcome arrives later, by notification and by query.
``wait_for_payment(payment_id)`` and ``wait_for_refund(refund_id)`` query until the state is
final, sleeping as the core's :class:`umf.Poller` says (``poll=`` a :class:`umf.PollPolicy`:
``interval_ms``, ``max_interval_ms``, ``deadline_ms``, ``backoff``), and raise
:class:`umf.OutcomePendingError` (``outcome_pending``, with ``state`` and ``waited_ms``) when the
deadline passes first.
"""

from __future__ import annotations

import asyncio
import logging
import os
import platform
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import Any, Literal, TypeVar, Union

try:
    import httpx
except ImportError:  # pragma: no cover - depends on the environment
    raise ImportError('umf.http needs httpx: pip install "umf-sdk[httpx]"') from None

from umf._native import (
    AccessToken,
    ApiResponse,
    Call,
    Caller,
    CallPolicy,
    Client,
    ClientCredentials,
    HttpRequest,
    HttpResponse,
    Notification,
    Poller,
    PollPolicy,
    PrivateKey,
    PublicKey,
    SeenSet,
    StoreCommand,
    next_page,
    seen_reply,
)
from umf._operations import AsyncOperations, SyncOperations
from umf.errors import StoreUnavailableError, TransportError
from umf.events import CallEvent, CallStats
from umf.models import GetPaymentResult, Refund
from umf.redis_store import RedisTokenStore, failure_message

__all__ = ["HOST", "UmfClient", "AsyncUmfClient"]

#: The host part of ``User-Agent`` (``umf-sdk/<version> python/<version>``).
HOST = f"python/{platform.python_version()}"

#: Where the events of every call go (one line each; the fields in ``extra["umf_event"]``).
logger = logging.getLogger("umf")

# The connect phase of each attempt gets at most this long (the attempt's timeout is the
# policy's attempt_timeout_ms).
_CONNECT_S = 5.0

# What the native module's key loaders take (umf/_native.pyi).
_PrivateKeySource = Union[PrivateKey, bytes, bytearray, memoryview, str, os.PathLike[str]]
_PublicKeySource = Union[PublicKey, bytes, bytearray, memoryview, str, os.PathLike[str]]
_Passphrase = Union[bytes, bytearray, memoryview, str, None]
OnEvent = Callable[[CallEvent], None]
_T = TypeVar("_T")

_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def _failure_kind(err: httpx.RequestError) -> Literal["not_sent", "timeout", "interrupted"]:
    """How a send failed, for the core: nothing left the process, no answer in time, or the
    connection broke after sending. Anything else counts as broken after sending, the reading
    that never sends a state-changing request twice."""
    if isinstance(err, _NOT_SENT):
        return "not_sent"
    if isinstance(err, httpx.TimeoutException):
        return "timeout"
    return "interrupted"


def _to_response(response: httpx.Response) -> HttpResponse:
    return HttpResponse(
        response.status_code, list(response.headers.multi_items()), response.content
    )


def _forget_secrets(err: httpx.RequestError) -> None:
    """Swaps the request an httpx exception keeps for one without credentials or body.

    The exception keeps the request it was sending, and pickling the exception (as
    ``multiprocessing`` and task queues do) would carry its bearer token and body, which may be
    the token request with the client secret. The message, type and traceback stay httpx's.
    """
    try:
        sent = err.request
    except RuntimeError:  # no request attached
        return
    headers = [
        (name, value)
        for name, value in sent.headers.multi_items()
        if name.lower() not in ("authorization", "proxy-authorization")
    ]
    err.request = httpx.Request(sent.method, sent.url, headers=headers)


def _state(result: Mapping[str, Any]) -> str:
    """The ``state`` of a payment or refund; an answer without one is not final."""
    state = result.get("state")
    return state if isinstance(state, str) else ""


def _flat(params: Mapping[str, Any] | None, fields: Mapping[str, Any]) -> dict[str, Any]:
    return {**(params or {}), **fields}


_LEVELS = {
    "store_unavailable": logging.WARNING,
    "retry": logging.INFO,
}


class _Run:
    """One call's reports to the core, and the last host exceptions, to chain as causes."""

    __slots__ = ("call", "send_error", "store_error")

    def __init__(self, call: Call) -> None:
        self.call = call
        self.send_error: BaseException | None = None
        self.store_error: BaseException | None = None

    def send_failed(self, err: httpx.RequestError) -> None:
        _forget_secrets(err)
        self.send_error = err
        self.call.failed(_failure_kind(err), f"{type(err).__name__}: {err}")

    def store_failed(self, err: Exception) -> None:
        self.store_error = err
        self.call.store_failed(failure_message(err))

    def outcome(self, take: Callable[[], _T]) -> _T:
        try:
            return take()
        except StoreUnavailableError as err:
            if self.store_error is None:
                raise
            raise err from self.store_error
        except TransportError as err:
            if self.send_error is None:
                raise
            raise err from self.send_error


class _Common:
    """Configuration shared by the sync and async clients."""

    def __init__(
        self,
        *,
        base_url: str | None,
        credentials: ClientCredentials | None,
        caller: Caller | None,
        client: Client | None,
        umf_public_key: _PublicKeySource | None,
        umf_additional_public_keys: Sequence[_PublicKeySource] | None,
        merchant_key: _PrivateKeySource | None,
        passphrase: _Passphrase,
        verify_policy: Literal["strict", "if_present", "off"],
        authorization: Literal["bearer_space", "bearer_no_space"],
        token_url: str | None,
        token_credentials: Literal["json", "basic"] | None,
        policy: CallPolicy | None,
        store: RedisTokenStore | None,
        refresh_margin_ms: int | None,
        on_event: OnEvent | None,
    ) -> None:
        if caller is not None:
            if credentials is not None or policy is not None or client is not None:
                raise TypeError("caller= already holds the client, credentials and policy")
            if (caller.store is None) != (store is None):
                raise TypeError("pass store= exactly when the caller was made with a store")
        else:
            configured = (
                umf_public_key,
                umf_additional_public_keys,
                merchant_key,
                token_url,
                token_credentials,
            )
            if client is not None and any(option is not None for option in configured):
                # A configured client carries its keys and token endpoint; two sources of
                # them would leave one silently ignored.
                raise TypeError(
                    "pass client= or its options (umf_public_key=, umf_additional_public_keys=,"
                    " merchant_key=, token_url=, token_credentials=), not both"
                )
            if client is None:
                if umf_public_key is None:
                    raise TypeError("pass umf_public_key= (and merchant_key=) or client=")
                if base_url is None:
                    raise TypeError("pass base_url=")
                client = Client(
                    base_url,
                    umf_public_key=umf_public_key,
                    umf_additional_public_keys=umf_additional_public_keys,
                    merchant_key=merchant_key,
                    passphrase=passphrase,
                    authorization=authorization,
                    verify_policy=verify_policy,
                    token_url=token_url,
                    token_credentials=token_credentials or "json",
                )
            if credentials is None:
                raise TypeError("pass credentials= (or caller=)")
            caller = Caller(
                client,
                credentials,
                policy=policy,
                store=store.config if store is not None else None,
                host=HOST,
                refresh_margin_ms=refresh_margin_ms,
            )
        self.caller = caller
        self._client = caller.client
        self.base_url = self._client.base_url.rstrip("/")
        self._store = store
        self._on_event = on_event
        self._seen = SeenSet()

    @property
    def client(self) -> Client:
        """The sans-IO :class:`umf.Client` that builds and reads each operation."""
        return self._client

    def stats(self) -> CallStats:
        """What every call of this client's :class:`umf.Caller` sent so far: ``requests``,
        ``token_requests``, ``shared_tokens``, ``token_replays``, ``retries``,
        ``store_failures``."""
        return self.caller.stats()

    def verify_notification(self, signature: str | None, raw_body: bytes) -> Notification:
        """Verifies a notification's ``Signature`` over the raw body with the UMF keys (the
        ``umf_public_key`` and the ``umf_additional_public_keys`` of a key change-over) and
        reads it (see :func:`umf.verify_notification`); ``key_fingerprint`` names the key."""
        return self.client.verify_notification(signature, raw_body)

    def _emit(self, call: Call) -> None:
        for event in call.take_events():
            level = _LEVELS.get(event["kind"], logging.INFO if event["error"] else logging.DEBUG)
            if logger.isEnabledFor(level):
                logger.log(
                    level,
                    "umf %s %s %s %s status=%s ret_code=%s attempt=%s %sms token=%s "
                    "retry_reason=%s error=%s",
                    event["kind"],
                    event["operation"],
                    event["method"],
                    event["path"],
                    event["status"],
                    event["ret_code"],
                    event["attempt"],
                    event["duration_ms"],
                    event["token"],
                    event["retry_reason"],
                    event["error"],
                    extra={"umf_event": event},
                )
            if self._on_event is not None:
                try:
                    self._on_event(event)
                except Exception:
                    # An observer's bug must not lose the answer of a payment already sent.
                    logger.exception("umf on_event hook failed")

    def _seen_fallback(self, idempotency_key: str, ttl_ms: int, err: Exception) -> bool:
        assert self._store is not None
        if self._store.mode == "required":
            raise StoreUnavailableError(
                f"the shared store is unavailable: {failure_message(err)}",
                "store_unavailable",
                retryable=True,
            ) from err
        logger.warning("umf seen: the shared store is unavailable; recorded in this process only")
        return self._seen.seen(idempotency_key, ttl_ms)

    def _build(
        self, http: httpx.Client | httpx.AsyncClient, request: HttpRequest, timeout_ms: int
    ) -> httpx.Request:
        # content= sends the bytes as they are: the signature covers exactly these.
        return http.build_request(
            request.method,
            request.url,
            headers=request.headers,
            content=request.body,
            timeout=httpx.Timeout(timeout_ms / 1000, connect=min(_CONNECT_S, timeout_ms / 1000)),
        )

    def __repr__(self) -> str:
        client_id = self.caller.client_id
        return f"{type(self).__name__}(base_url={self.base_url!r}, client_id={client_id!r})"


class UmfClient(_Common, SyncOperations):
    """A thread-safe client: share one per ``client_id`` across the process.

    ``umf_public_key`` and ``merchant_key`` take key objects or anything the key loaders take
    (PEM or base64 text, bytes, a path); or pass a configured :class:`umf.Client` as
    ``client`` (validation, verification scope, ``Accept-Language``). ``verify_policy``
    ``"strict"`` refuses unsigned answers; the default verifies a signature when present.
    ``umf_additional_public_keys`` also verify during a key change-over (the key that verified
    is each answer's ``verification.key_fingerprint``). ``token_url`` (default
    ``{base_url}/oauth/authorize``) and ``token_credentials`` (``"json"``, the default, or
    ``"basic"``) say where and how every token of this client is fetched.

    ``policy`` is a :class:`umf.CallPolicy` (retries, backoff, deadline, per-attempt timeout);
    ``store`` a :class:`umf.RedisTokenStore` for a fleet sharing one ``client_id``;
    ``on_event`` receives each event of each call. ``caller=`` shares the token of another
    client of this process (``UmfClient(caller=other.caller)``), sync or async.
    ``http_client`` lets you bring your own configured ``httpx.Client`` (proxies, limits,
    certificates); otherwise one is made with ``transport``.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        credentials: ClientCredentials | None = None,
        umf_public_key: _PublicKeySource | None = None,
        umf_additional_public_keys: Sequence[_PublicKeySource] | None = None,
        merchant_key: _PrivateKeySource | None = None,
        passphrase: _Passphrase = None,
        client: Client | None = None,
        caller: Caller | None = None,
        verify_policy: Literal["strict", "if_present", "off"] = "if_present",
        authorization: Literal["bearer_space", "bearer_no_space"] = "bearer_space",
        token_url: str | None = None,
        token_credentials: Literal["json", "basic"] | None = None,
        policy: CallPolicy | None = None,
        store: RedisTokenStore | None = None,
        refresh_margin_ms: int | None = None,
        on_event: OnEvent | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials=credentials,
            caller=caller,
            client=client,
            umf_public_key=umf_public_key,
            umf_additional_public_keys=umf_additional_public_keys,
            merchant_key=merchant_key,
            passphrase=passphrase,
            verify_policy=verify_policy,
            authorization=authorization,
            token_url=token_url,
            token_credentials=token_credentials,
            policy=policy,
            store=store,
            refresh_margin_ms=refresh_margin_ms,
            on_event=on_event,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(transport=transport)

    def close(self) -> None:
        """Closes the httpx client if this client made it."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> UmfClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _drive(self, call: Call) -> _Run:
        """Runs the core's loop to its end: send, run store commands, sleep."""
        run = _Run(call)
        while True:
            step = call.next()
            kind = step.kind
            if kind == "send":
                request = step.request
                assert request is not None
                try:
                    response = self._http.send(self._build(self._http, request, step.timeout_ms))
                    call.received(_to_response(response))
                except httpx.RequestError as err:
                    run.send_failed(err)
            elif kind == "store":
                command = step.command
                assert command is not None and self._store is not None
                try:
                    reply = self._store.run(command)
                except Exception as err:
                    run.store_failed(err)
                else:
                    call.store_replied(reply)
            elif kind == "sleep":
                time.sleep(step.sleep_ms / 1000)
            self._emit(call)
            if kind == "done":
                return run

    def token(self) -> AccessToken:
        """A valid access token (fetched if needed, by one caller at a time)."""
        call = self.caller.token()
        return self._drive(call).outcome(call.token)

    def call(
        self, op: str, params: Mapping[str, Any] | None = None, /, **fields: Any
    ) -> ApiResponse[Any]:
        """Sends operation ``op`` and returns its verified answer.

        ``params`` and ``fields`` together are the flat parameters: path and query parameters
        by name, ``"$confirm": True`` where a confirmation is needed, the rest is the body. The
        request is built and signed once; whatever goes again goes as the same bytes.
        Raises :class:`umf.ValidationError` before anything is sent, :class:`umf.ApiError` for
        UMF's errors, :class:`umf.SignatureError` for an answer that does not verify,
        :class:`umf.TransportError` when no answer came.
        """
        call = self.caller.call(op, params, **fields)
        return self._drive(call).outcome(call.answer)

    def pages(
        self, op: str, params: Mapping[str, Any] | None = None, /, **fields: Any
    ) -> Iterator[ApiResponse[Any]]:
        """Every page of a paginated query (``get_reconciliation_statement``,
        ``list_transactions``), one answer at a time."""
        current: dict[str, Any] | None = _flat(params, fields)
        while current is not None:
            answer = self.call(op, current)
            yield answer
            pagination = answer.result.get("pagination")
            current = next_page(op, current, pagination) if pagination else None

    def send(self, request: HttpRequest, *, authorize: bool = True) -> HttpResponse:
        """Sends a request built elsewhere as its exact bytes and returns the answer as
        received (not parsed).

        With ``authorize`` (the default) the current token goes in ``Authorization``, and a
        rejected token is replaced and the same bytes sent once more. Only a GET is retried
        after a transient failure.
        """
        call = self.caller.send(request, authorize=authorize)
        return self._drive(call).outcome(call.response)

    def wait_for_payment(
        self, payment_id: str, *, poll: PollPolicy | None = None
    ) -> ApiResponse[GetPaymentResult]:
        """Queries the payment (``get_payment``) until its state is final and returns that
        answer. Raises :class:`umf.OutcomePendingError` when ``poll.deadline_ms`` passes
        first; the payment is then still pending, not failed."""
        return self._wait(Poller("payment", poll), "payment_id", payment_id)

    def wait_for_refund(
        self, refund_id: str, *, poll: PollPolicy | None = None
    ) -> ApiResponse[Refund]:
        """Queries the refund (``get_refund``) until its state is final; see
        :meth:`wait_for_payment`."""
        return self._wait(Poller("refund", poll), "refund_id", refund_id)

    def _wait(self, poller: Poller, key: str, object_id: str) -> ApiResponse[Any]:
        """Queries until the core's poller says the state is final (or raises)."""
        while True:
            answer = self.call(poller.query_operation, {key: object_id})
            sleep_ms = poller.observe(_state(answer.result))
            if sleep_ms is None:
                return answer
            time.sleep(sleep_ms / 1000)

    def seen(self, idempotency_key: str, ttl_ms: int) -> bool:
        """Records a notification's idempotency key for ``ttl_ms``; returns whether it was
        recorded before (then skip the notification: another delivery, or another instance,
        handled it). With a store, the record is shared by the fleet; without, by this
        process."""
        command = self.caller.seen_command(idempotency_key, ttl_ms)
        if command is None or self._store is None:
            return self._seen.seen(idempotency_key, ttl_ms)
        try:
            reply = self._store.run(command)
        except Exception as err:
            return self._seen_fallback(idempotency_key, ttl_ms, err)
        return seen_reply(reply)


class AsyncUmfClient(_Common, AsyncOperations):
    """The asyncio client; use it from one event loop (as an ``httpx.AsyncClient``).

    Takes the arguments of :class:`UmfClient` (``store`` with a ``redis.asyncio.Redis``).
    Tasks share one token fetch; ``caller=`` shares the token with other clients, sync or
    async. Building and reading a request (RSA included) runs on the loop's thread with the
    GIL released: well under a millisecond at 1024 bits.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        credentials: ClientCredentials | None = None,
        umf_public_key: _PublicKeySource | None = None,
        umf_additional_public_keys: Sequence[_PublicKeySource] | None = None,
        merchant_key: _PrivateKeySource | None = None,
        passphrase: _Passphrase = None,
        client: Client | None = None,
        caller: Caller | None = None,
        verify_policy: Literal["strict", "if_present", "off"] = "if_present",
        authorization: Literal["bearer_space", "bearer_no_space"] = "bearer_space",
        token_url: str | None = None,
        token_credentials: Literal["json", "basic"] | None = None,
        policy: CallPolicy | None = None,
        store: RedisTokenStore | None = None,
        refresh_margin_ms: int | None = None,
        on_event: OnEvent | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials=credentials,
            caller=caller,
            client=client,
            umf_public_key=umf_public_key,
            umf_additional_public_keys=umf_additional_public_keys,
            merchant_key=merchant_key,
            passphrase=passphrase,
            verify_policy=verify_policy,
            authorization=authorization,
            token_url=token_url,
            token_credentials=token_credentials,
            policy=policy,
            store=store,
            refresh_margin_ms=refresh_margin_ms,
            on_event=on_event,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(transport=transport)

    async def aclose(self) -> None:
        """Closes the httpx client if this client made it."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncUmfClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _drive(self, call: Call) -> _Run:
        """Runs the core's loop to its end; see :meth:`UmfClient._drive`."""
        run = _Run(call)
        while True:
            step = call.next()
            kind = step.kind
            if kind == "send":
                request = step.request
                assert request is not None
                try:
                    response = await self._http.send(
                        self._build(self._http, request, step.timeout_ms)
                    )
                    call.received(_to_response(response))
                except httpx.RequestError as err:
                    run.send_failed(err)
            elif kind == "store":
                command = step.command
                assert command is not None and self._store is not None
                try:
                    reply = await self._store.arun(command)
                except Exception as err:
                    run.store_failed(err)
                else:
                    call.store_replied(reply)
            elif kind == "sleep":
                await asyncio.sleep(step.sleep_ms / 1000)
            self._emit(call)
            if kind == "done":
                return run

    async def token(self) -> AccessToken:
        """A valid access token; see :meth:`UmfClient.token`."""
        call = self.caller.token()
        return (await self._drive(call)).outcome(call.token)

    async def call(
        self, op: str, params: Mapping[str, Any] | None = None, /, **fields: Any
    ) -> ApiResponse[Any]:
        """Sends operation ``op`` and returns its verified answer; see :meth:`UmfClient.call`."""
        call = self.caller.call(op, params, **fields)
        return (await self._drive(call)).outcome(call.answer)

    async def pages(
        self, op: str, params: Mapping[str, Any] | None = None, /, **fields: Any
    ) -> AsyncIterator[ApiResponse[Any]]:
        """Every page of a paginated query; see :meth:`UmfClient.pages`."""
        current: dict[str, Any] | None = _flat(params, fields)
        while current is not None:
            answer = await self.call(op, current)
            yield answer
            pagination = answer.result.get("pagination")
            current = next_page(op, current, pagination) if pagination else None

    async def send(self, request: HttpRequest, *, authorize: bool = True) -> HttpResponse:
        """Sends a request's exact bytes; see :meth:`UmfClient.send`."""
        call = self.caller.send(request, authorize=authorize)
        return (await self._drive(call)).outcome(call.response)

    async def wait_for_payment(
        self, payment_id: str, *, poll: PollPolicy | None = None
    ) -> ApiResponse[GetPaymentResult]:
        """Queries the payment until its state is final; see
        :meth:`UmfClient.wait_for_payment`."""
        return await self._wait(Poller("payment", poll), "payment_id", payment_id)

    async def wait_for_refund(
        self, refund_id: str, *, poll: PollPolicy | None = None
    ) -> ApiResponse[Refund]:
        """Queries the refund until its state is final; see :meth:`UmfClient.wait_for_refund`."""
        return await self._wait(Poller("refund", poll), "refund_id", refund_id)

    async def _wait(self, poller: Poller, key: str, object_id: str) -> ApiResponse[Any]:
        """Queries until the core's poller says the state is final; see
        :meth:`UmfClient._wait`."""
        while True:
            answer = await self.call(poller.query_operation, {key: object_id})
            sleep_ms = poller.observe(_state(answer.result))
            if sleep_ms is None:
                return answer
            await asyncio.sleep(sleep_ms / 1000)

    async def seen(self, idempotency_key: str, ttl_ms: int) -> bool:
        """Records a notification's idempotency key; see :meth:`UmfClient.seen`."""
        command: StoreCommand | None = self.caller.seen_command(idempotency_key, ttl_ms)
        if command is None or self._store is None:
            return self._seen.seen(idempotency_key, ttl_ms)
        try:
            reply = await self._store.arun(command)
        except Exception as err:
            return self._seen_fallback(idempotency_key, ttl_ms, err)
        return seen_reply(reply)

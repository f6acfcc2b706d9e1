"""An optional httpx transport for what the core builds (``pip install "umf-sdk[httpx]"``).

:class:`UmfClient` (threads) and :class:`AsyncUmfClient` (asyncio) have one method per
operation of the core's table (``client.create_payment(...)``, ``client.get_payment(...)``,
generated in :mod:`umf._operations`), and:

* fetch the access token lazily and refresh it **single-flight** on the core's
  :class:`umf.TokenManager`: however many threads or tasks ask at once, one token request is
  sent and the others wait for it. UMF revokes the previous token whenever it issues a new one,
  so a second concurrent request would cut off the first;
* build each request once with :class:`umf.Client` (validated, sensitive fields encrypted,
  serialised once, signed) and send its exact bytes (``content=``, never ``json=``), with
  timeouts; the answer is verified and read by the core into plain dicts;
* after an expired-token answer (HTTP 401 or ``ret_code`` ``00280703``), drop that token, fetch
  a new one and send the same signed bytes once more with it (the signature covers the body
  only). Nothing else is retried: a payment POST that may have gone through is never sent
  twice. An :class:`umf.ApiError` says with ``is_retryable`` when sending again is safe.

Transport failures surface as httpx's own exceptions: ``httpx.TimeoutException`` after a
timeout, ``httpx.TransportError`` (e.g. ``RemoteProtocolError``) when the connection drops;
their ``request`` is the request without its ``Authorization`` header and body.
After either, a state-changing request may or may not have reached UMF: query it (or repeat it
with the same ``mer_reference_id``, which UMF pays at most once) rather than guess.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, Literal, Union

try:
    import httpx
except ImportError:  # pragma: no cover - depends on the environment
    raise ImportError('umf.http needs httpx: pip install "umf-sdk[httpx]"') from None

from umf._native import (
    TOKEN_PATH,
    AccessToken,
    ApiResponse,
    Client,
    ClientCredentials,
    HttpRequest,
    HttpResponse,
    Notification,
    PrivateKey,
    PublicKey,
    RefreshTicket,
    TokenManager,
    next_page,
)
from umf._operations import AsyncOperations, SyncOperations

__all__ = ["DEFAULT_TIMEOUT", "UmfClient", "AsyncUmfClient"]

#: Per-phase timeouts. The read timeout stays below the core's 30 s refresh timeout, after
#: which a stalled token request is presumed lost and another caller may start one.
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=5.0)

# How long a waiter sleeps before polling the manager again when no wake-up comes, e.g. when
# the refresh runs in another client sharing the same TokenManager.
_WAIT_SLICE_S = 0.1

_Timeout = Union[float, httpx.Timeout]
# What the native module's key loaders take (umf/_native.pyi).
_PrivateKeySource = Union[PrivateKey, bytes, bytearray, memoryview, str, os.PathLike[str]]
_PublicKeySource = Union[PublicKey, bytes, bytearray, memoryview, str, os.PathLike[str]]
_Passphrase = Union[bytes, bytearray, memoryview, str, None]


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


def _flat(params: Mapping[str, Any] | None, fields: Mapping[str, Any]) -> dict[str, Any]:
    return {**(params or {}), **fields}


class _Common:
    """Configuration shared by the sync and async clients."""

    def __init__(
        self,
        *,
        base_url: str | None,
        credentials: ClientCredentials | None,
        token_manager: TokenManager | None,
        client: Client | None,
        umf_public_key: _PublicKeySource | None,
        merchant_key: _PrivateKeySource | None,
        passphrase: _Passphrase,
        verify_policy: Literal["strict", "if_present", "off"],
        authorization: Literal["bearer_space", "bearer_no_space"],
    ) -> None:
        if client is not None and (umf_public_key is not None or merchant_key is not None):
            raise TypeError("pass client= or the keys (umf_public_key=, merchant_key=), not both")
        if client is None and umf_public_key is not None:
            if base_url is None:
                raise TypeError("pass base_url=")
            client = Client(
                base_url,
                umf_public_key=umf_public_key,
                merchant_key=merchant_key,
                passphrase=passphrase,
                authorization=authorization,
                verify_policy=verify_policy,
            )
        elif client is None and merchant_key is not None:
            raise TypeError("merchant_key= needs umf_public_key= too")
        if base_url is None:
            if client is None:
                raise TypeError("pass base_url= (or client=)")
            base_url = client.base_url
        if token_manager is None:
            if credentials is None:
                raise TypeError("pass credentials= or token_manager=")
            token_manager = TokenManager(credentials, base_url.rstrip("/") + TOKEN_PATH)
        self.base_url = base_url.rstrip("/")
        self.token_manager = token_manager
        self._client = client
        # A retry must spell Authorization the way the client built the request.
        self._authorization = client.authorization if client is not None else authorization

    @property
    def client(self) -> Client:
        """The sans-IO :class:`umf.Client` that builds and reads each operation."""
        if self._client is None:
            raise TypeError(
                "operations need the keys: pass umf_public_key= (and merchant_key= for signed "
                "operations) or client="
            )
        return self._client

    def verify_notification(self, signature: str | None, raw_body: bytes) -> Notification:
        """Verifies a notification's ``Signature`` over the raw body with the UMF key and reads
        it (see :func:`umf.verify_notification`)."""
        return self.client.verify_notification(signature, raw_body)

    def _build(
        self, client: httpx.Client | httpx.AsyncClient, request: HttpRequest
    ) -> httpx.Request:
        # content= sends the bytes as they are: the signature covers exactly these.
        return client.build_request(
            request.method, request.url, headers=request.headers, content=request.body
        )

    def _authorize(self, request: HttpRequest, token: AccessToken) -> HttpRequest:
        return request.with_token(token, authorization=self._authorization)

    def __repr__(self) -> str:
        client_id = self.token_manager.client_id
        return f"{type(self).__name__}(base_url={self.base_url!r}, client_id={client_id!r})"


class UmfClient(_Common, SyncOperations):
    """A thread-safe client: share one per ``client_id`` across the process.

    ``umf_public_key`` and ``merchant_key`` take key objects or anything the key loaders take
    (PEM or base64 text, bytes, a path); or pass a configured :class:`umf.Client` as
    ``client`` (validation, verification scope, ``Accept-Language``). ``verify_policy``
    ``"strict"`` refuses unsigned answers; the default verifies a signature when present.

    ``http_client`` lets you bring your own configured ``httpx.Client`` (proxies, limits,
    certificates); otherwise one is made with ``timeout`` and ``transport``. Pass the same
    ``token_manager`` to several clients to share one token.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        credentials: ClientCredentials | None = None,
        token_manager: TokenManager | None = None,
        umf_public_key: _PublicKeySource | None = None,
        merchant_key: _PrivateKeySource | None = None,
        passphrase: _Passphrase = None,
        client: Client | None = None,
        verify_policy: Literal["strict", "if_present", "off"] = "if_present",
        timeout: _Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        authorization: Literal["bearer_space", "bearer_no_space"] = "bearer_space",
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials=credentials,
            token_manager=token_manager,
            client=client,
            umf_public_key=umf_public_key,
            merchant_key=merchant_key,
            passphrase=passphrase,
            verify_policy=verify_policy,
            authorization=authorization,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=timeout, transport=transport)
        self._refreshed = threading.Condition()

    def close(self) -> None:
        """Closes the httpx client if this client made it."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> UmfClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def token(self) -> AccessToken:
        """A valid access token, fetched if needed by exactly one caller at a time."""
        while True:
            with self._refreshed:
                action = self.token_manager.poll()
                if action.token is not None:
                    return action.token
                ticket, request = action.ticket, action.request
                if ticket is None or request is None:
                    # Another caller is fetching; its completion wakes us.
                    self._refreshed.wait(_WAIT_SLICE_S)
                    continue
            return self._fetch_token(ticket, request)

    def _fetch_token(self, ticket: RefreshTicket, request: HttpRequest) -> AccessToken:
        try:
            response = self._send_exact(request)
        except BaseException:
            with self._refreshed:
                self.token_manager.abandon(ticket)
                self._refreshed.notify_all()
            raise
        with self._refreshed:
            try:
                return self.token_manager.complete(ticket, response)
            finally:
                self._refreshed.notify_all()

    def call(
        self, op: str, params: Mapping[str, Any] | None = None, /, **fields: Any
    ) -> ApiResponse[Any]:
        """Sends operation ``op`` and returns its verified answer.

        ``params`` and ``fields`` together are the flat parameters: path and query parameters
        by name, ``"$confirm": True`` where a confirmation is needed, the rest is the body. The
        request is built once; only an expired token makes it go again, as the same bytes.
        Raises :class:`umf.ValidationError` before anything is sent, :class:`umf.ApiError` for
        UMF's errors, :class:`umf.SignatureError` for an answer that does not verify.
        """
        client = self.client
        token = self.token()
        request = client.prepare(op, params, token=token, **fields)
        return client.parse(op, self._send_authorized(request, token))

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

        With ``authorize`` (the default) the current token goes in ``Authorization``; after an
        expired-token answer the token is dropped and the same bytes are sent once more with a
        fresh one. The second answer is returned whatever it is.
        """
        if not authorize:
            return self._send_exact(request)
        token = self.token()
        return self._send_authorized(self._authorize(request, token), token)

    def _send_authorized(self, request: HttpRequest, token: AccessToken) -> HttpResponse:
        response = self._send_exact(request)
        if not response.is_token_rejection():
            return response
        # The signature covers the body only (004:L81-86): the same bytes go once more.
        self.token_manager.invalidate(token.generation)
        return self._send_exact(self._authorize(request, self.token()))

    def _send_exact(self, request: HttpRequest) -> HttpResponse:
        try:
            return _to_response(self._http.send(self._build(self._http, request)))
        except httpx.RequestError as err:
            _forget_secrets(err)
            raise


class AsyncUmfClient(_Common, AsyncOperations):
    """The asyncio client; use it from one event loop (as an ``httpx.AsyncClient``).

    Takes the arguments of :class:`UmfClient`. Tasks of that loop share one token fetch.
    Several clients, sync or async, may share a ``token_manager``: the core still lets only one
    of them fetch. Building and reading a request (RSA included) runs on the loop's thread
    with the GIL released: well under a millisecond at 1024 bits.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        credentials: ClientCredentials | None = None,
        token_manager: TokenManager | None = None,
        umf_public_key: _PublicKeySource | None = None,
        merchant_key: _PrivateKeySource | None = None,
        passphrase: _Passphrase = None,
        client: Client | None = None,
        verify_policy: Literal["strict", "if_present", "off"] = "if_present",
        timeout: _Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        authorization: Literal["bearer_space", "bearer_no_space"] = "bearer_space",
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials=credentials,
            token_manager=token_manager,
            client=client,
            umf_public_key=umf_public_key,
            merchant_key=merchant_key,
            passphrase=passphrase,
            verify_policy=verify_policy,
            authorization=authorization,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=timeout, transport=transport)
        # Made on first use, inside the running loop (Python 3.9 binds events at creation).
        self._refreshed: asyncio.Event | None = None

    async def aclose(self) -> None:
        """Closes the httpx client if this client made it."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncUmfClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def token(self) -> AccessToken:
        """A valid access token, fetched if needed by exactly one task at a time."""
        while True:
            # No await between poll() and waiting on the event: a refresh finishing in this
            # loop cannot slip in between and be missed.
            action = self.token_manager.poll()
            if action.token is not None:
                return action.token
            ticket, request = action.ticket, action.request
            if ticket is None or request is None:
                # Another task (or client) is fetching.
                if self._refreshed is None:
                    self._refreshed = asyncio.Event()
                try:
                    await asyncio.wait_for(self._refreshed.wait(), _WAIT_SLICE_S)
                except asyncio.TimeoutError:
                    pass
                continue
            return await self._fetch_token(ticket, request)

    def _wake_waiters(self) -> None:
        if self._refreshed is not None:
            self._refreshed.set()
            self._refreshed = None

    async def _fetch_token(self, ticket: RefreshTicket, request: HttpRequest) -> AccessToken:
        try:
            response = await self._send_exact(request)
        except BaseException:
            self.token_manager.abandon(ticket)
            self._wake_waiters()
            raise
        try:
            return self.token_manager.complete(ticket, response)
        finally:
            self._wake_waiters()

    async def call(
        self, op: str, params: Mapping[str, Any] | None = None, /, **fields: Any
    ) -> ApiResponse[Any]:
        """Sends operation ``op`` and returns its verified answer; see :meth:`UmfClient.call`."""
        client = self.client
        token = await self.token()
        request = client.prepare(op, params, token=token, **fields)
        return client.parse(op, await self._send_authorized(request, token))

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
        if not authorize:
            return await self._send_exact(request)
        token = await self.token()
        return await self._send_authorized(self._authorize(request, token), token)

    async def _send_authorized(self, request: HttpRequest, token: AccessToken) -> HttpResponse:
        response = await self._send_exact(request)
        if not response.is_token_rejection():
            return response
        # The signature covers the body only (004:L81-86): the same bytes go once more.
        self.token_manager.invalidate(token.generation)
        return await self._send_exact(self._authorize(request, await self.token()))

    async def _send_exact(self, request: HttpRequest) -> HttpResponse:
        try:
            return _to_response(await self._http.send(self._build(self._http, request)))
        except httpx.RequestError as err:
            _forget_secrets(err)
            raise

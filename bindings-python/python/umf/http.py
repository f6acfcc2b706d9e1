"""An optional httpx transport for what the core builds (``pip install "umf-sdk[httpx]"``).

:class:`UmfClient` (threads) and :class:`AsyncUmfClient` (asyncio) do three things:

* fetch the access token lazily and refresh it **single-flight** on the core's
  :class:`umf.TokenManager`: however many threads or tasks ask at once, one token request is
  sent and the others wait for it. UMF revokes the previous token whenever it issues a new one,
  so a second concurrent request would cut off the first;
* send an :class:`umf.HttpRequest` as its exact bytes (``content=``, never ``json=``), with
  timeouts;
* after an expired-token answer (HTTP 401 or ``ret_code`` ``00280703``), drop that token, fetch
  a new one and send the same bytes once more. Nothing else is retried: a payment POST that
  may have gone through is never sent twice.

Transport failures surface as httpx's own exceptions. Per-operation methods
(``client.create_payment(...)``) come with the core's operation table.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Literal, Union

try:
    import httpx
except ImportError:  # pragma: no cover - depends on the environment
    raise ImportError('umf.http needs httpx: pip install "umf-sdk[httpx]"') from None

from umf._native import (
    TOKEN_PATH,
    AccessToken,
    ClientCredentials,
    HttpRequest,
    HttpResponse,
    RefreshTicket,
    TokenManager,
)

__all__ = ["DEFAULT_TIMEOUT", "UmfClient", "AsyncUmfClient"]

#: Per-phase timeouts. The read timeout stays below the core's 30 s refresh timeout, after
#: which a stalled token request is presumed lost and another caller may start one.
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=5.0)

# How long a waiter sleeps before polling the manager again when no wake-up comes, e.g. when
# the refresh runs in another client sharing the same TokenManager.
_WAIT_SLICE_S = 0.1

_Timeout = Union[float, httpx.Timeout]


def _to_response(response: httpx.Response) -> HttpResponse:
    return HttpResponse(
        response.status_code, list(response.headers.multi_items()), response.content
    )


class _Common:
    """Configuration shared by the sync and async clients."""

    def __init__(
        self,
        base_url: str,
        credentials: ClientCredentials | None,
        token_manager: TokenManager | None,
        authorization: Literal["bearer_space", "bearer_no_space"],
    ) -> None:
        if token_manager is None:
            if credentials is None:
                raise TypeError("pass credentials= or token_manager=")
            token_manager = TokenManager(credentials, base_url.rstrip("/") + TOKEN_PATH)
        self.base_url = base_url.rstrip("/")
        self.token_manager = token_manager
        self._authorization = authorization

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


class UmfClient(_Common):
    """A thread-safe client: share one per ``client_id`` across the process.

    ``http_client`` lets you bring your own configured ``httpx.Client`` (proxies, limits,
    certificates); otherwise one is made with ``timeout`` and ``transport``. Pass the same
    ``token_manager`` to several clients to share one token.
    """

    def __init__(
        self,
        *,
        base_url: str,
        credentials: ClientCredentials | None = None,
        token_manager: TokenManager | None = None,
        timeout: _Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        authorization: Literal["bearer_space", "bearer_no_space"] = "bearer_space",
    ) -> None:
        super().__init__(base_url, credentials, token_manager, authorization)
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

    def send(self, request: HttpRequest, *, authorize: bool = True) -> HttpResponse:
        """Sends the request's exact bytes and returns the response as received.

        With ``authorize`` (the default) the current token goes in ``Authorization``; after an
        expired-token answer the token is dropped and the same bytes are sent once more with a
        fresh one. The second answer is returned whatever it is.
        """
        if not authorize:
            return self._send_exact(request)
        token = self.token()
        response = self._send_exact(self._authorize(request, token))
        if not response.is_token_rejection():
            return response
        self.token_manager.invalidate(token.generation)
        return self._send_exact(self._authorize(request, self.token()))

    def _send_exact(self, request: HttpRequest) -> HttpResponse:
        return _to_response(self._http.send(self._build(self._http, request)))


class AsyncUmfClient(_Common):
    """The asyncio client; use it from one event loop (as an ``httpx.AsyncClient``).

    Tasks of that loop share one token fetch. Several clients, sync or async, may share a
    ``token_manager``: the core still lets only one of them fetch.
    """

    def __init__(
        self,
        *,
        base_url: str,
        credentials: ClientCredentials | None = None,
        token_manager: TokenManager | None = None,
        timeout: _Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        authorization: Literal["bearer_space", "bearer_no_space"] = "bearer_space",
    ) -> None:
        super().__init__(base_url, credentials, token_manager, authorization)
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

    async def send(self, request: HttpRequest, *, authorize: bool = True) -> HttpResponse:
        """Sends the request's exact bytes; see :meth:`UmfClient.send`."""
        if not authorize:
            return await self._send_exact(request)
        token = await self.token()
        response = await self._send_exact(self._authorize(request, token))
        if not response.is_token_rejection():
            return response
        self.token_manager.invalidate(token.generation)
        return await self._send_exact(self._authorize(request, await self.token()))

    async def _send_exact(self, request: HttpRequest) -> HttpResponse:
        return _to_response(await self._http.send(self._build(self._http, request)))

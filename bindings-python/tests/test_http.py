"""umf.http: single-flight tokens, exact bytes, one replay after an expired token, timeouts.

UMF is played by httpx.MockTransport handlers and, where real sockets matter, by a small
http.server on 127.0.0.1; both count the requests they get.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
import umf
from conftest import KEYS
from umf.http import AsyncUmfClient, UmfClient

BASE = "https://sandbox.test/cberest/v1"
EXPIRED = b'{"meta":{"ret_code":"00280703","ret_msg":"token expired"}}'
# What every get_payment answer carries (the core refuses an answer without it).
OK = (
    b'{"meta":{"ret_code":"0000","ret_msg":"success"},"payment":{"id":"PAY_1",'
    b'"state":"TRADE_SUCCESS","order":{"amount":{"total":"1.00","currency":"USD"}}}}'
)


class FakeUmf:
    """Issues t1, t2, ... (slowly, so that concurrent callers overlap) and answers API calls
    with `api_status`/`api_body`, or `reject` for the listed tokens."""

    def __init__(self, token_delay: float = 0.0) -> None:
        self.lock = threading.Lock()
        self.token_requests: list[httpx.Request] = []
        self.api_requests: list[httpx.Request] = []
        self.token_delay = token_delay
        self.rejected: tuple[str, ...] = ()
        self.reject_with = (401, b"")
        self.api_status, self.api_body = 200, OK

    def _token(self) -> httpx.Response:
        with self.lock:
            n = len(self.token_requests)
        return httpx.Response(200, json={"access_token": f"t{n - 1}", "expires_in": 3600})

    def _api(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.api_requests.append(request)
        if request.headers.get("Authorization", "").removeprefix("Bearer ") in self.rejected:
            return httpx.Response(self.reject_with[0], content=self.reject_with[1])
        return httpx.Response(self.api_status, content=self.api_body)

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(umf.TOKEN_PATH):
            with self.lock:
                self.token_requests.append(request)
            time.sleep(self.token_delay)
            return self._token()
        return self._api(request)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        if request.url.path.endswith(umf.TOKEN_PATH):
            with self.lock:
                self.token_requests.append(request)
            await asyncio.sleep(self.token_delay)
            return self._token()
        return self._api(request)


def credentials() -> umf.ClientCredentials:
    return umf.ClientCredentials("client-1", "s3cret")


UMF_KEY = KEYS / "umf_1024_cert.pem"


def sync_client(fake: FakeUmf, **kwargs: Any) -> UmfClient:
    return UmfClient(
        base_url=BASE,
        credentials=credentials(),
        umf_public_key=UMF_KEY,
        transport=httpx.MockTransport(fake.handler),
        **kwargs,
    )


def async_client(fake: FakeUmf) -> AsyncUmfClient:
    return AsyncUmfClient(
        base_url=BASE,
        credentials=credentials(),
        umf_public_key=UMF_KEY,
        transport=httpx.MockTransport(fake.async_handler),
    )


def payment_request(merchant_key: umf.PrivateKey, i: int = 0) -> umf.HttpRequest:
    body = umf.serialize_body({"order": {"mer_reference_id": f"ORDER-{i}", "note": "中文 <b>"}})
    return umf.signed_post(f"{BASE}/payments/payment", body, merchant_key)


def test_50_threads_on_a_cold_client_make_one_token_request(merchant_key: umf.PrivateKey) -> None:
    fake = FakeUmf(token_delay=0.2)
    with sync_client(fake) as client:
        start = threading.Barrier(50)
        results: list[tuple[str, int]] = []

        def call(i: int) -> None:
            start.wait()
            response = client.send(payment_request(merchant_key, i))
            token = client.token()
            with fake.lock:
                results.append((token.secret(), response.status))

        threads = [threading.Thread(target=call, args=(i,)) for i in range(50)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
    assert len(fake.token_requests) == 1
    assert len(fake.api_requests) == 50
    assert results == [("t0", 200)] * 50
    assert {r.headers["Authorization"] for r in fake.api_requests} == {"Bearer t0"}


def test_200_tasks_on_a_cold_async_client_make_one_token_request(
    merchant_key: umf.PrivateKey,
) -> None:
    fake = FakeUmf(token_delay=0.2)
    requests = [payment_request(merchant_key, i) for i in range(200)]

    async def run() -> list[umf.HttpResponse]:
        async with async_client(fake) as client:
            return await asyncio.gather(*(client.send(r) for r in requests))

    responses = asyncio.run(run())
    assert len(fake.token_requests) == 1
    assert len(fake.api_requests) == 200
    assert all(r.status == 200 and r.body == OK for r in responses)


def test_the_exact_signed_bytes_are_sent(merchant_key: umf.PrivateKey) -> None:
    fake = FakeUmf()
    request = payment_request(merchant_key)
    with sync_client(fake) as client:
        response = client.send(request)
    (sent,) = fake.api_requests
    assert sent.content == request.body
    assert sent.method == "POST" and str(sent.url) == request.url
    assert sent.headers["Signature"] == request.header("Signature")
    assert sent.headers["Content-Type"] == "application/json"
    assert sent.headers["Authorization"] == "Bearer t0"
    merchant_key.public_key.verify(sent.content, sent.headers["Signature"])
    assert response.status == 200 and response.body == OK
    assert response.header("content-length") == str(len(OK))
    token_body = json.loads(fake.token_requests[0].content)
    assert (
        token_body["client_id"] == "client-1"
        and "Authorization" not in fake.token_requests[0].headers
    )


@pytest.mark.parametrize("rejection", [(401, b""), (200, EXPIRED)])
def test_one_retry_with_a_fresh_token_after_an_expired_token(
    merchant_key: umf.PrivateKey, rejection: tuple[int, bytes]
) -> None:
    fake = FakeUmf()
    fake.rejected, fake.reject_with = ("t0",), rejection
    request = payment_request(merchant_key)
    with sync_client(fake) as client:
        response = client.send(request)
    assert response.status == 200
    assert len(fake.token_requests) == 2
    first, second = fake.api_requests
    assert (first.headers["Authorization"], second.headers["Authorization"]) == (
        "Bearer t0",
        "Bearer t1",
    )
    assert first.content == second.content == request.body
    assert first.headers["Signature"] == second.headers["Signature"]


def test_a_second_rejection_is_returned_not_retried(merchant_key: umf.PrivateKey) -> None:
    fake = FakeUmf()
    fake.rejected = ("t0", "t1", "t2")
    with sync_client(fake) as client:
        response = client.send(payment_request(merchant_key))
    assert response.status == 401 and response.is_token_rejection()
    assert len(fake.api_requests) == 2 and len(fake.token_requests) == 2


def test_a_payment_post_is_not_retried_after_a_503(merchant_key: umf.PrivateKey) -> None:
    fake = FakeUmf()
    fake.api_status, fake.api_body = 503, b'{"meta":{"ret_code":"00090504","ret_msg":"busy"}}'
    with sync_client(fake) as client:
        response = client.send(payment_request(merchant_key))
    assert response.status == 503
    assert len(fake.api_requests) == 1


def test_async_retry_after_an_expired_token(merchant_key: umf.PrivateKey) -> None:
    fake = FakeUmf()
    fake.rejected, fake.reject_with = ("t0",), (200, EXPIRED)

    async def run() -> umf.HttpResponse:
        async with async_client(fake) as client:
            return await client.send(payment_request(merchant_key))

    assert asyncio.run(run()).status == 200
    assert len(fake.token_requests) == 2 and len(fake.api_requests) == 2


def test_a_failed_token_fetch_is_abandoned_and_the_next_call_fetches_again() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            raise httpx.ConnectError("refused", request=request)
        if len(calls) == 2:
            return httpx.Response(
                401, json={"meta": {"ret_code": "00060001", "ret_msg": "bad client"}}
            )
        return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})

    with UmfClient(
        base_url=BASE,
        credentials=credentials(),
        umf_public_key=UMF_KEY,
        policy=umf.CallPolicy(initial_backoff_ms=1, jitter=False),
        transport=httpx.MockTransport(handler),
    ) as client:
        # Refused before sending: retried; then refused by UMF: the answer.
        with pytest.raises(umf.ApiError) as e:
            client.token()
        assert e.value.http_status == 401 and not e.value.is_token_expired
        assert len(calls) == 2 and client.stats()["retries"] == 1
        # For a moment every caller gets the same failure without a request of its own
        # (the core's failure hold), then the next call fetches again.
        with pytest.raises(umf.ApiError):
            client.token()
        assert len(calls) == 2
        time.sleep(1.05)
        assert client.token().secret() == "t"
    assert len(calls) == 3


def test_clients_can_share_one_caller(merchant_key: umf.PrivateKey) -> None:
    fake = FakeUmf(token_delay=0.1)
    a = sync_client(fake)
    b = UmfClient(caller=a.caller, transport=httpx.MockTransport(fake.handler))
    with a, b:
        threads = [threading.Thread(target=c.token) for c in (a, b, a, b)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=10)
    assert len(fake.token_requests) == 1
    assert "client-1" in repr(a) and "s3cret" not in repr(a)
    with pytest.raises(TypeError):
        UmfClient(base_url=BASE, umf_public_key=UMF_KEY)
    with pytest.raises(TypeError):
        UmfClient(base_url=BASE, credentials=credentials())


class _RealUmf(BaseHTTPRequestHandler):
    """Records raw bodies; `/slow` answers after the client's timeout."""

    received: list[tuple[str, dict[str, str], bytes]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.received.append((self.path, dict(self.headers), body))
        if self.path.endswith("/slow"):
            time.sleep(1.0)
        answer = OK
        if self.path.endswith(umf.TOKEN_PATH):
            answer = json.dumps({"access_token": "real", "expires_in": 3600}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture()
def real_server() -> Iterator[str]:
    _RealUmf.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _RealUmf)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/cberest/v1"
    finally:
        server.shutdown()
        server.server_close()


def test_over_a_real_socket_exact_bytes_and_timeouts(
    real_server: str, merchant_key: umf.PrivateKey
) -> None:
    body = umf.serialize_body({"order": {"mer_reference_id": "ORDER-1", "goods": "茶叶 & <tea>"}})
    with UmfClient(
        base_url=real_server,
        credentials=credentials(),
        umf_public_key=UMF_KEY,
        policy=umf.CallPolicy(attempt_timeout_ms=300),
    ) as client:
        response = client.send(
            umf.signed_post(real_server + "/payments/payment", body, merchant_key)
        )
        assert response.status == 200 and response.body == OK
        # A POST that may have been processed is never sent again.
        with pytest.raises(umf.TransportTimeoutError) as e:
            client.send(umf.signed_post(real_server + "/slow", body, merchant_key))
        assert e.value.sent and not e.value.retryable and e.value.operation == "send"
        assert isinstance(e.value.__cause__, httpx.ReadTimeout)
    paths = [path for path, _, _ in _RealUmf.received]
    assert paths == [
        "/cberest/v1/oauth/authorize",
        "/cberest/v1/payments/payment",
        "/cberest/v1/slow",
    ]
    _, headers, raw = _RealUmf.received[1]
    assert raw == body
    merchant_key.public_key.verify(raw, headers["Signature"])
    assert headers["Authorization"] == "Bearer real"


def test_the_retry_spells_authorization_as_the_client_built_it(
    umf_public_key: umf.PublicKey,
) -> None:
    fake = FakeUmf()
    fake.rejected, fake.reject_with = ("t0",), (401, b"")
    sans_io = umf.Client(BASE, umf_public_key=umf_public_key)  # "Bearer <token>"
    transport = httpx.MockTransport(fake.handler)
    # The client's spelling wins over the transport's own argument, on the retry too.
    with UmfClient(
        client=sans_io,
        credentials=credentials(),
        transport=transport,
        authorization="bearer_no_space",
    ) as client:
        answer = client.get_payment(payment_id="PAY_1")
    assert answer.result["id"] == "PAY_1" and answer.verification.status == "unsigned"
    assert [r.headers["Authorization"] for r in fake.api_requests] == ["Bearer t0", "Bearer t1"]

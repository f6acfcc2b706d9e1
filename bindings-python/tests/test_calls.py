"""umf.http over the core's call loop, end to end against the sandbox and a real Redis:
one replay after a rejected token, retries of safe operations only, one token fetch per fleet,
the shared store and its failure modes, events and logs. (One fetch per process, across
threads and tasks: test_sandbox.py.)
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import redis
import redis.asyncio
import umf
from redis_harness import RedisServer, free_port
from sandbox_harness import Sandbox, credentials, qr_payment, reference, served
from umf.http import AsyncUmfClient, UmfClient

# Short backoffs keep the suite fast; the policy's shape is the core's.
FAST = umf.CallPolicy(initial_backoff_ms=10, max_backoff_ms=50, attempt_timeout_ms=2000)


def tokens_issued(sandbox: Sandbox) -> int:
    issued: int = sandbox.health()["tokens_issued"]
    return issued


class Events:
    """An `on_event` hook that keeps what it is given."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.seen: list[umf.CallEvent] = []

    def __call__(self, event: umf.CallEvent) -> None:
        with self.lock:
            self.seen.append(event)

    def kinds(self) -> list[str]:
        return [e["kind"] for e in self.seen]

    def of(self, kind: str) -> list[umf.CallEvent]:
        return [e for e in self.seen if e["kind"] == kind]


def make(client: umf.Client, events: Events | None = None, **options: Any) -> UmfClient:
    options.setdefault("policy", FAST)
    return UmfClient(client=client, credentials=credentials(), on_event=events, **options)


@pytest.mark.parametrize("verify_policy", ["if_present", "strict"])
def test_a_rejected_token_is_replaced_and_the_same_bytes_sent_once_more(
    sandbox: Sandbox,
    umf_public_key: umf.PublicKey,
    merchant_key: umf.PrivateKey,
    verify_policy: Any,
) -> None:
    # The sandbox's 401 / 00280703 is unsigned, as UMF's error answers are: under "strict" the
    # rejection is still recognised (the one policy of every binding) and replayed once.
    events = Events()
    sans_io = umf.Client(
        sandbox.base_url,
        umf_public_key=umf_public_key,
        merchant_key=merchant_key,
        verify_policy=verify_policy,
    )
    with make(sans_io, events) as client:
        client.get_refundable_balance()
        sandbox._json(sandbox.admin.post("/tokens/expire"))
        before, issued = served(sandbox), tokens_issued(sandbox)
        ref = reference("PY-REPLAY")
        paid = client.create_payment(qr_payment(ref))
        assert paid.result["order"]["mer_reference_id"] == ref
        assert paid.verification.is_verified
        stats = client.stats()
    # Refused, the token request, the same request again.
    assert served(sandbox) == before + 3 and tokens_issued(sandbox) == issued + 1
    assert stats["token_replays"] == 1 and stats["retries"] == 0
    requests = [e for e in events.of("request") if e["operation"] == "create_payment"]
    assert [(e["status"], e["ret_code"]) for e in requests] == [(401, "00280703"), (200, "0000")]
    assert [e["token"] for e in requests] == ["reused", "fetched"]
    (retry,) = events.of("retry")
    assert retry["retry_reason"] == "token_rejected"


def test_a_second_rejection_is_the_answer(sandbox: Sandbox, sandbox_client: umf.Client) -> None:
    with make(sandbox_client) as client:
        client.get_refundable_balance()
        sandbox.fault("get_refundable_balance", "expire_token", times=2)
        before = served(sandbox)
        with pytest.raises(umf.ApiError) as e:
            client.get_refundable_balance()
        assert e.value.is_token_expired
    assert served(sandbox) == before + 3, "refused, a token, refused: no loop"


def test_a_503_on_a_safe_operation_is_retried(sandbox: Sandbox, sandbox_client: umf.Client) -> None:
    events = Events()
    with make(sandbox_client, events) as client:
        client.get_refundable_balance()
        sandbox.fault("get_exchange_rate", "status", status=503, times=2)
        before = served(sandbox)
        assert client.get_exchange_rate(currency="USD").result["exchange_rates"]
        assert client.stats()["retries"] == 2
    assert served(sandbox) == before + 3
    retries = events.of("retry")
    assert [e["retry_reason"] for e in retries] == ["server_error", "server_error"]
    statuses = [e["status"] for e in events.of("request") if e["operation"] == "get_exchange_rate"]
    assert statuses == [503, 503, 200]


def test_a_503_on_create_payment_is_not_retried(
    sandbox: Sandbox, sandbox_client: umf.Client
) -> None:
    with make(sandbox_client) as client:
        client.get_refundable_balance()
        sandbox.fault("create_payment", "status", status=503, times=1)
        before = served(sandbox)
        with pytest.raises(umf.ApiError) as e:
            client.create_payment(qr_payment(reference("PY-503")))
        assert e.value.http_status == 503 and not e.value.is_retryable
        assert client.stats()["retries"] == 0
    assert served(sandbox) == before + 1


def test_a_dropped_payment_post_is_a_transport_error_sent_not_retryable(
    sandbox: Sandbox, sandbox_client: umf.Client
) -> None:
    with make(sandbox_client) as client:
        client.get_refundable_balance()
        sandbox.fault("create_payment", "drop", times=1)
        before = served(sandbox)
        with pytest.raises(umf.TransportError) as e:
            client.create_payment(qr_payment(reference("PY-DROP")))
    err = e.value
    assert (err.code, err.family, err.operation) == (
        "transport_error",
        "transport",
        "create_payment",
    )
    assert err.sent and not err.retryable and not err.is_retryable
    assert isinstance(err.__cause__, httpx.RemoteProtocolError)
    assert served(sandbox) == before + 1


class RefuseFirst(httpx.BaseTransport):
    """Refuses the first `n` connections (as a server not yet listening), then connects."""

    def __init__(self, n: int) -> None:
        self.inner = httpx.HTTPTransport()
        self.left = n
        self.lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            refuse, self.left = self.left > 0, self.left - 1
        if refuse:
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def test_a_refused_connection_is_retried_even_for_a_payment(
    sandbox: Sandbox, sandbox_client: umf.Client
) -> None:
    events = Events()
    transport = RefuseFirst(2)
    with make(sandbox_client, events, transport=transport) as client:
        ref = reference("PY-REFUSED")
        payments = sandbox.health()["payments"]
        # The token request is refused twice, then the payment goes through once.
        assert client.create_payment(qr_payment(ref)).result["order"]["mer_reference_id"] == ref
        transport.left = 1
        assert client.create_payment(qr_payment(reference("PY-REFUSED2"))).result["id"]
    assert sandbox.health()["payments"] == payments + 2
    reasons = [e["retry_reason"] for e in events.of("retry")]
    assert reasons == ["not_sent", "not_sent", "not_sent"]


def test_nobody_listening_ends_in_a_transport_error_after_the_attempts(
    sandbox_client: umf.Client,
) -> None:
    dead = umf.Client(
        f"http://127.0.0.1:{free_port()}/cberest/v1",
        umf_public_key=sandbox_client.umf_public_key,
    )
    events = Events()
    with make(dead, events) as client:
        with pytest.raises(umf.TransportError) as e:
            client.token()
    err = e.value
    assert (err.code, err.operation, err.sent, err.retryable) == (
        "transport_error",
        "get_access_token",
        False,
        True,
    )
    assert isinstance(err.__cause__, httpx.ConnectError)
    assert events.kinds() == ["token_request", "retry"] * 2 + ["token_request"]


def test_a_read_past_the_attempt_timeout_is_a_timeout_error(
    sandbox: Sandbox, sandbox_client: umf.Client
) -> None:
    policy = umf.CallPolicy(attempt_timeout_ms=300, max_attempts=1)
    with make(sandbox_client, policy=policy) as client:
        client.get_refundable_balance()
        sandbox.fault("get_refundable_balance", "latency", ms=800, times=1)
        with pytest.raises(umf.TransportTimeoutError) as e:
            client.get_refundable_balance()
    err = e.value
    assert err.code == "timeout" and err.sent and err.retryable and err.waited_ms >= 300
    assert isinstance(err, TimeoutError) and isinstance(err.__cause__, httpx.ReadTimeout)


def test_user_agent_names_the_sdk_and_python(sandbox_client: umf.Client) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["User-Agent"])
        return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})

    with make(sandbox_client, transport=httpx.MockTransport(handler)) as client:
        client.token()
        agent = client.caller.user_agent
    assert seen == [agent]
    assert agent.startswith(f"umf-sdk/{umf.__version__} python/3.")


# --- the shared store -----------------------------------------------------------------------


@pytest.fixture()
def store(redis_server: RedisServer) -> Iterator[umf.RedisTokenStore]:
    connection = redis_server.client()
    yield umf.RedisTokenStore(connection, poll_ms=5)
    connection.close()


def test_two_clients_with_their_own_callers_share_one_token_on_redis(
    sandbox: Sandbox, sandbox_client: umf.Client, redis_server: RedisServer
) -> None:
    before = tokens_issued(sandbox)
    a_events, b_events = Events(), Events()
    a = make(sandbox_client, a_events, store=umf.RedisTokenStore(redis_server.client()))
    b = make(sandbox_client, b_events, store=umf.RedisTokenStore(redis_server.client()))
    with a, b:
        start = threading.Barrier(8)

        def work(client: UmfClient) -> None:
            start.wait()
            client.get_refundable_balance()

        threads = [threading.Thread(target=work, args=(c,)) for c in (a, b) * 4]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        sa, sb = a.stats(), b.stats()
        assert a.token().secret() == b.token().secret()
    assert tokens_issued(sandbox) == before + 1
    assert sa["token_requests"] + sb["token_requests"] == 1
    assert sa["shared_tokens"] + sb["shared_tokens"] == 1
    assert sa["requests"] + sb["requests"] == 8 and sa["token_replays"] + sb["token_replays"] == 0
    sources = {e["token"] for e in a_events.of("request") + b_events.of("request")}
    assert {"fetched", "shared"} <= sources


def test_a_rejected_shared_token_is_deleted_only_if_still_stored(
    sandbox: Sandbox, sandbox_client: umf.Client, store: umf.RedisTokenStore
) -> None:
    with make(sandbox_client, store=store) as a, make(sandbox_client, store=store) as b:
        a.get_refundable_balance()
        b.get_refundable_balance()  # the token a stored
        key = f"umf:{{{sandbox.client_id}}}:token"
        first = store.redis.get(key)
        sandbox._json(sandbox.admin.post("/tokens/expire"))
        issued = tokens_issued(sandbox)
        a.get_refundable_balance()  # rejected: deleted, a fresh one stored
        second = store.redis.get(key)
        assert second and second != first
        b.get_refundable_balance()  # rejected too: its stale token no longer deletes anything
        assert store.redis.get(key) == second
        assert tokens_issued(sandbox) == issued + 1
        assert b.stats()["token_replays"] == 1 and b.stats()["token_requests"] == 0


def test_redis_down_falls_back_with_a_warning(
    sandbox: Sandbox,
    sandbox_client: umf.Client,
    redis_server: RedisServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    events = Events()
    store = umf.RedisTokenStore(redis_server.client())
    redis_server.stop()
    with (
        caplog.at_level(logging.DEBUG, logger="umf"),
        make(sandbox_client, events, store=store) as c,
    ):
        assert c.get_refundable_balance().operation == "get_refundable_balance"
        # Asked again for retry_after_failure_ms before fetching alone; one warning.
        assert c.stats()["store_failures"] >= 1 and c.stats()["token_requests"] == 1
    (warning,) = events.of("store_unavailable")
    assert warning["error"] == "store_unavailable"
    logged = [r for r in caplog.records if r.name == "umf" and r.levelno == logging.WARNING]
    assert len(logged) == 1 and logged[0].umf_event == warning  # type: ignore[attr-defined]
    assert "store_unavailable" in logged[0].getMessage()


def test_redis_down_in_required_mode_fails_before_sending(
    sandbox: Sandbox, sandbox_client: umf.Client, redis_server: RedisServer
) -> None:
    store = umf.RedisTokenStore(redis_server.client(), mode="required")
    redis_server.stop()
    before = served(sandbox)
    with make(sandbox_client, store=store) as client:
        with pytest.raises(umf.StoreUnavailableError) as e:
            client.get_refundable_balance()
    err = e.value
    assert (err.code, err.family, err.sent, err.retryable) == (
        "store_unavailable",
        "transport",
        False,
        True,
    )
    assert isinstance(err.__cause__, redis.ConnectionError)
    assert served(sandbox) == before, "nothing was sent to UMF"


def test_redis_back_after_a_failure_is_used_again(
    sandbox: Sandbox, sandbox_client: umf.Client, redis_server: RedisServer
) -> None:
    store = umf.RedisTokenStore(redis_server.client(), retry_after_failure_ms=0)
    redis_server.stop()
    with make(sandbox_client, store=store) as a:
        a.token()
        failures = a.stats()["store_failures"]
        assert failures == 2, "ACQUIRE, then PUT (retried at once with no pause)"
        redis_server.start()
        a.caller.install_token("stale", 1)  # expired: the next call asks the store again
        a.get_refundable_balance()
        assert a.stats()["store_failures"] == failures
    assert store.redis.get(f"umf:{{{sandbox.client_id}}}:token")


def test_the_async_client_shares_the_token_through_redis_asyncio(
    sandbox: Sandbox, sandbox_client: umf.Client, redis_server: RedisServer
) -> None:
    before = tokens_issued(sandbox)

    async def run() -> tuple[umf.CallStats, umf.CallStats]:
        clients = [
            AsyncUmfClient(
                client=sandbox_client,
                credentials=credentials(),
                policy=FAST,
                store=umf.RedisTokenStore(redis.asyncio.Redis(port=redis_server.port), poll_ms=5),
            )
            for _ in range(2)
        ]
        await asyncio.gather(*(c.get_refundable_balance() for c in clients * 5))
        stats = (clients[0].stats(), clients[1].stats())
        for c in clients:
            await c.aclose()
            await c._store.redis.aclose()  # type: ignore[union-attr]
        return stats

    a, b = asyncio.run(run())
    assert tokens_issued(sandbox) == before + 1
    assert a["token_requests"] + b["token_requests"] == 1


def test_seen_is_shared_by_the_fleet_and_in_process_without_a_store(
    sandbox_client: umf.Client, store: umf.RedisTokenStore, redis_server: RedisServer
) -> None:
    with make(sandbox_client, store=store) as a, make(sandbox_client, store=store) as b:
        assert not a.seen("payment:PAY_1:TRADE_SUCCESS", 60_000)
        assert b.seen("payment:PAY_1:TRADE_SUCCESS", 60_000)
        assert not b.seen("payment:PAY_2:TRADE_SUCCESS", 60_000)
    with make(sandbox_client) as alone, make(sandbox_client) as other:
        assert not alone.seen("k", 60_000) and alone.seen("k", 60_000)
        assert not other.seen("k", 60_000), "without a store, each process keeps its own"
    required = umf.RedisTokenStore(store.redis, mode="required")
    redis_server.stop()
    with make(sandbox_client, store=store) as fallback:
        assert not fallback.seen("down", 60_000) and fallback.seen("down", 60_000)
    with make(sandbox_client, store=required) as strict:
        with pytest.raises(umf.StoreUnavailableError):
            strict.seen("down", 60_000)

    async def run() -> bool:
        async with AsyncUmfClient(client=sandbox_client, credentials=credentials()) as client:
            return await client.seen("x", 1000) or not await client.seen("x", 1000)

    assert not asyncio.run(run())


def test_a_caller_is_shared_by_a_sync_and_an_async_client(
    sandbox: Sandbox, sandbox_client: umf.Client
) -> None:
    before = tokens_issued(sandbox)
    with make(sandbox_client) as client:
        client.get_refundable_balance()

        async def run() -> str:
            async with AsyncUmfClient(caller=client.caller) as aclient:
                await aclient.get_refundable_balance()
                return (await aclient.token()).secret()

        assert asyncio.run(run()) == client.token().secret()
    assert tokens_issued(sandbox) == before + 1
    with pytest.raises(TypeError):
        UmfClient(caller=client.caller, credentials=credentials())


def test_an_on_event_hook_that_raises_does_not_lose_the_answer(
    sandbox_client: umf.Client, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(event: umf.CallEvent) -> None:
        raise RuntimeError("observer bug")

    with (
        UmfClient(client=sandbox_client, credentials=credentials(), on_event=broken) as client,
        caplog.at_level(logging.ERROR, logger="umf"),
    ):
        assert client.get_refundable_balance().operation == "get_refundable_balance"
    assert any("on_event hook failed" in r.getMessage() for r in caplog.records)


def test_the_knobs_left_out_are_the_cores_defaults() -> None:
    p = umf.CallPolicy()
    assert (
        p.max_attempts,
        p.initial_backoff_ms,
        p.max_backoff_ms,
        p.deadline_ms,
        p.attempt_timeout_ms,
        p.jitter,
    ) == (3, 200, 5000, 60000, 20000, True)
    assert umf.CallPolicy(max_attempts=5, jitter=False).max_attempts == 5
    c = umf.StoreConfig()
    assert (c.prefix, c.lock_ttl_ms, c.poll_ms, c.retry_after_failure_ms, c.mode) == (
        "umf",
        10000,
        25,
        1000,
        "fallback",
    )
    assert umf.RedisTokenStore(None, mode="required").mode == "required"
    with pytest.raises(ValueError):
        umf.StoreConfig(mode="sometimes")  # type: ignore[arg-type]

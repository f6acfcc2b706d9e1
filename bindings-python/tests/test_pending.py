"""Pending outcomes end to end: a sandbox that reports payments and refunds as 004:L2568 and
L2794 describe them (``--outcomes async``: ``WAIT_BUYER_PAY``, ``REFUND_PROCESS``, the result by
query and notification later), waited for by ``wait_for_payment`` / ``wait_for_refund``, sync
and async, with the core's poller deciding every sleep."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest
import umf
from conftest import key_path
from sandbox_harness import Sandbox, card_payment, credentials, inbox, payer, reference
from umf.http import AsyncUmfClient, UmfClient

SETTLE_MS = 600
# Where notifications go when a test does not read them (nothing listens: deliveries fail).
NOWHERE = "http://127.0.0.1:9/notify"


@pytest.fixture(scope="module")
def slow_sandbox() -> Iterator[Sandbox]:
    sandbox = Sandbox("--outcomes", "async", "--settle-delay-ms", str(SETTLE_MS))
    try:
        yield sandbox
    finally:
        sandbox.stop()


def client_of(sandbox: Sandbox) -> umf.Client:
    return umf.Client(
        sandbox.base_url,
        umf_public_key=key_path("umf_1024_cert.pem"),
        merchant_key=key_path("merchant_1024_pkcs8.pem"),
        verify_policy="strict",
    )


# Short enough that a test of the deadline is quick, long enough to see several queries.
QUICK = umf.PollPolicy(interval_ms=100, max_interval_ms=200, deadline_ms=5_000, backoff=2.0)


def test_poll_policy_defaults_and_knobs() -> None:
    default = umf.PollPolicy()
    assert (default.interval_ms, default.max_interval_ms, default.deadline_ms) == (
        1_000,
        10_000,
        120_000,
    )
    assert default.backoff == 1.5
    assert QUICK.max_interval_ms == 200 and QUICK.backoff == 2.0
    with pytest.raises(ValueError):
        umf.Poller("order")  # type: ignore[arg-type]


def test_the_poller_sleeps_then_gives_up_with_the_last_state() -> None:
    poller = umf.Poller(
        "refund", umf.PollPolicy(interval_ms=20, max_interval_ms=20, deadline_ms=60)
    )
    assert poller.query_operation == "get_refund"
    assert poller.observe("REFUND_SUCCESS") is None
    sleeps = []
    with pytest.raises(umf.OutcomePendingError) as e:
        while True:
            ms = poller.observe("REFUND_PROCESS")
            assert ms is not None
            sleeps.append(ms)
            time.sleep(ms / 1000)
    assert sleeps[0] == 20 and all(1 <= ms <= 20 for ms in sleeps)
    err = e.value
    assert err.code == "outcome_pending" and err.family == "transport"
    assert err.state == "REFUND_PROCESS" and err.operation == "get_refund"
    assert err.waited_ms >= 60 and err.is_pending and not err.is_retryable
    assert isinstance(err, umf.TransportError)


def test_a_pending_payment_and_refund_are_waited_for(slow_sandbox: Sandbox) -> None:
    client = UmfClient(client=client_of(slow_sandbox), credentials=credentials())
    with client, inbox(client.verify_notification) as box:
        created = client.create_payment(card_payment(reference("PY-WAIT"), "30.00", box.url))
        payment_id = created.result["id"]
        client.send_payment_sms(payment_id=payment_id, payer=payer())
        code = slow_sandbox.sms_code(payment_id)
        executed = client.execute_payment(payment_id=payment_id, payer=payer(code))
        assert executed.result["state"] == "WAIT_BUYER_PAY"

        started = time.monotonic()
        done = client.wait_for_payment(payment_id, poll=QUICK)
        assert done.result["state"] == "TRADE_SUCCESS"
        assert done.operation == "get_payment" and done.verification.is_verified
        # It waited for the sandbox's settlement rather than answering at once.
        assert time.monotonic() - started >= SETTLE_MS / 1000 * 0.8
        assert box.wait_for("payment", payment_id).state == "TRADE_SUCCESS"

        refund = client.create_refund(
            payment_id=payment_id,
            notify_url=box.url,
            refund_info={
                "mer_reference_id": reference("PY-WAIT-R"),
                "mer_date": created.result["order"]["mer_date"],
                "amount": {"total": "10.00", "currency": "USD"},
            },
        )
        assert refund.result["state"] == "REFUND_PROCESS"
        settled = client.wait_for_refund(refund.result["id"], poll=QUICK)
        assert settled.result["state"] == "REFUND_SUCCESS"
        assert box.wait_for("refund", refund.result["id"]).state == "REFUND_SUCCESS"


def test_a_wait_that_outlasts_its_deadline_says_pending(slow_sandbox: Sandbox) -> None:
    client = UmfClient(client=client_of(slow_sandbox), credentials=credentials())
    with client:
        created = client.create_payment(card_payment(reference("PY-LATE"), "5.00", NOWHERE))
        payment_id = created.result["id"]
        # Never executed: the payment stays WAIT_BUYER_PAY.
        short = umf.PollPolicy(interval_ms=50, max_interval_ms=50, deadline_ms=300)
        with pytest.raises(umf.OutcomePendingError) as e:
            client.wait_for_payment(payment_id, poll=short)
        assert e.value.state == "WAIT_BUYER_PAY" and e.value.operation == "get_payment"
        assert 300 <= e.value.waited_ms < 3_000


def test_the_async_client_waits_too(slow_sandbox: Sandbox) -> None:
    async def run() -> None:
        client = AsyncUmfClient(client=client_of(slow_sandbox), credentials=credentials())
        async with client:
            created = await client.create_payment(
                card_payment(reference("PY-AWAIT"), "12.00", NOWHERE)
            )
            payment_id = created.result["id"]
            await client.send_payment_sms(payment_id=payment_id, payer=payer())
            code = slow_sandbox.sms_code(payment_id)
            executed = await client.execute_payment(payment_id=payment_id, payer=payer(code))
            assert executed.result["state"] == "WAIT_BUYER_PAY"
            done = await client.wait_for_payment(payment_id, poll=QUICK)
            assert done.result["state"] == "TRADE_SUCCESS"
            refund = await client.create_refund(
                payment_id=payment_id,
                refund_info={
                    "mer_reference_id": reference("PY-AWAIT-R"),
                    "mer_date": created.result["order"]["mer_date"],
                    "amount": {"total": "12.00", "currency": "USD"},
                },
            )
            assert refund.result["state"] == "REFUND_PROCESS"
            settled = await client.wait_for_refund(refund.result["id"], poll=QUICK)
            assert settled.result["state"] == "REFUND_SUCCESS"

    asyncio.run(run())

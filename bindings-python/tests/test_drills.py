"""Failure drills against the sandbox, completing test_sandbox.py's fault tests.

Each drill injects a fault the way production fails and checks the three promises of the SDK:
nothing is charged twice (no state-changing POST is sent again by the SDK; the sandbox's own
books say how many payments and refunds exist), nothing is accepted unverified, and repeated or
re-ordered notifications are applied once by a handler written as the README recommends.
Errors are told apart by class and stable code, never by message.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import umf
from sandbox_harness import (
    CARD,
    Caller,
    Inbox,
    Sandbox,
    credentials,
    inbox,
    order,
    qr_payment,
    reference,
    served,
    today,
)
from umf.http import UmfClient
from umf.models import Payer

# The faults a state-changing POST can meet: what the caller sees (class, stable code), and
# whether the sandbox processed the request all the same. A status fault or a drop answers
# before processing; a bad signature spoils the answer to a request that was processed; a
# request whose client gave up during the latency may or may not be processed (None).
POST_FAULTS: dict[str, tuple[dict[str, Any], type[Exception], str | None, bool | None]] = {
    "status_500": ({"kind": "status", "status": 500}, umf.ApiError, "api_error", False),
    "status_503": ({"kind": "status", "status": 503}, umf.ApiError, "api_error", False),
    "drop": ({"kind": "drop"}, umf.TransportError, "transport_error", False),
    "latency": ({"kind": "latency", "ms": 1500}, umf.TransportTimeoutError, "timeout", None),
    "bad_signature": ({"kind": "bad_signature"}, umf.SignatureError, "signature_invalid", True),
}


def assert_processed(count: int, expected: bool | None) -> None:
    if expected is None:
        assert count in (0, 1)
    else:
        assert count == int(expected)


def books(sandbox: Sandbox) -> tuple[int, int]:
    """How many payments and refunds the sandbox holds."""
    health = sandbox.health()
    return health["payments"], health["refunds"]


def settle(options: dict[str, Any]) -> None:
    """Lets a delayed handler finish before the sandbox's books are read."""
    if options["kind"] == "latency":
        time.sleep(options["ms"] / 1000 + 0.3)


@pytest.mark.parametrize("fault", POST_FAULTS)
def test_a_payment_post_that_failed_is_never_sent_again(
    call: Caller, sandbox: Sandbox, fault: str
) -> None:
    options, error, code, processed = POST_FAULTS[fault]
    ref = reference("PY-DRILL")
    payments, _ = books(sandbox)
    before = served(sandbox)
    sandbox.fault("create_payment", times=1, **options)
    with pytest.raises(error) as e:
        call("create_payment", **qr_payment(ref))
    if code is not None:
        assert isinstance(e.value, umf.UmfError) and e.value.code == code
    if isinstance(e.value, umf.ApiError):
        # A 5xx does not prove the POST was not processed (a 429 does: test_sandbox.py).
        assert not e.value.is_retryable
    if isinstance(e.value, umf.TransportError):
        assert e.value.sent and not e.value.retryable
    settle(options)
    assert served(sandbox) == before + 1, "one attempt: the SDK never sends a payment twice"
    assert_processed(books(sandbox)[0] - payments, processed)

    # The merchant reconciles: the same mer_reference_id with the same content is the same
    # payment (UMF pays each at most once), however often it is sent.
    first = call("create_payment", **qr_payment(ref)).result
    again = call("create_payment", **qr_payment(ref)).result
    assert again["id"] == first["id"]
    assert books(sandbox)[0] == payments + 1, "exactly one payment exists"
    got = call("get_payment", payment_id=first["id"])
    assert got.verification.is_verified and got.result["order"]["mer_reference_id"] == ref


@pytest.mark.parametrize("fault", POST_FAULTS)
def test_a_refund_post_that_failed_is_never_sent_again(
    call: Caller, sandbox: Sandbox, fault: str
) -> None:
    options, error, code, processed = POST_FAULTS[fault]
    paid = call("create_payment", **qr_payment(reference("PY-RDRILL"))).result["id"]
    sandbox.complete(paid)
    refund: dict[str, Any] = {
        "mer_reference_id": reference("PY-REFUND"),
        "mer_date": today(),
        "amount": {"total": "1.00", "currency": "USD"},
    }
    _, refunds = books(sandbox)
    before = served(sandbox)
    sandbox.fault("create_refund", times=1, **options)
    with pytest.raises(error) as e:
        call("create_refund", payment_id=paid, refund_info=refund)
    if code is not None:
        assert isinstance(e.value, umf.UmfError) and e.value.code == code
    settle(options)
    assert served(sandbox) == before + 1, "one attempt: the SDK never sends a refund twice"
    went_through = books(sandbox)[1] - refunds
    assert_processed(went_through, processed)

    # Sent again by the merchant: refused as a duplicate if the first one went through.
    if went_through:
        with pytest.raises(umf.ApiError) as duplicate:
            call("create_refund", payment_id=paid, refund_info=refund)
        assert duplicate.value.code == "api_error" and duplicate.value.is_duplicate
        assert not duplicate.value.is_retryable
    else:
        assert call("create_refund", payment_id=paid, refund_info=refund).result["id"]
    assert books(sandbox)[1] == refunds + 1, "exactly one refund exists"
    # The sandbox signs the payment only: its refunds arrive uncovered.
    with_refunds = call("get_payment_with_refunds", payment_id=paid).uncovered
    assert [r["amount"]["total"] for r in with_refunds["refund"]["refund_infos"]] == ["1.00"]


def test_a_read_past_its_timeout_a_dropped_read_and_a_502_are_sent_again(
    call: Caller, sandbox: Sandbox
) -> None:
    for options in (
        {"kind": "latency", "ms": 1500},
        {"kind": "drop"},
        {"kind": "status", "status": 502},
    ):
        before = served(sandbox)
        sandbox.fault("get_exchange_rate", times=1, **options)
        # A read is safe to repeat: the core sends it again after a short backoff.
        assert call("get_exchange_rate", currency="USD").result["exchange_rates"]
        settle(options)
        assert served(sandbox) == before + 2, "one failed attempt, one answered"
    # Failing every time, a read ends after the policy's attempts with the last failure.
    before = served(sandbox)
    sandbox.fault("get_exchange_rate", "status", status=502, times=3)
    with pytest.raises(umf.ApiError) as e:
        call("get_exchange_rate", currency="USD")
    assert e.value.code == "api_error" and e.value.is_retryable
    assert served(sandbox) == before + 3


def issue_token_elsewhere(sandbox: Sandbox) -> None:
    """Another deployment sharing the client id fetches a token: UMF revokes the previous one."""
    manager = umf.TokenManager(credentials(), sandbox.base_url + umf.TOKEN_PATH)
    request = manager.token_request()
    answer = httpx.post(request.url, headers=request.headers, content=request.body)
    assert answer.status_code == 200


@pytest.mark.parametrize("op", ["get_refundable_balance", "create_payment"])
def test_a_token_revoked_by_another_issue_is_replaced_once(
    call: Caller, sandbox: Sandbox, op: str
) -> None:
    params = qr_payment(reference("PY-REVOKED")) if op == "create_payment" else {}
    issue_token_elsewhere(sandbox)
    health = sandbox.health()
    answer = call(op, **params)
    assert answer.verification.is_verified
    after = sandbox.health()
    assert after["tokens_issued"] == health["tokens_issued"] + 1
    # Refused (revoked), the token request, the same signed bytes again.
    assert after["requests_served"] == health["requests_served"] + 3
    assert after["payments"] == health["payments"] + (op == "create_payment")


class RevokeAfterRefresh(httpx.BaseTransport):
    """A transport that, right after the client's token refresh, lets another deployment take a
    token too: the refreshed token is revoked before the client can use it."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.inner = httpx.HTTPTransport()
        self.sandbox = sandbox
        self.refreshes = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.url.path.endswith(umf.TOKEN_PATH):
            self.refreshes += 1
            if self.refreshes == 2:
                response.read()
                issue_token_elsewhere(self.sandbox)
        return response

    def close(self) -> None:
        self.inner.close()


def test_a_token_revoked_again_after_the_refresh_is_an_error_not_a_loop(
    sandbox: Sandbox, sandbox_client: umf.Client
) -> None:
    transport = RevokeAfterRefresh(sandbox)
    with UmfClient(client=sandbox_client, credentials=credentials(), transport=transport) as client:
        client.get_refundable_balance()  # the first token
        issue_token_elsewhere(sandbox)
        health = sandbox.health()
        ref = reference("PY-LOOP")
        with pytest.raises(umf.ApiError) as e:
            client.create_payment(qr_payment(ref))
        assert e.value.code == "api_error" and e.value.is_token_expired
        assert not e.value.is_retryable
        after = sandbox.health()
        # Refused, one refresh (and the other deployment's), the one retry, refused: then stop.
        assert after["requests_served"] == health["requests_served"] + 4
        assert after["tokens_issued"] == health["tokens_issued"] + 2
        assert after["payments"] == health["payments"], "never processed with a dead token"
        assert transport.refreshes == 2
        # The next call starts afresh: one refresh, and the payment goes through once.
        assert client.create_payment(qr_payment(ref)).result["order"]["mer_reference_id"] == ref
        assert sandbox.health()["payments"] == health["payments"] + 1


class Ledger:
    """A merchant's notification endpoint written as the README recommends: verify the raw body,
    skip what was already handled (by idempotency key), apply, acknowledge. It counts what it
    applied per key and keeps each payment's and refund's state."""

    def __init__(self, client: UmfClient) -> None:
        self.client = client
        self.handled: set[str] = set()
        self.applied: Counter[str] = Counter()
        self.states: dict[str, str] = {}
        self.order: list[str] = []
        self._lock = threading.Lock()

    def __call__(self, signature: str | None, raw: bytes) -> umf.Notification:
        note = self.client.verify_notification(signature, raw)  # raises if not UMF's
        with self._lock:
            if note.idempotency_key not in self.handled:
                self.handled.add(note.idempotency_key)
                self.applied[note.idempotency_key] += 1
                self.order.append(note.idempotency_key)
                if note.state is not None:
                    self.states[note.id] = note.state
        return note


@pytest.fixture()
def merchant(sandbox_client: umf.Client) -> Iterator[tuple[UmfClient, Ledger, Inbox]]:
    """A merchant's client and its notification endpoint (a Ledger behind an HTTP server)."""
    with UmfClient(client=sandbox_client, credentials=credentials()) as client:
        ledger = Ledger(client)
        with inbox(ledger) as box:
            yield client, ledger, box


def deliveries_of(sandbox: Sandbox, *ids: str) -> list[dict[str, Any]]:
    return [d for d in sandbox.deliveries() if d["object_id"] in ids]


def wait_until(done: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def card_payment_paid(client: UmfClient, sandbox: Sandbox, notify_url: str) -> str:
    """A card payment taken to TRADE_SUCCESS through SMS and execute; its id."""
    payment_id: str = client.create_payment(
        payer={"payment_method": "CREDIT_CARD", "interface_type": "SERVER_TO_SERVER"},
        order=order(reference("PY-NOTE"), "20.00"),
        notify_url=notify_url,
    ).result["id"]
    card: Payer = {"payment_method": "CREDIT_CARD", "payer_info": {"bank_card": CARD.copy()}}
    client.send_payment_sms(payment_id=payment_id, payer=card)
    card["payer_info"]["bank_card"]["verify_code"] = sandbox.sms_code(payment_id)
    assert client.execute_payment(payment_id=payment_id, payer=card).result["state"] == (
        "TRADE_SUCCESS"
    )
    return payment_id


def test_duplicated_notifications_are_applied_once(
    sandbox: Sandbox, merchant: tuple[UmfClient, Ledger, Inbox]
) -> None:
    client, ledger, box = merchant
    sandbox.fault("execute_payment", "duplicate_notification", times=1)
    payment = card_payment_paid(client, sandbox, box.url)
    sandbox.fault("create_async_refund", "duplicate_notification", times=1)
    refund = client.create_async_refund(
        payment_id=payment,
        notify_url=box.url,
        refund_info={
            "mer_reference_id": reference("PY-DUPR"),
            "amount": {"total": "5.00", "currency": "USD"},
        },
    ).result["id"]
    wait_until(lambda: len(box.notes) == 4)
    # Every delivery acknowledged, so the repeats were the sender's, not retries.
    wait_until(lambda: all(d["acknowledged"] for d in deliveries_of(sandbox, payment, refund)))
    delivered = deliveries_of(sandbox, payment, refund)
    assert sum(d["duplicate"] for d in delivered) == 2
    assert len(box.notes) > len(ledger.applied) == 2, "deliveries > events"
    assert ledger.applied == {
        f"payment:{payment}:TRADE_SUCCESS": 1,
        f"refund:{refund}:REFUND_SUCCESS": 1,
    }
    assert ledger.states == {payment: "TRADE_SUCCESS", refund: "REFUND_SUCCESS"}
    assert box.refused == 0


def test_reordered_notifications_are_each_applied_once(
    sandbox: Sandbox, merchant: tuple[UmfClient, Ledger, Inbox]
) -> None:
    client, ledger, box = merchant
    qr = [
        client.create_payment(qr_payment(reference("PY-ORD"), box.url)).result["id"]
        for _ in range(2)
    ]
    # Held back (400 ms in the sandbox): the two that follow overtake it.
    sandbox.fault("execute_payment", "reorder_notifications", times=1)
    card = card_payment_paid(client, sandbox, box.url)
    sandbox.complete(qr[0], "TRADE_SUCCESS")
    sandbox.complete(qr[1], "TRADE_CLOSED")
    wait_until(lambda: len(ledger.order) == 3)
    held = f"payment:{card}:TRADE_SUCCESS"
    assert ledger.order[-1] == held, "delivered last"
    assert set(ledger.order[:2]) == {
        f"payment:{qr[0]}:TRADE_SUCCESS",
        f"payment:{qr[1]}:TRADE_CLOSED",
    }
    assert set(ledger.applied.values()) == {1}
    assert ledger.states == {
        card: "TRADE_SUCCESS",
        qr[0]: "TRADE_SUCCESS",
        qr[1]: "TRADE_CLOSED",
    }
    # The same events again, as UMF retries: acknowledged, never applied twice.
    for delivery in deliveries_of(sandbox, card, *qr):
        replay = httpx.post(
            box.url,
            content=delivery["body"].encode(),
            headers={"Signature": delivery["signature"]},
        )
        assert replay.status_code == 200
    assert len(box.notes) == 6 and set(ledger.applied.values()) == {1}


def test_a_tampered_or_unsigned_notification_is_refused_and_never_applied(
    sandbox: Sandbox, merchant: tuple[UmfClient, Ledger, Inbox]
) -> None:
    client, ledger, box = merchant
    payment = client.create_payment(qr_payment(reference("PY-FORGE"), box.url))
    payment_id = payment.result["id"]
    sandbox.complete(payment_id, "TRADE_CLOSED")
    wait_until(lambda: len(ledger.applied) == 1)
    genuine = deliveries_of(sandbox, payment_id)[0]
    forged = genuine["body"].replace("TRADE_CLOSED", "TRADE_SUCCESS").encode()
    for body, headers in (
        (forged, {"Signature": genuine["signature"]}),
        (forged, {}),
        (forged, {"Signature": "AAAA"}),
    ):
        answer = httpx.post(box.url, content=body, headers=headers)
        assert answer.status_code == 400, "never acknowledged"
    assert box.refused == 3
    assert ledger.states == {payment_id: "TRADE_CLOSED"}
    assert list(ledger.applied) == [f"payment:{payment_id}:TRADE_CLOSED"]
    # And what the merchant's own signed query says agrees.
    assert client.get_payment(payment_id=payment_id).result["state"] == "TRADE_CLOSED"

"""End to end against the local UMF sandbox, through umf.http's per-operation methods, sync and
async: card payment with SMS, QR payment, refund, notifications received by a local HTTP server
and acknowledged; injected faults seen as the right exceptions; one token however many callers.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest
import umf
from sandbox_harness import (
    CARD,
    Caller,
    Inbox,
    Sandbox,
    card_payment,
    credentials,
    inbox,
    order,
    qr_payment,
    reference,
    served,
    today,
)
from umf.http import AsyncUmfClient, UmfClient
from umf.models import Payer, RefundInfo


def wait_acknowledged(sandbox: Sandbox, object_id: str, timeout: float = 10.0) -> None:
    """Waits until the sandbox recorded our acknowledgement of its notification."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        mine = [d for d in sandbox.deliveries() if d["object_id"] == object_id]
        if mine and all(d["acknowledged"] for d in mine):
            assert all(d["attempts"] == 1 for d in mine), mine
            return
        time.sleep(0.02)
    raise AssertionError(f"the notification about {object_id} was not acknowledged")


def card_payer(verify_code: str | None = None) -> Payer:
    card = CARD.copy()
    if verify_code is not None:
        card["verify_code"] = verify_code
    return {"payment_method": "CREDIT_CARD", "payer_info": {"bank_card": card}}


QR_PAYER: Payer = {
    "payment_method": "WECHAT_SCAN",
    "interface_type": "SERVER_TO_SERVER",
    "payer_info": {
        "qr_code_scan": {
            "citizen_id_type": "IDENTITY_CARD",
            "citizen_id_number": "110101199001011234",
        }
    },
}


def test_card_payment_with_sms_notification_and_refund(
    sandbox: Sandbox, sandbox_client: umf.Client
) -> None:
    client = UmfClient(client=sandbox_client, credentials=credentials())
    with client, inbox(client.verify_notification) as box:
        ref = reference("PY-CARD")
        created = client.create_payment(card_payment(ref, "100.00", box.url))
        assert created.verification.is_verified and created.verification.covered == ["payment"]
        payment = created.result
        assert payment["state"] == "WAIT_BUYER_PAY"
        assert payment["order"]["amount"]["total"] == "100.00", "amounts keep their exact text"
        payment_id = payment["id"]

        client.send_payment_sms(payment_id=payment_id, payer=card_payer())
        code = sandbox.sms_code(payment_id)
        executed = client.execute_payment({"payment_id": payment_id, "payer": card_payer(code)})
        assert executed.result["state"] == "TRADE_SUCCESS"

        note = box.wait_for("payment", payment_id)
        assert note.state == "TRADE_SUCCESS"
        assert note.idempotency_key == f"payment:{payment_id}:TRADE_SUCCESS"
        assert note.payment is not None and note.payment["order"]["mer_reference_id"] == ref
        wait_acknowledged(sandbox, payment_id)

        got = client.get_payment(payment_id=payment_id).result
        assert got["state"] == "TRADE_SUCCESS" and len(got["settle_date"]) == 8

        refund_info: RefundInfo = {
            "mer_reference_id": reference("PY-REF"),
            "mer_date": today(),
            "amount": {"total": "30.00", "currency": "USD"},
            "sub_orders": [
                {
                    "mer_sub_reference_id": f"{ref}-S1",
                    "trans_code": "01122030",
                    "amount": {"total": "30.00", "currency": "USD"},
                    "items": [{"mer_item_id": "I-1"}],
                }
            ],
        }
        refund = client.create_refund(
            payment_id=payment_id, notify_url=box.url, refund_info=refund_info
        )
        assert refund.result["state"] == "REFUND_SUCCESS"
        refund_id = refund.result["id"]
        assert client.get_refund(refund_id=refund_id).result["state"] == "REFUND_SUCCESS"
        # The sandbox signs the payment only: its refunds arrive uncovered, never in `result`.
        with_refunds = client.get_payment_with_refunds(payment_id=payment_id)
        assert with_refunds.verification.covered == ["payment"]
        assert "refund" in with_refunds.verification.uncovered
        refunds = with_refunds.uncovered["refund"]["refund_infos"]
        assert [r["amount"]["total"] for r in refunds] == ["30.00"]

        too_much: RefundInfo = {
            "mer_reference_id": reference("PY-REF"),
            "mer_date": today(),
            "amount": {"total": "70.01", "currency": "USD"},
        }
        with pytest.raises(umf.ApiError) as e:
            client.create_refund(payment_id=payment_id, refund_info=too_much)
        assert e.value.ret_code == "00060774" and not e.value.is_retryable
        assert box.refused == 0


def test_qr_payment_completed_by_the_customer(sandbox: Sandbox, sandbox_client: umf.Client) -> None:
    client = UmfClient(client=sandbox_client, credentials=credentials())
    with client, inbox(client.verify_notification) as box:
        created = client.create_payment(
            payer=QR_PAYER,
            order=order(reference("PY-QR"), "20.00", "03223010"),
            notify_url=box.url,
        )
        payment_id = created.result["id"]
        qr = created.result["payer"]["payer_info"]["qr_code_scan"]["qr_code_url"]
        assert qr.startswith("weixin://wxpay/bizpayurl?pr=")

        sandbox.complete(payment_id)  # the customer scans and pays
        assert box.wait_for("payment", payment_id).state == "TRADE_SUCCESS"
        wait_acknowledged(sandbox, payment_id)
        assert client.get_payment(payment_id=payment_id).result["state"] == "TRADE_SUCCESS"


def test_async_card_qr_and_refund(sandbox: Sandbox, sandbox_client: umf.Client) -> None:
    async def run(box: Inbox) -> None:
        async with AsyncUmfClient(client=sandbox_client, credentials=credentials()) as client:
            ref = reference("PY-ACARD")
            created = await client.create_payment(
                payer={"payment_method": "CREDIT_CARD", "interface_type": "SERVER_TO_SERVER"},
                order=order(ref, "50.00"),
                notify_url=box.url,
            )
            payment_id = created.result["id"]
            await client.send_payment_sms(payment_id=payment_id, payer=card_payer())
            code = sandbox.sms_code(payment_id)
            executed = await client.execute_payment(payment_id=payment_id, payer=card_payer(code))
            assert executed.result["state"] == "TRADE_SUCCESS"
            assert box.wait_for("payment", payment_id).state == "TRADE_SUCCESS"

            refund = await client.create_async_refund(
                payment_id=payment_id,
                notify_url=box.url,
                refund_info={
                    "mer_reference_id": reference("PY-AREF"),
                    "amount": {"total": "20.00", "currency": "USD"},
                },
            )
            refund_id = refund.result["id"]
            assert box.wait_for("refund", refund_id).state == "REFUND_SUCCESS"
            got = await client.get_refund(refund_id=refund_id)
            assert got.result["state"] == "REFUND_SUCCESS"

            qr = await client.create_payment(
                payer=QR_PAYER,
                order=order(reference("PY-AQR"), "9.99", "03223010"),
                notify_url=box.url,
            )
            qr_id = qr.result["id"]
            sandbox.complete(qr_id, "TRADE_CLOSED")
            assert box.wait_for("payment", qr_id).state == "TRADE_CLOSED"
            for object_id in (payment_id, refund_id, qr_id):
                wait_acknowledged(sandbox, object_id)

    with inbox(sandbox_client.verify_notification) as box:
        asyncio.run(run(box))


def test_5xx_is_retried_for_a_read_never_for_a_payment(call: Caller, sandbox: Sandbox) -> None:
    sandbox.fault("get_refundable_balance", "status", status=503, times=1)
    before = served(sandbox)
    assert call("get_refundable_balance").result["balance"]
    assert served(sandbox) == before + 2, "the read was sent again once"
    # Past the policy's three attempts, the last answer is the error.
    sandbox.fault("get_refundable_balance", "status", status=503, times=3)
    with pytest.raises(umf.ApiError) as e:
        call("get_refundable_balance")
    assert e.value.http_status == 503 and e.value.is_retryable
    assert e.value.classification == "retryable"

    sandbox.fault("create_payment", "status", status=500, times=1)
    before = served(sandbox)
    with pytest.raises(umf.ApiError) as e:
        call("create_payment", **qr_payment(reference("PY-500")))
    assert e.value.http_status == 500 and e.value.ret_code == "00060999"
    assert not e.value.is_retryable, "a payment POST that may have gone through"
    assert served(sandbox) == before + 1, "sent once, never again by the SDK"


def test_429_proves_nothing_was_processed(call: Caller, sandbox: Sandbox) -> None:
    # So even a payment is sent again after one, as the same bytes.
    ref = reference("PY-429")
    payments, before = sandbox.health()["payments"], served(sandbox)
    sandbox.fault("create_payment", "status", status=429, times=1)
    assert call("create_payment", **qr_payment(ref)).result["order"]["mer_reference_id"] == ref
    assert served(sandbox) == before + 2 and sandbox.health()["payments"] == payments + 1
    # Past the policy's attempts, the 429 is the answer, and says sending again is safe.
    sandbox.fault("create_payment", "status", status=429, times=3)
    with pytest.raises(umf.ApiError) as e:
        call("create_payment", **qr_payment(reference("PY-429B")))
    assert e.value.http_status == 429 and e.value.is_retryable


def test_a_dropped_connection_is_a_transport_error(call: Caller, sandbox: Sandbox) -> None:
    sandbox.fault("create_payment", "drop", times=1)
    with pytest.raises(umf.TransportError) as e:
        call("create_payment", **qr_payment(reference("PY-DROPPED")))
    assert e.value.code == "transport_error" and e.value.sent and not e.value.retryable
    assert isinstance(e.value.__cause__, httpx.TransportError)
    assert not isinstance(e.value.__cause__, httpx.TimeoutException)
    # A read is safe to send again: the core does, once the connection dropped.
    sandbox.fault("get_refundable_balance", "drop", times=1)
    assert call("get_refundable_balance").result["balance"]


def test_latency_past_the_timeout_is_a_timeout(call: Caller, sandbox: Sandbox) -> None:
    sandbox.fault("create_payment", "latency", ms=2500, times=1)
    with pytest.raises(umf.TransportTimeoutError) as e:
        call("create_payment", **qr_payment(reference("PY-SLOW")))
    assert e.value.code == "timeout" and e.value.sent and not e.value.retryable
    assert isinstance(e.value.__cause__, httpx.TimeoutException)
    sandbox.fault("get_refundable_balance", "latency", ms=2500, times=1)
    assert call("get_refundable_balance").result["balance"], "a read is sent again"


@pytest.mark.parametrize("op", ["get_refundable_balance", "create_payment"])
def test_an_expired_token_is_one_transparent_retry(call: Caller, sandbox: Sandbox, op: str) -> None:
    params = qr_payment(reference("PY-EXP")) if op == "create_payment" else {}
    health = sandbox.health()
    sandbox.fault(op, "expire_token", times=1)
    answer = call(op, **params)
    assert answer.verification.is_verified
    after = sandbox.health()
    assert after["tokens_issued"] == health["tokens_issued"] + 1
    # The rejected request, the token request, the same request again.
    assert after["requests_served"] == health["requests_served"] + 3
    if op == "create_payment":
        assert after["payments"] == health["payments"] + 1


def test_a_bad_response_signature_is_a_signature_error(call: Caller, sandbox: Sandbox) -> None:
    sandbox.fault("get_refundable_balance", "bad_signature", times=1)
    with pytest.raises(umf.SignatureError) as e:
        call("get_refundable_balance")
    assert e.value.code == "signature_invalid"


def test_50_threads_on_a_cold_client_make_one_token_request_to_the_sandbox(
    sandbox: Sandbox, sandbox_client: umf.Client
) -> None:
    before = sandbox.health()["tokens_issued"]
    answers: list[umf.ApiResponse[Any]] = []
    lock = threading.Lock()
    with UmfClient(client=sandbox_client, credentials=credentials()) as client:
        start = threading.Barrier(50)

        def run() -> None:
            start.wait()
            answer = client.get_refundable_balance()
            with lock:
                answers.append(answer)

        threads = [threading.Thread(target=run) for _ in range(50)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        stats = client.stats()
    assert len(answers) == 50 and all(a.verification.is_verified for a in answers)
    assert stats["token_requests"] == 1 and stats["requests"] == 50
    assert sandbox.health()["tokens_issued"] == before + 1


def test_200_tasks_on_a_cold_async_client_make_one_token_request_to_the_sandbox(
    sandbox: Sandbox, sandbox_client: umf.Client
) -> None:
    before = sandbox.health()["tokens_issued"]

    async def run() -> list[umf.ApiResponse[umf.models.ExchangeRatesResult]]:
        async with AsyncUmfClient(client=sandbox_client, credentials=credentials()) as client:
            answers = await asyncio.gather(
                *(client.get_exchange_rate(currency="USD") for _ in range(200))
            )
            assert client.stats()["token_requests"] == 1
            return answers

    answers = asyncio.run(run())
    assert {a.result["exchange_rates"][0]["rate"] for a in answers} == {"7.1234"}
    assert sandbox.health()["tokens_issued"] == before + 1

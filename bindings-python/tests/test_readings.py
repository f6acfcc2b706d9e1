"""The readings of UMF's documents, end to end: each sandbox below serves a few of the readings
`umf sandbox` offers (signature scope, `Authorization` spelling, acknowledgement format, token
endpoint and credentials, unsigned errors, pending outcomes, a key change-over), and the SDK
passes each with nothing but the configuration the README's "Readings of the documents" names,
while the strict readings refuse the other configuration with a typed error (or, for an
acknowledgement, with the sandbox's retries).

Each reading runs the card flow (create, SMS step, execute with the test card), a refund and a
notification delivered to a local endpoint and acknowledged in the format that reading needs."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any, Literal
from urllib.parse import urlsplit

import pytest
import umf
import umf.testing as umf_testing
from sandbox_harness import (
    Sandbox,
    card_payment,
    credentials,
    inbox,
    payer,
    reference,
    running,
)
from umf.http import AsyncUmfClient, UmfClient

# Where notifications go when a test does not read them (nothing listens there).
NOWHERE = "http://127.0.0.1:9/notify"
QUICK = umf.PollPolicy(interval_ms=50, max_interval_ms=200, deadline_ms=10_000)
# No retries after a refusal: the refusal is the answer under test.
ONCE = umf.CallPolicy(max_attempts=1, attempt_timeout_ms=5_000)
AckFormat = Literal["json", "json_with_id", "form"]


def origin(sandbox: Sandbox) -> str:
    parts = urlsplit(sandbox.base_url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.fixture(scope="module")
def reading_a() -> Iterator[Sandbox]:
    """Signature over the body without `meta`; only `Bearer<token>`; form acknowledgements; the
    token endpoint of the 001-003 examples with Basic credentials; unsigned error answers."""
    with running(
        "--signature-scope", "body-without-meta",
        "--bearer", "strict-no-space",
        "--ack", "form",
        "--token-path", "/v1/oauth/authorize",
        "--token-credentials", "basic",
        "--sign-errors", "no",
        "--notify-backoff-ms", "50",
    ) as sandbox:  # fmt: skip
        yield sandbox


@pytest.fixture(scope="module")
def reading_b() -> Iterator[Sandbox]:
    """Signature over the body without `meta.sign`; only `Bearer <token>`; acknowledgements
    with the object's id; credentials in the JSON body only; pending outcomes."""
    with running(
        "--signature-scope", "body-without-sign",
        "--bearer", "strict-space",
        "--ack", "json-with-id",
        "--token-credentials", "json",
        "--outcomes", "async",
        "--settle-delay-ms", "200",
        "--notify-backoff-ms", "50",
    ) as sandbox:  # fmt: skip
        yield sandbox


def configured_a(sandbox: Sandbox, **overrides: Any) -> UmfClient:
    """The client the README configures for reading A (`overrides` undo one setting)."""
    options: dict[str, Any] = {
        "authorization": "bearer_no_space",
        "token_url": f"{origin(sandbox)}/v1/oauth/authorize",
        "token_credentials": "basic",
        **overrides,
    }
    return UmfClient(
        base_url=sandbox.base_url,
        credentials=credentials(),
        umf_public_key=umf_testing.umf_public_key(),
        merchant_key=umf_testing.merchant_key(),
        policy=ONCE,
        **options,
    )


def card_flow(client: UmfClient, sandbox: Sandbox, notify_url: str) -> tuple[str, str, str]:
    """Create, SMS step and execute with the test card; returns the payment id, its state
    after execute and its `mer_date`."""
    created = client.create_payment(card_payment(reference("PY-RD"), "20.00", notify_url))
    payment_id = created.result["id"]
    client.send_payment_sms(payment_id=payment_id, payer=payer())
    code = sandbox.sms_code(payment_id)
    executed = client.execute_payment(payment_id=payment_id, payer=payer(code))
    return payment_id, executed.result["state"], created.result["order"]["mer_date"]


def refund(client: UmfClient, payment_id: str, mer_date: str, notify_url: str) -> Any:
    return client.create_refund(
        payment_id=payment_id,
        notify_url=notify_url,
        refund_info={
            "mer_reference_id": reference("PY-RD-R"),
            "mer_date": mer_date,
            "amount": {"total": "5.00", "currency": "USD"},
        },
    )


def delivery(sandbox: Sandbox, object_id: str, timeout: float = 10.0) -> dict[str, Any]:
    """The sandbox's record of the notification about `object_id`, once acknowledged or
    retried at least once."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for record in sandbox.deliveries():
            if record["object_id"] == object_id and (
                record["acknowledged"] or record["attempts"] >= 2
            ):
                return record
        time.sleep(0.05)
    raise AssertionError(f"no delivery about {object_id}")


def test_reading_a_passes_with_its_configuration(reading_a: Sandbox) -> None:
    with configured_a(reading_a) as client, inbox(client.verify_notification, "form") as box:
        assert client.client.token_credentials == "basic"
        assert client.client.token_url.endswith("/v1/oauth/authorize")
        payment_id, state, mer_date = card_flow(client, reading_a, box.url)
        assert state == "TRADE_SUCCESS"
        answer = client.get_payment(payment_id=payment_id)
        # The default `auto` scope found the reading's signature.
        assert answer.verification.is_verified
        assert answer.verification.scope == "body_without_meta"
        assert answer.verification.key_fingerprint == umf_testing.umf_public_key().fingerprint
        note = box.wait_for("payment", payment_id)
        assert note.state == "TRADE_SUCCESS"
        assert note.key_fingerprint == umf_testing.umf_public_key().fingerprint
        record = delivery(reading_a, payment_id)
        assert record["acknowledged"] and record["attempts"] == 1

        # A refund that succeeds at once is not notified (only a pending one is, later).
        refunded = refund(client, payment_id, mer_date, box.url)
        assert refunded.result["state"] == "REFUND_SUCCESS"
        assert refunded.verification.scope == "body_without_meta"


def test_reading_a_refuses_every_other_setting(reading_a: Sandbox) -> None:
    # `Bearer <token>` (the default): the token is refused as a bad one, typed.
    with configured_a(reading_a, authorization="bearer_space") as client:
        with pytest.raises(umf.ApiError) as refused:
            client.get_refundable_balance()
        assert refused.value.http_status == 401
    # Credentials in the JSON body (the default): no token.
    with configured_a(reading_a, token_credentials="json") as client:
        with pytest.raises(umf.ApiError) as no_token:
            client.token()
        assert no_token.value.http_status == 401
    # The text's token endpoint (no token_url): nothing is served there.
    with configured_a(reading_a, token_url=None) as client:
        with pytest.raises(umf.ApiError) as not_there:
            client.token()
        assert not_there.value.http_status == 404
    # A JSON acknowledgement is no acknowledgement here: the sandbox retries.
    with configured_a(reading_a) as client, inbox(client.verify_notification, "json") as box:
        payment_id, _, _ = card_flow(client, reading_a, box.url)
        record = delivery(reading_a, payment_id)
        assert not record["acknowledged"] and record["attempts"] >= 2
        assert record["last_status"] == 200  # the endpoint answered, in the wrong format


def test_an_unsigned_error_answer_is_still_the_typed_error(reading_a: Sandbox) -> None:
    with configured_a(reading_a) as client:
        with pytest.raises(umf.ApiError) as unknown:
            client.get_payment(payment_id="PAY_NO_SUCH_PAYMENT")
    err = unknown.value
    assert err.ret_code is not None and err.ret_code != "0000"
    assert not err.is_retryable
    # A client that requires signatures refuses to read it, and says what it claimed.
    with configured_a(reading_a, verify_policy="strict") as strict:
        with pytest.raises(umf.SignatureError) as unsigned:
            strict.get_payment(payment_id="PAY_NO_SUCH_PAYMENT")
    assert unsigned.value.code == "signature_missing"
    assert unsigned.value.unverified_ret_code == err.ret_code


def test_reading_b_passes_with_its_configuration(reading_b: Sandbox) -> None:
    # Everything this reading wants is the default but the acknowledgement format.
    client = UmfClient(
        base_url=reading_b.base_url,
        credentials=credentials(),
        umf_public_key=umf_testing.umf_public_key(),
        merchant_key=umf_testing.merchant_key(),
    )
    with client, inbox(client.verify_notification, "json_with_id") as box:
        payment_id, state, mer_date = card_flow(client, reading_b, box.url)
        assert state == "WAIT_BUYER_PAY"  # pending, as 004:L2568 describes it
        done = client.wait_for_payment(payment_id, poll=QUICK)
        assert done.result["state"] == "TRADE_SUCCESS"
        assert done.verification.scope == "body_without_sign"
        assert box.wait_for("payment", payment_id).state == "TRADE_SUCCESS"
        assert delivery(reading_b, payment_id)["attempts"] == 1

        refunded = refund(client, payment_id, mer_date, box.url)
        assert refunded.result["state"] == "REFUND_PROCESS"
        settled = client.wait_for_refund(refunded.result["id"], poll=QUICK)
        assert settled.result["state"] == "REFUND_SUCCESS"
        assert box.wait_for("refund", refunded.result["id"]).state == "REFUND_SUCCESS"
        assert delivery(reading_b, refunded.result["id"])["attempts"] == 1


def test_reading_b_with_the_async_client(reading_b: Sandbox) -> None:
    async def run() -> None:
        async with AsyncUmfClient(
            base_url=reading_b.base_url,
            credentials=credentials(),
            umf_public_key=umf_testing.umf_public_key(),
            merchant_key=umf_testing.merchant_key(),
            token_credentials="json",
        ) as client:
            created = await client.create_payment(
                card_payment(reference("PY-RD-A"), "7.00", NOWHERE)
            )
            assert created.verification.scope == "body_without_sign"
            answer = await client.get_payment(payment_id=created.result["id"])
            assert answer.verification.key_fingerprint == umf_testing.umf_public_key().fingerprint

    asyncio.run(run())


def test_reading_b_refuses_every_other_setting(reading_b: Sandbox) -> None:
    def client_with(**options: Any) -> UmfClient:
        return UmfClient(
            base_url=reading_b.base_url,
            credentials=credentials(),
            umf_public_key=umf_testing.umf_public_key(),
            merchant_key=umf_testing.merchant_key(),
            policy=ONCE,
            **options,
        )

    with client_with(authorization="bearer_no_space") as client:
        with pytest.raises(umf.ApiError) as refused:
            client.get_refundable_balance()
        assert refused.value.http_status == 401
    with client_with(token_credentials="basic") as client:
        with pytest.raises(umf.ApiError):
            client.token()
    # The async client fetches its tokens the same way.
    with pytest.raises(umf.ApiError):
        asyncio.run(_async_token(reading_b, "basic"))
    # The plain JSON acknowledgement lacks the id this reading wants: retried.
    with client_with() as client, inbox(client.verify_notification, "json") as box:
        payment_id, _, _ = card_flow(client, reading_b, box.url)
        client.wait_for_payment(payment_id, poll=QUICK)
        record = delivery(reading_b, payment_id)
        assert not record["acknowledged"] and record["attempts"] >= 2


async def _async_token(sandbox: Sandbox, style: Literal["json", "basic"]) -> umf.AccessToken:
    async with AsyncUmfClient(
        base_url=sandbox.base_url,
        credentials=credentials(),
        umf_public_key=umf_testing.umf_public_key(),
        merchant_key=umf_testing.merchant_key(),
        token_credentials=style,
        policy=ONCE,
    ) as client:
        return await client.token()


def test_the_token_manager_of_a_client_fetches_as_the_client_is_set_up(
    reading_a: Sandbox,
) -> None:
    client = umf.Client(
        reading_a.base_url,
        umf_public_key=umf_testing.umf_public_key(),
        token_url=f"{origin(reading_a)}/v1/oauth/authorize",
        token_credentials="basic",
    )
    manager = client.token_manager(credentials())
    request = manager.token_request()
    assert request.url == f"{origin(reading_a)}/v1/oauth/authorize"
    authorization = request.header("Authorization")
    assert authorization is not None and authorization.startswith("Basic ")
    assert b"sandbox-secret" not in request.body
    standalone = umf.TokenManager(credentials(), client.token_url, token_credentials="basic")
    assert standalone.token_request().body == request.body
    with pytest.raises(ValueError):
        umf.Client(reading_a.base_url, umf_public_key=umf_testing.umf_public_key(),
                   token_credentials="form")  # type: ignore[arg-type]  # fmt: skip


def test_a_key_change_over_mid_flow() -> None:
    old, new = umf_testing.umf_public_key(), umf_testing.umf_next_public_key()
    with running() as sandbox:
        both = UmfClient(
            base_url=sandbox.base_url,
            credentials=credentials(),
            umf_public_key=old,
            umf_additional_public_keys=[umf_testing.UMF_NEXT_CERTIFICATE_PEM],
            merchant_key=umf_testing.merchant_key(),
            verify_policy="strict",
        )
        only_old = UmfClient(
            base_url=sandbox.base_url,
            credentials=credentials(),
            umf_public_key=old,
            merchant_key=umf_testing.merchant_key(),
            verify_policy="strict",
        )
        assert [k.fingerprint for k in both.client.umf_additional_public_keys] == [new.fingerprint]
        with both, only_old, inbox(both.verify_notification) as box:
            created = both.create_payment(card_payment(reference("PY-ROT"), "15.00", box.url))
            assert created.verification.key_fingerprint == old.fingerprint
            payment_id = created.result["id"]
            both.send_payment_sms(payment_id=payment_id, payer=payer())

            assert sandbox.rotate_umf_key() == new.fingerprint

            code = sandbox.sms_code(payment_id)
            executed = both.execute_payment(payment_id=payment_id, payer=payer(code))
            assert executed.result["state"] == "TRADE_SUCCESS"
            assert executed.verification.key_fingerprint == new.fingerprint
            note = box.wait_for("payment", payment_id)
            assert note.key_fingerprint == new.fingerprint
            # The free function takes the key set too.
            headers, body = box.raw[0]
            signature = {name.lower(): value for name, value in headers.items()}["signature"]
            again = umf.verify_notification(signature, body, [old, new])
            assert again.key_fingerprint == new.fingerprint
            with pytest.raises(umf.SignatureError):
                umf.verify_notification(signature, body, old)

            refunded = refund(both, payment_id, created.result["order"]["mer_date"], box.url)
            assert refunded.result["state"] == "REFUND_SUCCESS"
            assert refunded.verification.key_fingerprint == new.fingerprint

            # Fails closed: an answer signed with a key it does not hold is refused, typed.
            with pytest.raises(umf.SignatureError) as refused:
                only_old.get_payment(payment_id=payment_id)
            # (The new key is longer: its signature does not even fit the old key.)
            assert refused.value.family == "signature"
            assert refused.value.code in ("signature_invalid", "signature_malformed")

"""The quickstart, typed: pyright --strict and mypy --strict check every access below against
the types generated from the core's schema, and the run asserts what those types promise.

cargo run -q -p umf-cli -- sandbox     # prints {"base_url": "http://127.0.0.1:PORT/...", ...}
UMF_BASE_URL=http://127.0.0.1:PORT/cberest/v1 python bindings-python/examples/typed_quickstart.py
"""

from __future__ import annotations

import json
import os
import sys
import uuid
from datetime import datetime, timedelta, timezone

import httpx
import umf
from umf.http import UmfClient
from umf.models import (
    BankCard,
    CreatePaymentParams,
    CreateRefundResult,
    GetPaymentResult,
    Payer,
    RefundState,
)

if sys.version_info >= (3, 11):
    from typing import assert_type
else:
    from typing_extensions import assert_type

base_url = os.environ["UMF_BASE_URL"]
umf_public_key = "tests/vectors/keys/umf_1024_cert.pem"  # the sandbox's test keys
client = UmfClient(
    base_url=base_url,
    credentials=umf.ClientCredentials("sandbox-client", "sandbox-secret"),
    umf_public_key=umf_public_key,
    merchant_key="tests/vectors/keys/merchant_1024_pkcs8.pem",
    verify_policy="strict",
)
today = datetime.now(timezone(timedelta(hours=8))).strftime("%Y%m%d")

order: CreatePaymentParams = {
    "payer": {"payment_method": "CREDIT_CARD", "interface_type": "SERVER_TO_SERVER"},
    "order": {
        "mer_reference_id": f"ORDER-{uuid.uuid4().hex[:12]}",
        "mer_date": today,
        "amount": {"total": "100.00", "currency": "USD"},
    },
    "notify_url": "https://shop.example/umf/notify",
}

with client:
    created = client.create_payment(order)
    # Every answer of create_payment carries `order.amount.total`: indexed, no None check.
    total: str = created.result["order"]["amount"]["total"]
    assert total == "100.00", total
    # The id is not promised by every documented answer: the type says so.
    payment_id = created.result.get("id")
    assert payment_id is not None and payment_id.startswith("PAY_"), payment_id

    # get_payment always carries the state.
    status = client.get_payment(payment_id=payment_id)
    assert_type(status, umf.ApiResponse[GetPaymentResult])
    assert status.result["state"] == "WAIT_BUYER_PAY", status.result

    card: BankCard = {
        "number": "6222020000000001234",
        "valid_date": "2612",
        "cvv2": "123",
        "payer_name": "ZHANG SAN",
        "phone": "13800000000",
        "citizen_id_type": "IDENTITY_CARD",
        "citizen_id_number": "110101199001011234",
    }
    payer: Payer = {"payment_method": "CREDIT_CARD", "payer_info": {"bank_card": card}}
    client.send_payment_sms(payment_id=payment_id, payer=payer)
    admin_url = base_url.replace("/cberest/v1", "/__admin")
    code: str = httpx.get(f"{admin_url}/sms/{payment_id}").json()["code"]
    card["verify_code"] = code
    paid = client.execute_payment(payment_id=payment_id, payer=payer)
    assert paid.result["state"] == "TRADE_SUCCESS", paid.result

    refunded = client.create_refund(
        payment_id=payment_id,
        refund_info={
            "mer_reference_id": f"REFUND-{uuid.uuid4().hex[:12]}",
            "mer_date": today,
            "amount": {"total": "30.00", "currency": "USD"},
        },
    )
    assert_type(refunded, umf.ApiResponse[CreateRefundResult])
    state: RefundState = refunded.result["state"]
    assert state == "REFUND_SUCCESS", state
    refund_id = refunded.result.get("id")
    assert refund_id is not None

    # The 003 form of get_refund's answer may lack the id: only indexed after a check.
    found = client.get_refund(refund_id=refund_id).result
    assert found.get("id") == refund_id and found.get("state") == "REFUND_SUCCESS", found

    both = client.get_payment_with_refunds(payment_id=payment_id).result
    assert both["payment"]["id"] == payment_id and both["payment"]["state"] == "TRADE_SUCCESS"
    assert both["payment"]["order"]["amount"]["total"] == "100.00"

# Sans-IO, the answer of an operation is typed by its id.
sans_io = umf.Client(base_url, umf_public_key=umf_public_key)
payment = {"id": payment_id, "state": "TRADE_SUCCESS", "order": {"amount": {"total": "1.00"}}}
answer = {"meta": {"ret_code": "0000"}, "payment": payment}
parsed = sans_io.parse("get_payment", umf.HttpResponse(200, [], json.dumps(answer).encode()))
assert_type(parsed, umf.ApiResponse[GetPaymentResult])
assert parsed.result["state"] == "TRADE_SUCCESS"

# An answer without a member the type requires is an error naming the member, not a KeyError
# later.
del payment["state"]
try:
    sans_io.parse("get_payment", umf.HttpResponse(200, [], json.dumps(answer).encode()))
    raise AssertionError("an answer without payment.state was accepted")
except umf.ResponseError as e:
    assert (e.code, e.path) == ("response_missing_field", "payment.state"), repr(e)
print(f"typed quickstart passed: {payment_id} paid, {refund_id} refunded")

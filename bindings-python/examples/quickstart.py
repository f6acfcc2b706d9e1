"""A card payment with SMS, then a refund, against the local UMF sandbox.

umf sandbox   # pip install umf-sdk-cli; in the repository: cargo run -q -p umf-cli -- sandbox
              # prints {"base_url": "http://127.0.0.1:PORT/cberest/v1", ...}
UMF_BASE_URL=http://127.0.0.1:PORT/cberest/v1 python quickstart.py
"""

from __future__ import annotations

import os
import uuid
from datetime import datetime, timedelta, timezone

import httpx
import umf.testing
from umf.http import UmfClient
from umf.models import BankCard, Payer

base_url = os.environ["UMF_BASE_URL"]
client = UmfClient(
    base_url=base_url,
    # The sandbox's public test keys and credentials, shipped in the package: test use only.
    credentials=umf.testing.credentials(),
    umf_public_key=umf.testing.UMF_CERTIFICATE_PEM,
    merchant_key=umf.testing.MERCHANT_PRIVATE_KEY_PEM,
    verify_policy="strict",  # the sandbox signs every answer
)
today = datetime.now(timezone(timedelta(hours=8))).strftime("%Y%m%d")  # the merchant's date
order_id = f"ORDER-{uuid.uuid4().hex[:12]}"  # UMF pays each one at most once

with client:
    created = client.create_payment(
        payer={"payment_method": "CREDIT_CARD", "interface_type": "SERVER_TO_SERVER"},
        order={
            "mer_reference_id": order_id,
            "mer_date": today,
            "amount": {"total": "100.00", "currency": "USD"},
        },
        notify_url="https://shop.example/umf/notify",
    )
    payment = created.result  # verified; amounts are exact strings
    # Every answer carries `order.amount.total` (so its type does); the rest is checked.
    if "id" not in payment or "state" not in payment:
        raise RuntimeError("UMF answered without the payment's id or state")
    print(payment["id"], payment["state"], payment["order"]["amount"]["total"])

    # The five card fields are encrypted with UMF's key by the SDK before anything is signed.
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
    client.send_payment_sms(payment_id=payment["id"], payer=payer)

    # The customer reads the code on their phone; the sandbox shows it on its admin API.
    admin_url = base_url.replace("/cberest/v1", "/__admin")
    card["verify_code"] = httpx.get(f"{admin_url}/sms/{payment['id']}").json()["code"]
    paid = client.execute_payment(payment_id=payment["id"], payer=payer).result
    print(payment["id"], paid["state"])  # PAY_… TRADE_SUCCESS (the state is always there)

    refund = client.create_refund(
        payment_id=payment["id"],
        refund_info={
            "mer_reference_id": f"REFUND-{uuid.uuid4().hex[:12]}",
            "mer_date": today,
            "amount": {"total": "30.00", "currency": "USD"},
        },
    ).result
    print(refund.get("id"), refund["state"])  # REFUND_… REFUND_SUCCESS

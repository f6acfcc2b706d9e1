"""A FastAPI shop taking a QR payment through UMF and receiving its notification.

    UMF_BASE_URL=... UMF_CLIENT_ID=... UMF_CLIENT_SECRET=... UMF_PUBLIC_KEY=umf.crt \
    UMF_MERCHANT_KEY=merchant.pem NOTIFY_URL=https://shop.example/umf/notify \
    uvicorn notify_fastapi:app
"""

from __future__ import annotations

import os
import uuid

import umf
from fastapi import FastAPI, Request, Response
from umf.http import AsyncUmfClient

# One client per client_id for the whole process (it shares one token between tasks).
client = AsyncUmfClient(
    base_url=os.environ.get("UMF_BASE_URL", umf.SANDBOX_BASE_URL),
    credentials=umf.ClientCredentials(os.environ["UMF_CLIENT_ID"], os.environ["UMF_CLIENT_SECRET"]),
    umf_public_key=os.environ["UMF_PUBLIC_KEY"],  # a path, PEM text or base64
    merchant_key=os.environ["UMF_MERCHANT_KEY"],  # on this server only
)
handled: set[str] = set()  # use your database: UMF retries until acknowledged
payments: dict[str, str] = {}  # payment id -> state

app = FastAPI()


@app.post("/pay")
async def pay(mer_date: str, total: str) -> dict[str, str]:
    answer = await client.create_payment(
        payer={"payment_method": "WECHAT_SCAN", "interface_type": "SERVER_TO_SERVER"},
        order={
            "mer_reference_id": uuid.uuid4().hex[:16],  # UMF pays each one at most once
            "mer_date": mer_date,
            "amount": {"total": total, "currency": "USD"},
        },
        notify_url=os.environ["NOTIFY_URL"],
    )
    payment = answer.result  # umf.models.CreatePaymentResult, verified
    qr = payment.get("payer", {}).get("payer_info", {}).get("qr_code_scan", {}).get("qr_code_url")
    # Indexed only where the type promises the member; the rest is checked first.
    if "id" not in payment or "state" not in payment or qr is None:
        raise RuntimeError("UMF answered without the payment's id, state or QR code")
    payments[payment["id"]] = payment["state"]
    return {"id": payment["id"], "qr": qr}


@app.post("/umf/notify")
async def notify(request: Request) -> Response:
    raw = await request.body()  # the body exactly as received, never a parsed model
    try:
        note = client.verify_notification(request.headers.get("Signature"), raw)
    except umf.SignatureError:
        return Response(status_code=400)  # not from UMF: never acknowledge it
    if note.idempotency_key not in handled:  # kind:id:state
        handled.add(note.idempotency_key)
        if note.payment is not None and "state" in note.payment:
            payments[note.id] = note.payment["state"]
    ack = note.acknowledgement()  # {"meta":{"ret_code":"0000","ret_msg":"SUCCESS"}}
    return Response(content=ack.body, status_code=ack.status, headers=dict(ack.headers))

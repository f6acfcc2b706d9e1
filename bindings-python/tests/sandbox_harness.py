"""The local UMF sandbox (`umf sandbox`) for the end-to-end tests, and a merchant's
notification endpoint on loopback.

The sandbox is the real emulator the Rust suites use: it signs every answer, checks every
signature and ciphertext, runs the payment state machines and POSTs signed notifications. It is
driven through its admin API exactly as the README describes it (plain JSON on `/__admin`).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Literal

import httpx
import umf
from umf.http import AsyncUmfClient, UmfClient
from umf.models import Amount, BankCard, CreatePaymentParams, Order, Payer

ROOT = Path(__file__).resolve().parents[2]
UMF_BIN = Path(os.environ.get("UMF_BIN", ROOT / "target" / "debug" / "umf"))
CLIENT_ID, CLIENT_SECRET = "sandbox-client", "sandbox-secret"


class Sandbox:
    """A running `umf sandbox` process and its admin API."""

    def __init__(self, *args: str) -> None:
        """Starts `umf sandbox` with the flags `args` (e.g. `--client-secret`, `--fault`)."""
        if not UMF_BIN.is_file():
            raise RuntimeError(
                f"{UMF_BIN} is missing: run `cargo build -p umf-cli` (or set UMF_BIN)"
            )
        self.process = subprocess.Popen(
            [str(UMF_BIN), "sandbox", *args], stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        ready: dict[str, str] = json.loads(self.process.stdout.readline())
        # Whatever it prints later is read and dropped, so a full pipe can never stall it.
        threading.Thread(target=self.process.stdout.read, daemon=True).start()
        self.base_url = ready["base_url"]
        self.admin_url = ready["admin_url"]
        self.client_id = ready["client_id"]
        self.admin = httpx.Client(base_url=self.admin_url, timeout=10)

    def stop(self) -> None:
        self.admin.close()
        self.process.terminate()
        self.process.wait(timeout=10)

    def _json(self, response: httpx.Response) -> Any:
        response.raise_for_status()
        return response.json()

    def health(self) -> dict[str, Any]:
        data: dict[str, Any] = self._json(self.admin.get("/health"))
        return data

    def sms_code(self, payment_id: str) -> str:
        code: str = self._json(self.admin.get(f"/sms/{payment_id}"))["code"]
        return code

    def complete(self, payment_id: str, state: str = "TRADE_SUCCESS") -> None:
        self._json(self.admin.post(f"/payments/{payment_id}/complete", json={"state": state}))

    def fault(self, op: str, kind: str, **options: Any) -> None:
        self._json(self.admin.post("/faults", json={"op": op, "kind": kind, **options}))

    def clear_faults(self) -> None:
        self._json(self.admin.delete("/faults"))

    def rotate_umf_key(self) -> str:
        """Signs with the sandbox's other UMF key from now on; returns its fingerprint."""
        fingerprint: str = self._json(self.admin.post("/keys/rotate"))["umf_public_key_fingerprint"]
        return fingerprint

    def deliveries(self) -> list[dict[str, Any]]:
        data: list[dict[str, Any]] = self._json(self.admin.get("/notifications"))
        return data


@contextmanager
def running(*args: str) -> Iterator[Sandbox]:
    """A sandbox started with the flags `args` for the `with` block."""
    sandbox = Sandbox(*args)
    try:
        yield sandbox
    finally:
        sandbox.stop()


def credentials() -> umf.ClientCredentials:
    return umf.ClientCredentials(CLIENT_ID, CLIENT_SECRET)


def today() -> str:
    """The merchant's date, in China's time zone."""
    return datetime.now(timezone(timedelta(hours=8))).strftime("%Y%m%d")


def reference(prefix: str) -> str:
    """A merchant order id no other test uses (the sandbox lives for the whole session)."""
    return f"{prefix}-{uuid.uuid4().hex[:12].upper()}"


def order(ref: str, total: str, trans_code: str = "01122030") -> Order:
    """An order of one sub-order with one item, all for `total` USD."""
    amount: Amount = {"total": total, "currency": "USD"}
    return {
        "mer_reference_id": ref,
        "mer_date": today(),
        "amount": amount,
        "sub_orders": [
            {
                "mer_sub_reference_id": f"{ref}-S1",
                "trans_code": trans_code,
                "amount": amount,
                "items": [
                    {"mer_item_id": "I-1", "type": "FOOD", "quantity": "1", "amount": amount}
                ],
            }
        ],
    }


def card_payment(ref: str, total: str, notify_url: str) -> CreatePaymentParams:
    """A B2C card payment's parameters (the card follows with the SMS step)."""
    return {
        "payer": {
            "payment_method": "CREDIT_CARD",
            "interface_type": "SERVER_TO_SERVER",
            "business_type": "B2C",
        },
        "order": order(ref, total),
        "notify_url": notify_url,
        "risk_info": {"trans_type": "02"},
    }


CARD: BankCard = {
    "number": "6222020000000001234",
    "valid_date": "2612",
    "cvv2": "123",
    "payer_name": "ZHANG SAN",
    "phone": "13800000000",
    "citizen_id_type": "IDENTITY_CARD",
    "citizen_id_number": "110101199001011234",
}


def payer(code: str | None = None) -> Payer:
    """The payer of the card flow's SMS step (no code) and execute step (the SMS code)."""
    card = CARD.copy()
    if code is not None:
        card["verify_code"] = code
    return {"payment_method": "CREDIT_CARD", "payer_info": {"bank_card": card}}


class Inbox:
    """A merchant's notification endpoint: an HTTP server on 127.0.0.1 that verifies each
    notification's `Signature` over the raw body, keeps it, and acknowledges it."""

    def __init__(
        self,
        verify: Callable[[str | None, bytes], umf.Notification],
        ack: Literal["json", "json_with_id", "form"] = "json",
    ) -> None:
        self.notes: list[umf.Notification] = []
        self.raw: list[tuple[dict[str, str], bytes]] = []
        self.refused = 0
        self._lock = threading.Lock()
        inbox, ack_format = self, ack

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                try:
                    note = verify(self.headers.get("Signature"), body)
                except umf.SignatureError:
                    with inbox._lock:
                        inbox.refused += 1
                    self.send_response(400)
                    self.end_headers()
                    return
                with inbox._lock:
                    inbox.notes.append(note)
                    inbox.raw.append((dict(self.headers), body))
                ack = note.acknowledgement(format=ack_format)
                self.send_response(ack.status)
                for name, value in ack.headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(ack.body)))
                self.end_headers()
                self.wfile.write(ack.body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/umf/notify"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def wait_for(self, kind: str, object_id: str, timeout: float = 10.0) -> umf.Notification:
        """The notification of `kind` about `object_id`, once it has arrived."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                for note in self.notes:
                    if note.kind == kind and note.id == object_id:
                        return note
            time.sleep(0.02)
        raise AssertionError(f"no {kind} notification for {object_id}")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@contextmanager
def inbox(
    verify: Callable[[str | None, bytes], umf.Notification],
    ack: Literal["json", "json_with_id", "form"] = "json",
) -> Iterator[Inbox]:
    """A notification endpoint that acknowledges in the `ack` format."""
    box = Inbox(verify, ack)
    try:
        yield box
    finally:
        box.close()


class Caller:
    """Sends one operation through the sync or the async client; both share one token (one
    `umf.Caller`). Each attempt gets `timeout` seconds; retries back off briefly."""

    def __init__(self, mode: str, client: umf.Client, timeout: float = 10.0) -> None:
        self.mode, self.client = mode, client
        policy = umf.CallPolicy(
            attempt_timeout_ms=int(timeout * 1000), initial_backoff_ms=20, max_backoff_ms=200
        )
        self.sync = UmfClient(client=client, credentials=credentials(), policy=policy)
        self.events: list[umf.CallEvent] = []

    def __call__(self, op: str, **params: Any) -> umf.ApiResponse[Any]:
        if self.mode == "sync":
            return self.sync.call(op, params)

        async def run() -> umf.ApiResponse[Any]:
            async with AsyncUmfClient(caller=self.sync.caller) as client:
                return await client.call(op, params)

        return asyncio.run(run())

    def close(self) -> None:
        self.sync.close()


def qr_payment(ref: str, notify_url: str | None = None) -> CreatePaymentParams:
    params: CreatePaymentParams = {
        "payer": {"payment_method": "ALIPAY_SCAN", "interface_type": "SERVER_TO_SERVER"},
        "order": {
            "mer_reference_id": ref,
            "mer_date": today(),
            "amount": {"total": "9.99", "currency": "USD"},
        },
    }
    if notify_url is not None:
        params["notify_url"] = notify_url
    return params


def served(sandbox: Sandbox) -> int:
    count: int = sandbox.health()["requests_served"]
    return count

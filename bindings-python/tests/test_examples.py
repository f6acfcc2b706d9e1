"""The README's notification examples (bindings-python/examples), run as they are written: a
Flask app under werkzeug and a FastAPI app under uvicorn, each taking a QR payment from the
sandbox through the per-operation client and receiving the sandbox's signed notification over
real HTTP on its raw body."""

from __future__ import annotations

import importlib.util
import runpy
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from conftest import key_path
from sandbox_harness import CLIENT_ID, CLIENT_SECRET, ROOT, Sandbox, today

EXAMPLES = ROOT / "bindings-python" / "examples"


def load(name: str, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """Imports an example with the environment its docstring asks for, pointed at the sandbox."""
    env = {
        "UMF_BASE_URL": sandbox.base_url,
        "UMF_CLIENT_ID": CLIENT_ID,
        "UMF_CLIENT_SECRET": CLIENT_SECRET,
        "UMF_PUBLIC_KEY": str(key_path("umf_1024_cert.pem")),
        "UMF_MERCHANT_KEY": key_path("merchant_1024_pkcs8.pem").read_text(),
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def free_socket() -> socket.socket:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    return sock


@pytest.fixture()
def flask_shop(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, str]]:
    werkzeug = pytest.importorskip("werkzeug.serving")
    shop = load("notify_flask", sandbox, monkeypatch)
    server = werkzeug.make_server("127.0.0.1", 0, shop.app, threaded=True)
    url = f"http://127.0.0.1:{server.server_port}"
    monkeypatch.setenv("NOTIFY_URL", url + "/umf/notify")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield shop, url
    finally:
        server.shutdown()
        shop.client.close()


@pytest.fixture()
def fastapi_shop(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, str]]:
    uvicorn = pytest.importorskip("uvicorn")
    shop = load("notify_fastapi", sandbox, monkeypatch)
    sock = free_socket()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    monkeypatch.setenv("NOTIFY_URL", url + "/umf/notify")
    server = uvicorn.Server(uvicorn.Config(shop.app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    try:
        yield shop, url
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def pay_and_get_notified(shop: Any, url: str, sandbox: Sandbox) -> None:
    created = httpx.post(f"{url}/pay", params={"mer_date": today(), "total": "12.30"}, timeout=10)
    created.raise_for_status()
    payment_id, qr = created.json()["id"], created.json()["qr"]
    assert qr.startswith("weixin://") and shop.payments[payment_id] == "WAIT_BUYER_PAY"

    sandbox.complete(payment_id)  # the customer pays; the sandbox notifies the shop
    deadline = time.monotonic() + 10
    while shop.payments[payment_id] != "TRADE_SUCCESS":
        assert time.monotonic() < deadline, "no notification"
        time.sleep(0.02)
    (delivery,) = [d for d in sandbox.deliveries() if d["object_id"] == payment_id]
    deadline = time.monotonic() + 10
    while not delivery["acknowledged"]:
        assert time.monotonic() < deadline, "not acknowledged"
        time.sleep(0.02)
        (delivery,) = [d for d in sandbox.deliveries() if d["object_id"] == payment_id]
    assert delivery["attempts"] == 1 and shop.handled == {f"payment:{payment_id}:TRADE_SUCCESS"}

    # The same bytes again (UMF retries): acknowledged, handled once.
    headers = {"Signature": delivery["signature"], "Content-Type": "application/json"}
    again = httpx.post(f"{url}/umf/notify", content=delivery["body"].encode(), headers=headers)
    assert again.status_code == 200 and again.json()["meta"]["ret_code"] == "0000"
    assert len(shop.handled) == 1
    # A body that is not the signed one is refused, and never acknowledged.
    forged = delivery["body"].replace("TRADE_SUCCESS", "TRADE_CLOSED").encode()
    refused = httpx.post(f"{url}/umf/notify", content=forged, headers=headers)
    assert refused.status_code == 400 and shop.payments[payment_id] == "TRADE_SUCCESS"
    unsigned = httpx.post(f"{url}/umf/notify", content=delivery["body"].encode())
    assert unsigned.status_code == 400


def test_the_flask_example(flask_shop: tuple[Any, str], sandbox: Sandbox) -> None:
    pay_and_get_notified(*flask_shop, sandbox)


def test_the_fastapi_example(fastapi_shop: tuple[Any, str], sandbox: Sandbox) -> None:
    pay_and_get_notified(*fastapi_shop, sandbox)


def test_the_quickstart(
    sandbox: Sandbox,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)  # it needs nothing from the checkout: its keys are umf.testing's
    monkeypatch.setenv("UMF_BASE_URL", sandbox.base_url)
    runpy.run_path(str(EXAMPLES / "quickstart.py"), run_name="__main__")
    created, paid, refunded = capsys.readouterr().out.splitlines()
    assert created.endswith(" WAIT_BUYER_PAY 100.00") and created.startswith("PAY_")
    assert paid == created.split()[0] + " TRADE_SUCCESS"
    assert refunded.startswith("REFUND_") and refunded.endswith(" REFUND_SUCCESS")


def test_the_typed_quickstart(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("UMF_BASE_URL", sandbox.base_url)
    runpy.run_path(str(EXAMPLES / "typed_quickstart.py"), run_name="__main__")
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith("typed quickstart passed: PAY_") and " REFUND_" in line


def test_the_readme_shows_the_examples_as_they_are() -> None:
    readme = (ROOT / "bindings-python" / "README.md").read_text(encoding="utf-8")
    for example in sorted(EXAMPLES.glob("*.py")):
        code = example.read_text(encoding="utf-8")
        body = code[code.index("from __future__") :]
        assert body in readme, f"README.md no longer shows {example.name} as it is"


def test_examples_are_type_checked() -> None:
    api = pytest.importorskip("mypy.api")
    files = [str(p) for p in sorted(Path(EXAMPLES).glob("*.py"))]
    out, _, status = api.run(["--strict", "--no-incremental", *files])
    assert status == 0, out

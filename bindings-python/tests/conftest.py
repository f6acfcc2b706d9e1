"""Shared fixtures: the vectors of tests/vectors (the same files every language's suite reads)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import umf
from redis_harness import RedisServer
from sandbox_harness import Caller, Sandbox

VECTORS = Path(
    os.environ.get("UMF_VECTORS", Path(__file__).resolve().parents[2] / "tests" / "vectors")
)
KEYS = VECTORS / "keys"


def key_path(name: str) -> Path:
    return KEYS / name


@pytest.fixture(scope="session")
def manifest() -> dict[str, Any]:
    with open(VECTORS / "manifest.json", encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


@pytest.fixture(scope="session")
def merchant_key() -> umf.PrivateKey:
    return umf.PrivateKey.load(key_path("merchant_1024_pkcs8.pem"))


@pytest.fixture(scope="session")
def merchant_key_2048() -> umf.PrivateKey:
    return umf.PrivateKey.load(key_path("merchant_2048_pkcs8.pem"))


@pytest.fixture(scope="session")
def umf_public_key() -> umf.PublicKey:
    return umf.PublicKey.load(key_path("umf_1024_cert.pem"))


@pytest.fixture(scope="session")
def umf_private_pem() -> bytes:
    """UMF's private key, which only the tests (playing UMF) hold."""
    return key_path("umf_1024_pkcs8.pem").read_bytes()


@pytest.fixture(scope="session")
def sandbox_process() -> Iterator[Sandbox]:
    """One `umf sandbox` for the session (built by `cargo build -p umf-cli`)."""
    sandbox = Sandbox()
    try:
        yield sandbox
    finally:
        sandbox.stop()


@pytest.fixture()
def sandbox(sandbox_process: Sandbox) -> Iterator[Sandbox]:
    """The session's sandbox, with no fault left behind by the test."""
    try:
        yield sandbox_process
    finally:
        sandbox_process.clear_faults()


@pytest.fixture(scope="session")
def sandbox_client(sandbox_process: Sandbox) -> umf.Client:
    """The sans-IO client for the sandbox. It signs every answer: anything unsigned is an
    error here (policy strict)."""
    return umf.Client(
        sandbox_process.base_url,
        umf_public_key=key_path("umf_1024_cert.pem"),
        merchant_key=key_path("merchant_1024_pkcs8.pem"),
        verify_policy="strict",
    )


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, sandbox_client: umf.Client) -> Iterator[Caller]:
    caller = Caller(request.param, sandbox_client, timeout=1.0)
    caller("get_refundable_balance")  # holds a token before any fault
    try:
        yield caller
    finally:
        caller.close()


@pytest.fixture(scope="session")
def redis_process() -> Iterator[RedisServer]:
    """One `redis-server` for the session (a test that stops it starts it again)."""
    server = RedisServer()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture()
def redis_server(redis_process: RedisServer) -> Iterator[RedisServer]:
    """The session's Redis, running and empty."""
    if redis_process.process is None:
        redis_process.start()
    client = redis_process.client()
    client.flushall()
    client.close()
    yield redis_process
    if redis_process.process is None:
        redis_process.start()

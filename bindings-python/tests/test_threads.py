"""The GIL is released during RSA work, and shared objects are safe across threads."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

import umf


def longest_stall_while(work: Callable[[], object]) -> tuple[float, float]:
    """Runs `work` in a thread while this thread counts; returns (work seconds, the longest
    stretch this thread could not run). Holding the GIL through `work` would stall this thread
    for all of it."""
    done = threading.Event()
    elapsed: list[float] = []

    def run() -> None:
        start = time.perf_counter()
        work()
        elapsed.append(time.perf_counter() - start)
        done.set()

    worker = threading.Thread(target=run)
    last = time.perf_counter()
    longest = 0.0
    worker.start()
    while not done.is_set():
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now
    worker.join()
    return elapsed[0], longest


def big_message(seconds: float, call: Callable[[bytes], object]) -> bytes:
    """A message large enough that one call takes at least `seconds`."""
    size = 8 << 20
    while True:
        message = b"x" * size
        start = time.perf_counter()
        call(message)
        if time.perf_counter() - start >= seconds or size >= 1 << 30:
            return message
        size *= 2


def test_signing_and_verifying_release_the_gil(merchant_key: umf.PrivateKey) -> None:
    message = big_message(0.25, merchant_key.sign)
    signature = merchant_key.sign(message)
    public = merchant_key.public_key
    for work in (lambda: merchant_key.sign(message), lambda: public.verify(message, signature)):
        took, stall = longest_stall_while(work)
        # Holding the GIL would stall this thread for the whole call (`took`); released, the
        # only stalls are the interpreter's own thread switches.
        assert stall < took / 2, f"this thread stalled {stall:.3f}s of a {took:.3f}s call"


def test_threads_share_one_key_and_make_progress(merchant_key_2048: umf.PrivateKey) -> None:
    public = merchant_key_2048.public_key
    bodies = [f'{{"mer_reference_id":"ORDER-{i}"}}'.encode() for i in range(64)]

    def sign_and_check(body: bytes) -> str:
        signature = merchant_key_2048.sign(body)
        public.verify(body, signature)
        return signature

    with ThreadPoolExecutor(max_workers=8) as pool:
        signatures = list(pool.map(sign_and_check, bodies))
    assert signatures == [merchant_key_2048.sign(b) for b in bodies]


def test_encryptor_and_token_manager_shared_between_threads(umf_public_key: umf.PublicKey) -> None:
    encryptor = umf.CardEncryptor(umf_public_key)
    manager = umf.TokenManager(
        umf.ClientCredentials("c", "s"), "https://sandbox.test/oauth/authorize"
    )
    fetches: list[umf.TokenAction] = []
    lock = threading.Lock()

    def work(i: int) -> None:
        encryptor.encrypt_fields(
            "create_payment", {"payer": {"payer_info": {"bank_card": {"number": str(i)}}}}
        )
        action = manager.poll(now_ms=1_000)
        if action.kind == "fetch":
            with lock:
                fetches.append(action)

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(work, range(200)))
    assert len(fetches) == 1, "the core hands out one fetch"

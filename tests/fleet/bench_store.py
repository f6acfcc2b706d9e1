#!/usr/bin/env python3
"""What the shared token store costs per call, against a sandbox round trip.

One Python process, two clients: one keeping its token in the process, one sharing it through
Redis, each on a sandbox of its own (on one sandbox, the two would revoke each other's token at
every switch, and each round would measure a token fetch and the fetcher's drain). Rounds of calls alternate between them (so both
see the same machine load); the median per-call time of each and their ratio are printed, with
one ``BENCH|...`` line for ``make bench``'s table. The store is consulted only when a token is
due, so the goal is a ratio within 1.05 (under 5%).

Run with the Python of ``target/python-venv`` (the wheel and redis-py installed), e.g.
``target/python-venv/bin/python tests/fleet/bench_store.py``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import CLIENT_ID, CLIENT_SECRET, ROOT, Redis, Sandbox, free_port


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--umf", default=str(ROOT / "target/debug/umf"))
    parser.add_argument("--redis-server", default="redis-server")
    parser.add_argument("--calls", type=int, default=200, help="calls per round")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    import redis  # the venv's redis-py
    import umf
    from umf.http import UmfClient

    keys = ROOT / "tests/vectors/keys"
    with tempfile.TemporaryDirectory() as tmp:
        server = Redis(args.redis_server, free_port(), Path(tmp))
        server.start()
        sandboxes = [Sandbox(args.umf, 3600), Sandbox(args.umf, 3600)]
        try:

            def client(
                sandbox: Sandbox, store: umf.RedisTokenStore | None
            ) -> UmfClient:
                return UmfClient(
                    base_url=sandbox.base_url,
                    credentials=umf.ClientCredentials(CLIENT_ID, CLIENT_SECRET),
                    umf_public_key=keys / "umf_1024_cert.pem",
                    merchant_key=keys / "merchant_1024_pkcs8.pem",
                    store=store,
                )

            local = client(sandboxes[0], None)
            shared = client(
                sandboxes[1], umf.RedisTokenStore(redis.Redis.from_url(server.url))
            )
            per_call: dict[str, list[float]] = {
                "in-process token": [],
                "Redis store": [],
            }
            for c in (local, shared):  # warm up: the token, connections, caches
                for _ in range(20):
                    c.call("list_banks", {})
            for _ in range(args.rounds):
                for name, c in (("in-process token", local), ("Redis store", shared)):
                    started = time.perf_counter()
                    for _ in range(args.calls):
                        c.call("list_banks", {})
                    per_call[name].append((time.perf_counter() - started) / args.calls)
            local.close()
            shared.close()
            # Each client fetched one token: the store costs nothing per call beyond its lookups.
            assert local.stats()["token_requests"] == 1, local.stats()
            assert shared.stats()["token_requests"] == 1, shared.stats()
        finally:
            for sandbox in sandboxes:
                sandbox.stop()
            server.stop()

    base = statistics.median(per_call["in-process token"])
    store = statistics.median(per_call["Redis store"])
    ratio = store / base
    print(
        f"list_banks against the sandbox, median of {args.rounds} rounds of {args.calls} calls:"
    )
    print(f"  in-process token: {base * 1e6:8.0f} µs per call")
    print(f"  Redis store:      {store * 1e6:8.0f} µs per call  ({ratio:.3f}x)")
    # bench_table.py's line: language, workload, ours (µs), the baseline's name and µs.
    print(
        f"BENCH|python|call-with-redis-store|{store * 1e6:.1f}|"
        f"the same sandbox call, token in process|{base * 1e6:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""One process of a fleet sharing a `client_id` (the fleet test contract of CALLS.md).

    python worker.py --base-url URL --client-id ID --client-secret S --keys DIR
        [--redis URL] --calls N --interval-ms MS --op list_banks

Makes one client (with the Redis token store when --redis is given), makes N sequential calls
of the op (parameters `{}`), sleeping MS between them, never stops on a failed call, and prints
one JSON line at the end: calls, failures by error code, and the caller's counters.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import umf
from umf.http import UmfClient


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--client-id", required=True)
    parser.add_argument("--client-secret", required=True)
    parser.add_argument("--keys", required=True, type=Path)
    parser.add_argument("--redis")
    parser.add_argument("--calls", required=True, type=int)
    parser.add_argument("--interval-ms", required=True, type=int)
    parser.add_argument("--op", required=True)
    args = parser.parse_args(argv)

    store = None
    if args.redis:
        import redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        # Short timeouts and no retries of the client's own: when Redis goes away the call
        # loop falls back at once (redis-py's default retries wait seconds first).
        connection = redis.Redis.from_url(
            args.redis, socket_timeout=1, socket_connect_timeout=1, retry=Retry(NoBackoff(), 0)
        )
        store = umf.RedisTokenStore(connection)
    client = UmfClient(
        base_url=args.base_url,
        credentials=umf.ClientCredentials(args.client_id, args.client_secret),
        umf_public_key=args.keys / "umf_1024_cert.pem",
        merchant_key=args.keys / "merchant_1024_pkcs8.pem",
        store=store,
    )
    errors: Counter[str] = Counter()
    with client:
        for i in range(args.calls):
            if i:
                time.sleep(args.interval_ms / 1000)
            try:
                client.call(args.op, {})
            except umf.UmfError as err:
                errors[err.code] += 1
            except Exception as err:  # noqa: BLE001 - counted, never stops the run
                errors[type(err).__name__] += 1
        stats = client.stats()
    print(
        json.dumps(
            {
                "worker": "python",
                "calls": args.calls,
                "failed": sum(errors.values()),
                "errors": dict(errors),
                "token_requests": stats["token_requests"],
                "shared_tokens": stats["shared_tokens"],
                "token_replays": stats["token_replays"],
                "retries": stats["retries"],
                "store_failures": stats["store_failures"],
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

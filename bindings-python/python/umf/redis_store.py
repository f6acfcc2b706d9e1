"""The shared token store of a fleet, on Redis (``pip install "umf-sdk[redis]"``).

UMF keeps one valid token per ``client_id`` and revokes the previous one whenever it issues a
new one, so the processes of one server (gunicorn or uWSGI workers, Celery, a second host)
that each fetch their own token cut each other off. With a :class:`RedisTokenStore` passed as
``store=`` to :class:`umf.http.UmfClient` or :class:`umf.http.AsyncUmfClient`, one process at a
time fetches (under a lock with an expiry) and the others use the token it stored.

The core decides every step (``umf.Caller``); this class only runs the core's Lua scripts on
your redis-py client and hands the replies back. The token is stored in Redis in plain text,
as any shared cache of a bearer token must hold it: protect the Redis instance (network,
``requirepass``/ACL, TLS) like the client secret.
"""

from __future__ import annotations

import inspect
import threading
from typing import Any, Literal

from umf._native import StoreCommand, StoreConfig

__all__ = ["RedisTokenStore"]

# How much of the Redis client's message a store failure keeps (a connection error's text
# names the host and port; nothing of the command's arguments reaches it).
_MESSAGE_CHARS = 200


class RedisTokenStore:
    """Runs the core's store commands on a redis-py client: ``redis.Redis`` (for
    :class:`umf.http.UmfClient`) or ``redis.asyncio.Redis`` (for
    :class:`umf.http.AsyncUmfClient`; a sync client works there too, blocking the loop).

    ``prefix``, ``lock_ttl_ms``, ``poll_ms``, ``drain_ms``, ``retry_after_failure_ms`` and
    ``mode`` are the core's :class:`umf.StoreConfig` knobs (left out: the core's defaults,
    ``"umf"``, 10000, 25, 500, 1000, ``"fallback"``). ``mode="fallback"`` (the default) keeps
    calls working when Redis is unreachable, with a warning event: a token due for refresh is
    used until it expires, then the process fetches its own (processes doing so revoke each
    other's tokens until Redis is back); ``mode="required"`` fails those calls with
    :class:`umf.StoreUnavailableError` instead.
    """

    def __init__(
        self,
        redis: Any,
        *,
        prefix: str | None = None,
        lock_ttl_ms: int | None = None,
        poll_ms: int | None = None,
        retry_after_failure_ms: int | None = None,
        mode: Literal["fallback", "required"] | None = None,
        drain_ms: int | None = None,
    ) -> None:
        self.redis = redis
        self.config = StoreConfig(
            prefix=prefix,
            lock_ttl_ms=lock_ttl_ms,
            poll_ms=poll_ms,
            retry_after_failure_ms=retry_after_failure_ms,
            mode=mode,
            drain_ms=drain_ms,
        )
        self._scripts: dict[str, Any] = {}
        self._lock = threading.Lock()

    def _script(self, source: str) -> Any:
        # register_script runs EVALSHA and loads the script once when Redis does not know it.
        with self._lock:
            script = self._scripts.get(source)
            if script is None:
                script = self._scripts[source] = self.redis.register_script(source)
            return script

    def run(self, command: StoreCommand) -> list[str]:
        """Runs ``command``; its reply as strings. Raises what the Redis client raises."""
        reply = self._script(command.script)(keys=command.keys, args=command.args)
        if inspect.isawaitable(reply):
            close = getattr(reply, "close", None)
            if close is not None:
                close()
            raise TypeError("an asyncio Redis client needs umf.http.AsyncUmfClient")
        return _strings(reply)

    async def arun(self, command: StoreCommand) -> list[str]:
        """Runs ``command`` from a coroutine; its reply as strings."""
        reply = self._script(command.script)(keys=command.keys, args=command.args)
        if inspect.isawaitable(reply):
            reply = await reply
        return _strings(reply)

    @property
    def mode(self) -> str:
        return self.config.mode

    def __repr__(self) -> str:
        return f"RedisTokenStore({self.config!r})"


def _strings(reply: Any) -> list[str]:
    """A script's reply as the core reads it: bulk strings as UTF-8 text, integers as decimal
    text, whether or not the client decodes responses."""
    items = reply if isinstance(reply, (list, tuple)) else [reply]
    out = []
    for item in items:
        if isinstance(item, bytes):
            out.append(item.decode("utf-8", errors="replace"))
        else:
            out.append(str(item))
    return out


def failure_message(err: BaseException) -> str:
    """A store failure as the core's ``store_failed`` takes it: the exception's type and the
    start of its message."""
    return f"{type(err).__name__}: {err}"[:_MESSAGE_CHARS]

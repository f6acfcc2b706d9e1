"""The shapes of what the core's call loop reports: an event per exchange and the counters.

Events are the core's ``CallEvent`` in its serde form: names, numbers and codes only. No
field can hold a key, secret, token, body, header or URL query, so no logging configuration can
leak one.
"""

from __future__ import annotations

from typing import Literal, Optional, TypedDict

__all__ = ["CallEvent", "CallStats"]


class CallEvent(TypedDict):
    """One event of a call (logged on the ``umf`` logger, handed to ``on_event``)."""

    kind: Literal["request", "token_request", "retry", "store_unavailable"]
    operation: str
    """The operation id (``get_access_token`` for token requests, ``send`` for requests built
    elsewhere)."""
    method: Literal["GET", "POST"]
    path: str
    """The path template (``/payments/{payment_id}``), never the rendered path or query."""
    status: Optional[int]
    ret_code: Optional[str]
    """``meta.ret_code`` as the answer claimed it, unverified: a diagnostic."""
    attempt: int
    duration_ms: int
    """How long the exchange took, or the backoff of a retry."""
    token: Optional[Literal["reused", "fetched", "shared", "waited"]]
    retry_reason: Optional[
        Literal[
            "token_rejected", "server_error", "rate_limited", "not_sent", "timeout", "interrupted"
        ]
    ]
    error: Optional[str]


class CallStats(TypedDict):
    """What every call of one :class:`umf.Caller` sent so far."""

    requests: int
    token_requests: int
    shared_tokens: int
    token_replays: int
    retries: int
    store_failures: int

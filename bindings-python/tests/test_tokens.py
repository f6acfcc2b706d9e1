"""The core's token state machine, driven from Python with an injected clock."""

from __future__ import annotations

import json

import pytest
import umf

URL = "https://sandbox.test/cberest/v1" + umf.TOKEN_PATH


def granted(token: str, expires_in: int = 3600) -> umf.HttpResponse:
    body = json.dumps({"expires_in": expires_in, "access_token": token}).encode()
    return umf.HttpResponse(200, [("Content-Type", "application/json")], body)


def manager() -> umf.TokenManager:
    return umf.TokenManager(umf.ClientCredentials("client-1", "s3cret"), URL)


def test_fetch_once_then_use_until_the_refresh_margin() -> None:
    m = manager()
    assert m.client_id == "client-1" and m.current(now_ms=0) is None
    first = m.poll(now_ms=0)
    assert first.kind == "fetch" and first.token is None
    assert first.request is not None and first.ticket is not None
    assert first.request.method == "POST" and first.request.url == URL
    assert json.loads(first.request.body) == {
        "client_id": "client-1",
        "client_secret": "s3cret",
        "grant_type": "client_credentials",
    }
    assert first.request.header("signature") is None, "the token request is unsigned"
    assert m.is_refreshing
    assert m.poll(now_ms=1).kind == "wait"

    token = m.complete(first.ticket, granted("t1"), now_ms=10)
    # Its hour counts from the poll that began the refresh (0), not from the answer (10).
    assert token.secret() == "t1" and token.expires_at_ms == 3_600_000 and token.generation == 1
    use = m.poll(now_ms=20)
    assert use.kind == "use" and use.token is not None and use.token.secret() == "t1"
    # One minute before expiry the next caller refreshes.
    assert m.poll(now_ms=3_600_000 - 60_000).kind == "fetch"


def test_a_ticket_is_good_once_and_abandon_frees_the_refresh() -> None:
    m = manager()
    action = m.poll(now_ms=0)
    assert action.ticket is not None
    m.abandon(action.ticket)
    assert repr(action.ticket) == "RefreshTicket(used)"
    with pytest.raises(umf.TokenError) as e:
        m.complete(action.ticket, granted("t"), now_ms=0)
    assert e.value.code == "token_unavailable"
    again = m.poll(now_ms=1)
    assert again.kind == "fetch"


def test_a_stalled_refresh_times_out() -> None:
    m = umf.TokenManager(umf.ClientCredentials("c", "s"), URL, refresh_timeout_ms=1000)
    stale = m.poll(now_ms=0)
    assert m.poll(now_ms=999).kind == "wait"
    fresh = m.poll(now_ms=1000)
    assert fresh.kind == "fetch" and stale.ticket is not None and fresh.ticket is not None
    with pytest.raises(umf.TokenError):
        m.complete(stale.ticket, granted("late"), now_ms=1001)
    assert m.complete(fresh.ticket, granted("t2"), now_ms=1002).secret() == "t2"


def test_invalidate_ignores_reports_about_older_tokens() -> None:
    m = manager()
    a = m.poll(now_ms=0)
    assert a.ticket is not None
    old = m.complete(a.ticket, granted("t1"), now_ms=0)
    assert m.invalidate(old.generation)
    b = m.poll(now_ms=1)
    assert b.ticket is not None
    new = m.complete(b.ticket, granted("t2"), now_ms=1)
    # A request that went out with t1 comes back 401 after the refresh: t2 stays.
    assert not m.invalidate(old.generation)
    current = m.current(now_ms=2)
    assert current is not None and current.secret() == "t2" and new.generation == 2


def test_install_a_token_from_elsewhere() -> None:
    m = manager()
    token = m.install("shared", 10_000_000)
    assert m.poll(now_ms=0).kind == "use" and token.generation == 1
    outside = umf.AccessToken.from_parts("x", 5)
    assert outside.generation == 0 and outside.expires_at_ms == 5


def test_token_rejections() -> None:
    assert umf.HttpResponse(401).is_token_rejection()
    expired = b'{"meta":{"ret_code":"00280703","ret_msg":"token expired"}}'
    assert umf.HttpResponse(200, [], expired).is_token_rejection()
    assert not umf.HttpResponse(200, [], b'{"meta":{"ret_code":"0000"}}').is_token_rejection()
    assert not umf.HttpResponse(500, [], b"oops").is_token_rejection()

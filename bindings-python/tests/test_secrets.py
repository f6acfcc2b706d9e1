"""Secret hygiene: nothing the package prints, raises or logs shows a secret.

Every object that can hold a secret is built from KNOWN secret values: the vector keys (the
passphrase-protected one opened with the manifest's passphrase), client credentials, an access
token, and a card payment's card number, CVV, expiry, phone and ID number. Then every string the
package can produce from them is scanned: repr/str/format, the refusal to pickle, each
exception's args, str, attributes, ``__notes__``, traceback text and pickled form, and every log
record (formatted, and its args) of a full sandbox flow with the root logger at DEBUG, where
httpx and httpcore log. Last, a child process loads keys in every form the package takes and
the test reads its memory: no copy the binding made of the key text or the passphrase is left.

Requests legitimately carry the token in ``Authorization`` and ciphertext in the body: those
are read explicitly (``request.header(...)``, ``request.body``), and no printing path shows them.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import pickle
import random
import re
import string
import subprocess
import sys
import textwrap
import threading
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import umf
from conftest import key_path
from redis_harness import RedisServer
from sandbox_harness import (
    Inbox,
    Sandbox,
    card_payment,
    credentials,
    inbox,
    order,
    reference,
    today,
)
from umf.http import AsyncUmfClient, UmfClient
from umf.models import BankCard, Payer

# The known secrets. Every test builds its objects from these and looks for them afterwards.
CLIENT_ID = "hygiene-client"
CLIENT_SECRET = "cs-hygiene-7Hq2xW9-secret"
TOKEN = "tok-2f9c1d7e-very-secret"
CARD = "6222020000000000000"
CVV = "123"
VALID_DATE = "1228"
PHONE = "13800000000"
ID_NUMBER = "110101199003070011"
PASSPHRASE = "correct horse battery staple"  # the manifest's, of the *_encrypted keys
BASE_URL = "https://umf.invalid/cberest/v1"

MERCHANT_KEYS = [
    "merchant_1024_pkcs8.pem",
    "merchant_1024_pkcs1.pem",
    "merchant_1024_pkcs8.der",
    "merchant_1024_pkcs8.b64",
    "merchant_1024_pkcs8_encrypted.pem",
    "merchant_1024_pkcs8_encrypted.der",
    "merchant_2048_pkcs1_crlf.pem",
]


def passphrase_of(name: str) -> str | None:
    return PASSPHRASE if "_encrypted" in name else None


def key_needles(name: str) -> list[str]:
    """What key material would look like in text: runs of the file's base64 (its PEM body, or
    the base64 of a DER file), and hex and bytes-repr windows of a DER file's bytes."""
    raw = key_path(name).read_bytes()
    if name.endswith(".der"):
        body = base64.b64encode(raw).decode()
        # Past the modulus (the public part, which may be shown) into d, p, q, ...
        private = raw[len(raw) // 3 :]
        windows = [private[i : i + 12] for i in range(0, len(private) - 12, 12)]
        return (
            [body[i : i + 24] for i in range(0, len(body) - 24, 24)]
            + [w.hex() for w in windows]
            + [repr(w)[2:-1] for w in windows]
        )
    text = raw.decode()
    body = "".join(
        line.strip() for line in text.splitlines() if line.strip() and "-----" not in line
    )
    return [body[i : i + 24] for i in range(0, len(body) - 24, 24)]


class Secrets:
    """The values no output may contain.

    Long values are looked for as substrings. The CVV and the expiry are too short for that
    (``123`` is in many a port number and length), so they are looked for next to their field's
    name and, where no HTTP header can be in the text, as a quoted value.
    """

    def __init__(self, extra: dict[str, str] | None = None) -> None:
        self.long: dict[str, str] = {
            "token": TOKEN,
            "client secret": CLIENT_SECRET,
            "card number": CARD,
            "phone": PHONE,
            "ID number": ID_NUMBER,
            "passphrase": PASSPHRASE,
            **(extra or {}),
        }
        for name in MERCHANT_KEYS + ["umf_1024_pkcs8.pem"]:
            for i, needle in enumerate(key_needles(name)):
                self.long[f"{name} material #{i}"] = needle
        self.keyed = [
            re.compile(rf"cvv2\W{{0,12}}{CVV}(?!\d)"),
            re.compile(rf"valid_date\W{{0,12}}{VALID_DATE}(?!\d)"),
        ]
        self.quoted = [re.compile(rf"[\"']{v}[\"']") for v in (CVV, VALID_DATE)]

    def found(self, text: str, *, quoted: bool = True) -> list[str]:
        names = [name for name, value in self.long.items() if value in text]
        patterns = self.keyed + (self.quoted if quoted else [])
        names += [p.pattern for p in patterns if p.search(text)]
        return names

    def assert_none_in(self, texts: list[str], what: str, *, quoted: bool = True) -> None:
        for text in texts:
            found = self.found(text, quoted=quoted)
            # Name what leaked, never the value (the report itself must not leak).
            assert not found, f"{what} shows {found[:3]}"


SECRETS = Secrets()


def printed(obj: object) -> list[str]:
    """Every way Python code ordinarily turns an object into text."""
    as_logging_does = "{} {!r}".format(obj, obj)  # noqa: UP032 - %-style, as logging formats
    return [repr(obj), str(obj), format(obj, ""), f"{obj}", as_logging_does]


def pickle_refusal(obj: object) -> list[str]:
    """Objects holding a secret refuse to be pickled; the refusal says nothing secret."""
    with pytest.raises((TypeError, pickle.PicklingError)) as refused:
        pickle.dumps(obj)
    return raised(refused.value)


def raised(err: BaseException) -> list[str]:
    """Everything an exception can be turned into, its cause and context included."""
    texts = printed(err) + [repr(err.args), *map(str, getattr(err, "__notes__", []))]
    texts.append("".join(traceback.format_exception(type(err), err, err.__traceback__)))
    attributes = getattr(err, "__dict__", {})
    texts.append(repr(attributes))
    for value in attributes.values():
        texts += printed(value)
    if isinstance(err, httpx.RequestError):
        # httpx keeps the request it was sending, Authorization and all.
        request = err.request
        texts += printed(request) + printed(request.headers) + printed(request.url)
    if isinstance(err.__cause__, BaseException):
        # umf.TransportError chains the HTTP (or Redis) client's exception.
        texts += raised(err.__cause__)
    try:
        texts.append(repr(pickle.dumps(err)))
    except Exception as refused:  # noqa: BLE001 - any refusal is text to scan too
        texts += printed(refused)
    return texts


def assert_hidden(obj: object, *, picklable: bool = False) -> None:
    texts = printed(obj)
    if not picklable:
        texts += pickle_refusal(obj)
    SECRETS.assert_none_in(texts, type(obj).__name__)


def assert_raises_hidden(
    code: str | None, call: Callable[..., object], *args: Any, **kwargs: Any
) -> BaseException:
    """Runs `call(*args, **kwargs)`, which must raise (a UmfError with `code`, when given), and
    scans what it raised."""
    with pytest.raises(Exception) as caught:
        call(*args, **kwargs)
    err = caught.value
    if code is not None:
        assert isinstance(err, umf.UmfError), repr(err)
        assert err.code == code
    SECRETS.assert_none_in(raised(err), f"{type(err).__name__}")
    return err


def bank_card(**changes: str) -> BankCard:
    card: BankCard = {
        "number": CARD,
        "valid_date": VALID_DATE,
        "cvv2": CVV,
        "phone": PHONE,
        "citizen_id_type": "IDENTITY_CARD",
        "citizen_id_number": ID_NUMBER,
        "payer_name": "ZHANG SAN",
    }
    card.update(changes)  # type: ignore[typeddict-item]
    return card


def card_payer(**changes: str) -> Payer:
    return {"payment_method": "CREDIT_CARD", "payer_info": {"bank_card": bank_card(**changes)}}


def create_payment_params() -> dict[str, Any]:
    return {
        "payer": {**card_payer(), "interface_type": "SERVER_TO_SERVER"},
        "order": {
            "mer_reference_id": "HYGIENE-0001",
            "mer_date": "20240101",
            "amount": {"total": "10.00", "currency": "USD"},
        },
        "notify_url": "https://shop.example/umf/notify",
    }


def key_sources(name: str) -> Iterator[bytes | bytearray | memoryview | str | Path]:
    """Every form a key argument takes: paths, the bytes, and text for text files."""
    path = key_path(name)
    data = path.read_bytes()
    yield path
    yield str(path)
    yield data
    yield bytearray(data)
    yield memoryview(data)
    if not name.endswith(".der"):
        yield data.decode()


@pytest.fixture(scope="module")
def client() -> umf.Client:
    merchant = umf.PrivateKey.load(key_path("merchant_1024_pkcs8_encrypted.pem"), PASSPHRASE)
    return umf.Client(BASE_URL, umf_public_key=key_path("umf_1024_cert.pem"), merchant_key=merchant)


@pytest.fixture(scope="module")
def token() -> umf.AccessToken:
    return umf.AccessToken.from_parts(TOKEN, 10**13)


@pytest.fixture(scope="module")
def umf_private_key() -> umf.PrivateKey:
    """UMF's own key, which only the tests (playing UMF) hold: signs notifications."""
    return umf.PrivateKey.load(key_path("umf_1024_pkcs8.pem"))


# Objects built from the known secrets.


@pytest.mark.parametrize("name", MERCHANT_KEYS)
def test_private_keys_in_every_form_and_what_holds_them(name: str) -> None:
    passphrase = passphrase_of(name)
    for source in key_sources(name):
        key = umf.PrivateKey.load(source, passphrase=passphrase)
        assert key.bits in (1024, 2048)
        assert re.fullmatch(
            r"PrivateKey\(bits=\d+, format='[^']+', fingerprint='[0-9a-f]{64}'\)", repr(key)
        )
        assert_hidden(key)
        assert_hidden(key.public_key, picklable=True)
        assert_hidden(umf.inspect_key(source, passphrase=passphrase), picklable=True)
        client = umf.Client(
            BASE_URL,
            umf_public_key=key_path("umf_1024_cert.pem"),
            merchant_key=source,
            passphrase=passphrase,
        )
        assert_hidden(client)
        for http_client in (UmfClient, AsyncUmfClient):
            assert_hidden(
                http_client(
                    base_url=BASE_URL,
                    credentials=umf.ClientCredentials(CLIENT_ID, CLIENT_SECRET),
                    umf_public_key=key_path("umf_1024_cert.pem"),
                    merchant_key=source,
                    passphrase=passphrase,
                )
            )
    assert_hidden(umf.PrivateKey.from_file(key_path(name), passphrase=passphrase))
    key = umf.PrivateKey.from_bytes(key_path(name).read_bytes(), passphrase=passphrase)
    assert_hidden(key)
    assert_hidden(umf.PrivateKey.load(key.to_pkcs8_der()))


def test_credentials_token_manager_and_tokens() -> None:
    credentials = umf.ClientCredentials(CLIENT_ID, CLIENT_SECRET)
    assert (
        repr(credentials) == f"ClientCredentials(client_id='{CLIENT_ID}', client_secret=<redacted>)"
    )
    assert_hidden(credentials)
    manager = umf.TokenManager(credentials, BASE_URL + umf.TOKEN_PATH)
    assert_hidden(manager)
    assert_hidden(manager.token_request())
    fetch = manager.poll()
    assert fetch.request is not None and fetch.ticket is not None
    assert CLIENT_SECRET.encode() in fetch.request.body, "the token request does carry it"
    for obj in (fetch, fetch.request, fetch.ticket):
        assert_hidden(obj)
    answer = umf.HttpResponse(
        200,
        [("Content-Type", "application/json")],
        json.dumps({"access_token": TOKEN, "expires_in": 7200}).encode(),
    )
    assert_hidden(answer)
    token = manager.complete(fetch.ticket, answer)
    assert token.secret() == TOKEN
    assert_hidden(fetch.ticket)  # used now
    use = manager.poll()
    for held in (token, use, use.token, manager.current(), manager):
        assert_hidden(held)
    assert_hidden(manager.install(TOKEN, 10**13))
    assert_hidden(umf.AccessToken.from_parts(TOKEN, 1))
    client = umf.Client(BASE_URL, umf_public_key=key_path("umf_1024_cert.pem"))
    assert_hidden(client.token_manager(credentials))


def test_prepared_unsigned_and_signed_requests(
    client: umf.Client, token: umf.AccessToken, merchant_key: umf.PrivateKey
) -> None:
    created = client.prepare("create_payment", create_payment_params(), token=token)
    assert created.header("Authorization") == f"Bearer {TOKEN}", "read explicitly, it is there"
    assert CARD.encode() not in created.body and ID_NUMBER.encode() not in created.body
    assert_hidden(created)
    sms = client.prepare("send_payment_sms", payment_id="PAY_X", payer=card_payer(), token=token)
    assert PHONE.encode() in sms.body, "phone numbers are not encrypted (API.md): the body has it"
    assert_hidden(sms)
    assert_hidden(sms.with_token(umf.AccessToken.from_parts("other-" + TOKEN, 1)))

    unsigned = client.prepare_unsigned(
        "execute_payment", payment_id="PAY_X", payer=card_payer(), token=token
    )
    assert_hidden(unsigned)
    assert_hidden(unsigned.request)
    signature = merchant_key.sign(unsigned.bytes_to_sign())
    for signed in (
        unsigned.sign_with(merchant_key),
        unsigned.attach_signature(signature, check_with=merchant_key.public_key),
    ):
        assert_hidden(signed)

    body = json.dumps({"card": CARD, "citizen_id_number": ID_NUMBER, "cvv2": CVV}).encode()
    posted = umf.signed_post(f"{BASE_URL}/card?card={CARD}&t={TOKEN}", body, merchant_key, token)
    assert_hidden(posted)
    assert_hidden(
        umf.HttpRequest("POST", f"{BASE_URL}?card={CARD}", [("Authorization", TOKEN)], body)
    )
    assert_hidden(umf.HttpResponse(200, [("Authorization", f"Bearer {TOKEN}")], body))


def test_field_encryption_results(umf_public_key: umf.PublicKey) -> None:
    body = {"payer": card_payer(), "order": {"student_name": "LI SI"}}
    for result in (
        umf.encrypt_fields("create_payment", body, umf_public_key),
        umf.CardEncryptor(umf_public_key).encrypt_fields(
            "send_payment_sms", {"payer": card_payer()}
        ),
    ):
        number = result.body["payer"]["payer_info"]["bank_card"]["number"]
        ciphertext = number[umf.ENCRYPTED_MARKER] if isinstance(number, dict) else number
        assert_hidden(result)
        assert ciphertext[:24] not in repr(result)


def test_parsed_responses_that_echo_sensitive_fields(client: umf.Client) -> None:
    # UMF echoes the phone number (and some examples more): a result holds them, and only
    # reading `result` shows them.
    echoed = {
        "meta": {"ret_code": "0000", "ret_msg": "SUCCESS"},
        "payment": {
            "id": "PAY_HYGIENE",
            "state": "WAIT_BUYER_PAY",
            "payer": card_payer(),
            "order": {
                "mer_reference_id": "HYGIENE-0001",
                "amount": {"total": "1.00", "currency": "USD"},
            },
        },
        "links": [],
    }
    response = umf.HttpResponse(
        200, [("Authorization", f"Bearer {TOKEN}")], json.dumps(echoed).encode()
    )
    for answer in (
        client.parse("get_payment", response),
        umf.parse_response("get_payment", response),
    ):
        assert answer.result["payer"]["payer_info"]["bank_card"]["number"] == CARD
        assert_hidden(answer)
        assert_hidden(answer.verification)
    verification = umf.verify_response(
        json.dumps(echoed).encode(),
        umf.PublicKey.load(key_path("umf_1024_cert.pem")),
        result_keys=["payment"],
    )
    assert_hidden(verification)


def test_notifications_and_their_acknowledgements(
    umf_private_key: umf.PrivateKey, merchant_key: umf.PrivateKey, client: umf.Client
) -> None:
    body = json.dumps(
        {
            "meta": {"ret_code": "0000", "ret_msg": ["SUCCESS"]},
            "payment": {"id": "PAY_HYGIENE", "state": "TRADE_SUCCESS", "payer": card_payer()},
            "links": [],
        }
    ).encode()
    signature = umf_private_key.sign(body)
    note = client.verify_notification(signature, body)
    assert note.payment is not None
    assert note.payment["payer"]["payer_info"]["bank_card"]["citizen_id_number"] == ID_NUMBER
    assert repr(note) == "Notification(kind='payment', id='PAY_HYGIENE', state='TRADE_SUCCESS')"
    assert_hidden(note)
    assert_hidden(
        umf.verify_notification(signature, body, umf_public_key=umf_private_key.public_key)
    )
    for ack in (
        note.acknowledgement(),
        note.acknowledgement(sign_with=merchant_key, format="form"),
    ):
        assert_hidden(ack)


# Every error the package raises from such inputs.


def test_key_errors_show_neither_key_nor_passphrase() -> None:
    encrypted = key_path("merchant_1024_pkcs8_encrypted.pem").read_bytes()
    for wrong in (
        "not " + PASSPHRASE,
        (PASSPHRASE + "!").encode(),
        bytearray(PASSPHRASE[:-1].encode()),
    ):
        assert_raises_hidden(
            "key_passphrase_incorrect", umf.PrivateKey.load, encrypted, passphrase=wrong
        )
    assert_raises_hidden("key_passphrase_required", umf.PrivateKey.load, encrypted)
    assert_raises_hidden(
        "key_passphrase_required",
        umf.Client,
        BASE_URL,
        umf_public_key=key_path("umf_1024_cert.pem"),
        merchant_key=encrypted,
    )

    pem = key_path("merchant_1024_pkcs8.pem").read_text()
    truncated = pem[: len(pem) // 2] + "\n-----END PRIVATE KEY-----\n"
    garbled = pem.replace("\n", f"\n{CARD}", 3)
    mangled_base64 = "".join(key_needles("merchant_1024_pkcs8.pem"))[:-7] + "!" + CLIENT_SECRET
    for text in (
        truncated,
        garbled,
        mangled_base64,
        truncated.encode(),
        bytearray(garbled.encode()),
    ):
        err = assert_raises_hidden(None, umf.PrivateKey.load, text)
        assert isinstance(err, umf.KeyFormatError), repr(err)
    # A private key where a public one belongs, and the other way round.
    assert_raises_hidden("key_wrong_kind", umf.PublicKey.load, pem)
    assert_raises_hidden(
        "key_wrong_kind",
        umf.Client,
        BASE_URL,
        umf_public_key=key_path("merchant_1024_pkcs8_encrypted.pem"),
    )
    assert_raises_hidden("key_wrong_kind", umf.PrivateKey.load, key_path("umf_1024_cert.pem"))
    assert_raises_hidden(None, umf.PrivateKey.load, 12345)  # a TypeError: not a key


def test_key_text_that_does_not_read_as_a_path_is_never_echoed() -> None:
    """A secret passed where a key belongs (client secrets, tokens, passphrases: no spaces or
    with them, no file extension, no path start) is key text that fails to parse, never a
    missing file named in the error. A fresh random sample each run."""
    rng = random.Random()
    alphabet = string.ascii_letters + string.digits + "-_+/=@!#%"
    for _ in range(300):
        text = "".join(rng.choice(alphabet + " ") for _ in range(rng.randint(8, 300)))
        if text.startswith("/"):
            continue  # a path's start, by design
        with pytest.raises(umf.KeyFormatError) as caught:
            umf.PrivateKey.load(text)
        err = caught.value
        assert err.code != "key_file_not_found", "a secret-shaped str was taken as a path"
        for shown in raised(err):
            assert text.strip() not in shown, f"{err.code} echoes the input"


def test_malformed_json_carrying_a_card_number(
    client: umf.Client, umf_private_key: umf.PrivateKey
) -> None:
    payer = f'"payer":{{"number":"{CARD}","phone":"{PHONE}"'
    broken = f'{{"meta":{{"ret_code":"0000"}},"payment":{{{payer}'.encode()
    response = umf.HttpResponse(200, [], broken)
    assert_raises_hidden("response_malformed", client.parse, "get_payment", response)
    duplicated = f'{{"payment":{{"id":"{CARD}","id":"{ID_NUMBER}"}}}}'.encode()
    assert_raises_hidden(
        "response_malformed", client.parse, "get_payment", umf.HttpResponse(200, [], duplicated)
    )
    assert_raises_hidden("response_malformed", umf.verify_response, broken, client.umf_public_key)
    # A notification whose signature verifies but whose body is not JSON, or not a notification.
    for body in (broken, f'{{"payment":{{"number":"{CARD}"}}}}'.encode()):
        signature = umf_private_key.sign(body)
        assert_raises_hidden("notification_malformed", client.verify_notification, signature, body)
    tampered = broken.replace(b"0000", b"0001")
    assert_raises_hidden(
        "signature_invalid", client.verify_notification, umf_private_key.sign(broken), tampered
    )
    # Token endpoint answers holding the token, or the client secret, in broken JSON; and a
    # refusal. (A manager holds a failed refresh's error for a moment: one manager each.)
    refused = {"meta": {"ret_code": "00280701", "ret_msg": "bad client"}, "secret": CLIENT_SECRET}
    for status, answer, error in (
        (200, f'{{"access_token":"{TOKEN}","expires_in":'.encode(), umf.TokenError),
        (200, f'{{"access_token":"{TOKEN}","expires_in":"soon"}}'.encode(), umf.TokenError),
        (200, f'{{"client_secret":"{CLIENT_SECRET}"}}'.encode(), umf.TokenError),
        (401, json.dumps(refused).encode(), umf.ApiError),
    ):
        credentials = umf.ClientCredentials(CLIENT_ID, CLIENT_SECRET)
        manager = umf.TokenManager(credentials, BASE_URL + umf.TOKEN_PATH)
        ticket = manager.poll().ticket
        assert ticket is not None
        response = umf.HttpResponse(status, [], answer)
        err = assert_raises_hidden(None, manager.complete, ticket, response)
        assert isinstance(err, error), repr(err)
        assert_raises_hidden(err.code, manager.poll)  # the held error, once more


def test_over_long_and_invalid_sensitive_fields(
    client: umf.Client, token: umf.AccessToken, umf_public_key: umf.PublicKey
) -> None:
    too_long = {"payer": card_payer(number=CARD * 10)}
    assert_raises_hidden(
        "value_too_long", umf.encrypt_fields, "send_payment_sms", too_long, umf_public_key
    )
    unvalidated = umf.Client(
        BASE_URL,
        umf_public_key=umf_public_key,
        merchant_key=key_path("merchant_1024_pkcs8.pem"),
        validate=False,
    )
    params = {"payment_id": "PAY_X", **too_long}
    assert_raises_hidden(
        "value_too_long", unvalidated.prepare, "send_payment_sms", params, token=token
    )
    looks_encrypted = {
        "payment_id": "PAY_X",
        "payer": card_payer(number=base64.b64encode((CARD * 7).encode()[:128]).decode()),
    }
    assert_raises_hidden(
        "sensitive_value_looks_encrypted", unvalidated.prepare, "send_payment_sms", looks_encrypted
    )

    for changes in (
        {"number": CARD + "ABC"},
        {"cvv2": CVV + "45678"},
        {"valid_date": VALID_DATE + "/99"},
        {"phone": PHONE * 3},
        {"citizen_id_number": ID_NUMBER * 2},
        {"citizen_id_type": "PASSPORT-" + ID_NUMBER},
    ):
        params = {"payment_id": "PAY_X", "payer": card_payer(**changes)}
        err = assert_raises_hidden(
            "validation_failed", client.prepare, "send_payment_sms", params, token=token
        )
        assert isinstance(err, umf.ValidationError)
        assert [p.path.split(".")[-1] for p in err.problems] == list(changes)
        problems = client.validate("send_payment_sms", params)
        SECRETS.assert_none_in([repr(problems), *map(str, problems)], "validate()")
    # The same through UmfClient, before anything is sent.
    with UmfClient(
        base_url=BASE_URL,
        credentials=umf.ClientCredentials(CLIENT_ID, CLIENT_SECRET),
        client=client,
    ) as http:
        http.caller.install_token(TOKEN, 10**13)
        bad = card_payer(number=CARD + "ABC")
        assert_raises_hidden(
            "validation_failed", http.send_payment_sms, payment_id="PAY_X", payer=bad
        )


def test_transport_errors_of_requests_carrying_the_token(
    sandbox: Sandbox, sandbox_client: umf.Client
) -> None:
    """httpx's exceptions keep the request they were sending (token and all): none shows it,
    neither chained under umf.TransportError nor in the events of the call."""
    closed = httpx.Client(transport=httpx.HTTPTransport(retries=0))
    events: list[umf.CallEvent] = []
    with UmfClient(
        client=sandbox_client,
        credentials=credentials(),
        policy=umf.CallPolicy(attempt_timeout_ms=500, initial_backoff_ms=10),
        on_event=events.append,
    ) as http:
        token = http.token().secret()
        secrets = Secrets({"live token": token})
        payer = card_payer()
        payment = http.create_payment(
            payer={"payment_method": "CREDIT_CARD", "interface_type": "SERVER_TO_SERVER"},
            order=order(reference("PY-HYG"), "5.00"),
        ).result["id"]
        for kind, options in (("drop", {}), ("latency", {"ms": 1500})):
            sandbox.fault("send_payment_sms", kind, times=1, **options)
            with pytest.raises(umf.TransportError) as e:
                http.send_payment_sms(payment_id=payment, payer=payer)
            assert isinstance(e.value.__cause__, httpx.TransportError)
            secrets.assert_none_in(raised(e.value), f"{kind}: {type(e.value).__name__}")
        secrets.assert_none_in([repr(events), json.dumps(events)], "the events")
    # Nobody listens here any more: connection refused, with a token in hand.
    port = httpx.URL(sandbox.base_url).port
    dead = sandbox_client.prepare(
        "send_payment_sms",
        payment_id=payment,
        payer=payer,
        token=umf.AccessToken.from_parts(TOKEN, 1),
    )
    unreachable = umf.HttpRequest(
        dead.method, dead.url.replace(f":{port}/", ":9/"), dead.headers, dead.body
    )
    with UmfClient(
        client=sandbox_client,
        credentials=credentials(),
        http_client=closed,
        policy=umf.CallPolicy(initial_backoff_ms=10),
        on_event=events.append,
    ) as http:
        http.caller.install_token(TOKEN, 10**13)
        with pytest.raises(umf.TransportError) as refused:
            http.send(unreachable)
    assert not refused.value.sent and isinstance(refused.value.__cause__, httpx.ConnectError)
    SECRETS.assert_none_in(raised(refused.value), "ConnectError")
    SECRETS.assert_none_in([repr(events), json.dumps(events)], "the events")
    closed.close()


# Logs at the most verbose level, through a full sandbox flow.


class Captured(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.formatter = logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s")
        self.lock_ = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        with self.lock_:
            self.records.append(record)

    def texts(self) -> list[str]:
        with self.lock_:
            records = list(self.records)
        out = []
        for r in records:
            out += [self.format(r), r.getMessage(), repr(r.msg), repr(r.args), repr(r.__dict__)]
        return out


@pytest.fixture()
def debug_logs() -> Iterator[Captured]:
    root = logging.getLogger()
    handler = Captured()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    touched = {}
    for name in ("httpx", "httpcore", "asyncio", "umf"):
        logger = logging.getLogger(name)
        touched[name] = logger.level
        logger.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        for name, old in touched.items():
            logging.getLogger(name).setLevel(old)


def test_debug_logs_of_a_full_sandbox_flow_hold_no_secret(debug_logs: Captured) -> None:
    own = Sandbox("--client-id", CLIENT_ID, "--client-secret", CLIENT_SECRET, "--seed", "8")
    tokens: set[str] = set()
    applied: dict[str, int] = {}
    events: list[umf.CallEvent] = []
    try:
        client = UmfClient(
            base_url=own.base_url,
            credentials=umf.ClientCredentials(CLIENT_ID, CLIENT_SECRET),
            umf_public_key=key_path("umf_1024_cert.pem").read_text(),
            merchant_key=key_path("merchant_1024_pkcs8_encrypted.pem"),
            passphrase=PASSPHRASE,
            verify_policy="strict",
            policy=umf.CallPolicy(attempt_timeout_ms=2000, initial_backoff_ms=10),
            on_event=events.append,
        )

        def handle(signature: str | None, raw: bytes) -> umf.Notification:
            note = client.verify_notification(signature, raw)
            applied[note.idempotency_key] = applied.get(note.idempotency_key, 0) + 1
            logging.getLogger("shop").debug("notification %r", note)
            return note

        with client, inbox(handle) as box:
            flow(own, client, box, tokens)
            with pytest.raises(umf.TransportError) as dropped:
                own.fault("get_payment", "drop", times=3)
                client.get_payment(payment_id="PAY_NONE")
            logging.getLogger("shop").debug("dropped", exc_info=dropped.value)
            with pytest.raises(umf.ApiError) as refused:
                own.fault("get_refundable_balance", "status", status=503, times=3)
                client.get_refundable_balance()
            logging.getLogger("shop").exception("refused %r", refused.value, exc_info=refused.value)

        async def more() -> None:
            async with AsyncUmfClient(caller=client.caller) as aclient:
                own.fault("get_refundable_balance", "expire_token", times=1)
                await aclient.get_refundable_balance()
                current = await aclient.token()
                tokens.add(current.secret())

        asyncio.run(more())
    finally:
        own.stop()
    texts = debug_logs.texts()
    names = {r.name for r in debug_logs.records}
    assert {"httpx", "httpcore.http11", "httpcore.connection", "umf"} <= names, names
    assert any("HTTP Request: POST" in t for t in texts)
    # The call loop's events: in the umf logger's records (scanned above) and the hook.
    kinds = {e["kind"] for e in events}
    assert {"request", "token_request", "retry"} <= kinds, kinds
    texts += [repr(events), json.dumps(events)]
    assert len(tokens) >= 3, "the flow used several tokens"
    extra = {f"token #{i}": t for i, t in enumerate(sorted(tokens))}
    # Logs hold HTTP headers (content-length: 123 is no CVV): the short values by field name only.
    Secrets(extra).assert_none_in(texts, "the debug logs", quoted=False)


def flow(sandbox: Sandbox, client: UmfClient, box: Inbox, tokens: set[str]) -> None:
    """A card payment with SMS, a refund, a notification, an expired token on the way."""
    ref = reference("PY-LOG")
    created = client.create_payment(card_payment(ref, "80.00", box.url))
    payment_id = created.result["id"]
    tokens.add(client.token().secret())
    payer = card_payer()
    sandbox.fault("send_payment_sms", "expire_token", times=1)
    client.send_payment_sms(payment_id=payment_id, payer=payer)
    tokens.add(client.token().secret())
    code = sandbox.sms_code(payment_id)
    with_code = card_payer(verify_code=code)
    assert (
        client.execute_payment(payment_id=payment_id, payer=with_code).result["state"]
        == "TRADE_SUCCESS"
    )
    assert box.wait_for("payment", payment_id).state == "TRADE_SUCCESS"
    refund = client.create_refund(
        payment_id=payment_id,
        notify_url=box.url,
        refund_info={
            "mer_reference_id": reference("PY-LOGR"),
            "mer_date": today(),
            "amount": {"total": "10.00", "currency": "USD"},
        },
    )
    assert refund.result["state"] == "REFUND_SUCCESS"
    assert client.get_payment(payment_id=payment_id).result["state"] == "TRADE_SUCCESS"
    bin_answer = client.call("query_card_bin", card=CARD)
    logging.getLogger("shop").info("answers %r %r %r", created, refund, bin_answer)


# Key bytes handed in are wiped where the binding copies them.

_CHILD = textwrap.dedent(
    """
    import ctypes, gc, os, sys
    import umf

    path, form, passphrase_len = sys.argv[1], sys.argv[2], int(sys.argv[3])

    def wipe(obj):
        # Test only: overwrite the caller's own str (compact ASCII) or bytes in place.
        empty = "" if isinstance(obj, str) else b""
        ctypes.memset(id(obj) + sys.getsizeof(empty) - 1, 0, len(obj))

    # Straight into buffers this script wipes: no copy of the key or passphrase of its own.
    data = bytearray(os.path.getsize(path))
    with open(path, "rb", buffering=0) as f:
        assert f.readinto(data) == len(data)
    passphrase = bytearray(passphrase_len)
    assert os.readv(0, [passphrase]) == passphrase_len
    if form == "bytearray":
        source = data
    elif form == "memoryview":
        source = memoryview(data)
    elif form == "str":
        source = data.decode("ascii")
    elif form == "bytes":
        source = bytes(data)
    else:
        source = path
    pass_arg = passphrase.decode() if passphrase and form == "str" else passphrase or None

    key = umf.PrivateKey.load(source, passphrase=pass_arg)
    umf.inspect_key(source, passphrase=pass_arg)
    umf.PrivateKey.from_bytes(source, passphrase=pass_arg) if form != "path" else None
    umf.Client("https://umf.invalid/cberest/v1", umf_public_key=key.public_key,
               merchant_key=source, passphrase=pass_arg)
    key.sign(b"{}")

    if isinstance(source, (str, bytes)) and source != path:
        wipe(source)
    if isinstance(pass_arg, str):
        wipe(pass_arg)
    data[:] = bytes(len(data))
    passphrase[:] = bytes(len(passphrase))
    del source, pass_arg
    gc.collect()
    print(key.bits, flush=True)
    sys.stdin.readline()
    """
)


def process_memory(pid: int) -> Iterator[bytes]:
    """The readable memory of a process of ours (its writable mappings: heap, stacks)."""
    with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for line in maps:
            addresses, permissions = line.split()[:2]
            if not permissions.startswith("rw"):
                continue
            start, end = (int(a, 16) for a in addresses.split("-"))
            try:
                mem.seek(start)
                yield mem.read(end - start)
            except OSError:
                continue


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="reads /proc/<pid>/mem")
@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("merchant_1024_pkcs8.pem", "str"),
        ("merchant_1024_pkcs8.b64", "str"),
        ("merchant_1024_pkcs8.pem", "bytes"),
        ("merchant_1024_pkcs8.pem", "bytearray"),
        ("merchant_1024_pkcs8.pem", "memoryview"),
        ("merchant_1024_pkcs1.pem", "path"),
        ("merchant_1024_pkcs8_encrypted.pem", "str"),
        ("merchant_1024_pkcs8_encrypted.pem", "memoryview"),
        ("merchant_1024_pkcs8_encrypted.der", "bytearray"),
    ],
)
def test_key_text_and_passphrase_handed_in_leave_no_copy_in_memory(name: str, form: str) -> None:
    """A child process loads the key, then wipes what it handed in (its own buffers); the
    parent reads the child's memory. Whatever is left was copied by the package and not wiped
    (the key object itself keeps only its numbers, never the file's bytes)."""
    passphrase = (passphrase_of(name) or "").encode()
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(key_path(name)), form, str(len(passphrase))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(passphrase)
        child.stdin.flush()
        assert child.stdout.readline().strip() in (b"1024", b"2048")
        raw = key_path(name).read_bytes()
        if name.endswith(".der"):
            needles = [raw[i : i + 16] for i in range(32, len(raw) - 16, 16)]
        else:
            needles = [n.encode() for n in key_needles(name)[2:-2]]
        if passphrase:
            needles.append(passphrase)
        # The decoded key (the same for every merchant_1024 file), past its public modulus.
        der = key_path("merchant_1024_pkcs8.der").read_bytes()
        needles += [der[i : i + 16] for i in range(len(der) // 3, len(der) - 16, 16)]
        memory = list(process_memory(child.pid))
        left = sum(1 for n in needles if any(n in chunk for chunk in memory))
        assert left == 0, f"{left} of {len(needles)} pieces of {name} ({form}) left in memory"
    finally:
        if child.stdin is not None:
            child.stdin.close()
        child.wait(timeout=10)


def test_the_shared_store_path_shows_no_secret(
    sandbox: Sandbox, sandbox_client: umf.Client, redis_server: RedisServer
) -> None:
    """The store commands carry the token (PUT, REJECT): their repr does not; and a Redis that
    is down leaves nothing secret in the error, its chained cause, the events or the logs."""
    events: list[umf.CallEvent] = []
    store = umf.RedisTokenStore(redis_server.client(), mode="required")
    with UmfClient(
        client=sandbox_client, credentials=credentials(), store=store, on_event=events.append
    ) as http:
        token = http.token().secret()
        secrets = Secrets({"live token": token})
        secrets.assert_none_in(printed(store) + printed(http.caller), "the store")
        http.caller.install_token(TOKEN, 1)  # expired: the next call asks the store
        redis_server.stop()
        with pytest.raises(umf.StoreUnavailableError) as e:
            http.get_refundable_balance()
    SECRETS.assert_none_in(raised(e.value), "StoreUnavailableError")
    secrets.assert_none_in(raised(e.value), "StoreUnavailableError")
    SECRETS.assert_none_in([repr(events), json.dumps(events)], "the events")
    assert [e["kind"] for e in events][-1] == "store_unavailable"

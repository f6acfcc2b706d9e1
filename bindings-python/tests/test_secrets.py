"""repr() and str() of everything that holds a secret show none of it."""

from __future__ import annotations

import base64
import pickle
import re
from typing import Any

import pytest
import umf
from conftest import key_path

SECRET = "s3cret-client-value"
TOKEN = "tok-2f9c1d7e-very-secret"
CARD = "6222020000000000000"
ID_NUMBER = "110101199003070011"


def shown(obj: Any) -> str:
    return repr(obj) + "\n" + str(obj)


def assert_hidden(obj: Any, secrets: list[str]) -> None:
    text = shown(obj)
    for secret in secrets:
        assert secret not in text, f"{type(obj).__name__} shows {secret[:12]}…"


def key_material(path: str) -> list[str]:
    """Runs of the key file's base64 body: none may appear in a repr."""
    text = key_path(path).read_text()
    body = "".join(line for line in text.splitlines() if line and not line.startswith("-----"))
    return [body[i : i + 24] for i in range(0, len(body) - 24, 24)]


def test_keys_show_size_format_and_fingerprint_only() -> None:
    private = umf.PrivateKey.load(key_path("merchant_2048_pkcs8.pem"))
    secrets = key_material("merchant_2048_pkcs8.pem")
    secrets.append(base64.b64encode(private.to_pkcs8_der()).decode()[40:80])
    assert_hidden(private, secrets)
    assert re.fullmatch(
        r"PrivateKey\(bits=2048, format='PKCS#8 PEM', fingerprint='[0-9a-f]{64}'\)", repr(private)
    )
    assert_hidden(umf.inspect_key(key_path("merchant_2048_pkcs8.pem")), secrets)
    assert "PublicKey(bits=2048" in repr(private.public_key)


def test_keys_and_tokens_cannot_be_pickled() -> None:
    private = umf.PrivateKey.load(key_path("merchant_1024_pkcs8.pem"))
    for obj in (private, umf.ClientCredentials("c", SECRET), umf.AccessToken.from_parts(TOKEN, 1)):
        with pytest.raises(TypeError):
            pickle.dumps(obj)


def test_credentials_tokens_and_token_requests() -> None:
    credentials = umf.ClientCredentials("client-1", SECRET)
    assert_hidden(credentials, [SECRET])
    assert "client-1" in repr(credentials)

    manager = umf.TokenManager(credentials, "https://sandbox.test/oauth/authorize")
    assert_hidden(manager, [SECRET])
    action = manager.poll()
    assert action.request is not None and action.ticket is not None
    assert SECRET.encode() in action.request.body, "the body does carry it"
    for obj in (action, action.request, action.ticket):
        assert_hidden(obj, [SECRET])

    body = (f'{{"access_token": "{TOKEN}", "expires_in": 3600}}').encode()
    token = manager.complete(action.ticket, umf.HttpResponse(200, [], body))
    assert token.secret() == TOKEN
    assert_hidden(token, [TOKEN])
    use = manager.poll()
    assert_hidden(use, [TOKEN])
    assert_hidden(use.token, [TOKEN])
    assert_hidden(manager.current(), [TOKEN])


def test_requests_hide_credentials_query_and_body(merchant_key: umf.PrivateKey) -> None:
    token = umf.AccessToken.from_parts(TOKEN, 10**13)
    body = (f'{{"card":"{CARD}","citizen_id_number":"{ID_NUMBER}"}}').encode()
    request = umf.signed_post(
        f"https://sandbox.test/card-bin?card={CARD}", body, merchant_key, token
    )
    signature = request.header("Signature")
    assert signature and request.header("Authorization") == f"Bearer {TOKEN}"
    assert_hidden(request, [TOKEN, signature[:20], CARD, ID_NUMBER])
    assert "Authorization" in repr(request) and f"body_len: {len(body)}" in repr(request)
    assert_hidden(request.with_token(umf.AccessToken.from_parts("other-" + TOKEN, 1)), [TOKEN])
    response = umf.HttpResponse(200, [("Authorization", f"Bearer {TOKEN}")], body)
    assert_hidden(response, [TOKEN, CARD, ID_NUMBER])


def test_encryption_results_and_errors_hold_no_plaintext(umf_public_key: umf.PublicKey) -> None:
    body = {
        "payer": {"payer_info": {"bank_card": {"number": CARD, "citizen_id_number": ID_NUMBER}}}
    }
    result = umf.encrypt_fields("create_payment", body, umf_public_key)
    ciphertext = result.body["payer"]["payer_info"]["bank_card"]["number"]
    assert_hidden(result, [CARD, ID_NUMBER, ciphertext[:20]])
    assert_hidden(umf.CardEncryptor(umf_public_key), key_material("umf_1024_cert.pem"))

    too_long = {"payer": {"payer_info": {"bank_card": {"number": CARD * 10}}}}
    with pytest.raises(umf.EncryptionError) as e:
        umf.encrypt_fields("create_payment", too_long, umf_public_key)
    assert_hidden(e.value, [CARD])


def test_notifications_and_acknowledgements(manifest: Any, merchant_key: umf.PrivateKey) -> None:
    n = manifest["notifications"]
    key = umf.PublicKey.load(key_path(n["umf_public_key"]))
    case = next(c for c in n["cases"] if c["name"] == "valid_payment")
    note = umf.verify_notification(case["signature"], case["body"], umf_public_key=key)
    assert repr(note) == f"Notification(kind='payment', id='{case['id']}', state='TRADE_SUCCESS')"
    ack = note.acknowledgement(sign_with=merchant_key)
    signature = ack.headers[-1][1]
    assert_hidden(ack, [signature[:20]])

"""umf.Client, the sans-IO client: exact requests for every operation, verified and typed
answers, every validation problem with its path, errors in the one hierarchy."""

from __future__ import annotations

import base64
import json
import os
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import umf
from conftest import VECTORS, key_path
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from sandbox_harness import UMF_BIN

BASE = "https://sandbox.test/cberest/v1"
CARD = "6222020000000000000"
ID_NUMBER = "110101199001011234"


@pytest.fixture(scope="module")
def client() -> umf.Client:
    return umf.Client(
        BASE,
        umf_public_key=key_path("umf_1024_cert.pem"),
        merchant_key=key_path("merchant_1024_pkcs8.pem"),
    )


@pytest.fixture(scope="module")
def umf_private() -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(
        key_path("umf_1024_pkcs8.pem").read_bytes(), password=None
    )
    assert isinstance(key, rsa.RSAPrivateKey)
    return key


def decrypt(key: rsa.RSAPrivateKey, ciphertext: str) -> str:
    return key.decrypt(base64.b64decode(ciphertext), padding.PKCS1v15()).decode()


def verify_signature(request: umf.HttpRequest) -> None:
    """Checks the `Signature` header over the exact body with `cryptography`."""
    merchant = serialization.load_pem_public_key(key_path("merchant_1024_spki.pem").read_bytes())
    assert isinstance(merchant, rsa.RSAPublicKey)
    signature = request.header("Signature")
    assert signature is not None
    merchant.verify(base64.b64decode(signature), request.body, padding.PKCS1v15(), hashes.SHA256())


REFUND: dict[str, Any] = {
    "payment_id": "PAY_1",
    "refund_info": {
        "mer_reference_id": "REF-1",
        "mer_date": "20240101",
        "amount": {"total": "30.00", "currency": "USD"},
    },
}


def card_payment() -> dict[str, Any]:
    return {
        "payer": {
            "payment_method": "CREDIT_CARD",
            "interface_type": "SERVER_TO_SERVER",
            "payer_info": {
                "bank_card": {
                    "number": CARD,
                    "valid_date": "2612",
                    "cvv2": "123",
                    "payer_name": "ZHANG SAN",
                    "phone": "13800000000",
                    "citizen_id_type": "IDENTITY_CARD",
                    "citizen_id_number": ID_NUMBER,
                }
            },
        },
        "order": {
            "mer_reference_id": "ORDER-1",
            "mer_date": "20240101",
            "amount": {"total": Decimal("100.00"), "currency": "USD"},
        },
        "notify_url": "https://shop.example/umf/notify",
    }


def test_create_payment_is_encrypted_serialised_once_and_signed(
    client: umf.Client, umf_private: rsa.RSAPrivateKey
) -> None:
    token = umf.AccessToken.from_parts("tok", 10**13)
    request = client.prepare("create_payment", card_payment(), token=token)
    assert (request.method, request.url) == ("POST", BASE + "/payments/payment")
    assert request.header("Authorization") == "Bearer tok"
    assert request.header("Content-Type") == "application/json"
    verify_signature(request)

    sent = json.loads(request.body)
    assert list(sent) == ["payer", "order", "notify_url"], "the caller's member order"
    assert sent["order"]["amount"]["total"] == "100.00", "a Decimal keeps its text"
    card = sent["payer"]["payer_info"]["bank_card"]
    for field, plain in [
        ("number", CARD),
        ("valid_date", "2612"),
        ("cvv2", "123"),
        ("payer_name", "ZHANG SAN"),
        ("citizen_id_number", ID_NUMBER),
    ]:
        assert decrypt(umf_private, card[field]) == plain
    assert card["phone"] == "13800000000", "only the table's fields are encrypted"
    assert CARD.encode() not in request.body and ID_NUMBER.encode() not in request.body


def test_a_dict_and_keyword_arguments_are_the_same_parameters(client: umf.Client) -> None:
    refund: dict[str, Any] = {
        "refund_info": {
            "mer_reference_id": "REF-1",
            "mer_date": "20240101",
            "amount": {"total": "30.00", "currency": "USD"},
        },
        "notify_url": "https://shop.example/umf/notify",
    }
    by_dict = client.prepare("create_refund", {"payment_id": "PAY_1", **refund})
    by_keywords = client.prepare("create_refund", payment_id="PAY_1", **refund)
    mixed = client.prepare("create_refund", refund, payment_id="PAY_1")
    # PKCS#1 v1.5 signatures are deterministic: the same bytes, the same request.
    assert by_dict == by_keywords == mixed
    assert by_dict.url == BASE + "/payments/payment/PAY_1/refund"
    assert json.loads(by_dict.body) == refund, "the path parameter is not in the body"
    verify_signature(by_dict)


def test_older_spellings_go_out_in_004_spelling_and_still_encrypted(
    client: umf.Client, umf_private: rsa.RSAPrivateKey
) -> None:
    params = card_payment()
    params["payer"]["payer_info"] = {"bankCard": {"number": CARD}}
    sent = json.loads(client.prepare("create_payment", params).body)
    assert "bankCard" not in sent["payer"]["payer_info"]
    assert decrypt(umf_private, sent["payer"]["payer_info"]["bank_card"]["number"]) == CARD


def test_gets_paths_and_queries(client: umf.Client, umf_private: rsa.RSAPrivateKey) -> None:
    request = client.prepare("get_payment", payment_id="PAY_A/../b")
    assert request.method == "GET" and request.body == b""
    assert request.url == BASE + "/payments/payment/PAY_A%2F..%2Fb", "path parameters escaped"
    assert request.header("Signature") is None, "GETs are unsigned"

    page = client.prepare("get_reconciliation_statement", settle_date="20240101", page_size=2)
    assert page.url == BASE + "/payments/reconciliation_statement?settle_date=20240101&page_size=2"

    bin_request = client.prepare("query_card_bin", card=CARD)
    (card,) = parse_qs(urlsplit(bin_request.url).query)["card"]
    assert decrypt(umf_private, card) == CARD, "the card query parameter is encrypted"
    assert CARD not in unquote(bin_request.url)


def test_prepare_unsigned_for_a_host_that_signs_elsewhere(client: umf.Client) -> None:
    refund = REFUND
    unsigned = client.prepare_unsigned("create_refund", refund)
    assert unsigned.signature_required and unsigned.request.header("Signature") is None
    assert unsigned.bytes_to_sign() == unsigned.request.body
    assert unsigned.encrypted == [] and unsigned.passed_through == []

    # The signer is elsewhere (an HSM, a KMS): here, `cryptography` with the same key.
    pem = key_path("merchant_1024_pkcs8.pem").read_bytes()
    signer = serialization.load_pem_private_key(pem, password=None)
    assert isinstance(signer, rsa.RSAPrivateKey)
    raw = signer.sign(unsigned.bytes_to_sign(), padding.PKCS1v15(), hashes.SHA256())
    signature = base64.b64encode(raw).decode()
    merchant_public = umf.PublicKey.load(key_path("merchant_1024_spki.pem"))
    signed = unsigned.attach_signature(signature, check_with=merchant_public)
    assert signed == client.prepare("create_refund", refund)
    assert unsigned.sign_with(umf.PrivateKey.load(pem)) == signed

    other = umf.PublicKey.load(key_path("merchant_2048_spki.pem"))
    with pytest.raises(umf.SignatureError):
        unsigned.attach_signature(signature, check_with=other)
    assert not client.prepare_unsigned("get_payment", payment_id="PAY_1").signature_required


def test_every_problem_with_its_path_and_severity(client: umf.Client) -> None:
    bad = card_payment()
    bad["order"]["amount"]["total"] = "1.234"
    bad["order"]["sub_orders"] = [{"amount": {"total": "0.00", "currency": "USD"}}]
    bad["risk_info"] = {"goods_type": "1"}
    with pytest.raises(umf.ValidationError) as e:
        client.prepare("create_payment", bad)
    assert e.value.code == "validation_failed" and isinstance(e.value, umf.RequestError)
    assert [(p.path, p.rule) for p in e.value.problems] == [
        ("order.amount.total", "amount_format"),
        ("order.sub_orders[0].amount.total", "amount_positive"),
        ("order.amount.total", "sum_mismatch"),
    ], "every error at once, in order; the three risk_info warnings do not stop it"
    assert all(p.severity == "error" for p in e.value.problems), "warnings never stop a request"
    assert "1.234" not in str(e.value) and CARD not in str(e.value)

    # validate() reports the warnings too: a documented rule UMF's own examples break.
    fine = card_payment()
    fine["risk_info"] = {"goods_type": "1"}
    found = client.validate("create_payment", fine)
    assert {(p.path, p.severity) for p in found} == {
        ("risk_info.receiver_name", "warning"),
        ("risk_info.receiver_moblie_id", "warning"),
        ("risk_info.receiver_address", "warning"),
    }
    client.prepare("create_payment", fine)  # built all the same
    assert isinstance(found[0], umf.ValidationProblem) and found[0].rule == "required"


def test_a_type_error_names_the_path_never_the_value(client: umf.Client) -> None:
    params = card_payment()
    params["payer"]["payer_info"]["bank_card"]["number"] = [CARD]
    with pytest.raises(umf.ValidationError) as e:
        client.prepare("create_payment", params)
    (problem,) = e.value.problems
    assert problem.path.startswith("payer.payer_info.bank_card.number") and problem.rule == "type"
    assert CARD not in repr(e.value.problems)


def test_request_errors(client: umf.Client) -> None:
    with pytest.raises(umf.RequestError) as e:
        client.prepare("no_such_operation")
    assert e.value.code == "unknown_operation"
    with pytest.raises(umf.RequestError) as e:
        client.prepare("get_payment")
    assert e.value.code == "invalid_request", "the path parameter is missing"
    with pytest.raises(umf.RequestError) as e:
        client.prepare("get_payment", payment_id="self_account_balance")
    assert e.value.code == "invalid_request", "a reserved segment where an id belongs"

    agreement = {"usr_busi_agreement_id": "B", "usr_pay_agreement_id": "A"}
    unbind = {"external_customer_id": "C-1", "payer_agreements": [agreement]}
    with pytest.raises(umf.ValidationError) as e:
        client.prepare("unbind_bank_agreement", unbind)
    assert [p.rule for p in e.value.problems] == ["confirmation_required"]
    confirmed = client.prepare("unbind_bank_agreement", {**unbind, "$confirm": True})
    assert b"$confirm" not in confirmed.body


def test_without_a_merchant_key_only_unsigned_requests(
    umf_public_key: umf.PublicKey,
) -> None:
    device = umf.Client(BASE, umf_public_key=umf_public_key)
    assert not device.has_merchant_key
    with pytest.raises(umf.RequestError) as e:
        device.prepare("create_refund", REFUND)
    assert e.value.code == "merchant_key_required"
    assert device.prepare_unsigned("create_refund", REFUND).signature_required
    assert device.prepare("get_payment", payment_id="PAY_1").method == "GET"


def test_keys_in_every_form(manifest: dict[str, Any]) -> None:
    """One client per way of passing keys; all build the same signed request."""
    refund = REFUND
    sources: list[tuple[Any, Any, Any]] = [
        (
            umf.PublicKey.load(key_path("umf_1024_cert.pem")),
            key_path("merchant_1024_pkcs8.der"),
            None,
        ),
        (
            str(key_path("umf_1024_cert.der")),
            key_path("merchant_1024_pkcs1.pem").read_bytes(),
            None,
        ),
        (
            key_path("umf_1024_spki.b64").read_text(),
            key_path("merchant_1024_pkcs8.b64").read_text(),
            None,
        ),
        (
            key_path("umf_1024_cert.pem").read_bytes(),
            key_path("merchant_1024_pkcs8_encrypted.pem"),
            manifest["passphrase"],
        ),
        (
            key_path("umf_1024_cert.pem"),
            umf.PrivateKey.load(key_path("merchant_1024_pkcs1_crlf.pem")),
            None,
        ),
    ]
    requests = [
        umf.Client(BASE, umf_public_key=u, merchant_key=m, passphrase=p).prepare(
            "create_refund", refund
        )
        for u, m, p in sources
    ]
    assert all(r == requests[0] for r in requests)
    with pytest.raises(umf.KeyFormatError) as e:
        umf.Client(BASE, umf_public_key=key_path("merchant_1024_pkcs8.pem"))
    assert e.value.code == "key_wrong_kind"
    with pytest.raises(umf.KeyFormatError):
        umf.Client(
            BASE,
            umf_public_key=key_path("umf_1024_cert.pem"),
            merchant_key=key_path("merchant_1024_pkcs8_encrypted.pem"),
        )


def response(body: str | bytes, status: int = 200) -> umf.HttpResponse:
    raw = body.encode() if isinstance(body, str) else body
    return umf.HttpResponse(status, [("Content-Type", "application/json")], raw)


def test_answers_are_verified_and_typed(manifest: dict[str, Any]) -> None:
    cases = {c["name"]: c for c in manifest["responses"]["cases"]}
    key = umf.PublicKey.load(key_path(manifest["responses"]["umf_public_key"]))
    strict = umf.Client(BASE, umf_public_key=key, verify_policy="strict")
    answer = strict.parse("get_payment", response(cases["valid_primary"]["body"]))
    assert answer.verification.is_verified and answer.verification.covered == ["payment"]
    assert answer.operation == "get_payment" and answer.http_status == 200
    assert answer.meta["ret_code"] == "0000"
    assert answer.result["id"].startswith("PAY_") and isinstance(answer.result["state"], str)
    assert answer.result is answer.result, "read once, when parsed"
    assert "PAY_" not in repr(answer)

    with pytest.raises(umf.SignatureError) as e:
        strict.parse("get_payment", response(cases["tampered_amount"]["body"]))
    assert e.value.code == "signature_invalid"
    with pytest.raises(umf.SignatureError) as e:
        strict.parse("get_payment", response(cases["unsigned"]["body"]))
    assert e.value.code == "signature_missing"
    lenient = umf.Client(BASE, umf_public_key=key)
    assert lenient.parse(
        "get_payment", response(cases["unsigned"]["body"])
    ).verification.status == ("unsigned")
    assert umf.parse_response(
        "get_payment", response(cases["unsigned"]["body"])
    ).verification.status == ("not_checked")


def test_numbers_keep_their_exact_text(client: umf.Client) -> None:
    body = (
        '{"meta":{"ret_code":"0000","ret_msg":"Success"},"transactions":{"payment_summaries":'
        '[{"payment_id":"PAY_1","state":"TRADE_SUCCESS","amount":{"total":49.40,"currency":"USD","exchange_rate":6.9800,'
        '"total_cny":"344.8120"},"extra_member":1.10}],'
        '"pagination":{"total_count":"5","page_number":1,"page_size":2}}}'
    )
    answer = client.parse("list_transactions", response(body))
    (summary,) = answer.result["payment_summaries"]
    assert summary["amount"] == {
        "total": "49.40",
        "currency": "USD",
        "exchange_rate": "6.9800",
        "total_cny": "344.8120",
    }, "strings with the exact text, never floats"
    kept = cast("dict[str, Any]", summary)  # a member the types do not name
    assert kept["extra_member"] == Decimal("1.10"), "unknown members kept, numbers exact"
    assert answer.result["pagination"] == {"total_count": 5, "page_number": 1, "page_size": 2}

    params = {"mer_date": "20240101", "page_size": "2"}
    following = umf.next_page("list_transactions", params, answer.result["pagination"])
    assert following == {"mer_date": "20240101", "page_size": "2", "page_number": "2"}
    last = {"total_count": 5, "page_number": 3, "page_size": 2}
    assert umf.next_page("list_transactions", params, last) is None


@pytest.mark.parametrize(
    ("op", "status", "body", "retryable", "classification"),
    [
        (
            "get_refundable_balance",
            503,
            '{"meta":{"ret_code":"00060999","ret_msg":"busy"}}',
            True,
            "retryable",
        ),
        (
            "create_payment",
            503,
            '{"meta":{"ret_code":"00060999","ret_msg":"busy"}}',
            False,
            "retryable",
        ),
        ("create_payment", 502, "<html>bad gateway</html>", False, "retryable"),
        ("get_payment", 502, "<html>bad gateway</html>", True, "retryable"),
        ("create_payment", 429, "", True, "retryable"),
        (
            "create_refund",
            200,
            '{"meta":{"ret_code":"00280703","ret_msg":"expired"}}',
            False,
            "token_expired",
        ),
    ],
)
def test_api_errors_carry_the_cores_classification(
    client: umf.Client, op: str, status: int, body: str, retryable: bool, classification: str
) -> None:
    with pytest.raises(umf.ApiError) as e:
        client.parse(op, response(body, status))
    error = e.value
    assert error.code == "api_error" and error.http_status == status
    assert error.is_retryable is retryable
    assert error.classification == classification
    assert error.is_token_expired is (classification == "token_expired")


def test_statement_files_keep_their_bytes(client: umf.Client) -> None:
    raw = (
        VECTORS / "examples" / "repaired" / "004_L3444_download_settlement_file.response.csv"
    ).read_bytes()
    answer = client.parse(
        "download_settlement_file",
        umf.HttpResponse(200, [("Content-Type", "text/csv")], raw),
    )
    assert answer.result["raw"] == raw
    statement = answer.result["statement"]
    assert statement is not None and statement["layout"] == "settlement_detail"
    assert statement["rows"] and answer.verification.status == "unsigned"


def test_the_operation_table(client: umf.Client) -> None:
    ops = umf.operations()
    assert len(ops) == 54 and len({op.id for op in ops}) == 54
    assert client.operations() == ops
    create = umf.operation("create_payment")
    assert (create.method, create.path, create.signed, create.retry) == (
        "POST",
        "/payments/payment",
        True,
        "unsafe",
    )
    assert create.body_kind == "json" and create.body_model == "CreatePaymentRequest"
    assert create.result_shape == "payment" and create.response_kind == "json"
    assert "payer.payer_info.bank_card.number" in create.encrypted_paths
    refund = umf.operation("create_refund")
    assert refund.path_params == ("payment_id",)
    assert umf.operation("list_transactions").query_params[0] == ("mer_date", True)
    assert umf.operation("download_settlement_file").response_kind == "csv"
    assert {op.retry for op in ops if op.method == "GET"} == {"safe"}
    with pytest.raises(umf.RequestError):
        umf.operation("nope")


def test_the_table_is_the_one_umf_operations_prints() -> None:
    if not Path(UMF_BIN).is_file():
        pytest.fail(f"{UMF_BIN} is missing: run `cargo build -p umf-cli`")
    printed = json.loads(
        subprocess.run([UMF_BIN, "operations", "--json"], capture_output=True, check=True).stdout
    )
    ours = [
        {
            "id": op.id,
            "method": op.method,
            "path": op.path,
            "signed": op.signed,
            "retry": op.retry,
            "encrypted_paths": list(op.encrypted_paths),
            "query": [{"name": n, "required": r} for n, r in op.query_params],
        }
        for op in umf.operations()
    ]
    theirs = [{k: row[k] for k in ours[0]} for row in printed]
    # Which query parameter is sensitive is in `encrypted_paths` (`query:card`) on this side.
    for row in theirs:
        row["query"] = [{"name": q["name"], "required": q["required"]} for q in row["query"]]
    assert ours == theirs


def test_reprs_hide_keys_and_values(client: umf.Client) -> None:
    text = repr(client)
    assert text.startswith("Client(base_url='https://sandbox.test/cberest/v1'")
    assert "has_merchant_key=True" in text
    pem = key_path("merchant_1024_pkcs8.pem").read_text()
    assert pem.splitlines()[1][:20] not in text
    unsigned = client.prepare_unsigned("create_payment", card_payment())
    assert CARD not in repr(unsigned) and ID_NUMBER not in repr(unsigned)
    assert os.fspath(key_path("umf_1024_cert.pem")) not in text

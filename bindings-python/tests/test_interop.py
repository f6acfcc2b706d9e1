"""Interop with the `cryptography` package both ways: it verifies our signatures and decrypts
our ciphertexts; we verify its signatures and load the keys it writes."""

from __future__ import annotations

import base64

import pytest
import umf
from conftest import key_path
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

BODY = '{"mer_reference_id":"ORDER-1","amount":{"total":"100.00"},"名":"张三"}'.encode()


@pytest.fixture(scope="module")
def generated() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.mark.parametrize("name", ["merchant_1024_pkcs8.pem", "merchant_2048_pkcs1.der"])
def test_cryptography_verifies_our_signatures(name: str) -> None:
    ours = umf.PrivateKey.load(key_path(name))
    theirs = serialization.load_der_public_key(ours.public_key.to_spki_der())
    assert isinstance(theirs, rsa.RSAPublicKey)
    signature = ours.sign(BODY)
    theirs.verify(base64.b64decode(signature), BODY, padding.PKCS1v15(), hashes.SHA256())


def test_we_verify_signatures_made_by_cryptography(generated: rsa.RSAPrivateKey) -> None:
    pem = generated.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    ours = umf.PublicKey.load(pem)
    signature = base64.b64encode(generated.sign(BODY, padding.PKCS1v15(), hashes.SHA256())).decode()
    ours.verify(BODY, signature)
    with pytest.raises(umf.SignatureError) as e:
        ours.verify(BODY[:-1], signature)
    assert e.value.code == "signature_invalid"
    # A PSS signature is a valid-sized signature of another scheme: refused, not accepted.
    pss = generated.sign(
        BODY, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32), hashes.SHA256()
    )
    with pytest.raises(umf.SignatureError):
        ours.verify(BODY, base64.b64encode(pss).decode())


def test_cryptography_decrypts_our_ciphertexts(umf_private_pem: bytes) -> None:
    umf_private = serialization.load_pem_private_key(umf_private_pem, password=None)
    assert isinstance(umf_private, rsa.RSAPrivateKey)
    ours = umf.PublicKey.load(key_path("umf_1024_pkcs1_public.pem"))

    card = "6222020000000000000"
    plain = umf_private.decrypt(base64.b64decode(ours.encrypt_to_base64(card)), padding.PKCS1v15())
    assert plain.decode() == card
    raw = ours.encrypt(b"\x00binary\xff")
    assert umf_private.decrypt(raw, padding.PKCS1v15()) == b"\x00binary\xff"
    # The largest value one block holds, in UTF-8 (117 bytes at 1024 bits).
    longest = "数" * (ours.max_plaintext_len // 3)
    assert (
        umf_private.decrypt(
            base64.b64decode(ours.encrypt_to_base64(longest)), padding.PKCS1v15()
        ).decode()
        == longest
    )

    body = {
        "payer": {
            "payer_info": {"bank_card": {"number": card, "cvv2": "123", "phone": "13800000000"}}
        }
    }
    result = umf.encrypt_fields("create_payment", body, ours)
    bank_card = result.body["payer"]["payer_info"]["bank_card"]
    assert bank_card["phone"] == "13800000000"
    for field, expected in (("number", card), ("cvv2", "123")):
        assert (
            umf_private.decrypt(base64.b64decode(bank_card[field]), padding.PKCS1v15()).decode()
            == expected
        )


def test_keys_written_by_cryptography_load(generated: rsa.RSAPrivateKey) -> None:
    expected = umf.PublicKey.from_bytes(
        generated.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    ).fingerprint
    encodings = [
        (
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
            None,
        ),
        (
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
            None,
        ),
        (
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
            None,
        ),
        (
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(b"pw"),
            b"pw",
        ),
    ]
    for encoding, fmt, encryption, password in encodings:
        data = generated.private_bytes(encoding, fmt, encryption)
        key = umf.PrivateKey.load(data, password)
        assert key.fingerprint == expected, (encoding, fmt)
        assert key.bits == 2048


def test_cryptography_loads_keys_we_export(merchant_key_2048: umf.PrivateKey) -> None:
    theirs = serialization.load_der_private_key(merchant_key_2048.to_pkcs8_der(), password=None)
    assert isinstance(theirs, rsa.RSAPrivateKey)
    signature = base64.b64encode(theirs.sign(BODY, padding.PKCS1v15(), hashes.SHA256())).decode()
    # PKCS#1 v1.5 signatures are deterministic: the same key signs the same bytes the same way.
    assert signature == merchant_key_2048.sign(BODY)
    pem = merchant_key_2048.public_key.to_spki_pem()
    assert (
        serialization.load_pem_public_key(pem.encode()).public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        == merchant_key_2048.public_key.to_spki_der()
    )

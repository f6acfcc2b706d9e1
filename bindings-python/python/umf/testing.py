"""Public test keys and signed test notifications for the local sandbox (``umf sandbox``).

A first integration, and a merchant's own tests, need keys and credentials the sandbox accepts
and notifications it would send. They are here, in the package, so that nothing has to come
from the SDK's repository: the same test keys the sandbox starts with (``umf sandbox
--print-test-keys`` prints them too).

Everything in this module is public: anyone can sign as these keys. Never use them, or
anything this module signs, for real payments.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from umf._native import SANDBOX_BASE_URL, ClientCredentials, PrivateKey, PublicKey

__all__ = [
    "CLIENT_ID",
    "CLIENT_SECRET",
    "MERCHANT_PRIVATE_KEY_PEM",
    "UMF_CERTIFICATE_PEM",
    "UMF_NEXT_CERTIFICATE_PEM",
    "UMF_PRIVATE_KEY_PEM",
    "SignedNotification",
    "credentials",
    "merchant_key",
    "signature_header",
    "signed_notification",
    "umf_next_public_key",
    "umf_private_key",
    "umf_public_key",
]

#: The client id the sandbox accepts by default.
CLIENT_ID = "sandbox-client"
#: The client secret the sandbox accepts by default (a public test value).
CLIENT_SECRET = "sandbox-secret"

#: The test merchant key (PKCS#8 PEM, 1024-bit): the sandbox verifies request signatures with
#: its public half.
MERCHANT_PRIVATE_KEY_PEM = """\
-----BEGIN PRIVATE KEY-----
MIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBAOnuPrkYMAqztVbZ
mo4XTla9Ft4OAO3+Ia2c7gVAUi6H5eeVHo1se0t639fEt6Wjq7Ve94ZJns352HiP
5mULhXIjvGjquCcwiaCO++9T3BwfUMC0pOkpHqTmuAmDgPZRNcdDXJzwif1Nmqzs
QPL6/ovzLcz0E0DFgGzq1ixbFwmrAgMBAAECgYBspKZixlYBkmbE2DkMhsxuQlFt
fal23pD7laeBrta8H4dp33qaCejVLFLrXcRA3Fux11Iz/tsPJFsh2wsQoKIvdfSA
Qvl7d4l+DTPQ8M/2ljEytVwrolcsEBtTfQSCR8wqxgBdi3BEyAKpW25dKn1lRajy
pWIlZ8NKByDtlOF0YQJBAPz0nT9f88X1IuAEtxgPG6+cRp5rIpntYs4cBThMqIbg
7muwjuGsbSigkf2V0qbomXkxmMyeF7WguKbJdZFQfJsCQQDsvwNLYRiEtFIo+V8j
Aaq4bTz18iylQW/soEJc2ahyrbX+uxJxFquwAQhaHnVyeCMVBz6bIiOWW2DpPzK7
SJAxAkA1TJGJlf02e+WCUFwH/L73rLUQkkBzMJq+FRdgen6UFPcHx+cDVCKYCeVZ
CmWdd6tG5xVsH++c/KWLty1Hli77AkEAnl8VVBqq7TM3dwOC2gcmbmNdEWYk6ZPB
zLhUTIqqPbTo93OrXY194qp+LNMNXDrztQB4qAyJY+7TAJVvWYusMQJBAMSSKPwv
KvS8LzWnzYwj5+lIWEF+Yib1lbJzlsyez0vndIlhppecXkHOHxZnHvDcHNJDOcyP
/jAfNtqFbEP+P2Y=
-----END PRIVATE KEY-----
"""

#: The sandbox's UMF public key as the X.509 certificate UMF hands merchants: verifies its
#: answers and notifications, encrypts card fields.
UMF_CERTIFICATE_PEM = """\
-----BEGIN CERTIFICATE-----
MIICWjCCAcOgAwIBAgIUBikYdvAgxanJGmsGgBA9+2ucpq0wDQYJKoZIhvcNAQEL
BQAwPzELMAkGA1UEBhMCQ04xHTAbBgNVBAoMFHVtZi1zZGsgdGVzdCB2ZWN0b3Jz
MREwDwYDVQQDDAh1bWYgMTAyNDAeFw0yNjExMjIwMjQyMDRaFw0zNjExMTkwMjQy
MDRaMD8xCzAJBgNVBAYTAkNOMR0wGwYDVQQKDBR1bWYtc2RrIHRlc3QgdmVjdG9y
czERMA8GA1UEAwwIdW1mIDEwMjQwgZ8wDQYJKoZIhvcNAQEBBQADgY0AMIGJAoGB
AMFoiXGOh0hunJty4Qy4OnHPTAd9/vPAwmTZ89YCPhiqEuhTqmnDCF/OxaYIoB+n
WWOP3C/Cvm2Lk6e/l/UNKJocsqg7AHMAJr4i+wmslUXsnSchSFkmoyU6hmKfeO4D
whxb1mv378qySiVpWrXTlooWJetOrWdlHuLO0V4QKJr3AgMBAAGjUzBRMB0GA1Ud
DgQWBBRXu+QvX2knXSVt9/wQgQeLJW30RjAfBgNVHSMEGDAWgBRXu+QvX2knXSVt
9/wQgQeLJW30RjAPBgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3DQEBCwUAA4GBAJNI
SkLqoYqYpHYg+cwprDa9aXhfBMmq1BnWTKG1l+1r45j+WEpwZNJqqpd2NyTw9Ag6
qvBni0HfY1A7bwGY5qvIjg1edXH7LU8RdfMvtzWMuRWv2VubC9F92Nc2KQEI7W+9
SwnK/IZGqZW4N/T7kXxyIYg2pFqjNcgCw4M+TMzW
-----END CERTIFICATE-----
"""

#: The key a UMF key change-over switches to: the sandbox signs with it once rotated
#: (``POST /__admin/keys/rotate``). Configure it beside the current one
#: (``umf_additional_public_keys=[UMF_NEXT_CERTIFICATE_PEM]``) to keep verifying across the
#: switch. A 2048-bit key; only its certificate is public here, as UMF would publish it.
UMF_NEXT_CERTIFICATE_PEM = """\
-----BEGIN CERTIFICATE-----
MIIDXzCCAkegAwIBAgIUe2XawfL1iopD3HnhAUMTuEkD8ZUwDQYJKoZIhvcNAQEL
BQAwPzELMAkGA1UEBhMCQ04xHTAbBgNVBAoMFHVtZi1zZGsgdGVzdCB2ZWN0b3Jz
MREwDwYDVQQDDAh1bWYgMjA0ODAeFw0yNjExMjIwMjQyMDRaFw0zNjExMTkwMjQy
MDRaMD8xCzAJBgNVBAYTAkNOMR0wGwYDVQQKDBR1bWYtc2RrIHRlc3QgdmVjdG9y
czERMA8GA1UEAwwIdW1mIDIwNDgwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEK
AoIBAQCkPDgPlBta6IxwKpQOzppOBP8MTvuqX/Z+2ayXx0QyAAaqydWUQzsayGnU
4wbeDpha+w0jFKsTxz19xPWe7JgrSaozvLTDJ4+3jWmlXfr2E8iNLmk6y7ARP7a4
FYFV7bxq7Uue4ohkJZtsjbVx+L/1mPVcFefm03I9ScH3TFcv2YCDmEYqqq5snRYK
7N4aMZMjR3+3w9kUsu/gmkZpbu4l7psYwn3Sg8aVPA2zP1qQvezJTunJePkUcY7o
c+LleRp75LtlJRkT96GJ322w3PHnHMio76hr2/evtNAUWxE2O9m3SvSunHwasr8S
Fyk58HLJqQYbemwTNE8zxPCYxYbJAgMBAAGjUzBRMB0GA1UdDgQWBBSmvjC7rKlY
UXf1sjF86cO9W+m0qTAfBgNVHSMEGDAWgBSmvjC7rKlYUXf1sjF86cO9W+m0qTAP
BgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3DQEBCwUAA4IBAQAwn31OviT3BMFrIY/R
+rCLFHYgwpf+ThmOXGTf6+QC2cDCkNicWGQPzyEjrW0uIDN2JW9XoOYbiYjZZyK2
vZrJAMnBpwSU4voHPF72x/91DkiN+AwogB69Pmhs1Wj9SkPeNsDOA54yYQ0Ch/xL
A7mt4Ou9kJA9bLFxIbhEyzCArDNt4k+50IRBV56ybZMtxLKQRc5V9MfE6n4eh5hc
IjFx5jLN90s5ChDhJcTdjNbHxs7nmxI5xXO5lasMTxJqZgN4XSvFkjPeVMBqrFUE
lVODFl3K6GWoejJPBmVeEfd8SPOZ5nMwiizqUT3ZZAI454MP7jYli2c0QTuwiBJb
xYyG
-----END CERTIFICATE-----
"""

#: The sandbox's UMF private key (PKCS#8 PEM): signs its answers and notifications. Here so
#: that a merchant's tests can sign notifications the way the sandbox (and UMF) would.
UMF_PRIVATE_KEY_PEM = """\
-----BEGIN PRIVATE KEY-----
MIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBAMFoiXGOh0hunJty
4Qy4OnHPTAd9/vPAwmTZ89YCPhiqEuhTqmnDCF/OxaYIoB+nWWOP3C/Cvm2Lk6e/
l/UNKJocsqg7AHMAJr4i+wmslUXsnSchSFkmoyU6hmKfeO4Dwhxb1mv378qySiVp
WrXTlooWJetOrWdlHuLO0V4QKJr3AgMBAAECgYBGDQ/jEmWLZYzRfM1oZv28JQH7
oLYMIWAHWS3I8Kz/D/KjNVJ+1gYddW3/Eha1AE8PEZcFsXp5gNltI6btOePfNJ0S
OwMlYzjHNBhS17VW03CpmqvKA1OZ+/kEi2nHBpPGny3RpHos0H/U/AB/IbyqE5k0
xQEIts75m74nxmC4KQJBAOD1qeX9opKzufFvo+5D+yI04nMSq7y9DylhIVq4sXj4
Vwv/AKjDobuB/lppjpUHkq5AAYnwoUxE0HDja8CU7eUCQQDcGGANfhouYLA2mNCA
mAj2Wa0H975P8ZyiV4oEvUbWfTqAJF76nwl/T6Mu2WSQg8YVeisk3Wlsr5MvKHsq
M7erAkEAzo+ktsNjURNojJH3U6PmaC1pNUKSoRZ0YomGh/gJNcvKmgBHia9AxZ0C
geBlBODURd4Ny6xBX3fccZvRaB8YJQJBAJwC7ztBMt/DC8V3pvwwSNIPGPb35sAW
PPhaYuwfGvJ5TBl/LpAqYXoMAlj4Ii/KKIQa2DBGfi9beVJJOJzekgcCQBmMMA4a
nEjiP7dmCAZLQIza6XvXQd58rsZ7zqzcENJxuv5eInNv5UE+xa6UazS1irYRBZFX
aDEi9wNsdTBuL3o=
-----END PRIVATE KEY-----
"""


def credentials() -> ClientCredentials:
    """The client credentials the sandbox accepts by default."""
    return ClientCredentials(CLIENT_ID, CLIENT_SECRET)


def merchant_key() -> PrivateKey:
    """The test merchant key, loaded."""
    return PrivateKey.from_bytes(MERCHANT_PRIVATE_KEY_PEM)


def umf_public_key() -> PublicKey:
    """The sandbox's UMF public key, loaded from its certificate."""
    return PublicKey.from_bytes(UMF_CERTIFICATE_PEM)


def umf_next_public_key() -> PublicKey:
    """The key the sandbox signs with after a key rotation, loaded from its certificate."""
    return PublicKey.from_bytes(UMF_NEXT_CERTIFICATE_PEM)


def umf_private_key() -> PrivateKey:
    """The sandbox's UMF private key, loaded: what signs its answers and notifications."""
    return PrivateKey.from_bytes(UMF_PRIVATE_KEY_PEM)


def signature_header(body: bytes | str, key: PrivateKey | None = None) -> str:
    """The ``Signature`` header UMF would send with exactly these bytes.

    Signed with ``key``, by default the sandbox's UMF test key, so that
    :func:`umf.verify_notification` accepts it under :func:`umf_public_key`. Tests of a
    notification handler use it to post bodies of their own; a ``str`` is signed as UTF-8.
    """
    return (key or umf_private_key()).sign(body)


# The resource a notification's `self` link names, by kind (the sandbox's paths).
_SELF_PATHS: dict[str, str] = {
    "payment": "/payments/payment/",
    "refund": "/payments/refund/",
    "customs_declaration": "/payments/customs_declarations/",
}


@dataclass(frozen=True)
class SignedNotification:
    """A notification as UMF posts it: the exact body bytes and their ``Signature`` header."""

    body: bytes
    signature: str

    @property
    def headers(self) -> dict[str, str]:
        """The request headers of the POST that delivers it."""
        return {"Content-Type": "application/json", "Signature": self.signature}


def signed_notification(
    kind: Literal["payment", "refund", "customs_declaration"],
    resource: dict[str, Any],
    *,
    base_url: str = SANDBOX_BASE_URL,
    key: PrivateKey | None = None,
) -> SignedNotification:
    """A notification about ``resource`` in the envelope the sandbox sends, signed.

    ``resource`` is the payment, refund or customs declaration (at least its ``id`` and
    ``state``: the notification's idempotency key is made of them). The body is serialised once
    and those bytes are signed, so a handler given ``body`` and ``signature`` verifies it as it
    would one from UMF.
    """
    if kind not in _SELF_PATHS:
        raise ValueError(f"kind must be one of {sorted(_SELF_PATHS)}, not {kind!r}")
    resource_id = resource.get("id")
    if not isinstance(resource_id, str) or not resource_id:
        raise ValueError("the resource needs its `id`")
    envelope = {
        "meta": {"ret_code": "0000", "ret_msg": ["SUCCESS"]},
        kind: resource,
        "links": [
            {
                "href": f"{base_url.rstrip('/')}{_SELF_PATHS[kind]}{resource_id}",
                "ref": "self",
                "method": "GET",
            }
        ],
    }
    body = json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return SignedNotification(body=body, signature=signature_header(body, key))

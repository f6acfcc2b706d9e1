//! Recognising what a key file holds, whatever its encoding.
//!
//! Merchants receive the merchant key pair and UMF's public key by e-mail (004:L120-125): UMF's
//! Java demo reads a PKCS#8 DER `.p8`, the UMF key arrives as a `.crt`, and people paste keys as
//! one-line base64. [`decode`] turns any of those into DER plus a [`KeyFormat`]; [`classify`]
//! tells which ASN.1 structure the DER is.

use der::{Decode, Encode};
use zeroize::Zeroizing;

use super::{base64_lenient, pem, Container, Encoding, KeyFormat, KeyKind};
use crate::error::{Error, Result};

/// OID of `rsaEncryption` (PKCS#1).
pub(crate) const RSA_ENCRYPTION: der::asn1::ObjectIdentifier =
    der::asn1::ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");

/// DER bytes of one key object and how they were wrapped.
pub(crate) struct Decoded {
    pub der: Zeroizing<Vec<u8>>,
    pub encoding: Encoding,
    /// PEM label, when the input was PEM.
    pub label: Option<String>,
    /// The PEM block was encrypted the legacy OpenSSL way (`Proc-Type: 4,ENCRYPTED`).
    pub legacy_encrypted: bool,
}

/// The DER structure found, with the bytes each loader needs.
pub(crate) enum Structure {
    Pkcs8Private,
    EncryptedPkcs8,
    Pkcs1Private,
    Spki,
    Pkcs1Public,
    /// The certificate's `subjectPublicKeyInfo`, re-encoded as SPKI DER.
    Certificate(Vec<u8>),
}

impl Structure {
    pub(crate) fn container(&self) -> Container {
        match self {
            Structure::Pkcs8Private => Container::Pkcs8,
            Structure::EncryptedPkcs8 => Container::EncryptedPkcs8,
            Structure::Pkcs1Private => Container::Pkcs1,
            Structure::Spki => Container::Spki,
            Structure::Pkcs1Public => Container::Pkcs1Public,
            Structure::Certificate(_) => Container::X509Certificate,
        }
    }
}

/// Every key object in the input: one for DER and base64, one per PEM block for PEM.
pub(crate) fn decode(input: &[u8]) -> Result<Vec<Decoded>> {
    let trimmed = trim_ascii(input);
    if trimmed.is_empty() {
        return Err(Error::key_invalid("the input is empty"));
    }
    if pem::looks_like_pem(trimmed) {
        return Ok(pem::parse_blocks(trimmed)?
            .into_iter()
            .map(|block| Decoded {
                der: block.der,
                encoding: Encoding::Pem,
                label: Some(block.label),
                legacy_encrypted: block.legacy_encrypted,
            })
            .collect());
    }
    // A DER file starts with a SEQUENCE tag; base64 of one starts with `M`, never with 0x30.
    if trimmed[0] == 0x30 {
        return Ok(vec![Decoded {
            der: Zeroizing::new(input.to_vec()),
            encoding: Encoding::Der,
            label: None,
            legacy_encrypted: false,
        }]);
    }
    let text = std::str::from_utf8(trimmed)
        .map_err(|_| Error::key_invalid("not PEM, DER or base64 (binary data)"))?;
    match base64_lenient(text) {
        Some(der) if der.first() == Some(&0x30) => Ok(vec![Decoded {
            der,
            encoding: Encoding::Base64,
            label: None,
            legacy_encrypted: false,
        }]),
        Some(_) => Err(Error::key_invalid(
            "base64 text that does not decode to a DER structure",
        )),
        None => Err(Error::key_invalid("not PEM, DER or base64 text")),
    }
}

/// What a PEM label says, before looking at the bytes.
pub(crate) fn kind_of_label(label: &str) -> Option<KeyKind> {
    match label {
        "PRIVATE KEY" | "RSA PRIVATE KEY" => None,
        "ENCRYPTED PRIVATE KEY" => None,
        "PUBLIC KEY" | "RSA PUBLIC KEY" => None,
        "CERTIFICATE" | "X509 CERTIFICATE" | "TRUSTED CERTIFICATE" => None,
        "EC PRIVATE KEY" | "DSA PRIVATE KEY" | "OPENSSH PRIVATE KEY" => {
            Some(KeyKind::NonRsaPrivateKey)
        }
        other => Some(match super::pem::named_label(other) {
            Some(named) => KeyKind::Other(named.to_owned()),
            // Not repeated: the file's own text (see `pem::NAMED_LABELS`).
            None => KeyKind::UnknownPemBlock,
        }),
    }
}

/// Which structure the DER holds. Tried from the most to the least specific shape; each parser
/// requires the whole input to be consumed, so the shapes cannot be confused.
pub(crate) fn classify(der: &[u8]) -> Result<Structure, KeyKind> {
    if let Ok(info) = pkcs8::PrivateKeyInfo::from_der(der) {
        return if info.algorithm.oid == RSA_ENCRYPTION {
            Ok(Structure::Pkcs8Private)
        } else {
            Err(KeyKind::NonRsaPrivateKey)
        };
    }
    if pkcs8::EncryptedPrivateKeyInfo::from_der(der).is_ok() {
        return Ok(Structure::EncryptedPkcs8);
    }
    if pkcs1::RsaPrivateKey::from_der(der).is_ok() {
        return Ok(Structure::Pkcs1Private);
    }
    if let Ok(spki) = spki::SubjectPublicKeyInfoRef::from_der(der) {
        return if spki.algorithm.oid == RSA_ENCRYPTION {
            Ok(Structure::Spki)
        } else {
            Err(KeyKind::NonRsaPublicKey)
        };
    }
    if pkcs1::RsaPublicKey::from_der(der).is_ok() {
        return Ok(Structure::Pkcs1Public);
    }
    if let Ok(cert) = x509_cert::Certificate::from_der(der) {
        let spki = &cert.tbs_certificate.subject_public_key_info;
        if spki.algorithm.oid != RSA_ENCRYPTION {
            return Err(KeyKind::NonRsaCertificate);
        }
        let spki_der = spki.to_der().map_err(|_| KeyKind::NotAKey)?;
        return Ok(Structure::Certificate(spki_der));
    }
    Err(KeyKind::NotAKey)
}

fn trim_ascii(input: &[u8]) -> &[u8] {
    let start = input
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(input.len());
    let end = input
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .map_or(start, |i| i + 1);
    &input[start..end]
}

/// The format description of a decoded object.
pub(crate) fn format_of(decoded: &Decoded, structure: &Structure) -> KeyFormat {
    KeyFormat {
        container: structure.container(),
        encoding: decoded.encoding,
    }
}

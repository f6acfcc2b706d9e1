//! The `multipart/form-data` body of the file uploads (`upload_file`, `upload_payment_files`).
//!
//! The documents give no field names and show no signature (API.md Q13, Q3). Decided: one part
//! named `file` (overridable) with the file name and content type given, a random boundary that
//! does not occur in the content, and — like every POST — a `Signature` over the exact body
//! bytes that are sent. Both operations are marked experimental in the operation table.

use base64::Engine as _;
use serde_json::Value;

use crate::error::{Error, Result};

/// Default form field name of the file part.
pub const DEFAULT_FIELD: &str = "file";

/// A file to upload.
#[derive(Clone, PartialEq, Eq)]
pub struct Upload {
    /// Form field name (`file` unless UMF says otherwise).
    pub field: String,
    /// File name sent in the part's `Content-Disposition`.
    pub file_name: String,
    /// Content type of the part, e.g. `image/jpeg`.
    pub content_type: String,
    /// The file bytes.
    pub content: Vec<u8>,
}

impl std::fmt::Debug for Upload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Upload")
            .field("field", &self.field)
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("content_len", &self.content.len())
            .finish()
    }
}

// The npm package's TypeScript for what `Upload::from_params` reads.
#[cfg(feature = "tsify")]
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const TS_UPLOAD: &'static str = r#"
/** The file of an upload operation (sent as `multipart/form-data`, signed over the exact bytes). */
export interface UploadParams {
    /** File name sent in the part's `Content-Disposition`. */
    file_name: string;
    /** The file's bytes, base64. */
    content_base64: string;
    /** Content type of the part (default `application/octet-stream`). */
    content_type?: string;
    /** Form field name of the part (default `file`). */
    field?: string;
}
"#;

impl Upload {
    /// Reads `{"file_name", "content_type", "content_base64", "field"?}` from request params.
    pub fn from_params(body: &Value) -> Result<Self> {
        let text = |name: &str| body.get(name).and_then(Value::as_str);
        let file_name = text("file_name")
            .ok_or_else(|| Error::invalid_request("upload: `file_name` is required"))?;
        let content = text("content_base64")
            .ok_or_else(|| Error::invalid_request("upload: `content_base64` is required"))?;
        let content = base64::engine::general_purpose::STANDARD
            .decode(content)
            .map_err(|_| Error::invalid_request("upload: `content_base64` is not base64"))?;
        Ok(Upload {
            field: text("field").unwrap_or(DEFAULT_FIELD).to_owned(),
            file_name: file_name.to_owned(),
            content_type: text("content_type")
                .unwrap_or("application/octet-stream")
                .to_owned(),
            content,
        })
    }

    /// The body bytes and the `Content-Type` header value.
    pub fn encode(&self) -> Result<(Vec<u8>, String)> {
        for (name, value) in [
            ("field", &self.field),
            ("file_name", &self.file_name),
            ("content_type", &self.content_type),
        ] {
            if value.is_empty() || value.chars().any(|c| c.is_control() || c == '"') {
                return Err(Error::invalid_request(format!(
                    "upload: `{name}` must be non-empty without quotes or control characters"
                )));
            }
        }
        let boundary = loop {
            let candidate = random_boundary()?;
            if !contains(&self.content, candidate.as_bytes()) {
                break candidate;
            }
        };
        let mut body = Vec::with_capacity(self.content.len() + 256);
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        body.extend_from_slice(
            format!(
                "Content-Disposition: form-data; name=\"{}\"; filename=\"{}\"\r\n",
                self.field, self.file_name
            )
            .as_bytes(),
        );
        body.extend_from_slice(format!("Content-Type: {}\r\n\r\n", self.content_type).as_bytes());
        body.extend_from_slice(&self.content);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        Ok((body, format!("multipart/form-data; boundary={boundary}")))
    }
}

fn random_boundary() -> Result<String> {
    use rand_core::RngCore;
    let mut bytes = [0u8; 16];
    rand_core::OsRng
        .try_fill_bytes(&mut bytes)
        .map_err(|_| Error::Crypto {
            reason: "no randomness for the multipart boundary".into(),
        })?;
    Ok(format!("umf-sdk-{}", hex::encode(bytes)))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_one_file_part() {
        let upload = Upload {
            field: DEFAULT_FIELD.into(),
            file_name: "id.jpg".into(),
            content_type: "image/jpeg".into(),
            content: b"\xff\xd8binary\r\n".to_vec(),
        };
        let (body, content_type) = upload.encode().unwrap();
        let boundary = content_type
            .strip_prefix("multipart/form-data; boundary=")
            .unwrap();
        let text = String::from_utf8_lossy(&body);
        assert!(text.starts_with(&format!("--{boundary}\r\n")));
        assert!(text.contains("name=\"file\"; filename=\"id.jpg\""));
        assert!(text.ends_with(&format!("\r\n--{boundary}--\r\n")));
        assert!(contains(&body, b"\xff\xd8binary\r\n"));
    }

    #[test]
    fn refuses_header_injection() {
        let upload = Upload {
            field: "file".into(),
            file_name: "a\"\r\nX: y".into(),
            content_type: "text/plain".into(),
            content: vec![],
        };
        assert_eq!(upload.encode().unwrap_err().code(), "invalid_request");
    }
}

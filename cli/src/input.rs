//! Reading bodies and keys from the command line, and turning errors into exit codes.

use std::io::Read;
use std::process::ExitCode;

use umf_core::{Error, KeyKind, PrivateKey, PublicKey};

/// Exit status of a signature that does not verify.
pub const EXIT_INVALID: u8 = 1;
/// Exit status of unusable input (bad key, malformed signature, unreadable body).
pub const EXIT_UNUSABLE: u8 = 2;

/// A failed command: the SDK error (or an I/O problem) and the exit status it maps to.
pub struct Failure {
    code: &'static str,
    message: String,
    status: u8,
}

impl Failure {
    pub fn io(what: &str, e: std::io::Error) -> Self {
        Failure {
            code: "io_error",
            message: format!("{what}: {e}"),
            status: EXIT_UNUSABLE,
        }
    }

    /// Bad command-line input.
    pub fn usage(message: String) -> Self {
        Failure {
            code: "usage",
            message,
            status: EXIT_UNUSABLE,
        }
    }

    /// Prints `error[code]: message` on stderr and returns the exit status.
    pub fn report(self) -> ExitCode {
        eprintln!("error[{}]: {}", self.code, self.message);
        ExitCode::from(self.status)
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        // A well-formed signature that does not match is "invalid"; everything else means the
        // input could not be used.
        let status = match e {
            Error::SignatureInvalid => EXIT_INVALID,
            _ => EXIT_UNUSABLE,
        };
        // Validation lists every problem with its path; the first one leads the message.
        let message = match &e {
            Error::Validation { problems } => problems
                .iter()
                .map(|p| format!("{}: {} ({})", p.path, p.message, p.rule))
                .collect::<Vec<_>>()
                .join("\n  "),
            other => other.to_string(),
        };
        Failure {
            code: e.code(),
            message,
            status,
        }
    }
}

/// The body argument: the literal text, `-` (or nothing) for stdin, `@path` for a file.
/// The bytes are used exactly as given: no newline is added or trimmed.
pub fn read_body(arg: Option<&str>) -> Result<Vec<u8>, Failure> {
    match arg {
        None | Some("-") => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| Failure::io("reading stdin", e))?;
            Ok(buf)
        }
        Some(text) => match text.strip_prefix('@') {
            Some(path) => std::fs::read(path).map_err(|e| Failure::io(path, e)),
            None => Ok(text.as_bytes().to_vec()),
        },
    }
}

/// The bytes of a key file. A path where no file exists is the SDK's `key_file_not_found`, so a
/// typo in `--key` reads as such and never as a key that failed to parse.
pub fn read_key_file(path: &str) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::KeyFileNotFound {
            path: path.to_owned(),
        }
        .into(),
        _ => Failure::io(path, e),
    })
}

pub fn private_key(path: &str, passphrase: Option<&str>) -> Result<PrivateKey, Failure> {
    Ok(PrivateKey::from_bytes(
        &read_key_file(path)?,
        passphrase.map(str::as_bytes),
    )?)
}

/// [`public_key`] of each path, in order (a key change-over passes several UMF keys).
pub fn public_keys(paths: &[String]) -> Result<Vec<PublicKey>, Failure> {
    paths.iter().map(|p| public_key(p, None)).collect()
}

/// A public key, or the public half of a private key file (convenient when debugging with the
/// merchant's own key pair).
pub fn public_key(path: &str, passphrase: Option<&str>) -> Result<PublicKey, Failure> {
    let bytes = read_key_file(path)?;
    match PublicKey::from_bytes(&bytes) {
        Ok(key) => Ok(key),
        Err(Error::KeyWrongKind {
            found: KeyKind::RsaPrivateKey | KeyKind::EncryptedPrivateKey,
            ..
        }) => Ok(
            PrivateKey::from_bytes(&bytes, passphrase.map(str::as_bytes))?
                .public_key()
                .clone(),
        ),
        Err(e) => Err(e.into()),
    }
}

pub fn print_json<T: serde::Serialize>(value: &T) -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(value).map_err(|e| Failure {
        code: "io_error",
        message: e.to_string(),
        status: EXIT_UNUSABLE,
    })?;
    say(&text);
    Ok(())
}

/// Prints a line on stdout. A closed pipe (`umf operations | head`) ends the program quietly
/// instead of panicking; any other write error is reported.
pub fn say(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{text}") {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("error[io_error]: writing stdout: {e}");
        std::process::exit(i32::from(EXIT_UNUSABLE));
    }
}

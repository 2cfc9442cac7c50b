//! The audit key: an Ed25519 key pair that signs the log's checkpoints (RFC 8032).
//!
//! It is kept as a PKCS#8 PEM file ("PRIVATE KEY"), the form `openssl genpkey -algorithm
//! ed25519` writes, so a council can make, keep and rotate it with tools it already has. With
//! no key configured the embedded default makes one beside its database under `./data/`, as it
//! makes the database; a key configured but missing, unreadable or not Ed25519 stops start-up
//! with one line naming the file.

use base64::Engine as _;
use candour_domain::audit::{from_hex, hex};
use ring::rand::SystemRandom;
use ring::signature::{ED25519, Ed25519KeyPair, KeyPair as _, UnparsedPublicKey};
use std::path::Path;

/// A key that signs checkpoints.
pub struct AuditKey {
    pair: Ed25519KeyPair,
}

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the private half.
        f.debug_struct("AuditKey")
            .field("public_key", &self.public_key())
            .finish()
    }
}

/// Why a key file cannot be used: each says what to do, and names the file.
#[derive(Debug, thiserror::Error)]
pub enum KeyProblem {
    /// The file is not there.
    #[error("the audit key {0} does not exist")]
    Missing(String),
    /// The file could not be read.
    #[error("the audit key {0} cannot be read: {1}")]
    Unreadable(String, String),
    /// The file is not a PKCS#8 Ed25519 private key.
    #[error(
        "the audit key {0} is not an Ed25519 private key in PKCS#8 PEM form (make one with: openssl genpkey -algorithm ed25519 -out {0})"
    )]
    NotEd25519(String),
    /// A new key could not be written.
    #[error("cannot write a new audit key to {0}: {1}")]
    CannotWrite(String, String),
}

const PEM_BEGIN: &str = "-----BEGIN PRIVATE KEY-----";
const PEM_END: &str = "-----END PRIVATE KEY-----";

impl AuditKey {
    /// Reads the key in `path`.
    pub fn load(path: &Path) -> Result<Self, KeyProblem> {
        let name = path.display().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(KeyProblem::Missing(name));
            }
            Err(e) => return Err(KeyProblem::Unreadable(name, e.to_string())),
        };
        Self::from_pem(&text).ok_or(KeyProblem::NotEd25519(name))
    }

    /// Reads the key in `path`, or makes one there when there is no file yet; true when made.
    pub fn load_or_create(path: &Path) -> Result<(Self, bool), KeyProblem> {
        match Self::load(path) {
            Ok(key) => Ok((key, false)),
            Err(KeyProblem::Missing(name)) => {
                let (key, pem) = Self::generate();
                write_private(path, &pem).map_err(|e| KeyProblem::CannotWrite(name, e))?;
                Ok((key, true))
            }
            Err(other) => Err(other),
        }
    }

    /// A fresh key and its PEM text.
    pub fn generate() -> (Self, String) {
        let document = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new())
            .expect("the system's random number generator works");
        let pem = to_pem(document.as_ref());
        let key = Self::from_pem(&pem).expect("a key just made reads back");
        (key, pem)
    }

    /// A key from PEM text (PKCS#8 v1, as OpenSSL writes, or v2).
    pub fn from_pem(text: &str) -> Option<Self> {
        let body: String = text
            .trim()
            .strip_prefix(PEM_BEGIN)?
            .trim()
            .strip_suffix(PEM_END)?
            .split_whitespace()
            .collect();
        let der = base64::engine::general_purpose::STANDARD
            .decode(body)
            .ok()?;
        let pair = Ed25519KeyPair::from_pkcs8(&der)
            .or_else(|_| Ed25519KeyPair::from_pkcs8_maybe_unchecked(&der))
            .ok()?;
        Some(AuditKey { pair })
    }

    /// The public half (hex), which verifies checkpoints.
    pub fn public_key(&self) -> String {
        hex(self.pair.public_key().as_ref())
    }

    /// The signature of `message` (hex).
    pub fn sign(&self, message: &[u8]) -> String {
        hex(self.pair.sign(message).as_ref())
    }
}

/// Whether `signature` (hex) is `public_key`'s (hex) signature of `message`.
pub fn signature_is_valid(public_key: &str, message: &[u8], signature: &str) -> bool {
    let (Some(key), Some(signature)) = (from_hex(public_key), from_hex(signature)) else {
        return false;
    };
    UnparsedPublicKey::new(&ED25519, key)
        .verify(message, &signature)
        .is_ok()
}

fn to_pem(der: &[u8]) -> String {
    let body = base64::engine::general_purpose::STANDARD.encode(der);
    let lines: Vec<&str> = body
        .as_bytes()
        .chunks(64)
        .map(|line| std::str::from_utf8(line).unwrap_or_default())
        .collect();
    format!("{PEM_BEGIN}\n{}\n{PEM_END}\n", lines.join("\n"))
}

/// Writes a private file: readable by its owner alone.
fn write_private(path: &Path, text: &str) -> Result<(), String> {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(|e| e.to_string())?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| e.to_string())?;
    file.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
    file.sync_all().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_made_key_is_kept_signs_and_reads_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("data").join("audit-key.pem");
        let (key, made) = AuditKey::load_or_create(&path).expect("made");
        assert!(made);
        let (again, made_again) = AuditKey::load_or_create(&path).expect("read");
        assert!(!made_again);
        assert_eq!(key.public_key(), again.public_key());
        let signature = key.sign(b"checkpoint");
        assert!(signature_is_valid(
            &key.public_key(),
            b"checkpoint",
            &signature
        ));
        assert!(!signature_is_valid(
            &key.public_key(),
            b"checkpoinT",
            &signature
        ));
        assert!(!signature_is_valid(&key.public_key(), b"checkpoint", "00"));
        let mode = std::fs::metadata(&path).expect("metadata").permissions();
        assert_eq!(
            std::os::unix::fs::PermissionsExt::mode(&mode) & 0o777,
            0o600
        );
    }

    #[test]
    fn each_bad_key_file_is_named_with_its_problem() {
        let dir = tempfile::tempdir().expect("temp dir");
        let missing = dir.path().join("nothing.pem");
        assert!(matches!(
            AuditKey::load(&missing),
            Err(KeyProblem::Missing(_))
        ));
        let junk = dir.path().join("junk.pem");
        std::fs::write(&junk, "not a key").expect("write");
        let problem = AuditKey::load(&junk).expect_err("junk");
        assert!(problem.to_string().contains("junk.pem"), "{problem}");
        assert!(matches!(problem, KeyProblem::NotEd25519(_)));
        let folder = dir.path().join("a-folder");
        std::fs::create_dir(&folder).expect("mkdir");
        assert!(matches!(
            AuditKey::load(&folder),
            Err(KeyProblem::Unreadable(_, _))
        ));
    }

    #[test]
    fn an_openssl_pkcs8_v1_key_is_read() {
        // `openssl genpkey -algorithm ed25519` (PKCS#8 v1, no public key inside).
        let pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIB+gW88SIPXl5KFohr/G4KjPGA+sIFvip7PrC9F8RLQw\n-----END PRIVATE KEY-----\n";
        let key = AuditKey::from_pem(pem).expect("reads an OpenSSL key");
        assert_eq!(key.public_key().len(), 64);
    }
}

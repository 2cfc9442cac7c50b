//! `private_key_jwt` client authentication (OpenID Connect Core 1.0 §9; RFC 7523 §2.2): instead
//! of a shared secret, Candour proves who it is at the token endpoint with a short-lived JWT
//! signed by a private key whose public half the council registered with the provider. NHS login
//! and GOV.UK One Login require this; Microsoft Entra ID offers it as "certificate credentials".
//!
//! The key is a PKCS#8 PEM file (`openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048`,
//! or `-algorithm EC -pkeyopt ec_paramgen_curve:P-256`), signing RS256 or ES256. Each assertion
//! names Candour's client id as issuer and subject, the token endpoint as audience, a random
//! `jti` so it cannot be replayed, and lasts 60 seconds. The key never leaves this module and its
//! `Debug` shows nothing of it.

use base64::Engine as _;
use ring::rand::SystemRandom;
use ring::signature::{
    ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, RSA_PKCS1_SHA256, RsaKeyPair,
};

/// How long an assertion is good for.
const LIFETIME_SECONDS: i64 = 60;

/// A private key that signs client assertions.
pub struct SigningKey {
    key: Key,
    key_id: Option<String>,
}

enum Key {
    Rsa(RsaKeyPair),
    P256(EcdsaKeyPair),
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("algorithm", &self.algorithm())
            .field("key_id", &self.key_id)
            .finish_non_exhaustive()
    }
}

impl SigningKey {
    /// Reads a PKCS#8 PEM private key (RSA of at least 2048 bits, or EC P-256). The reason it
    /// cannot be used, in plain words, otherwise; the key's contents are never in the reason.
    pub fn from_pem(pem: &str, key_id: Option<String>) -> Result<Self, String> {
        let body: String = pem
            .lines()
            .map(str::trim)
            .skip_while(|line| *line != "-----BEGIN PRIVATE KEY-----")
            .skip(1)
            .take_while(|line| *line != "-----END PRIVATE KEY-----")
            .collect();
        if body.is_empty() {
            return Err(
                "is not a PKCS#8 private key (it must start with -----BEGIN PRIVATE KEY-----)"
                    .to_owned(),
            );
        }
        let der = base64::engine::general_purpose::STANDARD
            .decode(body)
            .map_err(|_| "is not valid PEM (the base64 inside is damaged)".to_owned())?;
        let key = if let Ok(rsa) = RsaKeyPair::from_pkcs8(&der) {
            if rsa.public().modulus_len() < 256 {
                return Err("is an RSA key shorter than 2048 bits".to_owned());
            }
            Key::Rsa(rsa)
        } else if let Ok(ec) =
            EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &der, &SystemRandom::new())
        {
            Key::P256(ec)
        } else {
            return Err("is neither an RSA key nor an EC P-256 key".to_owned());
        };
        Ok(SigningKey { key, key_id })
    }

    /// `RS256` or `ES256`.
    pub fn algorithm(&self) -> &'static str {
        match self.key {
            Key::Rsa(_) => "RS256",
            Key::P256(_) => "ES256",
        }
    }

    /// A signed assertion for `client_id` at the token endpoint `audience`, made at `now`.
    pub fn assertion(&self, client_id: &str, audience: &str, now: i64) -> Result<String, String> {
        let encode = |value: &serde_json::Value| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(value.to_string())
        };
        let mut header = serde_json::json!({ "alg": self.algorithm(), "typ": "JWT" });
        if let Some(kid) = &self.key_id {
            header["kid"] = serde_json::Value::String(kid.clone());
        }
        let claims = serde_json::json!({
            "iss": client_id,
            "sub": client_id,
            "aud": audience,
            "jti": candour_app::session::random_token(24),
            "iat": now,
            "exp": now + LIFETIME_SECONDS,
        });
        let signing_input = format!("{}.{}", encode(&header), encode(&claims));
        let random = SystemRandom::new();
        let signature = match &self.key {
            Key::Rsa(rsa) => {
                let mut signature = vec![0; rsa.public().modulus_len()];
                rsa.sign(
                    &RSA_PKCS1_SHA256,
                    &random,
                    signing_input.as_bytes(),
                    &mut signature,
                )
                .map_err(|_| "the RSA signature could not be made".to_owned())?;
                signature
            }
            Key::P256(ec) => ec
                .sign(&random, signing_input.as_bytes())
                .map_err(|_| "the EC signature could not be made".to_owned())?
                .as_ref()
                .to_vec(),
        };
        Ok(format!(
            "{signing_input}.{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(signature)
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ring::signature::{
        ECDSA_P256_SHA256_FIXED, KeyPair as _, RSA_PKCS1_2048_8192_SHA256, UnparsedPublicKey,
    };

    fn pem_of(der: &[u8]) -> String {
        let body = base64::engine::general_purpose::STANDARD.encode(der);
        let lines: Vec<&str> = body
            .as_bytes()
            .chunks(64)
            .map(|c| std::str::from_utf8(c).expect("base64 is ASCII"))
            .collect();
        format!(
            "-----BEGIN PRIVATE KEY-----\n{}\n-----END PRIVATE KEY-----\n",
            lines.join("\n")
        )
    }

    fn parts(jwt: &str) -> (serde_json::Value, serde_json::Value, Vec<u8>, String) {
        let decode = |p: &str| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(p)
                .expect("base64url")
        };
        let pieces: Vec<&str> = jwt.split('.').collect();
        assert_eq!(pieces.len(), 3);
        (
            serde_json::from_slice(&decode(pieces[0])).expect("header"),
            serde_json::from_slice(&decode(pieces[1])).expect("claims"),
            decode(pieces[2]),
            format!("{}.{}", pieces[0], pieces[1]),
        )
    }

    #[test]
    fn an_ec_key_signs_an_es256_assertion_that_verifies_with_its_public_key() {
        let random = SystemRandom::new();
        let der = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &random)
            .expect("generate");
        let key = SigningKey::from_pem(&pem_of(der.as_ref()), Some("k1".into())).expect("key");
        let jwt = key
            .assertion("candour-staff", "https://id.example/token", 1_000)
            .expect("signed");
        let (header, claims, signature, input) = parts(&jwt);
        assert_eq!(header["alg"], "ES256");
        assert_eq!(header["kid"], "k1");
        assert_eq!(claims["iss"], "candour-staff");
        assert_eq!(claims["sub"], "candour-staff");
        assert_eq!(claims["aud"], "https://id.example/token");
        assert_eq!(claims["exp"], 1_060);
        let pair =
            EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, der.as_ref(), &random)
                .expect("pair");
        UnparsedPublicKey::new(&ECDSA_P256_SHA256_FIXED, pair.public_key().as_ref())
            .verify(input.as_bytes(), &signature)
            .expect("the signature verifies");
        let again = key
            .assertion("candour-staff", "https://id.example/token", 1_000)
            .expect("signed");
        assert_ne!(parts(&again).1["jti"], claims["jti"], "each jti is new");
    }

    #[test]
    fn an_rsa_key_signs_rs256() {
        // ring cannot make RSA keys; Debian's openssl makes one for this test only.
        let made = std::process::Command::new("openssl")
            .args([
                "genpkey",
                "-algorithm",
                "RSA",
                "-pkeyopt",
                "rsa_keygen_bits:2048",
            ])
            .output()
            .expect("openssl runs");
        assert!(made.status.success());
        let pem = String::from_utf8(made.stdout).expect("PEM is text");
        let key = SigningKey::from_pem(&pem, None).expect("key");
        assert_eq!(key.algorithm(), "RS256");
        let jwt = key
            .assertion("c", "https://id.example/token", 5)
            .expect("jwt");
        let (header, _, signature, input) = parts(&jwt);
        assert_eq!(header["alg"], "RS256");
        assert!(header.get("kid").is_none());
        let Key::Rsa(pair) = &key.key else {
            panic!("an RSA key")
        };
        UnparsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, pair.public().as_ref())
            .verify(input.as_bytes(), &signature)
            .expect("the signature verifies");
    }

    #[test]
    fn keys_that_cannot_be_used_are_refused_with_a_reason_and_never_shown() {
        let cases = [
            ("hello", "is not a PKCS#8 private key"),
            (
                "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----",
                "is not a PKCS#8 private key",
            ),
            (
                "-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----",
                "is not valid PEM",
            ),
            (
                "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----",
                "is neither an RSA key nor an EC P-256 key",
            ),
        ];
        for (pem, reason) in cases {
            let error = SigningKey::from_pem(pem, None).expect_err(pem);
            assert!(error.contains(reason), "{pem}: {error}");
        }
        let random = SystemRandom::new();
        let der = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &random)
            .expect("generate");
        let pem = pem_of(der.as_ref());
        let shown = format!("{:?}", SigningKey::from_pem(&pem, None).expect("key"));
        let secret_line = pem.lines().nth(1).expect("a body line");
        assert!(!shown.contains(secret_line), "{shown}");
        assert!(shown.contains("ES256"));
    }
}

//! The council's details printed on every leaflet ([`Organisation`], shared with the rest of
//! Candour): reading `--org FILE.toml`, and checking a logo before it reaches typst.
//!
//! A logo is checked before it reaches typst: PNG or SVG only (by content, not by name), at
//! most [`MAX_LOGO_BYTES`], and a PNG at most [`MAX_LOGO_PIXELS`] wide or high.

use std::path::Path;

use crate::error::{LeafletError, LogoProblem};

/// The largest logo file accepted: 1 MiB is plenty for a print-quality logo.
pub const MAX_LOGO_BYTES: usize = 1024 * 1024;
/// The widest or highest PNG logo accepted, in pixels.
pub const MAX_LOGO_PIXELS: u32 = 4000;

pub use candour_domain::organisation::Organisation;

/// A logo that passed the checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Logo {
    bytes: Vec<u8>,
    kind: LogoKind,
}

/// The two logo formats typst and browsers both show well.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogoKind {
    /// A PNG picture.
    Png,
    /// An SVG drawing.
    Svg,
}

/// Reads an organisation file and its logo. Every problem is named: a missing key, an
/// unknown key, an empty or malformed value, a logo that is not a PNG or SVG or is too big.
pub fn from_file(path: &Path) -> Result<(Organisation, Option<Logo>), LeafletError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| LeafletError::Organisation(format!("cannot read {}: {e}", path.display())))?;
    let organisation: Organisation = toml::from_str(&text)
        .map_err(|e| LeafletError::Organisation(format!("{} — {}", path.display(), e.message())))?;
    check(&organisation)?;
    let logo = match &organisation.logo {
        None => None,
        Some(logo) => {
            let logo_path = path.parent().unwrap_or(Path::new(".")).join(logo);
            let bytes = std::fs::read(&logo_path).map_err(|e| {
                LeafletError::Logo(LogoProblem::CannotRead(format!(
                    "{}: {e}",
                    logo_path.display()
                )))
            })?;
            Some(Logo::from_bytes(bytes)?)
        }
    };
    Ok((organisation, logo))
}

/// The organisation's first problem, if any, as an error naming the key.
pub fn check(organisation: &Organisation) -> Result<(), LeafletError> {
    match organisation.problems().first() {
        Some((key, reason)) => Err(LeafletError::Organisation(format!("\"{key}\" {reason}"))),
        None => Ok(()),
    }
}

impl Logo {
    /// Checks a logo's bytes: PNG or SVG by content, size limits, dimensions.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Self, LeafletError> {
        if bytes.len() > MAX_LOGO_BYTES {
            return Err(LeafletError::Logo(LogoProblem::TooBig {
                kilobytes: bytes.len() / 1024,
                limit: MAX_LOGO_BYTES / 1024,
            }));
        }
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            let (width, height) =
                png_size(&bytes).ok_or(LeafletError::Logo(LogoProblem::DamagedPng))?;
            if width == 0 || height == 0 || width > MAX_LOGO_PIXELS || height > MAX_LOGO_PIXELS {
                return Err(LeafletError::Logo(LogoProblem::TooManyPixels {
                    width,
                    height,
                    limit: MAX_LOGO_PIXELS,
                }));
            }
            return Ok(Self {
                bytes,
                kind: LogoKind::Png,
            });
        }
        let text = std::str::from_utf8(&bytes)
            .map_err(|_| LeafletError::Logo(LogoProblem::NotPngOrSvg))?;
        let head = text.trim_start_matches('\u{feff}').trim_start();
        let looks_svg = (head.starts_with("<svg") || head.starts_with("<?xml"))
            && text.contains("<svg")
            && text.trim_end().ends_with("</svg>");
        if !looks_svg {
            return Err(LeafletError::Logo(LogoProblem::NotPngOrSvg));
        }
        Ok(Self {
            bytes,
            kind: LogoKind::Svg,
        })
    }

    /// The checked bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// PNG or SVG.
    pub fn kind(&self) -> LogoKind {
        self.kind
    }

    /// The in-memory path typst reads it from.
    pub(crate) fn virtual_path(&self) -> &'static str {
        match self.kind {
            LogoKind::Png => "/logo.png",
            LogoKind::Svg => "/logo.svg",
        }
    }
}

/// Width and height from a PNG's IHDR chunk, which must come first.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let ihdr = bytes.get(8..24)?;
    if &ihdr[4..8] != b"IHDR" {
        return None;
    }
    let width = u32::from_be_bytes(ihdr[8..12].try_into().ok()?);
    let height = u32::from_be_bytes(ihdr[12..16].try_into().ok()?);
    Some((width, height))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        bytes.extend(width.to_be_bytes());
        bytes.extend(height.to_be_bytes());
        bytes.extend([8, 6, 0, 0, 0]);
        bytes
    }

    #[test]
    fn logos_are_checked_by_content_size_and_dimensions() {
        let cases: &[(Vec<u8>, Result<LogoKind, (&str, &str)>)] = &[
            (png(200, 80), Ok(LogoKind::Png)),
            (
                png(5000, 80),
                Err(("5000 × 80 pixels", "error-logo-too-many-pixels")),
            ),
            (
                b"\x89PNG\r\n\x1a\n\0\0".to_vec(),
                Err(("damaged", "error-logo-damaged")),
            ),
            (
                b"<svg xmlns='http://www.w3.org/2000/svg'></svg>".to_vec(),
                Ok(LogoKind::Svg),
            ),
            (
                b"<?xml version='1.0'?>\n<svg></svg>\n".to_vec(),
                Ok(LogoKind::Svg),
            ),
            (
                b"<svg><rect/>".to_vec(),
                Err(("not a PNG or SVG", "error-logo-not-png-or-svg")),
            ),
            (
                b"GIF89a....".to_vec(),
                Err(("not a PNG or SVG", "error-logo-not-png-or-svg")),
            ),
            (
                vec![0xff, 0xd8, 0xff, 0xe0],
                Err(("not a PNG or SVG", "error-logo-not-png-or-svg")),
            ),
            (
                vec![b' '; MAX_LOGO_BYTES + 1],
                Err(("the largest allowed is 1024 KB", "error-logo-too-big")),
            ),
        ];
        for (bytes, expected) in cases {
            let got = Logo::from_bytes(bytes.clone()).map(|l| l.kind());
            match (got, expected) {
                (Ok(kind), Ok(want)) => assert_eq!(kind, *want),
                (Err(LeafletError::Logo(problem)), Err((reason, key))) => {
                    assert!(problem.to_string().contains(reason), "{problem}");
                    assert_eq!(problem.key(), *key, "{problem}");
                }
                (got, want) => panic!("{got:?} but wanted {want:?}"),
            }
        }
    }

    #[test]
    fn organisation_files_name_their_problem() {
        let dir = tempfile::tempdir().unwrap();
        let good = "name = \"Anytown Council\"\naddress = \"Town Hall\"\nphone = \"0300 123 4567\"\nemail = \"care@anytown.example\"\nwebsite = \"https://anytown.example\"\ndpo_email = \"dpo@anytown.example\"\n";
        let cases: &[(&str, Result<(), &str>)] = &[
            (good, Ok(())),
            ("name = \"Anytown\"\n", Err("missing field `address`")),
            (
                &format!("{good}colour = \"red\"\n"),
                Err("unknown field `colour`"),
            ),
            (
                &good.replace("\"0300 123 4567\"", "\" \""),
                Err("\"phone\" is empty"),
            ),
            (
                &good.replace("dpo@anytown.example", "dpo"),
                Err("\"dpo_email\" is not an email address"),
            ),
            ("name = ", Err("org.toml")),
            (
                &format!("{good}logo = \"missing.png\"\n"),
                Err("cannot read"),
            ),
        ];
        for (text, expected) in cases {
            let path = dir.path().join("org.toml");
            std::fs::write(&path, text).unwrap();
            match (from_file(&path), expected) {
                (Ok(_), Ok(())) => {}
                (Err(e), Err(want)) => assert!(e.to_string().contains(want), "{e} vs {want}"),
                (got, want) => panic!("{got:?} but wanted {want:?}"),
            }
        }
    }
}

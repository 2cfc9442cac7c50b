//! The council's details printed on every leaflet ([`Organisation`], shared with the rest of
//! Candour): reading `--org FILE.toml`, and checking a logo before it reaches typst.
//!
//! A logo is checked before it reaches typst: PNG or SVG only (by content, not by name), at
//! most [`MAX_LOGO_BYTES`], and a PNG at most [`MAX_LOGO_PIXELS`] wide or high.
//!
//! An SVG is never kept as uploaded: it is parsed (usvg) and written out again from its shapes
//! alone ([`redrawn_svg`]), so nothing but drawing survives: no script, event handler, style
//! sheet, foreign object, link or reference to another file or address (security review: a
//! logo is served to browsers and printed by typst). Pictures inside it are kept only when
//! embedded in the file; one named by a path or address is dropped, never fetched. Words in an
//! SVG logo must be outlines (as print-ready logos are): Candour has no fonts to draw text with.

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
            bytes: redrawn_svg(&bytes)
                .map_err(|e| LeafletError::Logo(LogoProblem::DoesNotDraw(e)))?,
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

/// The drawing in an SVG file, written out again with nothing but shapes, paths, gradients and
/// embedded pictures; what usvg found wrong when it cannot read it (a damaged file).
fn redrawn_svg(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let options = usvg::Options {
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: usvg::ImageHrefResolver::default_data_resolver(),
            // Never a file on the server nor an address: only pictures inside the file.
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_data(bytes, &options).map_err(|e| e.to_string())?;
    Ok(tree.to_string(&usvg::WriteOptions::default()).into_bytes())
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
    fn an_svg_logo_keeps_its_drawing_and_nothing_that_could_run_or_fetch() {
        let hostile = br##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="240" height="80" onload="alert(1)">
            <script>alert(2)</script>
            <style>circle { fill: url(https://evil.example/x) }</style><circle r="5" cx="5" cy="5"/>
            <a xlink:href="javascript:alert(3)"><rect width="240" height="80" fill="#0b5e55" onclick="alert(4)"/></a>
            <foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/"/></foreignObject>
            <image href="/etc/passwd" width="10" height="10"/>
            <image xlink:href="https://evil.example/track.png" width="10" height="10"/>
            <use href="https://evil.example/sprite.svg#a"/>
            <set attributeName="onmouseover" to="alert(5)"/>
        </svg>"##;
        // A picture on the server's disk is never read into the logo.
        let dir = tempfile::tempdir().expect("dir");
        let secret = dir.path().join("secret.svg");
        std::fs::write(
            &secret,
            "<svg xmlns='http://www.w3.org/2000/svg' width='9' height='9'><rect width='9' height='9' fill='#123456'/></svg>",
        )
        .expect("write");
        let hostile = String::from_utf8(hostile.to_vec())
            .expect("text")
            .replace("/etc/passwd", &secret.display().to_string());
        let logo = Logo::from_bytes(hostile.into_bytes()).expect("a drawing");
        assert_eq!(logo.kind(), LogoKind::Svg);
        let kept = String::from_utf8(logo.bytes().to_vec())
            .expect("text")
            .to_lowercase();
        assert!(kept.contains("<path") || kept.contains("<rect"), "{kept}");
        assert!(kept.contains("#0b5e55"), "the colour is kept: {kept}");
        for gone in [
            "script",
            "alert",
            "onload",
            "onclick",
            "javascript",
            "foreignobject",
            "iframe",
            "evil.example",
            "secret",
            "123456",
            "<image",
            "<style",
            "<set",
            "<a ",
        ] {
            assert!(!kept.contains(gone), "{gone} survived: {kept}");
        }
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

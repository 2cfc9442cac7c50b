//! Renders a leaflet to PDF/UA-1. Fonts, the typst library, the template and the picture set
//! are loaded once ([`Engine::new`]); each render builds a cheap in-memory world, passes every
//! word as JSON data, and clears typst's memo cache afterwards so memory stays flat in a
//! long-running server.

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;
use serde_json::{Value, json};
use typst::foundations::Bytes;
use typst::syntax::Source;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use crate::catalogue::{self, Locale};
use crate::content::{Labels, Leaflet, plain, sentences};
use crate::error::{LeafletError, LogoProblem};
use crate::organisation::{self, Logo, Organisation};
use crate::world::{Base, LeafletWorld, file_id};

/// Body text size in points: Easy Read asks for at least 16 (DESIGN.md "Easy Read").
pub const BODY_POINTS: u32 = 16;
/// Large print: at least 20 points.
pub const LARGE_PRINT_POINTS: u32 = 20;

const FONTS: &[&[u8]] = &[
    include_bytes!("../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../fonts/NotoNaskhArabic-Regular.ttf"),
    include_bytes!("../fonts/NotoNaskhArabic-Bold.ttf"),
    include_bytes!("../fonts/NotoSansGurmukhi-Regular.ttf"),
    include_bytes!("../fonts/NotoSansGurmukhi-Bold.ttf"),
];

macro_rules! openmoji {
    ($($name:literal),* $(,)?) => {
        /// The built-in picture set (OpenMoji), by picture name.
        const PICTURES: &[(&str, &[u8])] = &[
            $(($name, include_bytes!(concat!("../pictures/openmoji/", $name, ".svg")))),*
        ];
    };
}

openmoji!(
    "record", "leaflet", "free", "told", "see", "correct", "delete", "pause", "object", "consent",
    "calendar", "identity", "complain", "helpers", "phone", "secure", "key", "yes", "warning",
    "police", "health", "look", "alert", "stop", "question", "letter",
);

/// A built-in picture's SVG, for the HTML pages.
pub fn picture(name: &str) -> Option<&'static [u8]> {
    PICTURES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, bytes)| *bytes)
}

/// The names of the pictures a leaflet may use.
pub fn picture_names() -> impl Iterator<Item = &'static str> {
    PICTURES.iter().map(|(name, _)| *name)
}

/// What to render.
#[derive(Clone, Debug)]
pub struct RenderRequest {
    /// A name from [`catalogue::LEAFLETS`].
    pub leaflet: String,
    /// A tag from [`catalogue::LOCALES`].
    pub locale: String,
    /// 20 pt instead of 16 pt.
    pub large_print: bool,
    /// Whose leaflet it is.
    pub organisation: Organisation,
    /// Their logo, already checked.
    pub logo: Option<Logo>,
    /// The date of issue printed in the footer.
    pub issued: NaiveDate,
    /// For a signed-in person: their worker and open requests.
    pub personal: Option<Personal>,
}

/// The personal part of a leaflet.
#[derive(Clone, Debug, Default)]
pub struct Personal {
    /// The allocated worker's name and how to contact them.
    pub worker: Option<(String, String)>,
    /// Open requests: what was asked (in the reader's language) and the due date.
    pub requests: Vec<PersonalRequest>,
}

/// One open request in a personal leaflet.
#[derive(Clone, Debug)]
pub struct PersonalRequest {
    /// "A copy of your information (CR-000123)".
    pub what: String,
    /// When it is due.
    pub due: NaiveDate,
}

/// A finished leaflet.
#[derive(Clone, Debug)]
pub struct Rendered {
    /// The PDF/UA-1 file.
    pub pdf: Vec<u8>,
    /// How many pages.
    pub pages: usize,
}

/// Fonts, library, template and pictures, loaded once and shared by every render.
pub struct Engine {
    base: Base,
}

impl Default for Engine {
    fn default() -> Self {
        Self::new()
    }
}

impl Engine {
    /// Loads the built-in fonts, template and picture set.
    pub fn new() -> Self {
        let fonts: Vec<Font> = FONTS
            .iter()
            .flat_map(|bytes| Font::iter(Bytes::new(*bytes)))
            .collect();
        let files = PICTURES
            .iter()
            .map(|(name, bytes)| (file_id(&picture_path(name)), Bytes::new(*bytes)))
            .collect();
        Self {
            base: Base {
                library: LazyHash::new(Library::default()),
                book: LazyHash::new(FontBook::from_fonts(&fonts)),
                fonts,
                template: Source::new(
                    file_id("/main.typ"),
                    include_str!("../templates/easy-read.typ").to_owned(),
                ),
                copy_template: Source::new(
                    file_id("/copy.typ"),
                    include_str!("../templates/access-copy.typ").to_owned(),
                ),
                receipt_template: Source::new(
                    file_id("/receipt.typ"),
                    include_str!("../templates/consent-receipt.typ").to_owned(),
                ),
                held_template: Source::new(
                    file_id("/held.typ"),
                    include_str!("../templates/what-we-hold.typ").to_owned(),
                ),
                files,
            },
        }
    }

    /// Replaces built-in pictures with a council's own licensed set: every `NAME.svg` in
    /// `dir` whose name is a picture name. Unknown files are refused so a typo is noticed, and
    /// every leaflet is drawn once so a broken picture is refused here.
    pub fn with_pictures(mut self, dir: &Path) -> Result<Self, LeafletError> {
        let entries = std::fs::read_dir(dir).map_err(|e| {
            LeafletError::Content(format!("cannot read pictures in {}: {e}", dir.display()))
        })?;
        let mut replaced = HashMap::new();
        for entry in entries.flatten() {
            let path = entry.path();
            let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            if path.extension().and_then(|e| e.to_str()) != Some("svg")
                || !picture_names().any(|n| n == name)
            {
                return Err(LeafletError::Content(format!(
                    "{} is not a picture Candour uses; name pictures like see.svg",
                    path.display()
                )));
            }
            let bytes = std::fs::read(&path)
                .map_err(|e| LeafletError::Content(format!("{}: {e}", path.display())))?;
            replaced.insert(file_id(&picture_path(name)), Bytes::new(bytes));
        }
        self.base.files.extend(replaced);
        // Draw every leaflet once now, so a picture that will not draw is found at start-up,
        // named as the council's, rather than failing every download later.
        for leaflet in catalogue::LEAFLETS {
            let request = RenderRequest {
                leaflet: (*leaflet).to_owned(),
                locale: catalogue::LOCALES[0].tag.to_owned(),
                large_print: false,
                organisation: Organisation::demo(),
                logo: None,
                issued: NaiveDate::default(),
                personal: None,
            };
            if let Err(error) = self.render(&request) {
                return Err(LeafletError::Content(format!(
                    "the pictures in {} could not be drawn: {error}",
                    dir.display()
                )));
            }
        }
        Ok(self)
    }

    /// Renders a leaflet to a PDF/UA-1 file.
    pub fn render(&self, request: &RenderRequest) -> Result<Rendered, LeafletError> {
        let name =
            catalogue::leaflet(&request.leaflet).ok_or_else(|| LeafletError::UnknownLeaflet {
                name: request.leaflet.clone(),
                known: catalogue::leaflet_names(),
            })?;
        let locale =
            catalogue::locale(&request.locale).ok_or_else(|| LeafletError::UnknownLocale {
                tag: request.locale.clone(),
                known: catalogue::locale_tags(),
            })?;
        organisation::check(&request.organisation)?;
        let leaflet = Leaflet::load(name, locale)?;
        let labels = Labels::load(locale)?;
        let data = document_data(request, locale, &leaflet, &labels)?;
        let logo = request
            .logo
            .as_ref()
            .map(|logo| (logo.virtual_path(), logo.bytes()));
        let world = LeafletWorld::new(
            &self.base,
            &self.base.template,
            data.to_string().into_bytes(),
            logo,
        );
        let result = compile(&world);
        typst::comemo::evict(0);
        match result {
            // The built-in pictures are tested; an image that will not draw is the logo.
            Err(LeafletError::Template(message)) if logo.is_some() && is_image_error(&message) => {
                Err(LeafletError::Logo(LogoProblem::DoesNotDraw(message)))
            }
            other => other,
        }
    }
}

impl Engine {
    /// Renders a subject access copy to a PDF/UA-1 file. `data` is the document the
    /// `access-copy` template reads, already in the person's words and language (built by
    /// `candour_app::access_copy`): it is data, never markup.
    pub fn render_access_copy(&self, data: &Value) -> Result<Rendered, LeafletError> {
        self.render_document(&self.base.copy_template, data)
    }

    /// Renders a consent receipt from `data` (the words `candour_app::consent_words` made, read
    /// by the template as `/data.json`) to a tagged PDF.
    pub fn render_consent_receipt(&self, data: &Value) -> Result<Rendered, LeafletError> {
        self.render_document(&self.base.receipt_template, data)
    }

    /// Renders "What we hold about you" from `data` (the words
    /// `candour_app::what_we_hold_words` made, read by the template as `/data.json`) to a
    /// tagged PDF.
    pub fn render_what_we_hold(&self, data: &Value) -> Result<Rendered, LeafletError> {
        self.render_document(&self.base.held_template, data)
    }

    /// Renders a document `template` that reads `data` as `/data.json`.
    fn render_document(&self, template: &Source, data: &Value) -> Result<Rendered, LeafletError> {
        let world = LeafletWorld::new(&self.base, template, data.to_string().into_bytes(), None);
        let result = compile(&world);
        typst::comemo::evict(0);
        result
    }
}

/// Lays out and exports, turning typst's diagnostics into one message.
fn compile(world: &LeafletWorld) -> Result<Rendered, LeafletError> {
    let document = typst::compile::<PagedDocument>(world)
        .output
        .map_err(|errors| describe(&errors))?;
    let options = PdfOptions {
        standards: PdfStandards::new(&[PdfStandard::Ua_1])
            .map_err(|e| LeafletError::Template(e.message().to_string()))?,
        ..Default::default()
    };
    let pdf = typst_pdf::pdf(&document, &options).map_err(|errors| describe(&errors))?;
    Ok(Rendered {
        pdf,
        pages: document.pages().len(),
    })
}

fn describe(errors: &[typst::diag::SourceDiagnostic]) -> LeafletError {
    let message = errors
        .iter()
        .map(|e| e.message.to_string())
        .collect::<Vec<_>>()
        .join("; ");
    LeafletError::Template(message)
}

/// typst's words for a picture it cannot read.
fn is_image_error(message: &str) -> bool {
    ["SVG", "PNG", "image", "decode"]
        .iter()
        .any(|word| message.contains(word))
}

fn picture_path(name: &str) -> String {
    format!("/pictures/{name}.svg")
}

/// The JSON the template reads: every word is a string value, never markup.
fn document_data(
    request: &RenderRequest,
    locale: &Locale,
    leaflet: &Leaflet,
    labels: &Labels,
) -> Result<Value, LeafletError> {
    let mut sections = Vec::new();
    for section in &leaflet.sections {
        let mut points = Vec::new();
        for point in &section.points {
            let alt = labels.alt.get(&point.picture).ok_or_else(|| {
                LeafletError::Content(format!(
                    "{}: the picture \"{}\" has no alt text",
                    locale.tag, point.picture
                ))
            })?;
            points.push(json!({
                "picture": picture_path(&point.picture),
                "alt": alt,
                "lines": sentences(&point.text),
            }));
        }
        sections.push(json!({ "heading": section.heading, "points": points }));
    }
    let organisation = &request.organisation;
    let rows = vec![
        json!({ "label": labels.address, "value": organisation.address }),
        json!({ "label": labels.phone, "value": organisation.phone }),
        json!({ "label": labels.email, "value": organisation.email }),
        json!({ "label": labels.website, "value": organisation.website }),
    ];
    let personal = request.personal.as_ref().map(|p| personal_lines(p, labels));
    Ok(json!({
        "title": leaflet.title,
        "lang": locale.lang,
        "region": locale.region,
        "font": locale.font,
        "leading": locale.leading_em,
        "size": if request.large_print { LARGE_PRINT_POINTS } else { BODY_POINTS },
        "sections": sections,
        "personal": personal,
        "hard_words": {
            "heading": labels.hard_words_heading,
            "intro": labels.hard_words_intro,
            "items": leaflet.hard_words.iter().map(|w| json!({
                "word": plain(&w.word),
                "meaning": w.meaning,
            })).collect::<Vec<_>>(),
        },
        "organisation": {
            "name": organisation.name,
            "logo": request.logo.as_ref().map(Logo::virtual_path),
            "logo_alt": labels.logo_alt.replace("{organisation}", &organisation.name),
            "contact_heading": labels.contact_heading,
            "rows": rows,
            "dpo": labels.dpo,
            "dpo_email": format!("{}: {}", labels.email, organisation.dpo_email),
        },
        "issued": labels.issued.replace("{date}", &labels.date(request.issued)),
        "page": labels.page,
        "credit": labels.pictures_credit,
    }))
}

/// The personal part's sentences, in the reader's language.
fn personal_lines(personal: &Personal, labels: &Labels) -> Value {
    let mut lines = Vec::new();
    match &personal.worker {
        Some((name, contact)) => {
            lines.push(labels.worker.replace("{name}", name));
            lines.push(labels.worker_contact.replace("{contact}", contact));
        }
        None => lines.push(labels.no_worker.clone()),
    }
    if personal.requests.is_empty() {
        lines.push(labels.no_requests.clone());
    } else {
        lines.push(labels.your_requests.clone());
        for request in &personal.requests {
            lines.push(
                labels
                    .request_due
                    .replace("{what}", &request.what)
                    .replace("{date}", &labels.date(request.due)),
            );
        }
    }
    json!({ "heading": labels.personal_heading, "lines": lines })
}

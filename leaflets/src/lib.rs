//! Easy Read leaflets: "Your rights over your information", "How we share your information" and
//! "Who can see your record", rendered by typst (a library here, never a command) as tagged
//! PDF/UA-1 files; the same content feeds the HTML pages in `app/`.
//!
//! How it fits together:
//! - [`catalogue`]: which leaflets and languages exist; the content files are built into the
//!   binary, so a running server never reads templates or content from disk.
//! - [`content`]: the words of one leaflet in one language, and the words around every leaflet.
//! - [`organisation`]: the council's name, contact details and logo (checked before use).
//! - [`engine`]: fonts, pictures and the typst library loaded once; one cheap in-memory
//!   [`world`] per render. Everything a council or a person supplies reaches typst as a JSON
//!   file the template reads, never as markup, so `#read("/etc/passwd")` prints literally.
//! - [`pool`]: renders on tokio's blocking pool behind a semaphore, with a time limit.
//!
//! Decisions (the issue is silent on these):
//! - Font: Noto Sans (with Noto Naskh Arabic for Urdu and Noto Sans Gurmukhi for Punjabi).
//!   Atkinson Hyperlegible is published as TrueType only on GitHub, which this project's build
//!   machines cannot reach; Noto Sans is a clear sans-serif with the same design across all
//!   four languages. Licences are in `leaflets/fonts/`. Urdu is usually printed in
//!   Nastaliq, but Noto Nastaliq Urdu's text did not come back out of the PDF intact (screen
//!   readers and copy-paste got broken letters); Naskh is widely read and extracts cleanly.
//! - Pictures: OpenMoji (CC BY-SA 4.0, credited on every leaflet), in `leaflets/pictures/`.
//!   A council may swap in its own licensed set with [`engine::Engine::with_pictures`].
//! - Each sentence starts on a new line, as Easy Read guides do; hard words are bold where
//!   they first appear and explained in a "Hard words" list at the end.

pub mod catalogue;
pub mod content;
pub mod engine;
pub mod error;
pub mod organisation;
pub mod pool;
mod world;

pub use catalogue::{LEAFLETS, LOCALES, Locale};
pub use engine::{Engine, Personal, PersonalRequest, RenderRequest, Rendered};
pub use error::{LeafletError, LogoProblem};
pub use organisation::{Logo, Organisation};
pub use pool::RenderPool;

//! What can go wrong when making a leaflet, each in words a comms officer can act on.

use thiserror::Error;

/// Why a logo cannot be used, each with the Fluent message the comms page shows.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum LogoProblem {
    /// The file could not be read (command line only).
    #[error("cannot read {0}")]
    CannotRead(String),
    /// Over [`MAX_LOGO_BYTES`](crate::organisation::MAX_LOGO_BYTES).
    #[error("it is {kilobytes} KB; the largest allowed is {limit} KB")]
    TooBig {
        /// Its size.
        kilobytes: usize,
        /// The limit.
        limit: usize,
    },
    /// A PNG whose header is broken.
    #[error("the PNG file is damaged")]
    DamagedPng,
    /// A PNG wider or higher than [`MAX_LOGO_PIXELS`](crate::organisation::MAX_LOGO_PIXELS).
    #[error("it is {width} × {height} pixels; at most {limit} each way is allowed")]
    TooManyPixels {
        /// Its width.
        width: u32,
        /// Its height.
        height: u32,
        /// The limit each way.
        limit: u32,
    },
    /// Neither PNG nor SVG by its content.
    #[error("it is not a PNG or SVG file")]
    NotPngOrSvg,
    /// Looks like PNG or SVG but typst (or, for an SVG, usvg redrawing it) could not draw it.
    #[error("it could not be drawn ({0})")]
    DoesNotDraw(String),
}

impl LogoProblem {
    /// The Fluent message id that explains this problem on the comms page.
    pub fn key(&self) -> &'static str {
        match self {
            LogoProblem::CannotRead(_) | LogoProblem::NotPngOrSvg => "error-logo-not-png-or-svg",
            LogoProblem::TooBig { .. } => "error-logo-too-big",
            LogoProblem::DamagedPng | LogoProblem::DoesNotDraw(_) => "error-logo-damaged",
            LogoProblem::TooManyPixels { .. } => "error-logo-too-many-pixels",
        }
    }
}

/// One clear reason a leaflet was not made. Nothing is written when any of these happens.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum LeafletError {
    /// The leaflet name is not one Candour has.
    #[error("There is no leaflet called \"{name}\". The leaflets are: {known}.")]
    UnknownLeaflet {
        /// As asked for.
        name: String,
        /// The names there are, comma separated.
        known: String,
    },
    /// No content in that language.
    #[error("There is no leaflet content in the language \"{tag}\". The languages are: {known}.")]
    UnknownLocale {
        /// As asked for.
        tag: String,
        /// The tags there are, comma separated.
        known: String,
    },
    /// The organisation settings cannot be used.
    #[error("The organisation settings cannot be used: {0}")]
    Organisation(String),
    /// The logo cannot be used.
    #[error("The logo cannot be used: {0}")]
    Logo(LogoProblem),
    /// The built-in content has a mistake (a bug in Candour, caught by tests).
    #[error("The leaflet content has a mistake: {0}")]
    Content(String),
    /// typst refused the template or the PDF (a bug in Candour, or a broken picture set).
    #[error("The leaflet could not be laid out: {0}")]
    Template(String),
    /// Rendering took longer than the time limit.
    #[error("Making the leaflet took too long, so it was stopped. Try again in a minute.")]
    TimedOut,
    /// Too many leaflets are being made at once; none was started.
    #[error("Too many leaflets are being made just now. Try again in a few seconds.")]
    Busy,
}

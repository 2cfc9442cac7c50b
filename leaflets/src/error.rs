//! What can go wrong when making a leaflet, each in words a comms officer can act on.

use thiserror::Error;

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
    Logo(String),
    /// The built-in content has a mistake (a bug in Candour, caught by tests).
    #[error("The leaflet content has a mistake: {0}")]
    Content(String),
    /// typst refused the template or the PDF (a bug in Candour, or a broken picture set).
    #[error("The leaflet could not be laid out: {0}")]
    Template(String),
    /// Rendering took longer than the time limit.
    #[error("Making the leaflet took too long, so it was stopped. Try again in a minute.")]
    TimedOut,
}

//! What can go wrong in the store, in terms callers can act on.

/// A storage failure. The message never contains personal data or SQL.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database could not be reached or refused the connection.
    #[error("the database could not be reached: {0}")]
    Unavailable(String),
    /// Applying the migrations failed; the database is left as it was.
    #[error("the database could not be brought up to date: {0}")]
    Migration(String),
    /// Stored data did not have the shape Candour expects.
    #[error("stored data is not in the expected form: {0}")]
    Corrupt(String),
    /// Any other database error.
    #[error("the database reported an error: {0}")]
    Database(String),
}

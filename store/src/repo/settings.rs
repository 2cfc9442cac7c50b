//! Portal-wide settings: the council's saved details and logo, and whether the database holds
//! demonstration data.

use crate::StoreResult;
use async_trait::async_trait;

/// Reading a setting.
#[async_trait]
pub trait SettingsReads: Send {
    /// A portal-wide setting, such as whether this database holds demonstration data.
    async fn setting(&mut self, key: &str) -> StoreResult<Option<String>>;
}

/// Changing a setting.
#[async_trait]
pub trait SettingsWrites: Send {
    /// Sets a portal-wide setting, replacing any earlier value.
    async fn set_setting(&mut self, key: &str, value: &str) -> StoreResult<()>;

    /// Removes a setting (nothing happens if it is not set).
    async fn remove_setting(&mut self, key: &str) -> StoreResult<()>;
}

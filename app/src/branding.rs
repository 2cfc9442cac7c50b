//! The council's details and logo as pages and leaflets show them now.
//!
//! Configuration (`CANDOUR_ORGANISATION_*`) gives the starting details. Once a comms officer
//! saves details or a logo on the comms page, the saved ones are used instead, kept in the
//! database's settings (so every app server and every restart sees them), with the logo stored
//! as base64 text under its own key. Removing the logo on the comms page stores an empty value,
//! which means "no logo" even when the configuration names one.
//!
//! Pages read the details many times per request, synchronously, so the current details are held
//! in memory: replaced at once on the server that saved them, and re-read from the database
//! every [`REFRESH_EVERY`] by the others (`refresh`). [`Branding::generation`] changes whenever
//! the details do, so copies of rendered pages can be thrown away.

use candour_domain::organisation::Organisation;
use candour_leaflets::Logo;
use candour_services::Services;
use candour_services::data::{StoreError, StoreResult};
pub use candour_services::organisation::{SETTING_LOGO, SETTING_ORGANISATION};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// How often other servers' saves are picked up.
pub const REFRESH_EVERY: Duration = Duration::from_secs(30);

/// The details in force.
#[derive(Clone, Debug, PartialEq)]
pub struct Brand {
    /// Name and contact details.
    pub organisation: Organisation,
    /// The logo printed on leaflets, already checked.
    pub logo: Option<Logo>,
    /// False while neither the configuration nor the comms page has given real details: pages
    /// then say the details shown are examples.
    pub configured: bool,
}

/// The details in force, shared by every request.
#[derive(Clone, Debug)]
pub struct Branding {
    now: Arc<RwLock<Arc<Brand>>>,
    generation: Arc<AtomicU64>,
    from_config: Arc<Brand>,
}

impl Branding {
    /// Details from the configuration alone (nothing saved yet).
    pub fn new(from_config: Brand) -> Self {
        let from_config = Arc::new(from_config);
        Branding {
            now: Arc::new(RwLock::new(from_config.clone())),
            generation: Arc::new(AtomicU64::new(0)),
            from_config,
        }
    }

    /// Details from the configuration, overridden by whatever the comms page saved.
    pub async fn load(services: &Services, from_config: Brand) -> StoreResult<Self> {
        let branding = Branding::new(from_config);
        branding.refresh(services).await?;
        Ok(branding)
    }

    /// The details in force now.
    pub fn current(&self) -> Arc<Brand> {
        match self.now.read() {
            Ok(now) => now.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// A number that changes whenever the details do.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    /// Re-reads the saved details (another server may have changed them).
    pub async fn refresh(&self, services: &Services) -> StoreResult<()> {
        let mut reads = services.reads();
        let saved_details = reads.setting(SETTING_ORGANISATION).await?;
        let saved_logo = reads.setting(SETTING_LOGO).await?;
        let mut brand = (*self.from_config).clone();
        if let Some(json) = saved_details {
            brand.organisation = serde_json::from_str(&json)
                .map_err(|e| StoreError::Corrupt(format!("settings.organisation: {e}")))?;
            brand.configured = true;
        }
        if let Some(encoded) = saved_logo {
            brand.logo = decode_logo(&encoded)?;
        }
        self.replace(brand);
        Ok(())
    }

    /// Uses details just saved (`candour_services::organisation::save_details`) at once.
    pub fn use_details(&self, organisation: Organisation) {
        let mut brand = (*self.current()).clone();
        brand.organisation = organisation;
        brand.configured = true;
        self.replace(brand);
    }

    /// Uses a logo just saved, or none (`candour_services::organisation::save_logo`), at once.
    pub fn use_logo(&self, logo: Option<Logo>) {
        let mut brand = (*self.current()).clone();
        brand.logo = logo;
        self.replace(brand);
    }

    fn replace(&self, brand: Brand) {
        let mut now = match self.now.write() {
            Ok(now) => now,
            Err(poisoned) => poisoned.into_inner(),
        };
        if **now != brand {
            *now = Arc::new(brand);
            self.generation.fetch_add(1, Ordering::AcqRel);
        }
    }
}

fn decode_logo(encoded: &str) -> StoreResult<Option<Logo>> {
    use base64::Engine as _;
    if encoded.is_empty() {
        return Ok(None);
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .map_err(|e| StoreError::Corrupt(format!("settings.organisation_logo: {e}")))?;
    Logo::from_bytes(bytes)
        .map(Some)
        .map_err(|e| StoreError::Corrupt(format!("settings.organisation_logo: {e}")))
}

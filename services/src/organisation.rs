//! The council's details and logo, as the comms page changes them. They are kept in the
//! database's settings so every app server and every restart sees them (`candour_app::branding`
//! holds the copy pages read). Every detail is checked by the same rules as the configuration
//! (`Organisation::problems`); if any is wrong nothing is saved.

use crate::error::Problems;
use crate::{Caller, ServiceError, ServiceResult, Services, audit, authorise};
use base64::Engine as _;
use candour_domain::access::StaffAction;
use candour_domain::audit::AuditAction;
use candour_domain::organisation::Organisation;

/// The setting holding the saved details (JSON, without a logo path).
pub const SETTING_ORGANISATION: &str = "organisation";
/// The setting holding the saved logo (base64; empty for "no logo").
pub const SETTING_LOGO: &str = "organisation_logo";

/// Saves the council's details (the logo is kept); returns them as saved.
pub async fn save_details(
    services: &Services,
    caller: &Caller,
    organisation: Organisation,
) -> ServiceResult<Organisation> {
    authorise::staff(
        services,
        caller,
        StaffAction::ManageLeaflets,
        AuditAction::ChangedOrganisationDetails,
        "organisation",
    )
    .await?;
    let mut problems = Problems::default();
    for (field, problem) in organisation.problems() {
        problems.add(field, &problem.message_id(field));
    }
    problems.check()?;
    let organisation = Organisation {
        logo: None,
        ..organisation
    };
    let json = serde_json::to_string(&organisation)
        .map_err(|e| ServiceError::Failed(format!("the details could not be written: {e}")))?;
    let mut tx = services.begin().await?;
    tx.set_setting(SETTING_ORGANISATION, &json).await?;
    tx.append(audit::with_words(
        audit::event(
            services,
            caller,
            AuditAction::ChangedOrganisationDetails,
            None,
            "organisation",
        ),
        None,
        Some(organisation.name.clone()),
    ))
    .await?;
    crate::commit(services, tx).await?;
    Ok(organisation)
}

/// Saves the council's logo (already checked and drawn by the caller), or removes it
/// (`None`: "no logo", even when the configuration names one).
pub async fn save_logo(
    services: &Services,
    caller: &Caller,
    logo: Option<&[u8]>,
) -> ServiceResult<()> {
    let action = if logo.is_some() {
        AuditAction::ChangedOrganisationLogo
    } else {
        AuditAction::RemovedOrganisationLogo
    };
    authorise::staff(
        services,
        caller,
        StaffAction::ManageLeaflets,
        action,
        "organisation:logo",
    )
    .await?;
    let encoded = logo
        .map(|bytes| base64::engine::general_purpose::STANDARD.encode(bytes))
        .unwrap_or_default();
    let mut tx = services.begin().await?;
    tx.set_setting(SETTING_LOGO, &encoded).await?;
    tx.append(audit::event(
        services,
        caller,
        action,
        None,
        "organisation:logo",
    ))
    .await?;
    crate::commit(services, tx).await
}

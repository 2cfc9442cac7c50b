//! Leaflet files: the pictures the HTML pages show, each leaflet as a PDF in any language and
//! size, and a signed-in person's own copy.
//!
//! `GET /leaflets/{name}/download?in=TAG[&print=large]` is public (the leaflets are published on
//! the council's website). `GET /leaflets/{name}/mine` is for a signed-in person, or a delegate
//! with the scope, and is authorised by the one policy (`PersonAction::ReadPersonalLeaflet`)
//! before anything is read; anyone else gets the same 404 as a missing page. Their copy is in
//! their recorded language, in large print when that is their recorded format, and lists their
//! open requests with due dates, and the worker their case is allocated to with how to reach them
//! (the council's phone number when the case system gave no contact for the worker). A person
//! with no allocated worker (a closed case, or one waiting for allocation) is told there is no
//! one person and given the council's contact details.
//!
//! `GET /staff/leaflets/print-pack` is for comms officers (`StaffAction::ManageLeaflets`): a zip
//! file of every leaflet in every language in both sizes, named `LEAFLET/LANGUAGE/…pdf`. PDFs
//! are already compressed, so the zip stores them as they are.

use super::leaflet_cache::LeafletCache;
use axum::extract::{FromRef, Path, Query, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use candour_app::i18n::translate;
use candour_app::labels;
use candour_app::session::SessionStatus;
use candour_app::state::AppState;
use candour_domain::access::policy::{Decision, PersonAction, StaffAction, decide};
use candour_domain::deadline::Calendar;
use candour_domain::person::InformationFormat;
use candour_domain::rights::RequestStatus;
use candour_leaflets::{LeafletError, Personal, PersonalRequest, RenderRequest};
use serde::Deserialize;
use std::sync::Arc;

/// What the leaflet routes share: the portal's state, and the public leaflets already made.
#[derive(Clone, FromRef)]
struct LeafletState {
    app: AppState,
    cache: Arc<LeafletCache>,
}

/// The routes.
pub fn routes(state: AppState) -> axum::Router {
    axum::Router::new()
        .route("/leaflets/pictures/{file}", axum::routing::get(picture))
        .route("/leaflets/{name}/download", axum::routing::get(download))
        .route("/leaflets/{name}/mine", axum::routing::get(mine))
        .route("/staff/leaflets/print-pack", axum::routing::get(print_pack))
        .with_state(LeafletState {
            app: state,
            cache: Arc::new(LeafletCache::default()),
        })
}

async fn picture(Path(file): Path<String>) -> Response {
    let Some(bytes) = file
        .strip_suffix(".svg")
        .and_then(candour_leaflets::engine::picture)
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        bytes,
    )
        .into_response()
}

/// `?in=cy&print=large`.
#[derive(Deserialize)]
struct Options {
    #[serde(rename = "in")]
    language: Option<String>,
    print: Option<String>,
}

async fn download(
    State(state): State<AppState>,
    State(cache): State<Arc<LeafletCache>>,
    Path(name): Path<String>,
    Query(options): Query<Options>,
) -> Response {
    let large_print = options.print.as_deref() == Some("large");
    let locale = options.language.unwrap_or_else(|| "en-GB".into());
    let file_name = file_name(&name, &locale, large_print);
    // Read before rendering: details saved meanwhile make a new generation, never a stale copy.
    let generation = state.branding.generation();
    let key = (name.clone(), locale.clone(), large_print);
    if let Some(kept) = cache.get(generation, &key) {
        return attachment("application/pdf", &file_name, kept.as_ref().clone());
    }
    let request = leaflet_request(&state, name, locale, large_print, None);
    match state.leaflets.render(request).await {
        Ok(rendered) => {
            let pdf = Arc::new(rendered.pdf);
            cache.keep(generation, key, pdf.clone());
            attachment("application/pdf", &file_name, pdf.as_ref().clone())
        }
        Err(error) => refused(error),
    }
}

/// The name a leaflet is downloaded as.
fn file_name(name: &str, locale: &str, large_print: bool) -> String {
    format!(
        "{name}-{locale}{}.pdf",
        if large_print { "-large-print" } else { "" }
    )
}

/// The answer when a leaflet could not be made: not found for a name or language Candour does
/// not have; 503 with `Retry-After` when the leaflet maker is full or was too slow.
fn refused(error: LeafletError) -> Response {
    match error {
        LeafletError::UnknownLeaflet { .. } | LeafletError::UnknownLocale { .. } => {
            StatusCode::NOT_FOUND.into_response()
        }
        LeafletError::Busy | LeafletError::TimedOut => (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::RETRY_AFTER, "5")],
        )
            .into_response(),
        error => {
            tracing::error!(%error, "a leaflet could not be made");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

async fn mine(
    State(state): State<AppState>,
    Path(name): Path<String>,
    request: Request,
) -> Response {
    let signed_in = match request.extensions().get::<SessionStatus>() {
        Some(SessionStatus::SignedIn(signed_in)) => signed_in.clone(),
        _ => return Redirect::to("/sign-in").into_response(),
    };
    let allowed = signed_in.actor.as_ref().and_then(|actor| {
        let person = actor.person()?;
        (decide(actor, person, PersonAction::ReadPersonalLeaflet) == Decision::Allow)
            .then_some(person)
    });
    let (Some(person_id), Some(person)) = (allowed, signed_in.acting_for.clone()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if person.id != person_id {
        return StatusCode::NOT_FOUND.into_response();
    }
    let language = person.details.preferred_locale;
    let requests = match state.services.reads().requests_for_person(person_id).await {
        Ok(requests) => requests,
        Err(error) => {
            tracing::error!(%error, "could not read requests for a personal leaflet");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let open = requests
        .iter()
        .filter(|r| {
            !matches!(
                r.status(),
                RequestStatus::Completed | RequestStatus::Refused
            )
        })
        .filter_map(|r| {
            let deadline = r
                .deadline(state.portal.nation, Calendar::bundled())
                .ok()
                .flatten()?;
            Some(PersonalRequest {
                what: format!(
                    "{} ({})",
                    translate(language, labels::right(r.details.right), None),
                    r.reference()
                ),
                due: deadline.due?,
            })
        })
        .collect();
    let large_print =
        person.details.communication.information_format == Some(InformationFormat::LargePrint);
    let worker = person.details.allocated_worker.as_ref().map(|worker| {
        let contact = worker
            .contact()
            .unwrap_or_else(|| state.branding.current().organisation.phone.clone());
        (worker.name.clone(), contact)
    });
    let personal = Personal {
        worker,
        requests: open,
    };
    pdf(
        &state,
        name,
        language.tag().to_owned(),
        large_print,
        Some(personal),
    )
    .await
}

async fn pdf(
    state: &AppState,
    name: String,
    locale: String,
    large_print: bool,
    personal: Option<Personal>,
) -> Response {
    let file_name = file_name(&name, &locale, large_print);
    let request = leaflet_request(state, name, locale, large_print, personal);
    match state.leaflets.render(request).await {
        Ok(rendered) => attachment("application/pdf", &file_name, rendered.pdf),
        Err(error) => refused(error),
    }
}

async fn print_pack(State(state): State<AppState>, request: Request) -> Response {
    if let Err(refused) = super::staff_gate::allowed(&request, StaffAction::ManageLeaflets) {
        return refused.into_response();
    }
    let mut files = Vec::new();
    for name in candour_leaflets::LEAFLETS {
        for locale in candour_leaflets::LOCALES {
            for large_print in [false, true] {
                let request = leaflet_request(
                    &state,
                    (*name).to_owned(),
                    locale.tag.to_owned(),
                    large_print,
                    None,
                );
                match state.leaflets.render(request).await {
                    Ok(rendered) => {
                        let size = if large_print {
                            "large-print"
                        } else {
                            "standard"
                        };
                        files.push((
                            format!("{name}/{}/{name}-{}-{size}.pdf", locale.tag, locale.tag),
                            rendered.pdf,
                        ));
                    }
                    Err(error) => {
                        tracing::error!(%error, "a leaflet for the print pack could not be made");
                        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
                    }
                }
            }
        }
    }
    match zip_files(files) {
        Ok(bytes) => attachment(
            "application/zip",
            &format!("leaflets-print-pack-{}.zip", state.services.today()),
            bytes,
        ),
        Err(error) => {
            tracing::error!(%error, "the print pack could not be zipped");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// A leaflet with this council's details, issued today.
fn leaflet_request(
    state: &AppState,
    leaflet: String,
    locale: String,
    large_print: bool,
    personal: Option<Personal>,
) -> RenderRequest {
    let brand = state.branding.current();
    RenderRequest {
        leaflet,
        locale,
        large_print,
        organisation: brand.organisation.clone(),
        logo: brand.logo.clone(),
        issued: state.services.today(),
        personal,
    }
}

/// A file to save rather than show.
pub(super) fn attachment(content_type: &'static str, file_name: &str, bytes: Vec<u8>) -> Response {
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\""))
        .unwrap_or(HeaderValue::from_static("attachment"));
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        bytes,
    )
        .into_response()
}

/// A zip file holding `files` (name, bytes), stored without compression.
fn zip_files(files: Vec<(String, Vec<u8>)>) -> zip::result::ZipResult<Vec<u8>> {
    use std::io::Write;
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in files {
        writer.start_file(name, options)?;
        writer.write_all(&bytes)?;
    }
    Ok(writer.finish()?.into_inner())
}

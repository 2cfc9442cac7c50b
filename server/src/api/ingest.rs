//! The ingestion calls: a batch of people and entries, one person, one entry, and the
//! plain-English report on an entry (of what the person can read: withheld text is never
//! echoed). Each reads the body as JSON itself, so a body that is not
//! JSON gets the same `422` shape as any other problem.

use super::auth::ApiCaller;
use super::{ApiError, ApiState};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use candour_domain::ingest::{Batch, Problem, parse_batch, parse_entry, parse_person};
use candour_services::data::ImportSummary;
use serde_json::{Value, json};

/// The body as JSON, or the problem with it.
fn json_body(body: &Bytes) -> Result<Value, ApiError> {
    serde_json::from_slice(body).map_err(|e| {
        ApiError::Invalid(vec![Problem {
            path: "$".to_owned(),
            message: format!("is not valid JSON: {e}"),
        }])
    })
}

/// Stores a checked batch for the caller's organisation.
async fn store(
    state: &ApiState,
    caller: &ApiCaller,
    batch: &Batch,
) -> Result<ImportSummary, ApiError> {
    let summary = candour_services::ingest::import(
        &state.app.services,
        &caller.0,
        &caller.organisation(),
        batch,
    )
    .await?
    .map_err(ApiError::Invalid)?;
    tracing::info!(
        client_id = caller.client_id(),
        people_added = summary.people_added,
        people_updated = summary.people_updated,
        entries_added = summary.entries_added,
        entries_changed = summary.entries_changed,
        "imported from a case system"
    );
    Ok(summary)
}

/// `POST /api/v1/import`: `{"people": [...], "entries": [...]}`, all or nothing.
pub async fn import(
    State(state): State<ApiState>,
    caller: ApiCaller,
    body: Bytes,
) -> Result<Response, ApiError> {
    let value = json_body(&body)?;
    let batch =
        parse_batch(&value, state.limits, state.app.services.today()).map_err(ApiError::Invalid)?;
    let summary = store(&state, &caller, &batch).await?;
    Ok(Json(json!({ "summary": summary })).into_response())
}

/// `PUT /api/v1/people/{person}`: one person, added or replaced.
pub async fn put_person(
    State(state): State<ApiState>,
    caller: ApiCaller,
    Path(person): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let value = json_body(&body)?;
    let details = parse_person(&value, Some(&person), state.app.services.today())
        .map_err(ApiError::Invalid)?;
    let batch = Batch {
        people: vec![details],
        ..Batch::default()
    };
    let summary = store(&state, &caller, &batch).await.map_err(at_top)?;
    Ok(Json(json!({ "summary": summary })).into_response())
}

/// `PUT /api/v1/people/{person}/entries/{entry}`: one entry, added or replaced (the earlier
/// version kept), answered with its plain-English report.
pub async fn put_entry(
    State(state): State<ApiState>,
    caller: ApiCaller,
    Path((person, entry)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let value = json_body(&body)?;
    let incoming = parse_entry(
        &value,
        &person,
        &entry,
        state.limits,
        state.app.services.today(),
    )
    .map_err(ApiError::Invalid)?;
    let report = readable_report(&incoming.entry);
    let batch = Batch {
        entries: vec![incoming],
        ..Batch::default()
    };
    let summary = store(&state, &caller, &batch).await.map_err(at_top)?;
    Ok(Json(json!({ "summary": summary, "readability": report_json(&report) })).into_response())
}

/// `GET /api/v1/people/{person}/entries/{entry}/readability`.
pub async fn readability(
    State(state): State<ApiState>,
    caller: ApiCaller,
    Path((person, entry)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    let found = state
        .app
        .services
        .reads()
        .entry_by_source(&caller.organisation(), &person, &entry)
        .await?
        .ok_or(ApiError::NotFound)?;
    let checked = readable_report(&found.details);
    Ok(Json(json!({ "readability": report_json(&checked) })).into_response())
}

/// The plain-English report on what the person can read of an entry: withheld statements (and a
/// withheld entry's statements) are left out, so no withheld text is ever echoed by the API.
fn readable_report(
    entry: &candour_domain::record::NewEntry,
) -> candour_domain::readability::Report {
    let mut shown = entry.clone();
    shown.summary = candour_domain::record::shown_summary(entry).map(str::to_owned);
    if shown.withheld.is_some() {
        shown.statements.clear();
    }
    shown.statements.retain(|s| s.withheld.is_none());
    candour_domain::record::readability(&shown, &candour_app::glossary::explains)
}

/// The report, with whether the entry passes.
fn report_json(report: &candour_domain::readability::Report) -> Value {
    let mut value = serde_json::to_value(report).unwrap_or_default();
    value["passes"] = Value::Bool(report.passes());
    value
}

/// Problems found by the store are at paths inside a batch (`$.people[0]…`); a single-item call
/// sent no batch, so they are reported at the item itself.
fn at_top(error: ApiError) -> ApiError {
    match error {
        ApiError::Invalid(problems) => ApiError::Invalid(
            problems
                .into_iter()
                .map(|p| Problem {
                    path: match p.path.split_once("].") {
                        Some((_, rest)) => format!("$.{rest}"),
                        None => "$".to_owned(),
                    },
                    message: p.message,
                })
                .collect(),
        ),
        other => other,
    }
}

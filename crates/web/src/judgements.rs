//! Analysts' judgements over HTTP: list them (who judged what), confirm, reject or correct a
//! fact, merge two entities, undo. Writes are refused unless the request says its body is JSON
//! and comes from this server's own pages (its `Origin`, when sent, is the `Host` asked for):
//! a page on another site cannot send either without the browser asking this server first.

use allegiance_model::{PartialDate, Polarity, When};
use allegiance_store::judgements::{Added, Judgement, JudgementStore, Verdict};
use allegiance_store::{AnyStore, FactFilter, Judged, Store};
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::{ApiError, ErrorBody};
use crate::state::AppState;

/// Who a judgement made in the browser is recorded as when the request names no one.
const BROWSER_AUTHOR: &str = "browser";

/// A judgement as the list shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ListedJudgement {
    #[serde(flatten)]
    pub judgement: Judgement,
    /// Why it applies to nothing stored now (its fact or entity is gone), when it does not.
    pub orphaned: Option<String>,
    /// Its target in words.
    pub target: String,
}

/// Every judgement, oldest first, with those whose target is gone marked.
#[utoipa::path(get, path = "/api/judgements", tag = "judgements", responses((status = 200, body = Vec<ListedJudgement>)))]
pub async fn list_judgements(
    State(state): State<AppState>,
) -> Result<Json<Vec<ListedJudgement>>, ApiError> {
    state
        .query(|store, _| {
            let judged = Judged::load(store)?;
            let orphans = judged.orphans(&store.facts(&FactFilter::default())?);
            Ok(judged
                .judgements
                .iter()
                .map(|j| ListedJudgement {
                    judgement: j.clone(),
                    orphaned: orphans.iter().find(|o| o.id == j.id).map(|o| o.reason.clone()),
                    target: target(&j.verdict),
                })
                .collect())
        })
        .await
        .map(Json)
}

fn target(v: &Verdict) -> String {
    match (v.fact(), v.entity()) {
        (Some(f), _) => f.to_string(),
        (_, Some(e)) => e.to_string(),
        _ => String::new(),
    }
}

/// What to decide about a fact.
#[derive(Debug, Deserialize, ToSchema)]
pub struct FactJudgementRequest {
    /// confirm, reject, polarity or time
    pub action: String,
    /// For `polarity`: asserted, hedged or denied
    pub polarity: Option<Polarity>,
    /// For `time`: YYYY[-MM[-DD]], either bound may be left out
    pub start: Option<String>,
    pub end: Option<String>,
    /// Why (a rejection's reason)
    pub note: Option<String>,
    /// Who decides (default "browser")
    pub author: Option<String>,
}

/// Two entities are one: `other` is merged into `keep`.
#[derive(Debug, Deserialize, ToSchema)]
pub struct MergeRequest {
    pub keep: i64,
    pub other: i64,
    pub note: Option<String>,
    pub author: Option<String>,
}

/// Refuses a write from another site or without a JSON body (see the module's description).
fn check_write(headers: &HeaderMap) -> Result<(), ApiError> {
    let json = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| {
        v.split(';').next().is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
    });
    if !json {
        return Err(ApiError::UnsupportedMediaType(
            "a write needs `Content-Type: application/json`".into(),
        ));
    }
    if let Some(origin) = headers.get(header::ORIGIN) {
        let origin = origin.to_str().unwrap_or("");
        let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
        let origin_host = origin.split_once("://").map(|(_, rest)| rest.trim_end_matches('/'));
        if host.is_empty() || origin_host != Some(host) {
            return Err(ApiError::Forbidden(format!(
                "a write from {origin} is refused: only this server's own pages may write"
            )));
        }
    }
    Ok(())
}

fn author(given: Option<String>) -> String {
    given.filter(|a| !a.trim().is_empty()).unwrap_or_else(|| BROWSER_AUTHOR.to_string())
}

fn record(store: &mut AnyStore, j: Judgement) -> Result<(StatusCode, Json<Judgement>), ApiError> {
    match store.add_judgement(&j)? {
        Added::New => Ok((StatusCode::CREATED, Json(j))),
        Added::AlreadyThere => Ok((StatusCode::OK, Json(j))),
        Added::Contradicts(other) => Err(ApiError::Conflict(format!(
            "this contradicts judgement {} ({} by {}); undo that one first",
            other.id,
            other.verdict.kind(),
            other.author
        ))),
    }
}

fn date(name: &str, value: Option<String>) -> Result<Option<PartialDate>, ApiError> {
    value
        .filter(|v| !v.trim().is_empty())
        .map(|v| v.parse::<PartialDate>().map_err(|e| ApiError::BadRequest(format!("{name}: {e}"))))
        .transpose()
}

/// Confirm, reject or correct (polarity, time) one fact.
#[utoipa::path(
    post, path = "/api/judgements/facts/{id}", tag = "judgements",
    params(("id" = i64, Path, description = "The fact id")),
    request_body = FactJudgementRequest,
    responses((status = 201, body = Judgement), (status = 200, body = Judgement, description = "Recorded already"),
              (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
              (status = 409, body = ErrorBody), (status = 415, body = ErrorBody))
)]
pub async fn judge_fact(
    State(state): State<AppState>,
    headers: HeaderMap,
    id: Result<Path<i64>, PathRejection>,
    Json(req): Json<FactJudgementRequest>,
) -> Result<(StatusCode, Json<Judgement>), ApiError> {
    check_write(&headers)?;
    let Path(id) = id?;
    state
        .write(move |store| {
            let catalogue = store.catalogue()?;
            let row = store
                .facts(&FactFilter::default())?
                .into_iter()
                .find(|f| f.id == id)
                .ok_or_else(|| ApiError::NotFound(format!("no fact with id {id}")))?;
            let fact = catalogue
                .fact_key(&row)
                .ok_or_else(|| ApiError::NotFound(format!("fact {id} names nothing stored")))?;
            let verdict = match req.action.as_str() {
                "confirm" => Verdict::Confirm { fact },
                "reject" => Verdict::Reject { fact },
                "polarity" => Verdict::Polarity {
                    fact,
                    polarity: req.polarity.ok_or_else(|| {
                        ApiError::BadRequest("polarity: asserted, hedged or denied".into())
                    })?,
                },
                "time" => {
                    let when =
                        When { start: date("start", req.start)?, end: date("end", req.end)? };
                    if when.start.is_none() && when.end.is_none() {
                        return Err(ApiError::BadRequest("time: give a start or an end".into()));
                    }
                    Verdict::Time { fact, when }
                }
                other => {
                    return Err(ApiError::BadRequest(format!(
                        "action: expected confirm, reject, polarity or time, got {other:?}"
                    )))
                }
            };
            record(store, Judgement::new(verdict, &author(req.author), req.note))
        })
        .await
}

/// Two entities are one: `other` is merged into `keep`, which answers show from now on.
#[utoipa::path(
    post, path = "/api/judgements/merge", tag = "judgements",
    request_body = MergeRequest,
    responses((status = 201, body = Judgement), (status = 200, body = Judgement, description = "Recorded already"),
              (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
              (status = 409, body = ErrorBody), (status = 415, body = ErrorBody))
)]
pub async fn merge(
    State(state): State<AppState>,
    headers: HeaderMap,
    Json(req): Json<MergeRequest>,
) -> Result<(StatusCode, Json<Judgement>), ApiError> {
    check_write(&headers)?;
    state
        .write(move |store| {
            let catalogue = store.catalogue()?;
            let key = |id: i64| {
                catalogue
                    .entity_key(id)
                    .ok_or_else(|| ApiError::NotFound(format!("no entity with id {id}")))
            };
            if req.keep == req.other {
                return Err(ApiError::BadRequest("keep and other are the same entity".into()));
            }
            let verdict = Verdict::Merge { entity: key(req.other)?, into: key(req.keep)? };
            record(store, Judgement::new(verdict, &author(req.author), req.note))
        })
        .await
}

/// Undo: the judgement is removed and answers are as before it.
#[utoipa::path(
    delete, path = "/api/judgements/{id}", tag = "judgements",
    params(("id" = String, Path, description = "The judgement id (j-...)")),
    responses((status = 204, description = "Removed"), (status = 403, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 415, body = ErrorBody))
)]
pub async fn undo(
    State(state): State<AppState>,
    headers: HeaderMap,
    id: Result<Path<String>, PathRejection>,
) -> Result<StatusCode, ApiError> {
    check_write(&headers)?;
    let Path(id) = id?;
    state
        .write(move |store| {
            if store.remove_judgement(&id)? {
                Ok(StatusCode::NO_CONTENT)
            } else {
                Err(ApiError::NotFound(format!("no judgement {id}")))
            }
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(k.clone(), HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn writes_need_json_and_this_servers_origin() {
        let json = (header::CONTENT_TYPE, "application/json");
        let host = (header::HOST, "127.0.0.1:8080");
        assert!(check_write(&headers(&[json.clone(), host.clone()])).is_ok());
        let same = (header::ORIGIN, "http://127.0.0.1:8080");
        assert!(check_write(&headers(&[json.clone(), host.clone(), same])).is_ok());
        let form = (header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        assert!(matches!(
            check_write(&headers(&[form, host.clone()])),
            Err(ApiError::UnsupportedMediaType(_))
        ));
        let evil = (header::ORIGIN, "https://evil.example");
        assert!(matches!(
            check_write(&headers(&[json.clone(), host.clone(), evil])),
            Err(ApiError::Forbidden(_))
        ));
        let null = (header::ORIGIN, "null");
        assert!(matches!(check_write(&headers(&[json, host, null])), Err(ApiError::Forbidden(_))));
    }
}

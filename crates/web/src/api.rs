//! The JSON API under `/api`, each route described for the OpenAPI document
//! (`/api/openapi.json`) by its `#[utoipa::path]`.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use allegiance_model::{EntityKind, FactType, PartialDate, Polarity, When};
use allegiance_store::browse::{
    DisputedClaim, EntitySummary, EvidenceView, Network, PlaceSource, PlacedFact, SearchHit,
};
use allegiance_store::{Browse, FactFilter, FactRow, GroupProfile, Judged, Store, StoreCounts};
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::IntoResponse;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::{ApiError, ErrorBody};
use crate::state::{AppState, Located};

const MAX_LIMIT: usize = 10_000;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "allegiance",
        description = "A sourced, time-aware map of armed groups read from news articles. Every fact carries its \
                       evidence: the sentence (byte offsets into the article's cleaned text), the article and its source. \
                       Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and compare at the coarser of two precisions.",
        license(name = "MIT OR Apache-2.0")
    ),
    tags(
        (name = "search", description = "Finding groups, people and places by any name"),
        (name = "groups", description = "Group profiles and what articles disagree on"),
        (name = "facts", description = "Facts and their evidence"),
        (name = "views", description = "The network of groups and the map"),
        (name = "judgements", description = "Analysts' judgements: confirm, reject or correct facts, merge entities, undo"),
        (name = "meta", description = "The store and this description")
    )
)]
struct ApiDoc;

/// The API routes and their OpenAPI description, from the same declarations.
fn api() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(stats))
        .routes(routes!(search))
        .routes(routes!(groups))
        .routes(routes!(group))
        .routes(routes!(group_conflicts))
        .routes(routes!(entity))
        .routes(routes!(facts))
        .routes(routes!(evidence))
        .routes(routes!(network))
        .routes(routes!(map))
        .routes(routes!(openapi_json))
        .routes(routes!(vocabulary))
        .routes(routes!(crate::judgements::list_judgements))
        .routes(routes!(crate::judgements::judge_fact))
        .routes(routes!(crate::judgements::merge))
        .routes(routes!(crate::judgements::undo))
        .split_for_parts()
}

/// The API router (routes under `/api`), without state.
pub fn router() -> Router<AppState> {
    api().0
}

/// The OpenAPI 3.1 description of the API.
pub fn openapi() -> &'static utoipa::openapi::OpenApi {
    static DOC: LazyLock<utoipa::openapi::OpenApi> = LazyLock::new(|| api().1);
    &DOC
}

/// Counts of what the database holds.
#[utoipa::path(get, path = "/api/stats", tag = "meta", responses((status = 200, body = StoreCounts)))]
async fn stats(State(state): State<AppState>) -> Result<Json<StoreCounts>, ApiError> {
    state.query(|store, _| Ok(store.counts()?)).await.map(Json)
}

/// This document.
#[utoipa::path(get, path = "/api/openapi.json", tag = "meta", responses((status = 200, description = "The OpenAPI description", content_type = "application/json")))]
async fn openapi_json() -> impl IntoResponse {
    static JSON: LazyLock<String> = LazyLock::new(|| {
        openapi().to_pretty_json().unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    });
    ([(header::CONTENT_TYPE, "application/json")], JSON.as_str())
}

/// A fact type and how a page shows it.
#[derive(Debug, Serialize, ToSchema)]
struct FactTypeTerm {
    /// The name the API, the store and every export use (`branch_of`)
    name: FactType,
    /// How the fact reads between its subject and object ("is a branch of")
    label: &'static str,
    /// Holds both ways (an alliance, a rivalry), so drawn without a direction
    symmetric: bool,
    /// A relation between groups: an edge of `/api/network`
    network: bool,
}

/// The terms the other answers use, so that a client shows them without a copy of its own.
#[derive(Debug, Serialize, ToSchema)]
struct Vocabulary {
    /// Every fact type, always in the same order (pledge first, attack last)
    fact_types: Vec<FactTypeTerm>,
    /// The kinds of entity: group, person, place, body
    entity_kinds: Vec<EntityKind>,
    /// How firmly an article states a fact: asserted, hedged, denied
    polarities: Vec<Polarity>,
}

/// The fact types with their labels, the entity kinds and the polarities.
#[utoipa::path(get, path = "/api/vocabulary", tag = "meta", responses((status = 200, body = Vocabulary)))]
async fn vocabulary() -> Json<Vocabulary> {
    let fact_types = FactType::ALL
        .into_iter()
        .map(|t| FactTypeTerm {
            name: t,
            label: t.label(),
            symmetric: t.is_symmetric(),
            network: t.is_network(),
        })
        .collect();
    Json(Vocabulary {
        fact_types,
        entity_kinds: EntityKind::ALL.to_vec(),
        polarities: Polarity::ALL.to_vec(),
    })
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct SearchQuery {
    /// Any name, alias or part of one ("ISKP", "Nusra", "Daesh", "Kabul")
    q: String,
    /// Only entities of this kind: group, person, place or body
    kind: Option<String>,
    /// At most this many hits (default 50)
    limit: Option<usize>,
}

/// Groups, people, places and bodies by any name or alias seen in articles, or any alias the
/// knowledge base gives them.
#[utoipa::path(
    get, path = "/api/search", tag = "search", params(SearchQuery),
    responses((status = 200, body = Vec<SearchHit>), (status = 400, body = ErrorBody))
)]
async fn search(
    State(state): State<AppState>,
    query: Result<Query<SearchQuery>, QueryRejection>,
) -> Result<Json<Vec<SearchHit>>, ApiError> {
    let Query(q) = query?;
    let kind = match q.kind.as_deref() {
        None => None,
        Some(kind) => Some(EntityKind::parse(kind).ok_or_else(|| {
            let all: Vec<&str> = EntityKind::ALL.iter().map(|k| k.as_str()).collect();
            ApiError::BadRequest(format!("kind: expected one of {}, got {kind:?}", all.join(", ")))
        })?),
    };
    let limit = limit(q.limit, 50)?;
    state
        .query(move |store, state| {
            let kb_ids = state.kb_ids_named(&q.q);
            Ok(store.search(&q.q, &kb_ids, kind, limit)?)
        })
        .await
        .map(Json)
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct ListQuery {
    /// At most this many (default 200)
    limit: Option<usize>,
}

/// Groups in the database, those with the most facts first.
#[utoipa::path(
    get, path = "/api/groups", tag = "groups", params(ListQuery),
    responses((status = 200, body = Vec<SearchHit>), (status = 400, body = ErrorBody))
)]
async fn groups(
    State(state): State<AppState>,
    query: Result<Query<ListQuery>, QueryRejection>,
) -> Result<Json<Vec<SearchHit>>, ApiError> {
    let Query(q) = query?;
    let limit = limit(q.limit, 200)?;
    state.query(move |store, _| Ok(store.groups(limit)?)).await.map(Json)
}

/// A group's profile: names seen, parents and branches, pledges in and out, leaders, founders,
/// members, splits, renames, mergers, allies, rivals, designations, strength estimates, areas and
/// attacks, each fact with its evidence.
#[utoipa::path(
    get, path = "/api/groups/{id}", tag = "groups",
    params(("id" = i64, Path, description = "The group's entity id")),
    responses((status = 200, body = GroupProfile), (status = 404, body = ErrorBody), (status = 400, body = ErrorBody))
)]
async fn group(
    State(state): State<AppState>,
    id: Result<Path<i64>, PathRejection>,
) -> Result<Json<GroupProfile>, ApiError> {
    let Path(id) = id?;
    state
        .query(move |store, _| {
            judged_profile(store, id)?
                .ok_or_else(|| ApiError::NotFound(format!("no group with id {id}")))
        })
        .await
        .map(Json)
}

/// A group's profile with analysts' judgements applied (rejected facts hidden, merged entities
/// answered by the one kept: the id of a merged one gives the kept one's profile).
fn judged_profile(
    store: &allegiance_store::AnyStore,
    id: i64,
) -> Result<Option<GroupProfile>, ApiError> {
    let judged = Judged::load(store)?;
    if judged.is_empty() {
        return Ok(store.group_profile_by_id(id)?);
    }
    let root = judged.root(id);
    let Some(entity) = judged.catalogue.entities.get(&root) else { return Ok(None) };
    if judged.entity(root).is_none_or(|e| e.kind != EntityKind::Group) {
        return Ok(None);
    }
    let key = entity.key.clone();
    Ok(allegiance_store::judged::group_profile(store, &judged, &key, false, None)?)
}

/// Claims about a group that articles disagree on (one asserts, another denies; strength
/// estimates for the same year and place that do not overlap), with the facts on each side.
#[utoipa::path(
    get, path = "/api/groups/{id}/conflicts", tag = "groups",
    params(("id" = i64, Path, description = "The group's entity id")),
    responses((status = 200, body = Vec<DisputedClaim>), (status = 404, body = ErrorBody), (status = 400, body = ErrorBody))
)]
async fn group_conflicts(
    State(state): State<AppState>,
    id: Result<Path<i64>, PathRejection>,
) -> Result<Json<Vec<DisputedClaim>>, ApiError> {
    let Path(id) = id?;
    state
        .query(move |store, _| {
            judged_group_conflicts(store, id)?
                .ok_or_else(|| ApiError::NotFound(format!("no group with id {id}")))
        })
        .await
        .map(Json)
}

/// A group's disputed claims with analysts' judgements applied: a rejected fact disputes
/// nothing, a corrected polarity counts as corrected, a merged group's id answers for the kept one.
fn judged_group_conflicts(
    store: &allegiance_store::AnyStore,
    id: i64,
) -> Result<Option<Vec<DisputedClaim>>, ApiError> {
    let judged = Judged::load(store)?;
    if judged.is_empty() {
        return Ok(match store.entity(id)? {
            Some(e) if e.kind == EntityKind::Group => Some(store.group_conflicts(id)?),
            _ => None,
        });
    }
    let root = judged.root(id);
    if judged.entity(root).is_none_or(|e| e.kind != EntityKind::Group) {
        return Ok(None);
    }
    let conflicts = allegiance_store::judged::conflicts(
        store,
        &judged,
        Some(root),
        &allegiance_store::ConflictKind::ALL,
        false,
    )?;
    let facts: Vec<_> = judged
        .apply(store.facts(&allegiance_store::FactFilter::default())?, false)
        .into_iter()
        .filter(|f| f.subject_id == root || f.object_id == Some(root))
        .collect();
    Ok(Some(allegiance_store::browse::disputes(conflicts, &facts)))
}

/// An entity and every fact naming it.
#[derive(Debug, Serialize, ToSchema)]
struct EntityPage {
    entity: EntitySummary,
    /// Facts with it as subject or object, in time order.
    facts: Vec<FactRow>,
}

/// Any entity (group, person, place, body) and the facts naming it.
#[utoipa::path(
    get, path = "/api/entities/{id}", tag = "search",
    params(("id" = i64, Path, description = "The entity id")),
    responses((status = 200, body = EntityPage), (status = 404, body = ErrorBody), (status = 400, body = ErrorBody))
)]
async fn entity(
    State(state): State<AppState>,
    id: Result<Path<i64>, PathRejection>,
) -> Result<Json<EntityPage>, ApiError> {
    let Path(id) = id?;
    state
        .query(move |store, _| {
            let entity = store
                .entity(id)?
                .ok_or_else(|| ApiError::NotFound(format!("no entity with id {id}")))?;
            let judged = Judged::load(store)?;
            if judged.is_empty() {
                return Ok(EntityPage { entity, facts: store.entity_facts(id)? });
            }
            // Judged: rejected facts hidden, corrections shown, a merged entity's facts its
            // kept entity's.
            let root = judged.root(id);
            let entity = if root == id { entity } else { store.entity(root)?.unwrap_or(entity) };
            let facts = judged
                .apply(store.facts(&allegiance_store::FactFilter::default())?, false)
                .into_iter()
                .filter(|f| f.subject_id == root || f.object_id == Some(root))
                .collect();
            Ok(EntityPage { entity, facts })
        })
        .await
        .map(Json)
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct FactsQuery {
    /// Fact type: pledge, branch_of, splinter_of, renamed, merged_into, ally_of, rival_of,
    /// leader_of, founder_of, member_of, designated, strength, presence, attack
    #[serde(rename = "type")]
    #[param(rename = "type")]
    fact_type: Option<String>,
    /// Any name or alias of the subject
    subject: Option<String>,
    /// Any name or alias of the object
    object: Option<String>,
    /// Facts not earlier than this date
    since: Option<String>,
    /// Facts not later than this date
    until: Option<String>,
    /// At most this many (default 1000, at most 10000)
    limit: Option<usize>,
}

/// Facts in time order (the fact's time, else its article's date): the timeline.
#[utoipa::path(
    get, path = "/api/facts", tag = "facts", params(FactsQuery),
    responses((status = 200, body = Vec<FactRow>), (status = 400, body = ErrorBody))
)]
async fn facts(
    State(state): State<AppState>,
    query: Result<Query<FactsQuery>, QueryRejection>,
) -> Result<Json<Vec<FactRow>>, ApiError> {
    let Query(q) = query?;
    let fact_type = match q.fact_type.as_deref().filter(|t| !t.is_empty()) {
        None => None,
        Some(t) => Some(FactType::parse(t).ok_or_else(|| {
            let all: Vec<&str> = FactType::ALL.iter().map(|t| t.as_str()).collect();
            ApiError::BadRequest(format!("type: expected one of {}, got {t:?}", all.join(", ")))
        })?),
    };
    let filter = FactFilter {
        fact_type,
        subject: q.subject.filter(|s| !s.trim().is_empty()),
        object: q.object.filter(|s| !s.trim().is_empty()),
        since: date_param("since", q.since)?.map(|d| d.to_string()),
        until: date_param("until", q.until)?.map(|d| d.to_string()),
        limit: Some(limit(q.limit, 1000)?),
    };
    state
        .query(move |store, _| {
            let judged = Judged::load(store)?;
            Ok(allegiance_store::judged::judged_facts(store, &judged, &filter, false)?)
        })
        .await
        .map(Json)
}

/// One fact's evidence: the sentence inside the article's cleaned text (`before`, `quote`,
/// `after`), with the article's title, outlet, date and address.
#[utoipa::path(
    get, path = "/api/facts/{id}/evidence", tag = "facts",
    params(("id" = i64, Path, description = "The fact id")),
    responses((status = 200, body = EvidenceView), (status = 404, body = ErrorBody), (status = 400, body = ErrorBody))
)]
async fn evidence(
    State(state): State<AppState>,
    id: Result<Path<i64>, PathRejection>,
) -> Result<Json<EvidenceView>, ApiError> {
    let Path(id) = id?;
    state
        .query(move |store, _| {
            store.evidence(id)?.ok_or_else(|| ApiError::NotFound(format!("no fact with id {id}")))
        })
        .await
        .map(Json)
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct NetworkQuery {
    /// The network as stated up to this date (relations stated later, or ended before it, left out)
    as_of: Option<String>,
}

/// Groups and the relations between them (pledge, branch_of, splinter_of, renamed, merged_into,
/// ally_of, rival_of; denied ones left out), as of a date.
#[utoipa::path(
    get, path = "/api/network", tag = "views", params(NetworkQuery),
    responses((status = 200, body = Network), (status = 400, body = ErrorBody))
)]
async fn network(
    State(state): State<AppState>,
    query: Result<Query<NetworkQuery>, QueryRejection>,
) -> Result<Json<Network>, ApiError> {
    let Query(q) = query?;
    let as_of = date_param("as_of", q.as_of)?;
    state
        .query(move |store, _| {
            let judged = Judged::load(store)?;
            Ok(allegiance_store::judged::network(store, &judged, as_of)?)
        })
        .await
        .map(Json)
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct MapQuery {
    /// Only facts about this group (entity id)
    group: Option<i64>,
}

/// A presence or attack fact at a map point.
#[derive(Debug, Serialize, ToSchema)]
struct MapFact {
    /// The fact id (its evidence: `/api/facts/{id}/evidence`)
    id: i64,
    #[serde(rename = "type")]
    fact_type: FactType,
    group_id: i64,
    group: String,
    when: Option<When>,
    published: Option<String>,
    polarity: Polarity,
    /// What happened (attacks)
    what: Option<String>,
    place_source: PlaceSource,
    quote: String,
}

/// A place with coordinates and the facts there.
#[derive(Debug, Serialize, ToSchema)]
struct MapPoint {
    place_id: i64,
    place: String,
    kb: String,
    lat: f64,
    lon: f64,
    presence: usize,
    attacks: usize,
    facts: Vec<MapFact>,
}

/// A place the facts name that has no coordinates in the knowledge base.
#[derive(Debug, Serialize, ToSchema)]
struct UnplacedPlace {
    place_id: i64,
    place: String,
    facts: usize,
}

#[derive(Debug, Serialize, ToSchema)]
struct MapView {
    points: Vec<MapPoint>,
    unplaced: Vec<UnplacedPlace>,
}

/// Presence and attacks at places with coordinates from the knowledge base. A fact's place is its
/// object, or for an attack naming none, the first place its evidence sentence names.
#[utoipa::path(
    get, path = "/api/map", tag = "views", params(MapQuery),
    responses((status = 200, body = MapView), (status = 400, body = ErrorBody))
)]
async fn map(
    State(state): State<AppState>,
    query: Result<Query<MapQuery>, QueryRejection>,
) -> Result<Json<MapView>, ApiError> {
    let Query(q) = query?;
    state
        .query(move |store, state| {
            let judged = Judged::load(store)?;
            if judged.is_empty() {
                let placed = store.placed_facts(q.group)?;
                return Ok(map_view(placed, |kb| state.locate(kb)));
            }
            // Judged: rejected facts leave the map, corrections show, a merged group's facts
            // are its kept group's.
            let group = q.group.map(|g| judged.root(g));
            let placed = store
                .placed_facts(None)?
                .into_iter()
                .filter_map(|p| {
                    let judged_fact = judged.judge(p.fact);
                    let keep = !judged_fact.rejected
                        && group.is_none_or(|g| judged_fact.row.subject_id == g);
                    keep.then_some(PlacedFact { fact: judged_fact.row, ..p })
                })
                .collect();
            Ok(map_view(placed, |kb| state.locate(kb)))
        })
        .await
        .map(Json)
}

fn map_view(placed: Vec<PlacedFact>, locate: impl Fn(&str) -> Option<Located>) -> MapView {
    let mut points: BTreeMap<i64, MapPoint> = BTreeMap::new();
    let mut unplaced: BTreeMap<i64, UnplacedPlace> = BTreeMap::new();
    for p in placed {
        // The most specific place with coordinates (Kabul before Afghanistan), the first on a tie.
        let best = p
            .places
            .iter()
            .filter_map(|place| place.kb.as_deref().and_then(&locate).map(|at| (place, at)))
            .min_by_key(|(_, at)| at.rank);
        let Some((place, at)) = best else {
            for place in &p.places {
                unplaced
                    .entry(place.id)
                    .or_insert(UnplacedPlace {
                        place_id: place.id,
                        place: place.name.clone(),
                        facts: 0,
                    })
                    .facts += 1;
            }
            continue;
        };
        let point = points.entry(place.id).or_insert_with(|| MapPoint {
            place_id: place.id,
            place: place.name.clone(),
            kb: place.kb.clone().unwrap_or_default(),
            lat: at.lat,
            lon: at.lon,
            presence: 0,
            attacks: 0,
            facts: Vec::new(),
        });
        if p.fact.fact_type == FactType::Attack {
            point.attacks += 1;
        } else {
            point.presence += 1;
        }
        let f = p.fact;
        point.facts.push(MapFact {
            id: f.id,
            what: f.attrs.attack().map(|a| a.what.clone()),
            fact_type: f.fact_type,
            group_id: f.subject_id,
            group: f.subject,
            when: f.when,
            published: f.published,
            polarity: f.polarity,
            place_source: p.place_source,
            quote: f.evidence.text,
        });
    }
    MapView { points: points.into_values().collect(), unplaced: unplaced.into_values().collect() }
}

fn limit(asked: Option<usize>, default: usize) -> Result<usize, ApiError> {
    match asked {
        None => Ok(default),
        Some(0) => Err(ApiError::BadRequest("limit: must be at least 1".into())),
        Some(n) if n > MAX_LIMIT => {
            Err(ApiError::BadRequest(format!("limit: at most {MAX_LIMIT}, got {n}")))
        }
        Some(n) => Ok(n),
    }
}

fn date_param(name: &str, value: Option<String>) -> Result<Option<PartialDate>, ApiError> {
    let Some(v) = value.map(|v| v.trim().to_string()).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    PartialDate::parse(&v).map(Some).map_err(|_| {
        ApiError::BadRequest(format!(
            "{name}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got {v:?}"
        ))
    })
}

//! Judgements over HTTP, on a database of its own (the writes would change what the other API
//! tests read): a rejected fact leaves the group page and comes back on undo, a merge answers
//! the merged group's id with the kept group, and writes from another site or without JSON are
//! refused.

use std::path::Path;

use allegiance_extract::{DocMeta, Extractor};
use allegiance_kb::Kb;
use allegiance_read::{read_paths, ReadOptions};
use allegiance_store::{SqliteStore, Store};
use allegiance_web::{app, AppState};
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;

fn router(dir: &Path) -> Router {
    let db = dir.join("judgements.db");
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let extractor = Extractor::new(&Kb::builtin().unwrap());
    let batch: Vec<_> = read_paths(&[examples], &ReadOptions::default())
        .map(|d| d.unwrap())
        .map(|d| {
            let meta = DocMeta {
                published: d.header.published.clone(),
                publisher: d.header.publisher.clone(),
            };
            let ex = extractor.extract(&d.text, &meta);
            (d, ex)
        })
        .collect();
    SqliteStore::open(&db).unwrap().ingest_batch(&batch).unwrap();
    app(AppState::open(&db, Kb::builtin().unwrap(), 2).unwrap())
}

async fn send(
    app: &Router,
    method: Method,
    uri: &str,
    body: Option<Value>,
    origin: Option<&str>,
) -> (StatusCode, Value) {
    let mut req = Request::builder().method(method).uri(uri).header(header::HOST, "127.0.0.1:8080");
    if let Some(o) = origin {
        req = req.header(header::ORIGIN, o);
    }
    let req = match body {
        Some(b) => {
            req.header(header::CONTENT_TYPE, "application/json").body(Body::from(b.to_string()))
        }
        None => req.body(Body::empty()),
    }
    .unwrap();
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

async fn get(app: &Router, uri: &str) -> Value {
    let (status, body) = send(app, Method::GET, uri, None, None).await;
    assert_eq!(status, StatusCode::OK, "{uri}: {body}");
    body
}

async fn group_id(app: &Router, name: &str) -> i64 {
    let hits = get(app, &format!("/api/search?q={}&kind=group", name.replace(' ', "%20"))).await;
    hits.as_array().unwrap().iter().find(|h| h["name"] == name).unwrap()["id"].as_i64().unwrap()
}

#[tokio::test]
async fn reject_merge_and_undo_from_the_browser() {
    let dir = tempfile::tempdir().unwrap();
    let app = router(dir.path());
    let iskp = group_id(&app, "Islamic State Khorasan Province").await;
    let profile = get(&app, &format!("/api/groups/{iskp}")).await;
    let rivals = profile["rivals"].as_array().unwrap();
    let taliban = rivals.iter().find(|f| f["subject"] == "Taliban").unwrap();
    let fact = taliban["id"].as_i64().unwrap();

    let drawn = |network: &Value, fact: i64| {
        network["edges"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["fact_ids"].as_array().unwrap().iter().any(|f| *f == fact))
    };
    assert!(drawn(&get(&app, "/api/network").await, fact), "the rivalry is an edge");
    let other = group_id(&app, "Islamic State Afghanistan Province").await;
    let network = get(&app, "/api/network").await;
    assert!(network["nodes"].as_array().unwrap().iter().any(|n| n["id"] == other), "both drawn");

    // Refused: another site's page, and a body that does not say it is JSON.
    let reject = json!({"action": "reject", "note": "the sentence says the Taliban fight it", "author": "ana"});
    let uri = format!("/api/judgements/facts/{fact}");
    let (status, _) =
        send(&app, Method::POST, &uri, Some(reject.clone()), Some("https://evil.example")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let form = Request::builder()
        .method(Method::POST)
        .uri(&uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("action=reject"))
        .unwrap();
    assert_eq!(
        app.clone().oneshot(form).await.unwrap().status(),
        StatusCode::UNSUPPORTED_MEDIA_TYPE
    );
    assert_eq!(get(&app, "/api/judgements").await, json!([]), "nothing was recorded");

    // Reject from the page's own origin: the fact leaves the group page and the facts list.
    let (status, made) =
        send(&app, Method::POST, &uri, Some(reject), Some("http://127.0.0.1:8080")).await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    assert_eq!(made["author"], "ana");
    let profile = get(&app, &format!("/api/groups/{iskp}")).await;
    assert!(profile["rivals"].as_array().unwrap().iter().all(|f| f["id"] != fact));
    let facts = get(&app, "/api/facts?type=rival_of").await;
    assert!(facts.as_array().unwrap().iter().all(|f| f["id"] != fact));
    assert!(!drawn(&get(&app, "/api/network").await, fact), "the network draws no rejected fact");
    let page = get(&app, &format!("/api/entities/{iskp}")).await;
    assert!(page["facts"].as_array().unwrap().iter().all(|f| f["id"] != fact), "entity page");
    let (status, said) =
        send(&app, Method::POST, &uri, Some(json!({"action": "confirm"})), None).await;
    assert_eq!(status, StatusCode::CONFLICT, "confirming a rejected fact: {said}");

    // Merge: the merged group's page is the kept group's.
    let (status, merged) = send(
        &app,
        Method::POST,
        "/api/judgements/merge",
        Some(json!({"keep": iskp, "other": other})),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{merged}");
    assert_eq!(merged["author"], "browser");
    let page = get(&app, &format!("/api/groups/{other}")).await;
    assert_eq!(page["id"], iskp);
    assert!(page["names"]
        .as_array()
        .unwrap()
        .iter()
        .any(|n| n["name"] == "Islamic State Afghanistan Province"));

    // The merged group's entity page, map, network edges and disputed claims are the kept group's.
    let network = get(&app, "/api/network").await;
    assert!(network["edges"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["source"] != other && e["target"] != other));
    assert!(network["nodes"].as_array().unwrap().iter().all(|n| n["id"] != other));
    assert_eq!(get(&app, &format!("/api/entities/{other}")).await["entity"]["id"], iskp);
    assert_eq!(
        get(&app, &format!("/api/map?group={other}")).await,
        get(&app, &format!("/api/map?group={iskp}")).await
    );
    assert_eq!(
        get(&app, &format!("/api/groups/{other}/conflicts")).await,
        get(&app, &format!("/api/groups/{iskp}/conflicts")).await
    );

    // Who judged what, and undo.
    let listed = get(&app, "/api/judgements").await;
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 2);
    assert!(listed.iter().all(|j| j["orphaned"].is_null()));
    let id = made["id"].as_str().unwrap();
    let (status, _) =
        send(&app, Method::DELETE, &format!("/api/judgements/{id}"), Some(json!({})), None).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let profile = get(&app, &format!("/api/groups/{iskp}")).await;
    assert!(
        profile["rivals"].as_array().unwrap().iter().any(|f| f["id"] == fact),
        "back after undo"
    );
    let (status, _) =
        send(&app, Method::DELETE, &format!("/api/judgements/{id}"), Some(json!({})), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

//! The HTTP API on a database of the repository's examples/ plus the browser test's fixtures,
//! extracted and stored as `allegiance ingest` does, requests sent to the router in process.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use allegiance_extract::{DocMeta, Extractor};
use allegiance_kb::Kb;
use allegiance_model::{EntityKind, FactType, Polarity};
use allegiance_read::{read_paths, Document, ReadOptions};
use allegiance_store::{SqliteStore, Store};
use allegiance_web::{app, AppState};
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

struct Fixture {
    _dir: tempfile::TempDir,
    db: PathBuf,
    docs: Vec<Document>,
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("api.db");
        let inputs = vec![repo().join("examples"), repo().join("web/e2e/fixtures")];
        let docs: Vec<Document> = read_paths(&inputs, &ReadOptions::default())
            .map(|d| d.expect("example reads"))
            .collect();
        let extractor = Extractor::new(&Kb::builtin().unwrap());
        let batch: Vec<_> = docs
            .iter()
            .map(|d| {
                let meta = DocMeta {
                    published: d.header.published.clone(),
                    publisher: d.header.publisher.clone(),
                };
                (d.clone(), extractor.extract(&d.text, &meta))
            })
            .collect();
        let mut store = SqliteStore::open(&db).unwrap();
        store.ingest_batch(&batch).unwrap();
        Fixture { _dir: dir, db, docs }
    })
}

fn router() -> Router {
    static STATE: OnceLock<AppState> = OnceLock::new();
    app(STATE
        .get_or_init(|| AppState::open(&fixture().db, Kb::builtin().unwrap(), 2).unwrap())
        .clone())
}

struct Reply {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
    fn header(&self, name: header::HeaderName) -> &str {
        self.headers.get(&name).and_then(|v| v.to_str().ok()).unwrap_or("")
    }
}

async fn send(method: Method, uri: &str) -> Reply {
    let res = router()
        .oneshot(Request::builder().method(method).uri(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    Reply { status, headers, body }
}

async fn get(uri: &str) -> Reply {
    send(Method::GET, uri).await
}

async fn get_ok(uri: &str) -> Value {
    let r = get(uri).await;
    assert_eq!(r.status, StatusCode::OK, "{uri}: {}", String::from_utf8_lossy(&r.body));
    assert!(r.header(header::CONTENT_TYPE).starts_with("application/json"), "{uri}");
    r.json()
}

async fn bad_request(uri: &str, says: &str) {
    let r = get(uri).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{uri}");
    let msg = r.json()["error"].as_str().unwrap_or_default().to_string();
    assert!(msg.contains(says), "{uri}: {msg:?} should say {says:?}");
}

async fn group_id(name: &str) -> i64 {
    let hits = get_ok(&format!("/api/search?q={}&kind=group", urlencode(name))).await;
    hits.as_array()
        .unwrap()
        .iter()
        .find(|h| h["name"] == name)
        .unwrap_or_else(|| panic!("no group {name}: {hits}"))["id"]
        .as_i64()
        .unwrap()
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b == b'-' {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn names(v: &Value, key: &str) -> Vec<String> {
    v.as_array().unwrap().iter().map(|x| x[key].as_str().unwrap_or_default().to_string()).collect()
}

const ROUTES: [&str; 13] = [
    "/api/entities/{id}",
    "/api/facts",
    "/api/facts/{id}/evidence",
    "/api/groups",
    "/api/groups/{id}",
    "/api/groups/{id}/conflicts",
    "/api/judgements",
    "/api/map",
    "/api/network",
    "/api/openapi.json",
    "/api/search",
    "/api/stats",
    "/api/vocabulary",
];

/// The routes that write (judgements: tests/judgements.rs), with their one method.
const WRITE_ROUTES: [(&str, &str); 3] = [
    ("/api/judgements/facts/{id}", "post"),
    ("/api/judgements/merge", "post"),
    ("/api/judgements/{id}", "delete"),
];

/// Every `$ref` in the document, which must name a schema it defines.
fn refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x) {
                    ("$ref", Value::String(r)) => out.push(r.clone()),
                    _ => refs(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
        _ => {}
    }
}

#[tokio::test]
async fn the_openapi_document_is_json_that_lists_every_route_and_each_answers() {
    let doc = get_ok("/api/openapi.json").await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"), "{}", doc["openapi"]);
    assert_eq!(doc["info"]["title"], "allegiance");
    let paths: BTreeSet<&str> =
        doc["paths"].as_object().unwrap().keys().map(String::as_str).collect();
    let all: BTreeSet<&str> = ROUTES.into_iter().chain(WRITE_ROUTES.map(|(r, _)| r)).collect();
    assert_eq!(paths, all);
    for (path, method) in WRITE_ROUTES {
        let op = &doc["paths"][path][method];
        assert!(op["responses"]["403"].is_object(), "{path} documents a refused write");
    }
    for path in ROUTES {
        let item = &doc["paths"][path];
        let op = &item["get"];
        assert!(op["responses"]["200"].is_object(), "{path} documents its answer");
        assert!(op["summary"].is_string() || op["description"].is_string(), "{path} is described");
    }
    let mut found = Vec::new();
    refs(&doc, &mut found);
    assert!(found.len() > 10);
    for r in found {
        let name = r
            .strip_prefix("#/components/schemas/")
            .unwrap_or_else(|| panic!("unexpected $ref {r}"));
        assert!(doc["components"]["schemas"][name].is_object(), "{r} is defined");
    }
    // Dates are described once, as strings of their written form.
    assert_eq!(doc["components"]["schemas"]["PartialDate"]["type"], "string");
    // The document and the router come from the same declarations: each route answers.
    let group = group_id("Islamic State").await;
    let fact = get_ok("/api/facts?limit=1").await[0]["id"].as_i64().unwrap();
    for route in ROUTES {
        let id = if route.starts_with("/api/facts/") { fact } else { group };
        let mut uri = route.replace("{id}", &id.to_string());
        if route == "/api/search" {
            uri.push_str("?q=ISIS");
        }
        assert_eq!(get(&uri).await.status, StatusCode::OK, "{uri}");
    }
}

#[tokio::test]
async fn the_vocabulary_gives_each_fact_type_its_label_and_lists_kinds_and_polarities() {
    let vocabulary = get_ok("/api/vocabulary").await;
    let types = vocabulary["fact_types"].as_array().unwrap();
    assert_eq!(types.len(), FactType::ALL.len());
    for (t, term) in FactType::ALL.into_iter().zip(types) {
        assert_eq!(term["name"], t.as_str(), "{term}");
        assert_eq!(term["label"], t.label(), "{term}");
        assert_eq!(term["symmetric"], t.is_symmetric(), "{term}");
        assert_eq!(term["network"], t.is_network(), "{term}");
    }
    let term = |name: &str| types.iter().find(|t| t["name"] == name).unwrap().clone();
    assert_eq!(term("branch_of")["label"], "is a branch of");
    assert_eq!(term("ally_of")["symmetric"], true);
    assert_eq!(term("leader_of")["network"], false);
    // The network's edges are of the types flagged as network relations.
    let network = get_ok("/api/network").await;
    for edge in network["edges"].as_array().unwrap() {
        assert_eq!(term(edge["type"].as_str().unwrap())["network"], true, "{edge}");
    }
    let kinds: Vec<&str> = EntityKind::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(vocabulary["entity_kinds"], serde_json::json!(kinds));
    let polarities: Vec<&str> = Polarity::ALL.iter().map(|p| p.as_str()).collect();
    assert_eq!(vocabulary["polarities"], serde_json::json!(polarities));
    // Described in the OpenAPI document with a schema of its own.
    let doc = get_ok("/api/openapi.json").await;
    let schema = &doc["components"]["schemas"]["Vocabulary"]["properties"];
    assert!(schema["fact_types"].is_object() && schema["polarities"].is_object(), "{schema}");
}

#[tokio::test]
async fn search_finds_groups_people_and_places_by_any_alias() {
    // An alias seen in the articles.
    let hits = get_ok("/api/search?q=ISKP").await;
    assert_eq!(hits[0]["name"], "Islamic State Khorasan Province");
    assert_eq!(hits[0]["match_kind"], "exact");
    assert_eq!(hits[0]["matched"], "ISKP");
    // An alias only the knowledge base knows.
    let hits = get_ok("/api/search?q=Daesh").await;
    assert_eq!(hits[0]["name"], "Islamic State");
    assert_eq!(hits[0]["match_kind"], "kb");
    // Part of a name, folded for case and diacritics.
    let found = names(&get_ok("/api/search?q=khorasan").await, "name");
    assert!(
        found.contains(&"Islamic State Khorasan Province".into())
            && found.contains(&"Khorasan group".into()),
        "{found:?}"
    );
    let people = get_ok("/api/search?q=baghdadi&kind=person").await;
    assert!(names(&people, "name").contains(&"Abu Bakr al-Baghdadi".to_string()), "{people}");
    assert!(people.as_array().unwrap().iter().all(|h| h["kind"] == "person"));
    let places = get_ok("/api/search?q=Kabul&kind=place").await;
    assert_eq!(places[0]["name"], "Kabul");
    assert!(get_ok("/api/search?q=zzzz-no-such-group").await.as_array().unwrap().is_empty());
    bad_request("/api/search?q=x&kind=army", "kind: expected one of group, person, place, body")
        .await;
    bad_request("/api/search", "q").await;
    bad_request("/api/search?q=x&limit=0", "limit").await;
}

#[tokio::test]
async fn a_group_page_has_its_names_relations_and_facts() {
    let id = group_id("Islamic State").await;
    let p = get_ok(&format!("/api/groups/{id}")).await;
    assert_eq!(p["name"], "Islamic State");
    assert!(names(&p["names"], "name").contains(&"ISIL".to_string()));
    assert!(p["pledges_in"].as_array().unwrap().iter().any(|f| f["subject"] == "Boko Haram"));
    assert!(p["branches"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["subject"] == "Islamic State Khorasan Province"));
    assert!(p["leaders"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["subject"] == "Abu Bakr al-Baghdadi"));
    assert!(p["strength"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["attrs"]["min"] == 20000.0 && f["attrs"]["max"] == 31500.0));
    // Each fact names its article and evidence.
    let f = &p["pledges_in"][0];
    assert!(f["evidence"]["text"].as_str().unwrap().contains("allegiance"));
    assert!(f["title"].is_string() && f["published"].is_string());

    // A person is not a group; the entity page has them.
    let person = get_ok("/api/search?q=Abu%20Bakr%20al-Baghdadi&kind=person").await[0]["id"]
        .as_i64()
        .unwrap();
    let r = get(&format!("/api/groups/{person}")).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(r.json()["error"], format!("no group with id {person}"));
    let page = get_ok(&format!("/api/entities/{person}")).await;
    assert_eq!(page["entity"]["kind"], "person");
    assert!(page["facts"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["type"] == "leader_of" && f["object"] == "Islamic State"));
    assert_eq!(get("/api/entities/999999").await.status, StatusCode::NOT_FOUND);
    bad_request("/api/groups/abc", "abc").await;
}

#[tokio::test]
async fn conflicting_claims_of_a_group_are_listed_with_both_sides() {
    let id = group_id("al-Shabaab").await;
    let conflicts = get_ok(&format!("/api/groups/{id}/conflicts")).await;
    let strength = conflicts
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "strength")
        .expect("a strength conflict");
    let summary = strength["summary"].as_str().unwrap();
    assert!(
        summary.contains("2011") && summary.contains("7,000–9,000") && summary.contains("3,000"),
        "{summary}"
    );
    let docs: BTreeSet<&str> =
        strength["facts"].as_array().unwrap().iter().map(|f| f["doc"].as_str().unwrap()).collect();
    assert_eq!(docs.len(), 2, "one estimate from each article: {docs:?}");
    let is = group_id("Islamic State").await;
    assert!(get_ok(&format!("/api/groups/{is}/conflicts")).await.as_array().unwrap().is_empty());
}

#[tokio::test]
async fn evidence_is_the_sentence_inside_the_cleaned_article() {
    let facts = get_ok("/api/facts?limit=10000").await;
    let facts = facts.as_array().unwrap();
    assert!(facts.len() > 100);
    for f in facts {
        let id = f["id"].as_i64().unwrap();
        let v = get_ok(&format!("/api/facts/{id}/evidence")).await;
        let doc = fixture()
            .docs
            .iter()
            .find(|d| d.header.doc == v["document"]["doc"])
            .expect("the article is one of the inputs");
        let (before, quote, after) = (
            v["before"].as_str().unwrap(),
            v["quote"].as_str().unwrap(),
            v["after"].as_str().unwrap(),
        );
        assert!(v["located"].as_bool().unwrap());
        assert_eq!(format!("{before}{quote}{after}"), doc.text, "fact {id}");
        assert_eq!(quote, f["evidence"]["text"].as_str().unwrap());
        assert_eq!(before.len(), f["evidence"]["start"].as_u64().unwrap() as usize);
        assert_eq!(v["document"]["title"].as_str(), doc.header.title.as_deref());
        assert_eq!(v["document"]["published"].as_str(), doc.header.published.as_deref());
    }
    // Markup in an article travels as JSON text; the response cannot be sniffed as a page.
    let markup = facts
        .iter()
        .find(|f| f["evidence"]["text"].as_str().unwrap().contains("<script>"))
        .expect("the fixture's sentence");
    let r = get(&format!("/api/facts/{}/evidence", markup["id"])).await;
    assert!(r.header(header::CONTENT_TYPE).starts_with("application/json"));
    assert_eq!(r.header(header::X_CONTENT_TYPE_OPTIONS), "nosniff");
    assert!(r.json()["document"]["title"].as_str().unwrap().contains("<img src=x onerror="));
    assert_eq!(get("/api/facts/999999/evidence").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_network_as_of_a_date_leaves_out_what_was_stated_later() {
    let all = get_ok("/api/network").await;
    let edges = |n: &Value| -> BTreeSet<(String, String, String)> {
        let name = |id: &Value| {
            n["nodes"].as_array().unwrap().iter().find(|x| x["id"] == *id).unwrap()["name"]
                .as_str()
                .unwrap()
                .to_string()
        };
        n["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (e["type"].as_str().unwrap().to_string(), name(&e["source"]), name(&e["target"]))
            })
            .collect()
    };
    let every = edges(&all);
    let hts = (
        "merged_into".to_string(),
        "Jabhat Fateh al-Sham".to_string(),
        "Hayat Tahrir al-Sham".to_string(),
    );
    let boko = ("pledge".to_string(), "Boko Haram".to_string(), "Islamic State".to_string());
    assert!(every.contains(&hts) && every.contains(&boko), "{every:?}");
    assert!(all["first"].as_str().unwrap() <= "2014" && all["last"].as_str().unwrap() >= "2025");

    let y2015 = get_ok("/api/network?as_of=2015-03").await;
    assert_eq!(y2015["as_of"], "2015-03");
    let then = edges(&y2015);
    assert!(then.contains(&boko) && !then.contains(&hts), "{then:?}");
    assert!(then.len() < every.len());
    for e in y2015["edges"].as_array().unwrap() {
        if let Some(first) = e["first"].as_str() {
            assert!(&first[..first.len().min(7)] <= "2015-03", "{e}");
        }
    }
    // Every node of a view is an end of one of its edges.
    let ends: BTreeSet<i64> = y2015["edges"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| [e["source"].as_i64().unwrap(), e["target"].as_i64().unwrap()])
        .collect();
    let nodes: BTreeSet<i64> =
        y2015["nodes"].as_array().unwrap().iter().map(|n| n["id"].as_i64().unwrap()).collect();
    assert_eq!(ends, nodes);
    assert!(edges(&get_ok("/api/network?as_of=2017").await).contains(&hts));
    bad_request("/api/network?as_of=March%202015", "as_of: expected a date").await;
    bad_request("/api/network?as_of=2015-13", "as_of").await;
}

#[tokio::test]
async fn the_map_places_presence_and_attacks_at_kb_coordinates() {
    let map = get_ok("/api/map").await;
    let points = map["points"].as_array().unwrap();
    let nairobi = points.iter().find(|p| p["place"] == "Nairobi").expect("Nairobi");
    assert!(
        (nairobi["lat"].as_f64().unwrap() + 1.28).abs() < 0.1
            && (nairobi["lon"].as_f64().unwrap() - 36.82).abs() < 0.1,
        "{nairobi}"
    );
    assert!(nairobi["facts"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["type"] == "attack" && f["group"] == "al-Shabaab"));
    assert_eq!(nairobi["attacks"], 1);
    // An attack whose fact names its place is placed there: "a suicide bombing outside Kabul's
    // international airport".
    let kabul = points.iter().find(|p| p["place"] == "Kabul").expect("Kabul");
    let airport = kabul["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["group"] == "Islamic State Khorasan Province")
        .expect("the airport bombing");
    assert_eq!(airport["place_source"], "object");
    // An attack whose fact names no place: placed where its sentence says ("near Tinzaouaten in
    // northern Mali, where Tuareg rebels and JNIM fighters ambushed a convoy").
    let ambush = points
        .iter()
        .flat_map(|p| p["facts"].as_array().unwrap())
        .find(|f| {
            f["type"] == "attack" && f["quote"].as_str().unwrap().contains("ambushed a convoy")
        })
        .expect("the convoy ambush");
    assert_eq!(ambush["place_source"], "sentence");
    for p in points {
        let (lat, lon) = (p["lat"].as_f64().unwrap(), p["lon"].as_f64().unwrap());
        assert!((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon), "{p}");
        let n = p["facts"].as_array().unwrap().len() as u64;
        assert_eq!(p["presence"].as_u64().unwrap() + p["attacks"].as_u64().unwrap(), n);
    }
    // One group's facts only.
    let id = group_id("Boko Haram").await;
    let boko = get_ok(&format!("/api/map?group={id}")).await;
    let groups: BTreeSet<&str> = boko["points"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["facts"].as_array().unwrap())
        .map(|f| f["group"].as_str().unwrap())
        .collect();
    assert_eq!(groups, BTreeSet::from(["Boko Haram"]));
    bad_request("/api/map?group=boko", "group").await;
}

#[tokio::test]
async fn facts_filter_by_type_name_and_date_in_time_order() {
    let pledges = get_ok("/api/facts?type=pledge&object=ISIS&since=2015").await;
    let pledges = pledges.as_array().unwrap();
    assert!(pledges.len() >= 3, "{pledges:?}");
    for f in pledges {
        assert_eq!(f["type"], "pledge");
        assert_eq!(f["object"], "Islamic State");
    }
    let all = get_ok("/api/facts").await;
    let dates: Vec<String> = all
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| {
            f["when"]["start"]
                .as_str()
                .or(f["when"]["end"].as_str())
                .or(f["published"].as_str())
                .map(str::to_string)
        })
        .collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "time order");
    assert_eq!(get_ok("/api/facts?limit=3").await.as_array().unwrap().len(), 3);
    bad_request("/api/facts?type=alliance", "type: expected one of pledge, branch_of").await;
    bad_request("/api/facts?since=yesterday", "since: expected a date").await;
    bad_request("/api/facts?limit=20000", "limit: at most 10000").await;
    let stats = get_ok("/api/stats").await;
    assert_eq!(stats["documents"].as_u64().unwrap() as usize, fixture().docs.len());
}

#[tokio::test]
async fn the_ui_is_served_from_the_binary_with_a_strict_content_security_policy() {
    let page = get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.header(header::CONTENT_TYPE), "text/html; charset=utf-8");
    let csp = page.header(header::CONTENT_SECURITY_POLICY);
    assert!(
        csp.contains("script-src 'self'")
            && csp.contains("default-src 'self'")
            && !csp.contains("unsafe-eval"),
        "{csp}"
    );
    let html = String::from_utf8(page.body).unwrap();
    assert!(html.contains("id=\"view\""));
    // Every script and stylesheet the page loads is embedded, and none comes from elsewhere.
    let mut assets = 0;
    for part in html.split(['"', '\'']).filter(|p| p.starts_with("./assets/")) {
        let r = get(&part[1..]).await;
        assert_eq!(r.status, StatusCode::OK, "{part}");
        let ty = r.header(header::CONTENT_TYPE).to_string();
        assert!(ty.contains("javascript") || ty.contains("css"), "{part}: {ty}");
        assert!(r.header(header::CACHE_CONTROL).contains("immutable"));
        assets += 1;
    }
    assert!(assets >= 2, "the page loads its script and styles: {html}");
    assert!(!html.contains("http://") && !html.contains("https://"), "no outside address: {html}");
    assert!(allegiance_web::ui_files().any(|f| f.starts_with("assets/") && f.ends_with(".js")));

    assert_eq!(get("/no-such-file.js").await.status, StatusCode::NOT_FOUND);
    assert_eq!(send(Method::POST, "/").await.status, StatusCode::METHOD_NOT_ALLOWED);
    let r = get("/api/no-such-route").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.json()["error"].as_str().unwrap().contains("/api/openapi.json"));
}

#[test]
fn a_missing_database_is_an_error_naming_it() {
    let Err(e) = AppState::open(Path::new("/nonexistent/allegiance.db"), Kb::empty(), 1) else {
        panic!("opened a missing file")
    };
    assert!(e.to_string().contains("/nonexistent/allegiance.db"), "{e}");
}

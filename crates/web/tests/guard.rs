//! The server's guard on every route: the Host header must name the address served (DNS
//! rebinding), and with a token every request must carry it. Requests go to the router in process.

use std::sync::OnceLock;

use allegiance_kb::Kb;
use allegiance_store::SqliteStore;
use allegiance_web::{guarded_app, AppState, Guard};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

const TOKEN: &str = "0123456789abcdef0123";

/// An empty database, opened once.
fn state() -> AppState {
    static STATE: OnceLock<(tempfile::TempDir, AppState)> = OnceLock::new();
    STATE
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let db = dir.path().join("guard.db");
            drop(SqliteStore::open(&db).unwrap());
            let state = AppState::open(&db, Kb::empty(), 1).unwrap();
            (dir, state)
        })
        .1
        .clone()
}

/// Status, headers and body of a GET of `uri` with the given headers, to a server on `addr`.
async fn get(
    addr: &str,
    token: Option<&str>,
    uri: &str,
    headers: &[(header::HeaderName, &str)],
) -> (StatusCode, axum::http::HeaderMap, String) {
    let guard = Guard::new(addr.parse().unwrap(), token.map(String::from));
    let mut request = Request::builder().uri(uri);
    for (name, value) in headers {
        request = request.header(name, *value);
    }
    let reply =
        guarded_app(state(), guard).oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
    let status = reply.status();
    let headers = reply.headers().clone();
    let body = reply.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

#[tokio::test]
async fn a_foreign_host_is_refused_and_a_loopback_one_answered() {
    let addr = "127.0.0.1:8080";
    let (status, _, body) =
        get(addr, None, "/api/stats", &[(header::HOST, "rebind.example:8080")]).await;
    assert_eq!(status, StatusCode::MISDIRECTED_REQUEST);
    assert!(body.contains("Host"), "{body}");
    // The UI is guarded as well as the API.
    let (status, _, _) = get(addr, None, "/", &[(header::HOST, "rebind.example:8080")]).await;
    assert_eq!(status, StatusCode::MISDIRECTED_REQUEST);
    let (status, _, _) = get(addr, None, "/api/stats", &[]).await;
    assert_eq!(status, StatusCode::MISDIRECTED_REQUEST, "no Host at all");
    for host in ["localhost:8080", "127.0.0.1:8080", "[::1]:8080"] {
        let (status, _, body) = get(addr, None, "/api/stats", &[(header::HOST, host)]).await;
        assert_eq!(status, StatusCode::OK, "{host}: {body}");
        assert!(body.contains("documents"), "{body}");
    }
}

#[tokio::test]
async fn with_a_token_a_request_without_it_is_refused_and_one_with_it_answered() {
    let addr = "0.0.0.0:9000";
    let host = (header::HOST, "analysis.example:9000");
    let (status, _, body) = get(addr, Some(TOKEN), "/api/stats", std::slice::from_ref(&host)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(body.contains("token"), "{body}");
    let wrong = format!("Bearer {}x", TOKEN);
    let (status, _, _) =
        get(addr, Some(TOKEN), "/api/stats", &[host.clone(), (header::AUTHORIZATION, &wrong)])
            .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let bearer = format!("Bearer {TOKEN}");
    let (status, _, body) =
        get(addr, Some(TOKEN), "/api/stats", &[host.clone(), (header::AUTHORIZATION, &bearer)])
            .await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn a_browser_opening_the_token_link_gets_a_cookie_that_then_opens_the_api() {
    let addr = "127.0.0.1:8080";
    let host = (header::HOST, "localhost:8080");
    let uri = format!("/?token={TOKEN}");
    let (status, headers, _) = get(addr, Some(TOKEN), &uri, std::slice::from_ref(&host)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[header::LOCATION], "/");
    let cookie = headers[header::SET_COOKIE].to_str().unwrap().to_string();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "{cookie}");
    let sent = cookie.split(';').next().unwrap().to_string();
    let (status, _, _) =
        get(addr, Some(TOKEN), "/api/stats", &[host.clone(), (header::COOKIE, &sent)]).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) =
        get(addr, Some(TOKEN), "/?token=not-the-token", std::slice::from_ref(&host)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

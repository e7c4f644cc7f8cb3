//! The web interface of allegiance: a JSON API under `/api` (described by the OpenAPI document
//! at `/api/openapi.json`) and the browser UI, embedded in the binary, at `/`.
//!
//! The UI reads nothing but this API; article text reaches the page as JSON strings and is put
//! into the document as text nodes, and the Content-Security-Policy sent with every response
//! allows scripts from this server only.

mod api;
mod assets;
mod error;
mod guard;
mod judgements;
mod state;

pub use api::openapi;
pub use assets::files as ui_files;
pub use error::{ApiError, ErrorBody};
pub use guard::Guard;
pub use state::{AppState, OpenError};

use std::future::Future;

use axum::http::{header, HeaderValue};
use axum::routing::any;
use axum::Router;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;

/// No inline scripts, nothing from other hosts; styles inline because Leaflet and Cytoscape set
/// element styles.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
     img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// The whole application: API, UI, security headers, compression; no Host or token check (see
/// [`guarded_app`], which the server runs).
pub fn app(state: AppState) -> Router {
    with_headers(routes(state))
}

/// [`app`] with every request, on every route, checked by `guard` (Host header, token).
pub fn guarded_app(state: AppState, guard: Guard) -> Router {
    let guard = std::sync::Arc::new(guard);
    with_headers(routes(state).layer(axum::middleware::from_fn_with_state(guard, guard::check)))
}

/// The API and the UI.
fn routes(state: AppState) -> Router {
    Router::new()
        .merge(api::router())
        .route(
            "/api/{*rest}",
            any(|| async {
                ApiError::NotFound("no such API route (see /api/openapi.json)".into())
            }),
        )
        .fallback(assets::ui)
        .with_state(state)
}

/// Security headers and compression around `router`.
fn with_headers(router: Router) -> Router {
    router
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(CompressionLayer::new())
}

/// Serves the application on `listener` until `shutdown` completes; requests in flight are
/// finished first. Requests must name the listener's address as Host and carry `token` if any.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    token: Option<String>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let guard = Guard::new(listener.local_addr()?, token);
    axum::serve(listener, guarded_app(state, guard)).with_graceful_shutdown(shutdown).await
}

/// Runs the server on its own runtime with `threads` worker threads until Ctrl-C or SIGTERM.
/// `token`, if any, must come with every request ([`Guard`]).
/// `ready` is told the bound address (with the port chosen when `addr` asked for port 0) once
/// the server accepts connections.
pub fn serve_blocking(
    addr: std::net::SocketAddr,
    state: AppState,
    threads: usize,
    token: Option<String>,
    ready: impl FnOnce(std::net::SocketAddr),
) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(threads.max(1))
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| std::io::Error::new(e.kind(), format!("listening on {addr}: {e}")))?;
        ready(listener.local_addr()?);
        serve(listener, state, token, stop_signal()).await
    })
}

/// Ctrl-C, or SIGTERM where there is one: what ends `serve`, and what the CLI's long runs
/// (`work`) listen for.
pub async fn stop_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
}

//! The browser UI, built from `web/` by `build.rs` and embedded in the binary: `serve` needs no
//! files beside it.

use axum::body::Body;
use axum::http::{header, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "../../web/dist"]
struct Ui;

/// The embedded file for a request path ("/" is the page itself), with its type and caching.
pub async fn ui(method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
            "method not allowed\n",
        )
            .into_response();
    }
    let path = uri.path().trim_start_matches('/');
    let path = if path.is_empty() { "index.html" } else { path };
    let Some(file) = Ui::get(path) else {
        return (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!("not found: /{path}\n"),
        )
            .into_response();
    };
    // Vite names bundles by content hash, so they never change; the page itself always may.
    let cache = if path.starts_with("assets/") {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    Response::builder()
        .header(header::CONTENT_TYPE, content_type(file.metadata.mimetype()))
        .header(header::CACHE_CONTROL, cache)
        .body(Body::from(file.data.into_owned()))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

/// The Content-Type for an embedded file of type `mime`: text is UTF-8 (vite writes it so), and
/// says so, or a browser guesses the page's encoding from its bytes.
fn content_type(mime: &str) -> String {
    let textual = mime.starts_with("text/")
        || matches!(mime, "application/javascript" | "application/json" | "image/svg+xml");
    if textual && !mime.contains("charset") {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    }
}

/// Paths of the embedded files (for tests and the startup check).
pub fn files() -> impl Iterator<Item = String> {
    Ui::iter().map(|p| p.into_owned())
}

#[cfg(test)]
mod tests {
    use super::content_type;

    #[test]
    fn text_types_name_their_charset_and_binary_ones_do_not() {
        assert_eq!(content_type("text/html"), "text/html; charset=utf-8");
        assert_eq!(content_type("text/css"), "text/css; charset=utf-8");
        assert_eq!(content_type("application/javascript"), "application/javascript; charset=utf-8");
        assert_eq!(content_type("image/png"), "image/png");
        assert_eq!(content_type("text/html; charset=utf-8"), "text/html; charset=utf-8");
    }
}

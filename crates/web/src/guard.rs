//! Who may talk to the server: a request's `Host` must name the address served, and when the
//! server has a token, every request must carry it.
//!
//! The Host check stops DNS rebinding: a page from another site that makes its own host name
//! resolve to 127.0.0.1 sends that name as Host, and is refused, so it cannot read the API from
//! the analyst's browser. On loopback the names `localhost`, `127.0.0.1` and `[::1]` with the port
//! are accepted, and the bound address itself. A server bound to every interface (`0.0.0.0`,
//! `::`) cannot know the names it is reached by, so there the token alone guards it.
//!
//! The token is sent as `Authorization: Bearer TOKEN`, or as the cookie the server sets when a
//! browser first opens `/?token=TOKEN` (so the UI, which sends no header, works). Tokens are
//! compared in constant time. The layer wraps the whole router, so every route, those added
//! later included, is guarded.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The cookie that carries the token for the browser UI.
const COOKIE: &str = "allegiance_token";

/// What [`check`] enforces for one server.
#[derive(Debug, Clone)]
pub struct Guard {
    /// Host header values accepted; `None` accepts any (an unspecified bind address).
    hosts: Option<Vec<String>>,
    token: Option<String>,
}

impl Guard {
    /// The guard for a server bound to `addr`, with an optional token every request must carry.
    pub fn new(addr: SocketAddr, token: Option<String>) -> Guard {
        let port = addr.port();
        let hosts = if addr.ip().is_unspecified() {
            None
        } else {
            let mut hosts = vec![addr.to_string()];
            if addr.ip().is_loopback() {
                hosts.extend(
                    ["localhost", "127.0.0.1", "[::1]"].iter().map(|h| format!("{h}:{port}")),
                );
            }
            if port == 80 {
                // Browsers leave out the default port.
                let bare: Vec<String> =
                    hosts.iter().filter_map(|h| h.strip_suffix(":80")).map(String::from).collect();
                hosts.extend(bare);
            }
            Some(hosts)
        };
        Guard { hosts, token: token.filter(|t| !t.is_empty()) }
    }

    fn host_allowed(&self, host: Option<&str>) -> bool {
        match &self.hosts {
            None => true,
            Some(hosts) => {
                host.is_some_and(|h| hosts.iter().any(|allowed| allowed.eq_ignore_ascii_case(h)))
            }
        }
    }
}

/// Refuses a request whose Host is not the server's (421) or that lacks the token (401); a
/// browser opening `/?token=TOKEN` gets the token as a cookie and is sent on to `/`.
pub async fn check(State(guard): State<Arc<Guard>>, request: Request, next: Next) -> Response {
    let host = request.headers().get(header::HOST).and_then(|h| h.to_str().ok());
    if !guard.host_allowed(host) {
        return plain(
            StatusCode::MISDIRECTED_REQUEST,
            "this server answers only requests addressed to it (the Host header names another)\n",
        );
    }
    let Some(token) = guard.token.as_deref() else {
        return next.run(request).await;
    };
    if let Some(given) = query_token(request.uri().query()) {
        if !same(given.as_bytes(), token.as_bytes()) {
            return plain(StatusCode::UNAUTHORIZED, "wrong token\n");
        }
        let cookie = format!("{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/");
        let mut reply = (StatusCode::SEE_OTHER, [(header::LOCATION, "/")]).into_response();
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            reply.headers_mut().insert(header::SET_COOKIE, value);
        }
        return reply;
    }
    if carried(&request, token) {
        next.run(request).await
    } else {
        plain(
            StatusCode::UNAUTHORIZED,
            "this server needs its token: open /?token=TOKEN once, or send Authorization: Bearer TOKEN\n",
        )
    }
}

/// Whether the request carries `token` in its Authorization header or its cookie.
fn carried(request: &Request, token: &str) -> bool {
    let headers = request.headers();
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|t| same(t.trim().as_bytes(), token.as_bytes()));
    bearer
        || headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|c| c.trim().strip_prefix(COOKIE)?.strip_prefix('='))
            .any(|t| same(t.as_bytes(), token.as_bytes()))
}

/// The `token` parameter of a query string, if any (tokens are plain, never percent-encoded).
fn query_token(query: Option<&str>) -> Option<&str> {
    query?.split('&').find_map(|pair| pair.strip_prefix("token="))
}

/// Equality whose time depends on the lengths only, not on where the bytes first differ.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn plain(status: StatusCode, text: &'static str) -> Response {
    (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], text).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_accepts_loopback_names_with_the_port_and_nothing_else() {
        let g = Guard::new("127.0.0.1:8080".parse().unwrap(), None);
        for ok in ["localhost:8080", "127.0.0.1:8080", "[::1]:8080", "LOCALHOST:8080"] {
            assert!(g.host_allowed(Some(ok)), "{ok}");
        }
        for refused in ["evil.example:8080", "localhost:9090", "localhost", "127.0.0.1.nip.io:8080"]
        {
            assert!(!g.host_allowed(Some(refused)), "{refused}");
        }
        assert!(!g.host_allowed(None));
    }

    #[test]
    fn a_specific_public_address_is_accepted_and_an_unspecified_bind_accepts_any_host() {
        let g = Guard::new("192.0.2.7:9000".parse().unwrap(), Some("t".into()));
        assert!(g.host_allowed(Some("192.0.2.7:9000")));
        assert!(!g.host_allowed(Some("localhost:9000")));
        let any = Guard::new("0.0.0.0:9000".parse().unwrap(), Some("t".into()));
        assert!(any.host_allowed(Some("analysis.example:9000")));
    }

    #[test]
    fn tokens_compare_by_content_and_length() {
        assert!(same(b"secret", b"secret"));
        assert!(!same(b"secret", b"secreT"));
        assert!(!same(b"secret", b"secret2"));
        assert_eq!(query_token(Some("a=1&token=abc")), Some("abc"));
        assert_eq!(query_token(Some("tokens=abc")), None);
    }
}

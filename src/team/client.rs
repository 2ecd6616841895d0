//! CouchDB's HTTP API, as far as the team library uses it: the cookie session, the changes
//! feed and bulk writes. Every call either answers or fails with a [`TeamError`] the user
//! can act on; none waits forever on a server that stopped answering.

use super::TeamError;
use futures::future::{Either, select};
use gloo_timers::future::TimeoutFuture;
use klantreis_core::team::{BATCH, ChangesPage, Server};
use serde::Deserialize;
use serde_json::{Value, json};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestCredentials, RequestInit, Response};

/// A call that takes longer has lost its server (the round is tried again later).
const CALL_TIMEOUT_MS: u32 = 30_000;

async fn fetch(method: &str, url: &str, body: Option<&str>) -> Result<(u16, String), TeamError> {
    let init = RequestInit::new();
    init.set_method(method);
    // CouchDB's session is a cookie; it goes with every call to the server the user set.
    init.set_credentials(RequestCredentials::Include);
    let headers = web_sys::Headers::new().map_err(|_| TeamError::Offline)?;
    let _ = headers.set("Accept", "application/json");
    if let Some(body) = body {
        let _ = headers.set("Content-Type", "application/json");
        init.set_body(&JsValue::from_str(body));
    }
    init.set_headers(&headers);
    let request = Request::new_with_str_and_init(url, &init).map_err(|_| TeamError::Offline)?;
    let window = web_sys::window().ok_or(TeamError::Offline)?;
    let response = JsFuture::from(window.fetch_with_request(&request))
        .await
        // A network failure, and also a server the page may not reach (CSP, CORS).
        .map_err(|_| TeamError::Offline)?
        .dyn_into::<Response>()
        .map_err(|_| TeamError::Offline)?;
    let text = JsFuture::from(response.text().map_err(|_| TeamError::Offline)?)
        .await
        .map_err(|_| TeamError::Offline)?
        .as_string()
        .unwrap_or_default();
    Ok((response.status(), text))
}

/// One call, with a time limit, its failures sorted into what the user can do about them.
async fn call(method: &str, url: &str, body: Option<&str>) -> Result<String, TeamError> {
    let answer = match select(
        Box::pin(fetch(method, url, body)),
        TimeoutFuture::new(CALL_TIMEOUT_MS),
    )
    .await
    {
        Either::Left((answer, _)) => answer?,
        Either::Right(_) => return Err(TeamError::Offline),
    };
    match answer {
        (200..=299, text) => Ok(text),
        // A proxy in front of CouchDB (nginx under the app's origin) whose server is down or
        // slow: the same as no answer, tried again, not an error to act on.
        (502..=504, _) => Err(TeamError::Offline),
        (401, _) => Err(TeamError::SignedOut),
        (403, _) => Err(TeamError::NoAccess),
        (404, _) => Err(TeamError::NoDatabase),
        (status, text) => Err(TeamError::Server {
            status,
            reason: reason(&text),
        }),
    }
}

/// CouchDB's `reason` from an error answer, else the start of the answer.
fn reason(text: &str) -> String {
    serde_json::from_str::<Value>(text)
        .ok()
        .and_then(|v| v.get("reason").and_then(Value::as_str).map(str::to_owned))
        .unwrap_or_else(|| text.chars().take(120).collect())
}

fn parse<T: for<'a> Deserialize<'a>>(text: &str) -> Result<T, TeamError> {
    serde_json::from_str(text).map_err(|e| TeamError::Server {
        status: 200,
        reason: e.to_string(),
    })
}

/// Signs in with CouchDB's cookie session; the password goes to the server once and is
/// kept nowhere.
pub async fn sign_in(server: &Server, user: &str, password: &str) -> Result<(), TeamError> {
    let body = json!({ "name": user, "password": password }).to_string();
    match call("POST", &server.session_url(), Some(&body)).await {
        Err(TeamError::SignedOut) => Err(TeamError::WrongPassword),
        other => other.map(|_| ()),
    }
}

pub async fn sign_out(server: &Server) -> Result<(), TeamError> {
    call("DELETE", &server.session_url(), None)
        .await
        .map(|_| ())
}

/// Who the server's session cookie says is signed in (none: nobody, or it expired).
pub async fn who(server: &Server) -> Result<Option<String>, TeamError> {
    #[derive(Deserialize)]
    struct Session {
        #[serde(rename = "userCtx")]
        user: UserCtx,
    }
    #[derive(Deserialize)]
    struct UserCtx {
        name: Option<String>,
    }
    let text = call("GET", &server.session_url(), None).await?;
    Ok(parse::<Session>(&text)?.user.name)
}

/// Whether the signed-in user may read the database (a member of it).
pub async fn open(server: &Server) -> Result<(), TeamError> {
    call("GET", &server.db_url(), None).await.map(|_| ())
}

/// One page of changes after `since`.
pub async fn changes(server: &Server, since: Option<&str>) -> Result<ChangesPage, TeamError> {
    let text = call("GET", &server.changes_url(since, BATCH), None).await?;
    parse(&text)
}

/// One revision of a document.
pub async fn revision(server: &Server, doc: &str, rev: &str) -> Result<Value, TeamError> {
    let text = call("GET", &server.revision_url(doc, rev), None).await?;
    parse(&text)
}

/// What the server said of one document sent.
#[derive(Clone, Debug, Deserialize)]
pub struct Sent {
    pub id: String,
    #[serde(default)]
    pub rev: Option<String>,
    /// `conflict`: the server has a revision this device has not seen; nothing was written.
    #[serde(default)]
    pub error: Option<String>,
}

/// Sends documents (each as JSON text) in one request; each is written or refused on its own.
pub async fn send(server: &Server, docs: &[String]) -> Result<Vec<Sent>, TeamError> {
    let body = format!(r#"{{"docs":[{}]}}"#, docs.join(","));
    let text = call("POST", &server.bulk_docs_url(), Some(&body)).await?;
    parse(&text)
}

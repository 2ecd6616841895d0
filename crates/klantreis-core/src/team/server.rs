//! Where the team library lives and what is shared: the settings a user types in.

use crate::id::Id;
use crate::journey::JourneySummary;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Why an address or database name is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    #[error("no server address")]
    Missing,
    /// Only HTTPS leaves the device: a password and a client's story never cross a network
    /// in the clear. Loopback is the exception (a server on this machine, tests).
    #[error("the address must start with https:// (http:// only for this computer)")]
    NotHttps,
    #[error("not a web address")]
    NotAnAddress,
    /// CouchDB's rule: lowercase letter first, then lowercase letters, digits and `_$()+-/`.
    #[error("a database name starts with a lowercase letter and has only a-z, 0-9 and _$()+-/")]
    BadDatabase,
}

/// Which journeys go to the team library.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sharing {
    /// Every journey in this library.
    All,
    /// Only these.
    Chosen(BTreeSet<Id>),
}

/// Nothing leaves the device until the user says which journeys go: signing in alone sends
/// no client's story.
impl Default for Sharing {
    fn default() -> Self {
        Sharing::Chosen(BTreeSet::new())
    }
}

impl Sharing {
    /// Whether `id` (a journey, or a workshop with all its journeys) was chosen.
    pub fn shares(&self, id: &Id) -> bool {
        match self {
            Sharing::All => true,
            Sharing::Chosen(ids) => ids.contains(id),
        }
    }

    /// Whether this journey goes to the team: chosen itself, or part of a chosen workshop
    /// (its template and every group's journey, also those that come later).
    pub fn shares_journey(&self, journey: &JourneySummary) -> bool {
        self.shares(&journey.id)
            || journey
                .workshop
                .as_ref()
                .is_some_and(|(workshop, _, _)| self.shares(workshop))
    }

    /// The same choice with every journey of a chosen workshop named, for the bookkeeping,
    /// which knows journeys by id only.
    pub fn by_journey(&self, journeys: &[JourneySummary]) -> Sharing {
        match self {
            Sharing::All => Sharing::All,
            Sharing::Chosen(ids) => {
                let mut all = ids.clone();
                all.extend(
                    journeys
                        .iter()
                        .filter(|j| self.shares_journey(j))
                        .map(|j| j.id.clone()),
                );
                Sharing::Chosen(all)
            }
        }
    }

    /// Chooses `id` (a journey or a workshop), or lets it go.
    pub fn choose(&mut self, id: &Id, on: bool) {
        if let Sharing::Chosen(ids) = self {
            if on {
                ids.insert(id.clone());
            } else {
                ids.remove(id);
            }
        }
    }
}

/// What the user set (kept on the device; never the password).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// `https://couch.gemeente.nl`, or a path on the app's own host (`/couchdb`), which keeps
    /// the Content-Security-Policy at `connect-src 'self'`.
    pub address: String,
    pub database: String,
    pub user: String,
    #[serde(default)]
    pub sharing: Sharing,
}

/// A checked address of one database.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Server {
    /// Without a trailing slash: `https://couch.example.nl` or `/couchdb`.
    base: String,
    database: String,
}

/// `localhost`, `127.0.0.1` or `[::1]`, with or without a port.
fn loopback(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next(),
        None => host.split(':').next(),
    };
    matches!(name, Some("localhost" | "127.0.0.1" | "::1"))
}

impl Server {
    pub fn parse(address: &str, database: &str) -> Result<Server, AddressError> {
        let address = address.trim().trim_end_matches('/');
        if address.is_empty() {
            return Err(AddressError::Missing);
        }
        let ok_path = address.starts_with('/') && !address.starts_with("//");
        if !ok_path {
            let (scheme, rest) = address
                .split_once("://")
                .ok_or(AddressError::NotAnAddress)?;
            let host = rest.split('/').next().unwrap_or_default();
            if host.is_empty() || host.contains(char::is_whitespace) || host.contains('@') {
                return Err(AddressError::NotAnAddress);
            }
            match scheme.to_ascii_lowercase().as_str() {
                "https" => {}
                "http" if loopback(host) => {}
                "http" => return Err(AddressError::NotHttps),
                _ => return Err(AddressError::NotAnAddress),
            }
        }
        let database = database.trim();
        let mut chars = database.chars();
        let first_ok = chars.next().is_some_and(|c| c.is_ascii_lowercase());
        let rest_ok =
            chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_$()+-/".contains(c));
        if !(first_ok && rest_ok) {
            return Err(AddressError::BadDatabase);
        }
        Ok(Server {
            base: address.to_owned(),
            database: database.to_owned(),
        })
    }

    pub fn from_settings(s: &Settings) -> Result<Server, AddressError> {
        Self::parse(&s.address, &s.database)
    }

    /// CouchDB's cookie login.
    pub fn session_url(&self) -> String {
        format!("{}/_session", self.base)
    }

    pub fn db_url(&self) -> String {
        // A `/` in a database name is part of the name, so it is escaped in the path.
        format!("{}/{}", self.base, self.database.replace('/', "%2F"))
    }

    /// Names the database for the bookkeeping: another address or name starts afresh.
    pub fn place(&self) -> String {
        self.db_url()
    }

    /// One page of changes after `since` (none: from the start), with the documents and
    /// every conflicting revision.
    pub fn changes_url(&self, since: Option<&str>, limit: usize) -> String {
        let since = since.map(encode).unwrap_or_else(|| "0".into());
        format!(
            "{}/_changes?since={since}&limit={limit}&include_docs=true&conflicts=true",
            self.db_url()
        )
    }

    pub fn bulk_docs_url(&self) -> String {
        format!("{}/_bulk_docs", self.db_url())
    }

    pub fn doc_url(&self, doc: &str) -> String {
        format!("{}/{}", self.db_url(), encode(doc))
    }

    /// One revision of a document (a conflicting one CouchDB kept beside the winner).
    pub fn revision_url(&self, doc: &str, rev: &str) -> String {
        format!("{}?rev={}", self.doc_url(doc), encode(rev))
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_leaves_the_device() {
        assert!(Server::parse("https://couch.gemeente.nl/", "team").is_ok());
        assert!(Server::parse("/couchdb", "team").is_ok());
        assert!(Server::parse("http://localhost:5984", "team").is_ok());
        assert!(Server::parse("http://127.0.0.1:5984", "team").is_ok());
        assert!(Server::parse("http://[::1]:5984", "team").is_ok());
        assert_eq!(
            Server::parse("http://couch.gemeente.nl", "team"),
            Err(AddressError::NotHttps)
        );
        // A host that only starts like loopback is not loopback.
        assert_eq!(
            Server::parse("http://localhost.evil.nl", "team"),
            Err(AddressError::NotHttps)
        );
        assert_eq!(
            Server::parse("ftp://x", "team"),
            Err(AddressError::NotAnAddress)
        );
        assert_eq!(
            Server::parse("//x.nl", "team"),
            Err(AddressError::NotAnAddress)
        );
        assert_eq!(
            Server::parse("https://user:pw@x.nl", "team"),
            Err(AddressError::NotAnAddress)
        );
        assert_eq!(Server::parse(" ", "team"), Err(AddressError::Missing));
    }

    #[test]
    fn database_names_follow_couchdbs_rule_and_are_escaped() {
        assert_eq!(
            Server::parse("/couchdb", "Team"),
            Err(AddressError::BadDatabase)
        );
        assert_eq!(
            Server::parse("/couchdb", ""),
            Err(AddressError::BadDatabase)
        );
        assert_eq!(
            Server::parse("/couchdb", "1team"),
            Err(AddressError::BadDatabase)
        );
        let s = Server::parse("https://c.nl/", "wijk/noord").unwrap();
        assert_eq!(s.bulk_docs_url(), "https://c.nl/wijk%2Fnoord/_bulk_docs");
        assert_eq!(
            s.doc_url("journey:a b"),
            "https://c.nl/wijk%2Fnoord/journey%3Aa%20b"
        );
        assert_eq!(
            s.changes_url(Some("12-g1AA"), 100),
            "https://c.nl/wijk%2Fnoord/_changes?since=12-g1AA&limit=100&include_docs=true&conflicts=true"
        );
        assert!(s.changes_url(None, 5).contains("since=0&"));
        assert_eq!(
            s.revision_url("journey:a", "2-x"),
            "https://c.nl/wijk%2Fnoord/journey%3Aa?rev=2-x"
        );
    }

    #[test]
    fn a_chosen_workshop_shares_all_its_journeys_also_later_ones() {
        use crate::workshop::info::WorkshopInfo;
        let mut template = crate::examples::jan();
        template.workshop = Some(WorkshopInfo {
            id: Id::new("ws"),
            name: "Brainbootcamp".into(),
            date: None,
            groups: vec!["A".into()],
            assignment: String::new(),
            group: None,
        });
        let mut group = template.duplicate(Id::new("groep-a"), "Groep A", 1);
        if let Some(w) = group.workshop.as_mut() {
            w.group = Some("A".into());
        }
        let other = crate::examples::x();
        let all = [template.summary(), group.summary(), other.summary()];
        let mut sharing = Sharing::default();
        sharing.choose(&Id::new("ws"), true);
        assert!(all[..2].iter().all(|j| sharing.shares_journey(j)));
        assert!(!sharing.shares_journey(&all[2]));
        let named = sharing.by_journey(&all);
        assert!(named.shares(&template.id) && named.shares(&Id::new("groep-a")));
        assert!(!named.shares(&other.id));
        sharing.choose(&Id::new("ws"), false);
        assert!(!sharing.by_journey(&all).shares(&template.id));
        assert_eq!(Sharing::All.by_journey(&all), Sharing::All);
    }

    #[test]
    fn sharing_all_or_chosen() {
        let a = Id::new("a");
        assert!(Sharing::All.shares(&a));
        let chosen = Sharing::Chosen([a.clone()].into());
        assert!(chosen.shares(&a));
        assert!(!chosen.shares(&Id::new("b")));
        // Signing in shares nothing yet, also for settings kept before the choice existed.
        assert!(!Sharing::default().shares(&a));
        let kept: Settings =
            serde_json::from_str(r#"{"address":"/couchdb","database":"t","user":"anna"}"#).unwrap();
        assert_eq!(kept.sharing, Sharing::default());
        assert_eq!(serde_json::to_string(&Sharing::All).unwrap(), r#""all""#);
    }
}

//! What every request shares: a few SQLite connections to the database, and the knowledge base
//! (coordinates for the map, aliases for search).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

use allegiance_kb::{EntityKind, Kb};
use allegiance_model::norm_name;
use allegiance_store::{AnyStore, DbLocation};

use crate::error::ApiError;

/// The shared state of the server; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    db: PathBuf,
    pool: Pool,
    kb: Kb,
    /// Normalised KB name or alias → the ids of the entries carrying it.
    kb_names: HashMap<String, Vec<String>>,
}

/// A KB place's coordinates; `rank` orders places from most specific (a city) to least.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Located {
    pub lat: f64,
    pub lon: f64,
    pub rank: u8,
}

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("no database at {0} (run `allegiance ingest PATH...` first, or pass --db FILE)")]
    Missing(PathBuf),
    #[error(transparent)]
    Store(#[from] allegiance_store::StoreError),
}

impl AppState {
    /// Opens `connections` connections to the database at `db`: a SQLite file, which must exist
    /// (in WAL mode an ingest may write while the server reads), or a `postgres://` URL.
    pub fn open(db: &Path, kb: Kb, connections: usize) -> Result<AppState, OpenError> {
        let location = DbLocation::parse(&db.to_string_lossy());
        if matches!(&location, DbLocation::Sqlite(file) if !file.exists()) {
            return Err(OpenError::Missing(db.to_path_buf()));
        }
        let stores = (0..connections.max(1))
            .map(|_| AnyStore::open(&location))
            .collect::<Result<Vec<_>, _>>()?;
        let mut kb_names: HashMap<String, Vec<String>> = HashMap::new();
        for e in kb.entries() {
            let names = std::iter::once(&e.name)
                .chain(&e.aliases)
                .chain(e.former_names.iter().map(|f| &f.name));
            for name in names {
                let ids = kb_names.entry(norm_name(name)).or_default();
                if !ids.contains(&e.id) {
                    ids.push(e.id.clone());
                }
            }
        }
        Ok(AppState {
            inner: Arc::new(Inner { db: db.to_path_buf(), pool: Pool::new(stores), kb, kb_names }),
        })
    }

    pub fn db(&self) -> &Path {
        &self.inner.db
    }

    pub fn kb(&self) -> &Kb {
        &self.inner.kb
    }

    /// KB entries (groups, people, places, bodies) known by this name or alias.
    pub fn kb_ids_named(&self, name: &str) -> Vec<String> {
        self.inner.kb_names.get(&norm_name(name)).cloned().unwrap_or_default()
    }

    /// Where a KB place is, and how specific it is.
    pub fn locate(&self, kb_id: &str) -> Option<Located> {
        let e = self.inner.kb.get(kb_id)?;
        if e.kind != EntityKind::Place {
            return None;
        }
        let rank = match e.subkind.as_deref() {
            Some("city") => 0,
            Some("region") => 1,
            Some("country") => 2,
            Some("area") => 3,
            _ => 4,
        };
        Some(Located { lat: e.lat?, lon: e.lon?, rank })
    }

    /// Runs a store query on a blocking thread with a connection from the pool.
    pub async fn query<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&AnyStore, &AppState) -> Result<T, ApiError> + Send + 'static,
    {
        let state = self.clone();
        tokio::task::spawn_blocking(move || {
            let store = state.inner.pool.get();
            f(&store, &state)
        })
        .await
        .map_err(|e| ApiError::Internal(format!("a query stopped: {e}")))?
    }
}

impl AppState {
    /// Runs a store write (a judgement recorded or undone) on a blocking thread with a
    /// connection from the pool.
    pub async fn write<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut AnyStore) -> Result<T, ApiError> + Send + 'static,
    {
        let state = self.clone();
        tokio::task::spawn_blocking(move || {
            let mut store = state.inner.pool.get();
            f(&mut store)
        })
        .await
        .map_err(|e| ApiError::Internal(format!("a write stopped: {e}")))?
    }
}

/// A fixed set of connections; a request waits for a free one.
struct Pool {
    free: Mutex<Vec<AnyStore>>,
    returned: Condvar,
}

struct Lease<'a> {
    pool: &'a Pool,
    store: Option<AnyStore>,
}

impl Pool {
    fn new(stores: Vec<AnyStore>) -> Pool {
        Pool { free: Mutex::new(stores), returned: Condvar::new() }
    }

    fn lock(&self) -> MutexGuard<'_, Vec<AnyStore>> {
        // A panic while holding the lock leaves the list itself intact.
        self.free.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn get(&self) -> Lease<'_> {
        let mut free = self.lock();
        loop {
            if let Some(store) = free.pop() {
                return Lease { pool: self, store: Some(store) };
            }
            free = self.returned.wait(free).unwrap_or_else(|p| p.into_inner());
        }
    }
}

impl std::ops::Deref for Lease<'_> {
    type Target = AnyStore;
    fn deref(&self) -> &AnyStore {
        self.store.as_ref().expect("a lease holds its store until dropped")
    }
}

impl std::ops::DerefMut for Lease<'_> {
    fn deref_mut(&mut self) -> &mut AnyStore {
        self.store.as_mut().expect("a lease holds its store until dropped")
    }
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        if let Some(store) = self.store.take() {
            self.pool.lock().push(store);
            self.pool.returned.notify_one();
        }
    }
}

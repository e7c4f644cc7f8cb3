//! Near-duplicate clusters: the banding index and `signatures`.
//!
//! The signatures (and clusters) are stored; the LSH banding index over them is kept in memory
//! ([`BandIndex`]), rebuilt from the stored signatures when an ingest starts and brought up to
//! date from them at the start of every batch (so documents other processes stored count too).
//! A band index on disk would cost a random B-tree page write per band per document, and every
//! batch would rewrite most of it; appending a signature is one sequential row.
//!
//! The index holds [`INDEX_SLOTS_MAX`] band entries at most (64 MiB, about the 200,000 most
//! recently stored documents in full); beyond that the oldest entries give way to newer ones, so
//! copies are found among recent documents first, which is where syndicated reprints are.
//!
//! A document being stored compares itself with at most [`MAX_CANDIDATES`] stored documents
//! sharing one of its band keys, keeps those whose signature is close enough
//! ([`Signature::is_copy_of`]) and whose names and figures agree ([`key_similarity`]), and joins
//! their cluster. When it is a copy of documents in several
//! clusters, those clusters become one (the lowest id names it), so clusters are the connected
//! sets of the "is a copy of" relation whatever the order of ingest.

use crate::neardup::{key_similarity, key_tokens, Signature, BANDS, KEY_SIMILARITY};
use crate::sql::{args, DbResult, Sql};
use std::collections::HashMap;

/// Stored documents compared with each new one, at most.
pub const MAX_CANDIDATES: usize = 32;
/// Slots of the in-memory band index, at most (8 bytes each).
pub const INDEX_SLOTS_MAX: usize = 1 << 23;
const INDEX_SLOTS_MIN: usize = 1 << 14;
/// Slots probed per band key.
const PROBE: usize = 4;

/// Band key → documents, in a fixed-size open-addressing table: each slot holds the low 32 bits
/// of a band key (the tag) and a document id. A full probe group gives its oldest document's
/// slot to the newest.
pub(crate) struct BandIndex {
    slots: Vec<u64>,
    used: usize,
    /// Signatures of documents up to this id are in the index.
    pub last_document: i64,
}

fn tag(key: i64) -> u32 {
    key as u64 as u32
}

impl BandIndex {
    /// An empty index sized for this many documents.
    pub fn for_documents(n: usize) -> BandIndex {
        BandIndex::with_slots(n * BANDS * 2)
    }

    fn with_slots(n: usize) -> BandIndex {
        BandIndex {
            slots: vec![0; n.next_power_of_two().clamp(INDEX_SLOTS_MIN, INDEX_SLOTS_MAX)],
            used: 0,
            last_document: 0,
        }
    }

    fn home(&self, tag: u32) -> usize {
        let bits = self.slots.len().trailing_zeros();
        ((tag as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
    }

    fn put(&mut self, tag: u32, doc: i64) {
        let mask = self.slots.len() - 1;
        let entry = ((tag as u64) << 32) | (doc as u64 & 0xFFFF_FFFF);
        let home = self.home(tag);
        let mut oldest = home;
        for i in 0..PROBE {
            let at = (home + i) & mask;
            let s = self.slots[at];
            if s == entry {
                return;
            }
            if s == 0 {
                self.slots[at] = entry;
                self.used += 1;
                return;
            }
            if (s & 0xFFFF_FFFF) < (self.slots[oldest] & 0xFFFF_FFFF) {
                oldest = at;
            }
        }
        self.slots[oldest] = entry;
    }

    /// Doubles the table (up to the maximum) when it is more than half full.
    fn grow_if_needed(&mut self) {
        if self.used * 2 <= self.slots.len() || self.slots.len() >= INDEX_SLOTS_MAX {
            return;
        }
        let doubled = vec![0; self.slots.len() * 2];
        let old = std::mem::replace(&mut self.slots, doubled);
        self.used = 0;
        let mut entries: Vec<u64> = old.into_iter().filter(|&e| e != 0).collect();
        // Oldest first, so that newer documents win any contest for a slot.
        entries.sort_unstable_by_key(|e| e & 0xFFFF_FFFF);
        for e in entries {
            self.put((e >> 32) as u32, (e & 0xFFFF_FFFF) as i64);
        }
    }

    pub fn insert(&mut self, doc: i64, sig: &Signature) {
        for key in sig.band_keys() {
            self.put(tag(key), doc);
        }
        self.grow_if_needed();
        self.last_document = self.last_document.max(doc);
    }

    /// Documents indexed under any of these band keys.
    fn candidates(&self, keys: &[i64; BANDS], out: &mut Vec<i64>) {
        let mask = self.slots.len() - 1;
        for &key in keys {
            let t = tag(key);
            let home = self.home(t);
            for i in 0..PROBE {
                let s = self.slots[(home + i) & mask];
                if s != 0 && (s >> 32) as u32 == t {
                    let doc = (s & 0xFFFF_FFFF) as i64;
                    if !out.contains(&doc) {
                        out.push(doc);
                    }
                }
            }
        }
    }

    /// An index of the most recent stored signatures (as many as fit).
    pub fn load(conn: &impl Sql) -> DbResult<BandIndex> {
        let stored: i64 = conn.one("SELECT count(*) FROM signatures", &[])?;
        let mut index = BandIndex::for_documents(stored.max(0) as usize);
        let fit = (INDEX_SLOTS_MAX / (BANDS * 2)) as i64;
        let first: Option<i64> = conn.maybe(
            "SELECT document_id FROM signatures ORDER BY document_id DESC LIMIT 1 OFFSET ?1",
            args![fit],
        )?;
        index.last_document = first.unwrap_or(0);
        index.refresh(conn)?;
        Ok(index)
    }

    /// Adds the signatures stored since the index was last brought up to date.
    pub fn refresh(&mut self, conn: &impl Sql) -> DbResult<()> {
        let rows = conn.rows(
            "SELECT document_id, minhash FROM signatures WHERE document_id > ?1 ORDER BY document_id",
            args![self.last_document],
        )?;
        for r in rows {
            let doc: i64 = r.get(0)?;
            if let Some(sig) = r.blob(1).and_then(Signature::from_bytes) {
                self.insert(doc, &sig);
            }
            self.last_document = self.last_document.max(doc);
        }
        Ok(())
    }
}

/// The documents of the batch being stored, not yet in the index (they are added from the
/// stored signatures once the batch is committed; a rolled-back batch leaves no trace).
#[derive(Default)]
pub(crate) struct Pending {
    by_key: HashMap<i64, Vec<i64>>,
}

/// Where a document being stored belongs.
pub(crate) struct Placement {
    /// The cluster it joins (`None`: it starts its own, named by its own id).
    pub cluster: Option<i64>,
    /// Other clusters it is a copy of too, to be merged into `cluster`.
    pub merge: Vec<i64>,
}

/// The cluster of the stored copies of a document with this signature.
pub(crate) fn place(
    conn: &impl Sql,
    index: &BandIndex,
    pending: &Pending,
    sig: &Signature,
    text: &str,
) -> DbResult<Placement> {
    let keys = sig.band_keys();
    let mut candidates: Vec<i64> = Vec::new();
    index.candidates(&keys, &mut candidates);
    for key in &keys {
        for &doc in pending.by_key.get(key).into_iter().flatten() {
            if !candidates.contains(&doc) {
                candidates.push(doc);
            }
        }
    }
    // Newest first: copies are usually recent.
    candidates.sort_unstable_by(|a, b| b.cmp(a));
    candidates.truncate(MAX_CANDIDATES);
    let mut clusters: Vec<i64> = Vec::new();
    let mut keys_here = None;
    for doc in candidates {
        let (cluster, close) = {
            let Some(r) = conn.row(
                "SELECT cluster_id, minhash FROM signatures WHERE document_id = ?1",
                args![doc],
            )?
            else {
                continue;
            };
            let cluster: i64 = r.get(0)?;
            let close = r
                .blob(1)
                .and_then(Signature::from_bytes)
                .is_some_and(|other| sig.is_copy_of(&other));
            (cluster, close)
        };
        if !close || clusters.contains(&cluster) {
            continue;
        }
        // Close in wording; a copy only if the names and figures agree too.
        let other: String = conn.one("SELECT text FROM documents WHERE id = ?1", args![doc])?;
        let here = keys_here.get_or_insert_with(|| key_tokens(text));
        if key_similarity(here, &key_tokens(&other)) >= KEY_SIMILARITY {
            clusters.push(cluster);
        }
    }
    clusters.sort_unstable();
    let cluster = clusters.first().copied();
    Ok(Placement { cluster, merge: clusters.into_iter().skip(1).collect() })
}

/// Stores the document's signature and cluster, merges the clusters it bridges, and makes it a
/// candidate for the rest of the batch.
pub(crate) fn record(
    conn: &impl Sql,
    pending: &mut Pending,
    doc_id: i64,
    sig: &Signature,
    placement: &Placement,
) -> DbResult<()> {
    let cluster = placement.cluster.unwrap_or(doc_id);
    let bytes = sig.to_bytes();
    conn.exec(
        "INSERT INTO signatures (document_id, minhash, cluster_id) VALUES (?1, ?2, ?3)",
        args![doc_id, &bytes, cluster],
    )?;
    for &other in &placement.merge {
        conn.exec(
            "UPDATE signatures SET cluster_id = ?1 WHERE cluster_id = ?2",
            args![cluster, other],
        )?;
    }
    for key in sig.band_keys() {
        pending.by_key.entry(key).or_default().push(doc_id);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_finds_documents_by_band_and_keeps_the_newest_when_full() {
        let sig = |seed: u32| Signature([seed; crate::neardup::HASHES]);
        let mut index = BandIndex::with_slots(0);
        index.insert(7, &sig(1));
        index.insert(8, &sig(2));
        let mut found = Vec::new();
        index.candidates(&sig(1).band_keys(), &mut found);
        assert_eq!(found, vec![7]);
        // Many documents under one key: the probe group keeps the newest.
        for doc in 10..30 {
            index.insert(doc, &sig(3));
        }
        let mut found = Vec::new();
        index.candidates(&sig(3).band_keys(), &mut found);
        found.sort_unstable();
        assert_eq!(found, vec![26, 27, 28, 29]);
        // Growing keeps what was there.
        let before = index.slots.len();
        for doc in 100..2000 {
            index.insert(doc, &sig(doc as u32));
        }
        assert!(index.slots.len() > before);
        let mut found = Vec::new();
        index.candidates(&sig(2).band_keys(), &mut found);
        assert_eq!(found, vec![8]);
        assert_eq!(index.last_document, 1999);
    }
}

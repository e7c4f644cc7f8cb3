//! The in-place upgrade from schema version 2 to 3, inside the caller's transaction.
//!
//! Version 3 added near-duplicate clusters (`signatures`) and the uses of names the knowledge base lacks (`name_uses`). Both are rebuilt
//! from what a version-2 file holds: signatures from the stored texts (oldest document first, with
//! the same rules as ingest, so the clusters are those a fresh ingest makes), and one use per
//! (document, new group) with the parents its stored facts name. A version-2 file does not record
//! which country a place is in, so the upgraded uses carry no countries; groups stored in it stay
//! as they were (one per name) until new documents bring context that tells them apart.

use crate::copies;
use crate::lookalike::NameContext;
use crate::neardup::Signature;
use crate::newnames::{insert_use, year_of};
use crate::schema;
use rusqlite::{params, Transaction};

pub(crate) fn migrate_2_to_3(tx: &Transaction) -> crate::sql::DbResult<()> {
    // The two tables as schema.sql creates them: version 3 is the version it describes.
    tx.execute_batch(&(schema::table("signatures") + &schema::table("name_uses")))?;
    cluster_stored_documents(tx)?;
    record_name_uses(tx)
}

fn cluster_stored_documents(tx: &Transaction) -> crate::sql::DbResult<()> {
    let ids: Vec<i64> = {
        let mut st = tx.prepare("SELECT id FROM documents ORDER BY id")?;
        let rows = st.query_map([], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut text = tx.prepare("SELECT text FROM documents WHERE id = ?1")?;
    let mut index = copies::BandIndex::for_documents(ids.len());
    let mut pending = copies::Pending::default();
    for id in ids {
        let t: String = text.query_row([id], |r| r.get(0))?;
        let Some(sig) = Signature::of(&t) else { continue };
        let placement = copies::place(&**tx, &index, &pending, &sig, &t)?;
        copies::record(&**tx, &mut pending, id, &sig, &placement)?;
        index.insert(id, &sig);
        pending = copies::Pending::default();
    }
    Ok(())
}

fn record_name_uses(tx: &Transaction) -> crate::sql::DbResult<()> {
    // Every (document, group without a kb id) pair, through its mentions or its facts.
    let pairs: Vec<(i64, i64, String, String, String, Option<String>)> = {
        let mut st = tx.prepare(
            "SELECT DISTINCT p.document_id, e.id, e.norm_name, e.name, d.content_hash, d.published FROM (
                 SELECT document_id, entity_id FROM mentions
                 UNION SELECT document_id, subject_id FROM facts
                 UNION SELECT document_id, object_id FROM facts WHERE object_id IS NOT NULL
             ) p JOIN entities e ON e.id = p.entity_id JOIN documents d ON d.id = p.document_id
             WHERE e.kb_id IS NULL AND e.kind = 'group' ORDER BY p.document_id, e.id",
        )?;
        let rows = st.query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut parents = tx.prepare(
        "SELECT o.kb_id, o.kind, o.norm_name, f.when_start, f.when_end FROM facts f JOIN entities o ON o.id = f.object_id \
         WHERE f.document_id = ?1 AND f.subject_id = ?2 AND f.type IN ('branch_of', 'pledge') AND o.kind = 'group'",
    )?;
    let mut spans = tx.prepare("SELECT start, \"end\" FROM mentions WHERE document_id = ?1 AND entity_id = ?2 ORDER BY start")?;
    let mut text = tx.prepare("SELECT text FROM documents WHERE id = ?1")?;
    let mut last_text: Option<(i64, String)> = None;
    for (doc_id, entity_id, norm, name, doc_key, published) in pairs {
        let mut context = NameContext::default();
        let rows = parents.query_map(params![doc_id, entity_id], |r| {
            Ok((
                r.get::<_, Option<String>>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, Option<String>>(4)?,
            ))
        })?;
        for row in rows {
            let (kb, kind, pnorm, start, end) = row?;
            let key = match kb {
                Some(kb) => format!("kb:{kb}"),
                None => format!("{kind}:{pnorm}"),
            };
            if key != format!("group:{norm}") {
                let y = year_of(start.as_deref().or(end.as_deref()))
                    .or_else(|| year_of(published.as_deref()));
                context.add_parent(key, y);
            }
        }
        if last_text.as_ref().is_none_or(|(id, _)| *id != doc_id) {
            last_text = Some((doc_id, text.query_row([doc_id], |r| r.get(0))?));
        }
        let body = &last_text.as_ref().expect("just set").1;
        let mut names: Vec<String> = Vec::new();
        let found = spans.query_map(params![doc_id, entity_id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?))
        })?;
        for span in found {
            let (s, e) = span?;
            if let Some(n) = body.get(s.max(0) as usize..e.max(0) as usize) {
                if !n.trim().is_empty() && !names.iter().any(|x| x == n) {
                    names.push(n.to_string());
                }
            }
        }
        insert_use(&**tx, doc_id, entity_id, "group", &norm, &doc_key, &context, &name, &names)?;
    }
    Ok(())
}

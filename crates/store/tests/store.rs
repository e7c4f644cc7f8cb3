//! The store on real extractions of short articles written for these tests.

use allegiance_extract::{DocMeta, Extraction, Extractor, FactType};
use allegiance_read::{Document, DocumentHeader};
use allegiance_store::{content_hash, FactFilter, SqliteStore, Store};
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::new(&allegiance_kb::Kb::builtin().unwrap()))
}

fn article(doc: &str, published: &str, text: &str) -> (Document, Extraction) {
    let d = Document {
        header: DocumentHeader {
            doc: doc.into(),
            path: doc.into(),
            published: Some(published.into()),
            ..Default::default()
        },
        text: text.into(),
        ..Default::default()
    };
    let ex =
        extractor().extract(text, &DocMeta { published: Some(published.into()), publisher: None });
    (d, ex)
}

fn two_reports() -> Vec<(Document, Extraction)> {
    vec![
        article("a.txt", "2015-03-08", "Boko Haram pledged allegiance to the Islamic State on Saturday, according to Reuters. Al-Shabaab has between 7,000 and 9,000 fighters in Somalia, a UN report said."),
        article("b.txt", "2015-03-09", "Nigeria's Boko Haram has pledged allegiance to the Islamic State, the BBC reported. Abu Bakr al-Baghdadi, the leader of the Islamic State, accepted the pledge."),
    ]
}

#[test]
fn the_same_pledge_from_two_articles_is_one_claim() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let report = store.ingest_batch(&two_reports()).unwrap();
    assert_eq!(report.documents, 2);
    let claims = store
        .claims(&FactFilter { fact_type: Some(FactType::Pledge), ..Default::default() })
        .unwrap();
    let pledge = claims.iter().find(|c| c.subject == "Boko Haram").expect("pledge claim");
    assert_eq!(pledge.object.as_deref(), Some("Islamic State"));
    assert_eq!(pledge.documents, 2);
    assert!(
        pledge.sources.contains(&"Reuters".to_string())
            && pledge.sources.contains(&"BBC".to_string()),
        "{pledge:?}"
    );
}

#[test]
fn ingesting_twice_adds_nothing() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    store.ingest_batch(&two_reports()).unwrap();
    let before = store.counts().unwrap();
    let again = store.ingest_batch(&two_reports()).unwrap();
    assert_eq!(again.documents, 0);
    assert_eq!(again.skipped, 2);
    assert_eq!(store.counts().unwrap(), before);
    assert!(store.has_document(&content_hash(&two_reports()[0].0)).unwrap());
}

#[test]
fn a_group_profile_is_found_by_an_alias_seen_in_articles() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    store.ingest_batch(&two_reports()).unwrap();
    let p = store.group_profile("the islamic state").unwrap().expect("profile");
    assert_eq!(p.kb.as_deref(), Some("islamic-state"));
    assert!(p.pledges_in.iter().any(|f| f.subject == "Boko Haram" && f.source.is_some()));
    assert!(p.leaders.iter().any(|f| f.subject == "Abu Bakr al-Baghdadi"));
    let s = store.group_profile("al-Shabaab").unwrap().expect("profile");
    let est = s.strength.first().expect("strength estimate");
    assert_eq!(est.attrs.strength().map(|s| s.min), Some(7000.0));
    assert_eq!(est.object.as_deref(), Some("Somalia"));
    assert!(store.group_profile("No Such Brigade").unwrap().is_none());
}

#[test]
fn facts_filter_by_type_subject_and_date() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    store.ingest_batch(&two_reports()).unwrap();
    let pledges = store
        .facts(&FactFilter {
            fact_type: Some(FactType::Pledge),
            subject: Some("Boko Haram".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(pledges.len(), 2);
    let later = store
        .facts(&FactFilter {
            fact_type: Some(FactType::Pledge),
            since: Some("2015-03-09".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(later.len(), 1);
    assert_eq!(later[0].doc, "b.txt");
    let none = store
        .facts(&FactFilter { subject: Some("Hezbollah".into()), ..Default::default() })
        .unwrap();
    assert!(none.is_empty());
}

#[test]
fn data_survives_closing_and_a_failed_batch_leaves_nothing_half_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    {
        let mut store = SqliteStore::open(&path).unwrap();
        store.ingest_batch(&two_reports()[..1]).unwrap();
    }
    // A reopened store holds exactly the committed batch, and a rerun of the whole input completes it.
    let mut store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.counts().unwrap().documents, 1);
    let rerun = store.ingest_batch(&two_reports()).unwrap();
    assert_eq!((rerun.documents, rerun.skipped), (1, 1));
    assert_eq!(store.counts().unwrap().documents, 2);
}

#[test]
fn a_file_that_is_not_a_database_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    std::fs::write(&path, "these are my notes, not a database\n".repeat(200)).unwrap();
    let err = SqliteStore::open(&path).err().expect("an error").to_string();
    assert!(err.contains("notes.db"), "{err}");
}

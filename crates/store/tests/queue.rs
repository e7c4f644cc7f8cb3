//! The work queue against a real PostgreSQL (see `allegiance-testpg`): concurrent claims never
//! share a shard, a shard whose heartbeat lapsed is claimed again and its first worker can no
//! longer finish it, failures set a shard aside, and adding the same files twice adds nothing.

use allegiance_extract::{DocMeta, Extractor};
use allegiance_read::{read_paths, InputFile, ReadOptions};
use allegiance_store::queue::{finish, Queue, ShardCounts, ShardState};
use allegiance_store::{PgStore, Store};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn files(n: usize) -> Vec<InputFile> {
    (0..n)
        .map(|i| InputFile {
            path: PathBuf::from(format!("/feeds/day{i:02}.jsonl")),
            archive: true,
        })
        .collect()
}

const LONG: Duration = Duration::from_secs(600);

#[test]
fn concurrent_workers_never_claim_the_same_shard() {
    let Some(pg) = allegiance_testpg::database("queue_claims") else { return };
    let queue = Queue::open(&pg.url).unwrap();
    assert_eq!(queue.add(&files(40), 10).unwrap().shards, 40);
    let claimed: Vec<Vec<i64>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..4)
            .map(|w| {
                let url = pg.url.clone();
                scope.spawn(move || {
                    let queue = Queue::open(&url).unwrap();
                    let mut mine = Vec::new();
                    while let Some(claim) = queue.claim(&format!("test:{w}"), LONG, 3).unwrap() {
                        mine.push(claim.shard);
                    }
                    mine
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    let all: Vec<i64> = claimed.iter().flatten().copied().collect();
    let distinct: BTreeSet<i64> = all.iter().copied().collect();
    assert_eq!(all.len(), 40, "every shard claimed once: {claimed:?}");
    assert_eq!(distinct.len(), 40, "no shard claimed twice: {claimed:?}");
    let status = queue.status().unwrap();
    assert_eq!(status.count(ShardState::Running).shards, 40);
    assert_eq!(status.count(ShardState::Pending).shards, 0);
}

#[test]
fn a_lapsed_shard_is_claimed_again_and_its_first_worker_cannot_finish_it() {
    let Some(pg) = allegiance_testpg::database("queue_lapsed") else { return };
    let queue = Queue::open(&pg.url).unwrap();
    let article =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples").canonicalize().unwrap();
    let input = InputFile { path: article.clone(), archive: false };
    queue.add(&[input], 100).unwrap();

    let timeout = Duration::from_secs(1);
    let first = queue.claim("host-a:1", timeout, 3).unwrap().expect("a pending shard");
    assert_eq!(first.attempt, 1);
    assert!(queue.claim("host-b:2", timeout, 3).unwrap().is_none(), "its heartbeat is fresh");
    std::thread::sleep(Duration::from_millis(1500));
    let second = queue.claim("host-b:2", timeout, 3).unwrap().expect("the lapsed shard");
    assert_eq!((second.shard, second.attempt), (first.shard, 2));
    assert!(!queue.beat(&first).unwrap(), "the first worker has lost it");
    assert!(queue.beat(&second).unwrap());

    let extractor = Extractor::new(&allegiance_kb::Kb::builtin().unwrap());
    let docs: Vec<_> = read_paths(&[article], &ReadOptions::default())
        .map(|d| {
            let doc = d.unwrap();
            let ex = extractor.extract(&doc.text, &DocMeta::default());
            (doc, ex)
        })
        .collect();
    let mut store = PgStore::open(&pg.url).unwrap();
    let counts = ShardCounts { documents: docs.len(), ..ShardCounts::default() };
    let late = store.ingest_batch_then(&docs, |conn, _| finish(conn, &first, counts)).unwrap();
    assert!(late.is_none(), "the first worker's batch is rolled back");
    assert_eq!(store.counts().unwrap().documents, 0);
    let done = store.ingest_batch_then(&docs, |conn, _| finish(conn, &second, counts)).unwrap();
    assert_eq!(done.map(|r| r.documents), Some(docs.len()));
    let status = queue.status().unwrap();
    assert_eq!(status.count(ShardState::Done).shards, 1);
    assert_eq!(status.count(ShardState::Done).documents, docs.len());
    assert_eq!(store.counts().unwrap().documents, docs.len());
}

#[test]
fn a_shard_failing_every_claim_is_set_aside_with_its_error_and_retried_on_request() {
    let Some(pg) = allegiance_testpg::database("queue_failed") else { return };
    let queue = Queue::open(&pg.url).unwrap();
    queue.add(&files(1), 10).unwrap();
    for attempt in 1..=3 {
        let claim = queue.claim("w:1", LONG, 3).unwrap().expect("pending again");
        assert_eq!(claim.attempt, attempt);
        let state = queue.fail(&claim, "/feeds/day00.jsonl: no such file", 3).unwrap();
        let expected = if attempt < 3 { ShardState::Pending } else { ShardState::Failed };
        assert_eq!(state, Some(expected));
    }
    assert!(queue.claim("w:1", LONG, 3).unwrap().is_none());
    assert!(!queue.has_work().unwrap());
    let status = queue.status().unwrap();
    assert_eq!(status.failed.len(), 1);
    assert_eq!(status.failed[0].error, "/feeds/day00.jsonl: no such file");
    assert_eq!(status.failed[0].first_path, "/feeds/day00.jsonl");
    assert_eq!(queue.retry_failed().unwrap(), 1);
    assert_eq!(queue.claim("w:1", LONG, 3).unwrap().map(|c| c.attempt), Some(1));
}

#[test]
fn a_worker_lost_on_its_last_claim_leaves_its_shard_set_aside() {
    let Some(pg) = allegiance_testpg::database("queue_lost") else { return };
    let queue = Queue::open(&pg.url).unwrap();
    queue.add(&files(1), 10).unwrap();
    let timeout = Duration::from_millis(300);
    assert!(queue.claim("gone:7", timeout, 1).unwrap().is_some());
    std::thread::sleep(Duration::from_millis(600));
    assert!(queue.claim("next:8", timeout, 1).unwrap().is_none());
    let status = queue.status().unwrap();
    assert_eq!(status.failed.len(), 1);
    assert!(status.failed[0].error.contains("gone:7"), "{:?}", status.failed);
}

#[test]
fn adding_the_same_files_again_adds_nothing_and_new_files_make_new_shards() {
    let Some(pg) = allegiance_testpg::database("queue_add") else { return };
    let queue = Queue::open(&pg.url).unwrap();
    let loose = |names: &[&str]| -> Vec<InputFile> {
        names
            .iter()
            .map(|n| InputFile { path: PathBuf::from(format!("/in/{n}.txt")), archive: false })
            .collect()
    };
    let first = queue.add(&loose(&["a", "b", "c"]), 2).unwrap();
    assert_eq!((first.shards, first.files, first.already_queued), (2, 3, 0));
    let again = queue.add(&loose(&["a", "b", "c"]), 2).unwrap();
    assert_eq!((again.shards, again.files, again.already_queued), (0, 0, 3));
    let more = queue.add(&loose(&["a", "b", "c", "d"]), 2).unwrap();
    assert_eq!((more.shards, more.files, more.already_queued), (1, 1, 3));
    assert_eq!(queue.status().unwrap().count(ShardState::Pending).files, 4);
}

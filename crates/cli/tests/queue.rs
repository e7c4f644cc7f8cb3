//! The work queue end to end on a real PostgreSQL: `queue add` and `queue status`, workers that
//! store the same as one `ingest`, a shard that cannot be read set aside with its error, and a
//! worker killed with SIGKILL in the middle of a shard whose work another worker completes.

mod common;

use allegiance_store::{PgStore, Store, StoreCounts};
use common::{bin, examples};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn articles() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles")
}

/// `allegiance --db DB ARGS...`: its exit code, stdout and stderr.
fn run(db: &str, args: &[&str]) -> (i32, String, String) {
    let out = bin().arg("--db").arg(db).args(args).output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

fn ok(db: &str, args: &[&str]) -> String {
    let (code, out, err) = run(db, args);
    assert_eq!(code, 0, "allegiance {args:?} failed: {err}");
    out
}

fn status(db: &str) -> Value {
    serde_json::from_str(&ok(db, &["queue", "status", "--format", "json"])).unwrap()
}

/// The shards in `state` (pending, running, done, failed) as `queue status` counts them.
fn shards(status: &Value, state: &str) -> u64 {
    status["states"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["state"] == state)
        .map(|s| s["shards"].as_u64().unwrap())
        .unwrap()
}

/// The stored facts without the row ids, which follow the order documents were stored in, and
/// in a fixed order: what two runs storing the same articles in another order must agree on.
fn facts(db: &str) -> Vec<String> {
    let rows: Vec<Value> = serde_json::from_str(&ok(db, &["facts", "--format", "json"])).unwrap();
    let mut facts: Vec<String> = rows
        .into_iter()
        .map(|mut row| {
            let object = row.as_object_mut().unwrap();
            for id in ["id", "document_id", "subject_id", "object_id"] {
                object.remove(id);
            }
            serde_json::to_string(&row).unwrap()
        })
        .collect();
    facts.sort();
    facts
}

fn counts(db: &str) -> StoreCounts {
    PgStore::open(db).unwrap().counts().unwrap()
}

/// The examples and the test articles copied into `copies` folders, each file with a line of
/// its own appended, so that every copy is a document of its own (a near-duplicate of the
/// others, which the store clusters).
fn corpus(root: &Path, copies: usize) -> PathBuf {
    let corpus = root.join("corpus");
    for copy in 0..copies {
        let folder = corpus.join(format!("copy-{copy:02}"));
        std::fs::create_dir_all(&folder).unwrap();
        for source in [examples(), articles()] {
            for entry in std::fs::read_dir(source).unwrap() {
                let path = entry.unwrap().path();
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                if !name.ends_with(".txt") {
                    continue;
                }
                let mut text = std::fs::read_to_string(&path).unwrap();
                text.push_str(&format!("\n\nArchive copy number {copy}.\n"));
                std::fs::write(folder.join(name), text).unwrap();
            }
        }
    }
    corpus
}

fn worker(db: &str, args: &[&str]) -> Child {
    Command::new(assert_cmd::cargo::cargo_bin("allegiance"))
        .arg("--db")
        .arg(db)
        .arg("--quiet")
        .arg("work")
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn wait_for(what: &str, limit: Duration, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < limit, "waited {limit:?} for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn queue_and_work_need_postgres() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lite.db");
    for args in [&["queue", "status"][..], &["work"], &["queue", "add", "examples"]] {
        let (code, _, err) = run(db.to_str().unwrap(), args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains("the work queue needs PostgreSQL"), "{err}");
        assert!(err.contains("--db postgres://"), "{err}");
    }
    assert!(!db.exists(), "no SQLite file is made");
}

#[test]
fn two_workers_store_what_one_ingest_stores() {
    let Some(queued) = allegiance_testpg::database("cli_queue_two") else { return };
    let Some(plain) = allegiance_testpg::database("cli_queue_plain") else { return };
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus(dir.path(), 2);
    let examples = examples();
    let inputs = [corpus.to_str().unwrap(), examples.to_str().unwrap()];
    ok(&plain.url, &["--quiet", "ingest", inputs[0], inputs[1]]);

    let (code, _, err) =
        run(&queued.url, &["queue", "add", "--files-per-shard", "7", inputs[0], inputs[1]]);
    assert_eq!(code, 0, "{err}");
    // 23 article files in each of two copies (4 shards each), and the examples: 12 article
    // files (2 shards) and a JSONL file (a shard of its own).
    assert!(err.contains("queued 59 new files in 11 shards (0 already queued)"), "{err}");
    let (_, _, again) = run(&queued.url, &["queue", "add", inputs[1]]);
    assert!(again.contains("queued 0 new files in 0 shards (13 already queued)"), "{again}");
    let before = status(&queued.url);
    assert_eq!(shards(&before, "pending"), 11);
    assert_eq!(shards(&before, "done"), 0);

    let workers =
        [worker(&queued.url, &["--threads", "2"]), worker(&queued.url, &["--threads", "2"])];
    for w in workers {
        let out = w.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let after = status(&queued.url);
    assert_eq!(shards(&after, "done"), 11, "{after}");
    assert_eq!(shards(&after, "pending") + shards(&after, "running") + shards(&after, "failed"), 0);
    let stored = counts(&plain.url);
    assert_eq!(counts(&queued.url), stored);
    assert_eq!(after["states"][2]["documents"].as_u64(), Some(stored.documents as u64), "{after}");
    assert!(after["documents_per_second"].as_f64().unwrap() > 0.0, "{after}");
    assert_eq!(facts(&queued.url), facts(&plain.url));
    let table = ok(&queued.url, &["queue", "status"]);
    assert!(table.contains("documents per second"), "{table}");
}

#[test]
fn a_shard_that_cannot_be_read_is_set_aside_with_its_error() {
    let Some(pg) = allegiance_testpg::database("cli_queue_failing") else { return };
    let dir = tempfile::tempdir().unwrap();
    let vanishing = dir.path().join("vanishing");
    std::fs::create_dir(&vanishing).unwrap();
    let lost = vanishing.join("lost.txt");
    std::fs::copy(examples().join("01-boko-haram-pledges-to-islamic-state.txt"), &lost).unwrap();
    let examples = examples();
    ok(&pg.url, &["queue", "add", examples.to_str().unwrap(), vanishing.to_str().unwrap()]);
    std::fs::remove_file(&lost).unwrap();

    let out = worker(&pg.url, &["--max-attempts", "2"]).wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let after = status(&pg.url);
    assert_eq!(shards(&after, "failed"), 1, "{after}");
    // The examples: their article files, and their JSONL file.
    assert_eq!(shards(&after, "done"), 2, "{after}");
    let failed = &after["failed"][0];
    assert_eq!(failed["attempts"], 2);
    assert_eq!(failed["first_path"], lost.to_str().unwrap());
    assert!(failed["error"].as_str().unwrap().contains("no such file"), "{failed}");
    let table = ok(&pg.url, &["queue", "status"]);
    assert!(table.contains("no such file"), "{table}");

    // Once the file is back, `queue retry` and a worker finish the job.
    std::fs::copy(examples.join("01-boko-haram-pledges-to-islamic-state.txt"), &lost).unwrap();
    ok(&pg.url, &["queue", "retry"]);
    assert!(worker(&pg.url, &[]).wait().unwrap().success());
    assert_eq!(shards(&status(&pg.url), "done"), 3);
}

#[test]
fn a_worker_killed_mid_shard_leaves_nothing_another_cannot_finish() {
    let Some(queued) = allegiance_testpg::database("cli_queue_killed") else { return };
    let Some(clean) = allegiance_testpg::database("cli_queue_clean") else { return };
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus(dir.path(), 5);
    let input = corpus.to_str().unwrap();
    ok(&queued.url, &["queue", "add", "--files-per-shard", "23", input]);

    // One thread, so that a shard of 23 articles takes a while; killed while it works on its
    // second or third shard, with more to come.
    let mut first = worker(&queued.url, &["--threads", "1", "--claim-timeout", "2"]);
    wait_for("a shard done and the next running", Duration::from_secs(120), || {
        assert!(first.try_wait().unwrap().is_none(), "the worker ended before it was killed");
        let now = status(&queued.url);
        (1..=2).contains(&shards(&now, "done")) && shards(&now, "running") == 1
    });
    first.kill().unwrap(); // SIGKILL
    first.wait().unwrap();
    let killed = status(&queued.url);
    assert_eq!(shards(&killed, "running"), 1, "the dead worker's shard: {killed}");
    assert!(shards(&killed, "done") < 5, "{killed}");
    let stored_then = counts(&queued.url).documents;
    let done_then = killed["states"][2]["documents"].as_u64().unwrap() as usize;
    assert_eq!(stored_then, done_then, "nothing of the killed shard is stored");

    let second = worker(&queued.url, &["--threads", "2", "--claim-timeout", "2"]);
    let out = second.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let after = status(&queued.url);
    assert_eq!(shards(&after, "done"), 5, "{after}");
    assert_eq!(shards(&after, "failed"), 0, "{after}");

    ok(&clean.url, &["--quiet", "ingest", input]);
    assert_eq!(counts(&queued.url), counts(&clean.url));
    assert_eq!(facts(&queued.url), facts(&clean.url));
}

#[test]
fn sigterm_gives_the_shard_back_and_ends_the_worker() {
    let Some(pg) = allegiance_testpg::database("cli_queue_sigterm") else { return };
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus(dir.path(), 2);
    ok(&pg.url, &["queue", "add", "--files-per-shard", "23", corpus.to_str().unwrap()]);
    let mut worker = worker(&pg.url, &["--threads", "1"]);
    wait_for("a running shard", Duration::from_secs(60), || {
        assert!(worker.try_wait().unwrap().is_none(), "the worker ended before the signal");
        shards(&status(&pg.url), "running") == 1
    });
    let term = Command::new("kill").arg("-TERM").arg(worker.id().to_string()).status().unwrap();
    assert!(term.success());
    let started = Instant::now();
    let out = worker.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(started.elapsed() < Duration::from_secs(30), "it stopped soon");
    let after = status(&pg.url);
    assert_eq!(shards(&after, "running"), 0, "{after}");
    assert_eq!(shards(&after, "pending") + shards(&after, "done"), 2, "{after}");
    assert!(shards(&after, "pending") >= 1, "the shard it held is pending again: {after}");
    let done_documents = after["states"][2]["documents"].as_u64().unwrap() as usize;
    assert_eq!(counts(&pg.url).documents, done_documents, "nothing of the given-back shard");
}

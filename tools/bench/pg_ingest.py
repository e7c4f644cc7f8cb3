#!/usr/bin/env python3
"""Write rates of `allegiance ingest`: documents and database rows per second, into SQLite and into
PostgreSQL, with one process and with two processes at once (docs/scale.md).

usage: python3 tools/bench/pg_ingest.py [--bin PATH] [--copies K] [--limit N] [--threads T]
                                        [--runs extract,sqlite,pg1,pg2,work1,work2]
                                        [--shard-docs N] [--scratch DIR]

PostgreSQL: the server ALLEGIANCE_TEST_PG names (a URL; `eval "$(tools/pg/start.sh)"` starts a
private one), where the script creates and drops its own databases (`allegiance_bench_*`).

Input: the shared bench corpus (../shared/data/bench/*.jsonl.zst, through bench_corpus.py), written
--copies times (default 1) into one JSON Lines file under --scratch (default: a temporary folder
under /tmp). Documents are identified by a hash of their text, so each copy's text differs: copy k
of a document has the line "(bench copy k)" appended and the id "copyk-<id>". --limit keeps the
first N documents of that file. For two processes, the file is split into halves (odd and even
lines) and both run at the same time against one database. `work1`/`work2`: the file is cut
into JSON Lines files of --shard-docs documents (default 1,000), each one shard of
`allegiance queue add`, and one or two `allegiance work` processes run until the queue is done;
the time counts from the workers' start (the `queue add` before it is not counted).

Each run starts from an empty database; its rows are counted with SQL afterwards (documents,
signatures, entities, aliases, mentions, facts, name_uses). Prints one table row per run:
documents, seconds (wall clock, the slowest process for two), documents/s, rows, rows/s, and the
database's size on disk afterwards. `extract`
runs `allegiance extract` on the same file to /dev/null: the rate extraction alone allows on this
machine. The machine's load average is printed before and after: on a shared machine, compare
figures of one run of this script only.
"""
import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bench_corpus

REPO = Path(__file__).resolve().parents[2]
TABLES = ["documents", "signatures", "entities", "aliases", "mentions", "facts", "name_uses"]


def write_copies(corpus, out, copies, limit):
    """Writes `copies` copies of the corpus, each document's text made distinct; returns the count."""
    n = 0
    with open(out, "w", encoding="utf-8") as w:
        for k in range(copies):
            with open(corpus, encoding="utf-8") as r:
                for line in r:
                    if limit and n >= limit:
                        return n
                    d = json.loads(line)
                    d["id"] = f"copy{k}-{d.get('id', n)}"
                    d["text"] = f"{d.get('text', '')}\n\n(bench copy {k})"
                    w.write(json.dumps(d, ensure_ascii=False) + "\n")
                    n += 1
    return n


def halves(path):
    """The file split into its odd and even lines: two inputs of about the same size."""
    a, b = path.with_suffix(".a.jsonl"), path.with_suffix(".b.jsonl")
    with open(path, encoding="utf-8") as r, open(a, "w", encoding="utf-8") as wa, open(
        b, "w", encoding="utf-8"
    ) as wb:
        for i, line in enumerate(r):
            (wa if i % 2 == 0 else wb).write(line)
    return a, b


def psql(url, sql):
    out = subprocess.run(
        ["psql", "-X", "-v", "ON_ERROR_STOP=1", "-Atq", "-d", url, "-c", sql],
        capture_output=True,
        text=True,
    )
    if out.returncode != 0:
        sys.exit(f"pg_ingest: psql failed: {out.stderr.strip()}")
    return out.stdout.strip()


def database_url(server, name):
    """The server's URL with another database name."""
    base, _, query = server.partition("?")
    head, slash, _ = base.rpartition("/")
    if "://" not in base or not slash or head.endswith(":/"):
        sys.exit(f"pg_ingest: ALLEGIANCE_TEST_PG={server} names no database")
    return f"{head}/{name}" + (f"?{query}" if query else "")


def fresh_pg(server, name):
    psql(server, f"DROP DATABASE IF EXISTS {name}")
    psql(server, f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
    return database_url(server, name)


def count_rows(db):
    if db.startswith("postgres"):
        return sum(int(psql(db, f"SELECT count(*) FROM {t}")) for t in TABLES)
    with sqlite3.connect(db) as c:
        return sum(c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES)


def ingest(binary, db, inputs, threads):
    """Runs one ingest process per input at the same time; the wall seconds until the last ends."""
    base = [binary, "--quiet", "--db", db] + (["--threads", str(threads)] if threads else [])
    start = time.perf_counter()
    procs = [
        subprocess.Popen(base + ["ingest", str(i)], stderr=subprocess.PIPE, text=True)
        for i in inputs
    ]
    for p in procs:
        _, err = p.communicate()
        if p.returncode != 0:
            sys.exit(f"pg_ingest: ingest into {db} failed ({p.returncode}): {err.strip()}")
    return time.perf_counter() - start


def shard_files(path, folder, per_shard):
    """The file cut into JSON Lines files of `per_shard` documents each, in `folder`."""
    folder.mkdir()
    with open(path, encoding="utf-8") as r:
        out = None
        for i, line in enumerate(r):
            if i % per_shard == 0:
                if out:
                    out.close()
                out = open(folder / f"shard-{i // per_shard:05}.jsonl", "w", encoding="utf-8")
            out.write(line)
        if out:
            out.close()
    return folder


def work(binary, db, folder, workers, threads):
    """Queues the shard files, then runs `workers` workers until the queue is done; their wall
    seconds, and the queue's own status."""
    base = [binary, "--quiet", "--db", db]
    subprocess.run(base + ["queue", "add", str(folder)], check=True, stdout=subprocess.DEVNULL)
    run = base + (["--threads", str(threads)] if threads else []) + ["work"]
    start = time.perf_counter()
    procs = [subprocess.Popen(run, stderr=subprocess.PIPE, text=True) for _ in range(workers)]
    for p in procs:
        _, err = p.communicate()
        if p.returncode != 0:
            sys.exit(f"pg_ingest: work on {db} failed ({p.returncode}): {err.strip()}")
    secs = time.perf_counter() - start
    status = subprocess.run(
        base + ["queue", "status", "--format", "json"], check=True, capture_output=True, text=True
    )
    return secs, json.loads(status.stdout)


def size_mb(db):
    """The database's size on disk, in MB (for SQLite: the file with its write-ahead log)."""
    if db.startswith("postgres"):
        return int(psql(db, "SELECT pg_database_size(current_database())")) / 1e6
    return sum(Path(db + s).stat().st_size for s in ("", "-wal") if Path(db + s).exists()) / 1e6


def row(name, docs, secs, rows=None, mb=None):
    rows_s = f"{rows / secs:,.0f}" if rows is not None else "–"
    rows_n = f"{rows:,}" if rows is not None else "–"
    size = f"{mb:,.0f}" if mb is not None else "–"
    print(
        f"| {name} | {docs:,} | {secs:.1f} | {docs / secs:,.0f} | {rows_n} | {rows_s} | {size} |",
        flush=True,
    )


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=str(REPO / "target" / "release" / "allegiance"))
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--threads", type=int, default=0, help="--threads of each process (default: the CLI's)")
    ap.add_argument("--runs", default="extract,sqlite,pg1,pg2")
    ap.add_argument("--shard-docs", type=int, default=1000, help="documents per shard (work1, work2)")
    ap.add_argument("--scratch", default=None)
    a = ap.parse_args()
    runs = a.runs.split(",")
    if not Path(a.bin).exists():
        sys.exit(f"pg_ingest: {a.bin} missing (cargo build --release -p allegiance)")
    server = os.environ.get("ALLEGIANCE_TEST_PG")
    if any(r.startswith("pg") for r in runs) and not server:
        sys.exit('pg_ingest: set ALLEGIANCE_TEST_PG (eval "$(tools/pg/start.sh)")')

    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(dir=a.scratch) as tmp:
        tmp = Path(tmp)
        corpus = bench_corpus.decompress(tmp, "pg_ingest")
        docs_file = tmp / "input.jsonl"
        n = write_copies(corpus, docs_file, a.copies, a.limit)
        corpus.unlink()
        print(f"{n:,} documents ({a.copies} copies{f', first {a.limit}' if a.limit else ''}), {a.bin}\n")
        print("| run | documents | seconds | documents/s | rows added | rows/s | MB on disk |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for r in runs:
            if r == "extract":
                cmd = [a.bin, "--quiet"] + (["--threads", str(a.threads)] if a.threads else [])
                start = time.perf_counter()
                with open(os.devnull, "w") as null:
                    subprocess.run(cmd + ["extract", str(docs_file)], stdout=null, check=True)
                row("extract only (no store)", n, time.perf_counter() - start)
            elif r == "sqlite":
                db = str(tmp / "bench.db")
                secs = ingest(a.bin, db, [docs_file], a.threads)
                row("ingest → SQLite, 1 process", n, secs, count_rows(db), size_mb(db))
            elif r in ("pg1", "pg2"):
                name = f"allegiance_bench_{r}"
                db = fresh_pg(server, name)
                inputs = [docs_file] if r == "pg1" else list(halves(docs_file))
                secs = ingest(a.bin, db, inputs, a.threads)
                label = "1 process" if r == "pg1" else "2 processes at once"
                row(f"ingest → PostgreSQL, {label}", n, secs, count_rows(db), size_mb(db))
                psql(server, f"DROP DATABASE IF EXISTS {name}")
            elif r in ("work1", "work2"):
                folder = tmp / "shards"
                if not folder.exists():
                    shard_files(docs_file, folder, a.shard_docs)
                name = f"allegiance_bench_{r}"
                db = fresh_pg(server, name)
                workers = 1 if r == "work1" else 2
                secs, status = work(a.bin, db, folder, workers, a.threads)
                label = "1 worker" if workers == 1 else "2 workers"
                row(f"work → PostgreSQL, {label}", n, secs, count_rows(db), size_mb(db))
                print(f"<!-- queue status of {r}: {json.dumps(status)} -->", flush=True)
                psql(server, f"DROP DATABASE IF EXISTS {name}")
            else:
                sys.exit(f"pg_ingest: unknown run {r} (extract, sqlite, pg1, pg2, work1, work2)")
    print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Soak test of ingest's crash safety (not a timed test; run it by hand).

    python3 tools/soak/kill9_ingest.py --bin target/debug/allegiance [--rounds 20] [--bench 200] [--batch 16] [INPUT...]

Ingests the inputs (default: examples/ plus the first --bench articles of the shared bench
corpus) once into a fresh database, timing it. Then, into a second database, N rounds of the
same ingest each killed with SIGKILL at a random moment within that time, and a final ingest
left to finish. The two databases must hold the same counts (documents, facts, entities,
mentions) and the same content: `facts --format json` and `export` (csv facts and claims, ftm)
with row ids left out, sorted and hashed. Prints one line per round and the comparison; exits 1
when they differ.
"""
import argparse
import hashlib
import json
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools" / "bench"))

COUNTED = ("documents", "facts", "entities", "mentions")


def bench_sample(tmp, n):
    """The first `n` articles of the bench corpus as one JSON Lines file."""
    import bench_corpus

    whole = bench_corpus.decompress(tmp, "kill9_ingest")
    sample = Path(tmp) / f"bench-{n}.jsonl"
    with open(whole, encoding="utf-8") as r, open(sample, "w", encoding="utf-8") as w:
        for i, line in enumerate(r):
            if i >= n:
                break
            w.write(line)
    return sample


def ingest(binary, db, inputs, batch):
    return subprocess.Popen(
        [binary, "--db", str(db), "-q", "ingest", "--batch", str(batch), *map(str, inputs)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def counts(db):
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}


def without_ids(value):
    """`value` with database row ids left out: they depend on the order rows were written."""
    if isinstance(value, dict):
        return {k: without_ids(v) for k, v in value.items() if k != "id" and not k.endswith("_id")}
    if isinstance(value, list):
        return [without_ids(v) for v in value]
    return value


def content_hash(binary, db):
    """One hash of the facts as JSON and of the exports, each sorted so row order is irrelevant."""
    h = hashlib.sha256()
    facts = subprocess.run(
        [binary, "--db", str(db), "facts", "--format", "json", "--limit", "1000000"],
        capture_output=True,
        check=True,
    ).stdout
    rows = json.loads(facts)
    for line in sorted(json.dumps(without_ids(r), sort_keys=True) for r in rows):
        h.update(line.encode())
    for args in (["csv", "--table", "facts"], ["csv", "--table", "claims"], ["ftm"]):
        out = subprocess.run(
            [binary, "--db", str(db), "export", "--format", *args], capture_output=True, check=True
        ).stdout
        for line in sorted(out.splitlines()):
            h.update(line)
    return h.hexdigest()[:16]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default=str(REPO / "target" / "debug" / "allegiance"))
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--bench", type=int, default=200, help="bench articles added to examples/")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument(
        "--batch", type=int, default=16, help="documents per transaction: small, so kills land between commits"
    )
    ap.add_argument("inputs", nargs="*", type=Path)
    args = ap.parse_args()
    binary = str(Path(args.bin).resolve())
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        inputs = args.inputs or [REPO / "examples", bench_sample(tmp, args.bench)]

        clean = tmp / "clean.db"
        started = time.monotonic()
        if ingest(binary, clean, inputs, args.batch).wait() not in (0, 1):
            sys.exit("kill9_ingest: the clean ingest failed")
        took = time.monotonic() - started
        print(f"clean ingest: {took:.2f} s, {counts(clean)}")

        soaked = tmp / "soaked.db"
        for round in range(1, args.rounds + 1):
            moment = rng.uniform(0.0, took)
            proc = ingest(binary, soaked, inputs, args.batch)
            time.sleep(moment)
            finished = proc.poll() is not None
            if not finished:
                proc.send_signal(signal.SIGKILL)
            proc.wait()
            stored = counts(soaked)["documents"] if soaked.exists() else 0
            what = "had finished" if finished else "killed"
            print(f"round {round:2}: {what} at {moment:.2f} s, {stored} documents stored")
        if ingest(binary, soaked, inputs, args.batch).wait() not in (0, 1):
            sys.exit("kill9_ingest: the final ingest failed")

        a, b = counts(clean), counts(soaked)
        ha, hb = content_hash(binary, clean), content_hash(binary, soaked)
        print(f"clean:  {a} content {ha}")
        print(f"soaked: {b} content {hb}")
        same = a == b and ha == hb
        print("equal" if same else "DIFFERENT")
        sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Checks that a change leaves `allegiance extract` output byte-identical.

    python3 tools/same_output.py record DIR [--bin BIN]   # before the change
    python3 tools/same_output.py check DIR [--bin BIN]    # after it: exit 1 on any difference
    python3 tools/same_output.py check DIR --ignore-field rule   # the same, but for a fact field

Runs `BIN extract --format jsonl` over every input set we score or benchmark: the shared gold
corpora (seeds, dev, dev2), the MUC-4 development reports (as one text file each, the way
../shared/tools/muc4_perporg.py feeds them), the bench corpus (BBC and Reuters, needs `zstd`)
and our own examples/. `record` keeps each output in DIR; `check` compares against it and names,
per set, the first line that differs. With `--ignore-field NAME` (repeatable), for a change that
adds a field to facts, each line is compared as a JSON value, key order included, after NAME is
removed from every fact of the new output.
"""
import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "tools" / "bench"))


def inputs(tmp):
    """(set name, path given to extract) for every set that exists here."""
    for name in ("seeds", "dev", "dev2"):
        folder = SHARED / "corpus" / name
        if folder.is_dir():
            yield name, folder
    muc4 = SHARED / "data" / "muc4" / "dev.jsonl"
    if muc4.is_file():
        folder = Path(tmp) / "muc4-dev"
        folder.mkdir()
        with open(muc4, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                (folder / (d["docid"] + ".txt")).write_text(d["text"], encoding="utf-8")
        # Given relative to the temporary folder, since the output names each file by its path.
        yield "muc4-dev", folder
    if (SHARED / "data" / "bench").is_dir():
        import bench_corpus

        yield "bench", bench_corpus.decompress(tmp, "same_output")
    yield "examples", REPO / "examples"


def run(binary, path):
    binary = str(Path(binary).resolve())
    proc = subprocess.run(
        [binary, "extract", "--format", "jsonl", path.name], cwd=path.parent, capture_output=True
    )
    if proc.returncode != 0:
        sys.exit(f"same_output: {binary} extract {path} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return proc.stdout


def without_fields(out, fields):
    """Each line of `out` as compact JSON (key order kept), without `fields` in its facts."""
    lines = []
    for line in out.splitlines():
        doc = json.loads(line)
        for fact in doc.get("facts", []):
            for field in fields:
                fact.pop(field, None)
        lines.append(json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode())
    return b"\n".join(lines) + b"\n" if lines else b""


def first_difference(a, b):
    la, lb = a.splitlines(), b.splitlines()
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            return f"line {i + 1} differs:\n  before: {x[:300]!r}\n  after:  {y[:300]!r}"
    return f"lengths differ: {len(la)} lines before, {len(lb)} after"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["record", "check"])
    ap.add_argument("dir", type=Path, help="where the recorded outputs are kept")
    ap.add_argument("--bin", default=str(REPO / "target" / "release" / "allegiance"))
    ap.add_argument("--ignore-field", action="append", default=[], metavar="NAME",
                    help="check: compare without this field of every fact (repeatable)")
    a = ap.parse_args()
    if a.mode == "record":
        a.dir.mkdir(parents=True, exist_ok=True)
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in inputs(tmp):
            out = run(a.bin, path)
            digest = hashlib.sha256(out).hexdigest()[:16]
            lines = out.count(b"\n")
            kept = a.dir / f"{name}.jsonl"
            if a.mode == "record":
                kept.write_bytes(out)
                print(f"{name:9} {lines:6} lines  sha256 {digest}  recorded")
                continue
            if not kept.is_file():
                print(f"{name:9} no recorded output in {a.dir}: run `record` first")
                failed += 1
                continue
            before = kept.read_bytes()
            if a.ignore_field:
                before, out = without_fields(before, a.ignore_field), without_fields(out, a.ignore_field)
            if before == out:
                print(f"{name:9} {lines:6} lines  sha256 {digest}  identical")
            else:
                failed += 1
                print(f"{name:9} DIFFERENT: {first_difference(before, out)}")
    if failed:
        sys.exit(f"same_output: {failed} set(s) differ")


if __name__ == "__main__":
    main()

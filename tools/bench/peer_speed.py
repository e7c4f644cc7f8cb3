#!/usr/bin/env python3
"""Throughput of `allegiance extract` and of the spaCy peer, on the same input, in the same run.

usage: python3 tools/bench/peer_speed.py [--bin PATH] [--peer-python PATH] [--peer-dir DIR]
                                         [--peer-mb MB] [--repeat N] [INPUT.jsonl ...]

INPUT: JSON Lines files with a "text" field (default: the shared bench corpus,
../shared/data/bench/*.jsonl.zst, decompressed with the `zstd` command into a temporary folder).

spaCy reads about 0.03 MB per CPU-second, so the whole bench corpus (21 MB) would take it 10+
minutes: the peer runs on the first --peer-mb MB of text (default 5, about two minutes), and allegiance runs on that
same subset too (whole process: start-up and knowledge-base load included), then on everything.

MB = 10^6 bytes of UTF-8 article text (the "text" fields), as the peer counts them. CPU seconds =
user + sys of the child process (getrusage), median of --repeat runs for allegiance, one run for
the peer. The peer's figure is its own: CPU of its nlp.pipe loop only, model loading excluded,
which favours the peer; its whole-process CPU is printed too. allegiance runs with --threads 1.
The machine's load average is printed before and after.
"""
import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import bench_corpus

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_cpu(cmd, **kw):
    """Runs cmd; returns (CPU seconds of the child, completed process)."""
    before = child_cpu()
    proc = subprocess.run(cmd, **kw)
    return child_cpu() - before, proc


def text_bytes(path):
    n = docs = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                n += len(json.loads(line)["text"].encode("utf-8"))
                docs += 1
    return docs, n


def subset(paths, out, limit_bytes):
    """The first records of `paths` whose text adds up to at most limit_bytes."""
    total = 0
    with open(out, "w", encoding="utf-8") as w:
        for p in paths:
            with open(p, encoding="utf-8") as f:
                for line in f:
                    if not line.strip():
                        continue
                    n = len(json.loads(line)["text"].encode("utf-8"))
                    if total + n > limit_bytes:
                        return
                    total += n
                    w.write(line if line.endswith("\n") else line + "\n")


def default_inputs(tmp):
    return [bench_corpus.decompress(tmp, "peer_speed")]


def allegiance(binary, inputs, repeat):
    cpus = []
    for _ in range(repeat):
        cpu, proc = run_cpu([binary, "--threads", "1", "-q", "extract", "--format", "jsonl", *map(str, inputs)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if proc.returncode != 0:
            sys.exit(f"peer_speed: allegiance failed: {proc.stderr.decode(errors='replace')}")
        cpus.append(cpu)
    return statistics.median(cpus), cpus


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=str(REPO / "target" / "release" / "allegiance"))
    ap.add_argument("--peer-python", default=os.environ.get("ALLEGIANCE_PEER_PYTHON", str(SHARED / "peers" / ".venv" / "bin" / "python")))
    ap.add_argument("--peer-dir", default=str(SHARED / "peers"))
    ap.add_argument("--peer-mb", type=float, default=5.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("inputs", nargs="*")
    a = ap.parse_args()
    if not Path(a.bin).exists():
        sys.exit(f"peer_speed: {a.bin} missing (cargo build --release)")
    if not Path(a.peer_python).exists():
        sys.exit(f"peer_speed: no peer Python at {a.peer_python}: run `bash setup.sh` in a writable copy of "
                 "../shared/peers and pass --peer-python COPY/.venv/bin/python")

    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as tmp:
        inputs = [Path(p) for p in a.inputs] or default_inputs(tmp)
        sub = Path(tmp) / "peer-subset.jsonl"
        subset(inputs, sub, int(a.peer_mb * 1e6))
        sub_docs, sub_bytes = text_bytes(sub)
        all_docs, all_bytes = 0, 0
        for p in inputs:
            d, n = text_bytes(p)
            all_docs += d
            all_bytes += n

        rows = []
        cpu_sub, runs_sub = allegiance(a.bin, [sub], a.repeat)
        rows.append(("allegiance (whole process)", "subset", sub_docs, sub_bytes, cpu_sub, runs_sub))
        cpu_all, runs_all = allegiance(a.bin, inputs, a.repeat)
        rows.append(("allegiance (whole process)", "all", all_docs, all_bytes, cpu_all, runs_all))

        peer = [a.peer_python, str(Path(a.peer_dir) / "spacy_peer.py"), "--model", "sm", str(sub)]
        peer_process_cpu, proc = run_cpu(peer, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if proc.returncode != 0:
            sys.exit(f"peer_speed: the peer failed: {proc.stderr}")
        summary = proc.stdout.strip().splitlines()[-1]
        fields = dict(re.findall(r"(\w+)=(\S+)", summary))
        peer_cpu = float(fields["cpu_seconds"])
        peer_bytes = int(fields["bytes"])
        rows.append(("spaCy en_core_web_sm, full pipeline (nlp.pipe loop)", "subset", int(fields["docs"]), peer_bytes, peer_cpu, [peer_cpu]))
        rows.append(("spaCy en_core_web_sm, full pipeline (whole process)", "subset", int(fields["docs"]), peer_bytes, peer_process_cpu, [peer_process_cpu]))

    print(f"inputs: {', '.join(map(str, a.inputs)) or 'the shared bench corpus'}; subset = first {a.peer_mb} MB of text")
    print(f"{'tool':55} {'input':7} {'docs':>7} {'MB':>7} {'CPU-s':>8} {'MB/CPU-s':>9}  runs (CPU-s)")
    for tool, inp, docs, n, cpu, runs in rows:
        print(f"{tool:55} {inp:7} {docs:7d} {n / 1e6:7.2f} {cpu:8.2f} {n / 1e6 / cpu:9.3f}  {' '.join(f'{r:.2f}' for r in runs)}")
    peer_rate = peer_bytes / 1e6 / peer_cpu
    print(f"ratio, same subset: allegiance whole process / spaCy pipe loop = {sub_bytes / 1e6 / cpu_sub / peer_rate:.0f}x")
    print(f"ratio, allegiance on everything / spaCy on the subset = {all_bytes / 1e6 / cpu_all / peer_rate:.0f}x")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()

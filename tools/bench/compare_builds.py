#!/usr/bin/env python3
"""Two builds of `allegiance extract` on the same input, in one run: is the new one slower?

usage: python3 tools/bench/compare_builds.py BEFORE_BIN AFTER_BIN [--repeat R] [--times K] [INPUT.jsonl ...]

INPUT: JSON Lines files with a "text" field (default: the shared bench corpus,
../shared/data/bench/*.jsonl.zst, decompressed with `zstd`), written out --times times (default 2)
into one file. Each build runs `--threads 1 extract --format jsonl` on it pinned to one core
(`taskset -c 0`), the two interleaved, --repeat times each (default 7), so that the drift of a
shared machine falls on both alike. Prints each build's median wall time and user+system CPU
time, MB of text per CPU-second, the after/before ratio, and whether the outputs are identical.
"""
import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bench_corpus


def text_mb(path):
    total = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            total += len(json.loads(line).get("text", "").encode())
    return total / 1e6


def run(binary, path):
    """(wall s, cpu s, sha256 of stdout) of one pinned single-thread run."""
    cmd = [binary, "--threads", "1", "extract", "--format", "jsonl", str(path)]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0"] + cmd
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    h = hashlib.sha256()
    for chunk in iter(lambda: proc.stdout.read(1 << 20), b""):
        h.update(chunk)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"compare_builds: {' '.join(cmd)} failed")
    return wall, usage.ru_utime + usage.ru_stime, h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--times", type=int, default=2)
    a = ap.parse_intermixed_args()
    with tempfile.TemporaryDirectory() as tmp:
        inputs = a.inputs or [bench_corpus.decompress(tmp, "compare_builds")]
        corpus = Path(tmp) / "input.jsonl"
        with open(corpus, "wb") as w:
            for _ in range(a.times):
                for p in inputs:
                    data = Path(p).read_bytes()
                    w.write(data if data.endswith(b"\n") else data + b"\n")
        mb = text_mb(corpus)
        print(f"input: {corpus.stat().st_size / 1e6:.1f} MB of JSON Lines, {mb:.1f} MB of text; "
              f"load average before: {os.getloadavg()[0]:.2f}")
        runs = {"before": [], "after": []}
        digests = {"before": set(), "after": set()}
        run(a.before, corpus)  # page cache and CPU frequency settle on a run that is not counted
        for _ in range(a.repeat):
            for name, binary in (("before", a.before), ("after", a.after)):
                wall, cpu, digest = run(binary, corpus)
                runs[name].append((wall, cpu))
                digests[name].add(digest)
        med = {}
        for name in ("before", "after"):
            wall = statistics.median(w for w, _ in runs[name])
            cpu = statistics.median(c for _, c in runs[name])
            med[name] = (wall, cpu)
            print(f"{name:6}  wall {wall:.3f} s  cpu {cpu:.3f} s  {mb / cpu:.1f} MB/CPU-s  "
                  f"(runs: {', '.join(f'{w:.2f}' for w, _ in runs[name])})")
        print(f"after/before: wall {med['after'][0] / med['before'][0]:.3f}, "
              f"cpu {med['after'][1] / med['before'][1]:.3f}")
        same = len(digests["before"] | digests["after"]) == 1
        print(f"outputs identical: {'yes' if same else 'NO'}; load average after: {os.getloadavg()[0]:.2f}")
        if not same:
            sys.exit(1)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""How `allegiance extract` scales over cores, and whether its memory stays flat.

usage: python3 tools/bench/scaling.py [--bin PATH] [--threads N] [--times K] [--repeat R] [INPUT.jsonl ...]

INPUT: JSON Lines files with a "text" field (default: the shared bench corpus,
../shared/data/bench/*.jsonl.zst, decompressed with the `zstd` command into a temporary folder).
The input is written out --times times (default 4) into one file, so that one-time costs (start-up,
rule compiling) weigh as little as they would on an archive.

Runs, interleaved, --repeat times each (default 5):
  - one core: `taskset -c 0 allegiance --threads 1 extract` (the single-thread baseline);
  - N cores:  `allegiance --threads N extract` (N: --threads, default every core).
Prints the wall-clock medians, their ratio, and checks that both outputs are byte-identical.
Then peak RSS (getrusage of each child, via wait4) on the input once and --times times, for one
thread and for N. The machine's load average is printed before and after: on a shared machine,
compare figures from one run of this script, never across runs.
"""
import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bench_corpus

REPO = Path(__file__).resolve().parents[2]


def default_input(tmp):
    return bench_corpus.decompress(tmp, "scaling")


def concatenate(inputs, out, times):
    with open(out, "wb") as w:
        for _ in range(times):
            for p in inputs:
                data = Path(p).read_bytes()
                w.write(data if data.endswith(b"\n") else data + b"\n")


def run(cmd, digest=False):
    """Runs cmd; returns (wall seconds, peak RSS in MB, sha256 of stdout or None)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    h = hashlib.sha256()
    for chunk in iter(lambda: proc.stdout.read(1 << 20), b""):
        if digest:
            h.update(chunk)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"scaling: {' '.join(cmd)} failed ({proc.returncode}): {err.decode(errors='replace')}")
    return wall, usage.ru_maxrss / 1024, h.hexdigest() if digest else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=str(REPO / "target" / "release" / "allegiance"))
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--times", type=int, default=4)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("inputs", nargs="*")
    a = ap.parse_args()
    if not Path(a.bin).exists():
        sys.exit(f"scaling: {a.bin} missing (cargo build --release)")
    if not shutil.which("taskset"):
        sys.exit("scaling: the `taskset` command (util-linux) is needed to pin the baseline to one core")

    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as tmp:
        inputs = [Path(p) for p in a.inputs] or [default_input(tmp)]
        once = Path(tmp) / "once.jsonl"
        many = Path(tmp) / f"times{a.times}.jsonl"
        concatenate(inputs, once, 1)
        concatenate(inputs, many, a.times)
        mb = many.stat().st_size / 1e6

        extract = ["-q", "extract", "--format", "jsonl"]
        one_core = ["taskset", "-c", "0", a.bin, "--threads", "1", *extract, str(many)]
        all_cores = [a.bin, "--threads", str(a.threads), *extract, str(many)]
        _, _, want = run(one_core, digest=True)
        _, _, got = run(all_cores, digest=True)
        walls_1, walls_n = [], []
        for _ in range(a.repeat):
            walls_1.append(run(one_core)[0])
            walls_n.append(run(all_cores)[0])
        m1, mn = statistics.median(walls_1), statistics.median(walls_n)
        print(f"input: {mb:.1f} MB of JSON Lines ({a.times}x {', '.join(map(str, a.inputs)) or 'the shared bench corpus'})")
        print(f"one core, --threads 1:  median {m1:.3f} s  runs {' '.join(f'{w:.2f}' for w in walls_1)}")
        print(f"--threads {a.threads}:            median {mn:.3f} s  runs {' '.join(f'{w:.2f}' for w in walls_n)}")
        print(f"speed-up on {a.threads} threads: {m1 / mn:.2f}x")
        print(f"output identical to one thread: {'yes' if want == got else 'NO'}")

        print("peak RSS (MB):")
        for threads in sorted({1, a.threads}):
            rss_1 = run([a.bin, "--threads", str(threads), *extract, str(once)])[1]
            rss_n = run([a.bin, "--threads", str(threads), *extract, str(many)])[1]
            print(f"  --threads {threads}: 1x {rss_1:.1f}, {a.times}x {rss_n:.1f} ({(rss_n / rss_1 - 1) * 100:+.1f}%)")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if want != got:
        sys.exit(1)


if __name__ == "__main__":
    main()

"""The shared bench corpus for the scripts in tools/bench: ../shared/data/bench/*.jsonl.zst,
decompressed with the `zstd` command into one JSON Lines file."""
import shutil
import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"


def decompress(tmp, who):
    """Writes the bench corpus to TMP/bench.jsonl and returns its path; `who` names the caller in
    errors."""
    bench = SHARED / "data" / "bench"
    files = sorted(bench.glob("*.jsonl.zst"))
    if not files:
        sys.exit(f"{who}: no input given and no {bench}/*.jsonl.zst")
    if not shutil.which("zstd"):
        sys.exit(f"{who}: the `zstd` command is needed to read the bench corpus (apt-get install zstd)")
    out = Path(tmp) / "bench.jsonl"
    with open(out, "wb") as w:
        for f in files:
            subprocess.run(["zstd", "-dc", str(f)], stdout=w, check=True)
    return out

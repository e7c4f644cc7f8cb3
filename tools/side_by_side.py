#!/usr/bin/env python3
"""Entity recall side by side: allegiance vs the spaCy peer on the same gold articles.

usage: python3 tools/side_by_side.py [--shared ../shared] [--bin target/release/allegiance]

For each gold set (seeds, dev) it runs `allegiance extract` and the peer
(`../shared/peers/spacy_peer.py --model sm`, ORG/NORP/GPE/PERSON entities; install it first
with `bash ../shared/peers/setup.sh`) and prints the share of gold group entities and of gold
person entities that each finds. A gold entity counts as found when a system entity (or, for the
peer, an entity span) carries one of its names, compared as ../shared/tools/score.py compares
them (case, diacritics, punctuation and a leading "the" ignored).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    ap.add_argument("--peer", default=None, help="folder with spacy_peer.py and its .venv (default: SHARED/peers; "
                    "copy that folder somewhere writable and run setup.sh there if SHARED is read-only)")
    ap.add_argument("--bin", default=os.path.join(os.path.dirname(__file__), "..", "target", "release", "allegiance"))
    args = ap.parse_args()
    shared = os.path.abspath(args.shared)
    sys.path.insert(0, os.path.join(shared, "tools"))
    from score import load, norm, stem  # the scorer's own name normalisation

    peer_dir = os.path.abspath(args.peer or os.path.join(shared, "peers"))
    peer_py = os.path.join(peer_dir, ".venv", "bin", "python")
    if not os.path.exists(peer_py):
        sys.exit(f"the peer is not installed: run `bash {peer_dir}/setup.sh` first")
    rows = []
    for gold_set in ("seeds", "dev"):
        corpus = os.path.join(shared, "corpus", gold_set)
        gold = load(os.path.join(shared, "gold", f"{gold_set}.jsonl"))
        ours = subprocess.run([args.bin, "extract", "--format", "jsonl", corpus], capture_output=True, text=True, check=True).stdout
        ours = {stem(json.loads(l)["doc"]): json.loads(l) for l in ours.splitlines() if l.strip()}
        with tempfile.NamedTemporaryFile(suffix=".jsonl") as tmp:
            subprocess.run([peer_py, os.path.join(peer_dir, "spacy_peer.py"), "--model", "sm", "--out", tmp.name, corpus],
                           capture_output=True, text=True, check=True)
            peer = {}
            for l in open(tmp.name, encoding="utf-8"):
                d = json.loads(l)
                peer[stem(d["doc"])] = d
        for kind, labels in (("group", {"ORG", "NORP"}), ("person", {"PERSON"})):
            found = {"allegiance": 0, "spaCy": 0}
            total = 0
            for g in gold:
                key = stem(g.get("file") or g["doc"])
                our_names = {norm(n) for e in ours.get(key, {}).get("entities", []) if e["kind"] == kind
                             for n in [e["name"]] + e.get("mentions", [])}
                peer_names = {norm(e["text"]) for e in peer.get(key, {}).get("entities", []) if e["label"] in labels}
                for e in g["entities"]:
                    if e["kind"] != kind:
                        continue
                    total += 1
                    names = {norm(n) for n in e["names"]}
                    found["allegiance"] += bool(names & our_names)
                    found["spaCy"] += bool(names & peer_names)
            rows.append((gold_set, kind, total, found["allegiance"] / max(total, 1), found["spaCy"] / max(total, 1)))
    print(f"{'set':<6} {'kind':<7} {'gold':>5} {'allegiance':>11} {'spaCy sm':>9}")
    for r in rows:
        print(f"{r[0]:<6} {r[1]:<7} {r[2]:>5} {r[3]:>11.2f} {r[4]:>9.2f}")


if __name__ == "__main__":
    main()

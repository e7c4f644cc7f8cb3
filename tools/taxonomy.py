#!/usr/bin/env python3
"""Where extraction goes wrong: an error taxonomy of a system output against gold annotations.

    python3 tools/taxonomy.py GOLD.jsonl SYSTEM.jsonl [--json] [--examples N] [--score PATH]

GOLD is a gold file (docs/gold-format.md), SYSTEM what `allegiance extract --format jsonl` wrote
for the same articles (docs/output-contract.md). Documents are paired, entities mapped, repeated
facts folded and facts matched exactly as the shared scorer does: its functions are imported
from `../shared/tools/score.py` next to the repository (or the file given by --score), so the
counts here add up to its figures. The breakdown:

- missed gold facts whose subject or object the system did not find, by that entity's kind, with
  the names most often missed;
- missed gold facts whose entities were both found, by fact type;
- spurious system facts: those naming an entity that maps to no gold entity (a wrong or
  unannotated entity), and those between the right entities, each by type, presence apart;
- per rule id (the facts' `rule` field): how many facts the rule made, how many matched gold,
  and its precision.
"""
import argparse
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SCORER = REPO.parent / "shared" / "tools" / "score.py"
NO_RULE = "(no rule)"


def load_scorer(path):
    """The shared scorer as a module: its pairing, mapping, folding and matching are the rules."""
    path = Path(path)
    if not path.is_file():
        sys.exit(f"taxonomy: the scorer {path} does not exist (give its path with --score)")
    spec = importlib.util.spec_from_file_location("allegiance_gold_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path):
    """One JSON object per non-empty line; a line that is not one is an error naming file and line."""
    out = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    value = json.loads(line)
                except json.JSONDecodeError as e:
                    sys.exit(f"taxonomy: {path}:{n}: not JSON ({e.msg})")
                if not isinstance(value, dict):
                    sys.exit(f"taxonomy: {path}:{n}: not a JSON object")
                out.append(value)
    except OSError as e:
        sys.exit(f"taxonomy: cannot read {path}: {e.strerror}")
    return out


def is_unmapped(entity):
    """The scorer writes a system entity that maps to no gold entity as ("?", its id)."""
    return isinstance(entity, tuple)


def classify(score, gold_lines, sys_lines):
    """Every gold and system fact sorted into the taxonomy's bins."""
    sys_by_doc = {score.stem(line["doc"]): line for line in sys_lines if "doc" in line}
    missed_unfound = 0
    missed_unfound_kind = Counter()
    missed_unfound_names = defaultdict(Counter)
    missed_found = Counter()
    spurious_wrong = Counter()
    spurious_right = Counter()
    rules = defaultdict(lambda: {"facts": 0, "matched": 0, "types": Counter()})
    totals = Counter()
    for g in gold_lines:
        key = score.stem(g.get("file") or g["doc"])
        s = sys_by_doc.get(key, {"entities": [], "facts": []})
        mapping = score.map_entities(s.get("entities", []), g.get("entities", []))
        found = set(mapping.values())
        gold_entities = {e["id"]: e for e in g.get("entities", [])}
        sys_facts = []
        for f in s.get("facts", []):
            obj = f.get("object")
            sys_facts.append({
                **f,
                "subject": mapping.get(f.get("subject"), ("?", f.get("subject"))),
                "object": mapping.get(obj, ("?", obj)) if obj is not None else None,
            })
        sys_facts = score.dedupe(sys_facts)
        gold_facts = score.dedupe(g.get("facts", []))
        used = set()
        for gf in gold_facts:
            totals["gold"] += 1
            hit = next((i for i, sf in enumerate(sys_facts)
                        if i not in used and score.fact_matches(sf, gf)), None)
            if hit is not None:
                used.add(hit)
                continue
            # An object the scorer ignores (strength, renamed) cannot be the reason for a miss.
            ends = [gf["subject"]]
            if gf.get("object") is not None and gf["type"] not in score.OBJECT_IGNORED:
                ends.append(gf["object"])
            unfound = [e for e in ends if e not in found]
            if not unfound:
                missed_found[gf["type"]] += 1
                continue
            missed_unfound += 1
            for kind in sorted({gold_entities.get(e, {}).get("kind") or "unknown" for e in unfound}):
                missed_unfound_kind[kind] += 1
            for e in unfound:
                entity = gold_entities.get(e, {})
                names = entity.get("names") or [e]
                missed_unfound_names[entity.get("kind") or "unknown"][names[0]] += 1
        for i, sf in enumerate(sys_facts):
            totals["system"] += 1
            rule = sf.get("rule") or NO_RULE
            rules[rule]["facts"] += 1
            rules[rule]["types"][sf["type"]] += 1
            if i in used:
                totals["matched"] += 1
                rules[rule]["matched"] += 1
                continue
            if is_unmapped(sf["subject"]) or is_unmapped(sf["object"]):
                spurious_wrong[sf["type"]] += 1
            else:
                spurious_right[sf["type"]] += 1
    return {
        "totals": dict(totals),
        "missed_entity_not_found": {
            "facts": missed_unfound,
            "by_kind": dict(missed_unfound_kind.most_common()),
            "names": {k: dict(v.most_common()) for k, v in sorted(missed_unfound_names.items())},
        },
        "missed_entities_found": {
            "facts": sum(missed_found.values()),
            "by_type": dict(missed_found.most_common()),
        },
        "spurious": {
            "facts": sum(spurious_wrong.values()) + sum(spurious_right.values()),
            "wrong_entity": {"facts": sum(spurious_wrong.values()),
                             "by_type": dict(spurious_wrong.most_common())},
            "right_entities": {"facts": sum(spurious_right.values()),
                               "by_type": dict(spurious_right.most_common())},
            "presence": spurious_wrong["presence"] + spurious_right["presence"],
        },
        "rules": {
            rule: {"facts": r["facts"], "matched": r["matched"],
                   "precision": r["matched"] / r["facts"], "types": dict(r["types"])}
            for rule, r in sorted(rules.items(), key=lambda kv: (-kv[1]["facts"], kv[0]))
        },
    }


def counts(counter):
    return ", ".join(f"{k} {v}" for k, v in counter.items()) or "none"


def print_report(t, examples):
    totals = t["totals"]
    gold, system, matched = totals.get("gold", 0), totals.get("system", 0), totals.get("matched", 0)
    print(f"gold facts {gold}, system facts {system}, matched {matched}")
    missed = gold - matched
    u = t["missed_entity_not_found"]
    print(f"\nmissed facts whose entity was not found: {u['facts']} of {missed}")
    for kind, n in u["by_kind"].items():
        names = list(u["names"].get(kind, {}).items())[:examples]
        shown = "; ".join(f"{name} ({k})" if k > 1 else name for name, k in names)
        print(f"  {kind:<8} {n:>4}  e.g. {shown}")
    f = t["missed_entities_found"]
    print(f"missed facts whose entities were found: {f['facts']}")
    print(f"  by type: {counts(f['by_type'])}")
    s = t["spurious"]
    print(f"\nspurious facts: {s['facts']} (presence {s['presence']})")
    print(f"  with an entity gold does not have: {s['wrong_entity']['facts']}: "
          f"{counts(s['wrong_entity']['by_type'])}")
    print(f"  between the right entities:        {s['right_entities']['facts']}: "
          f"{counts(s['right_entities']['by_type'])}")
    print(f"\n{'rule':<44} {'facts':>5} {'match':>5} {'P':>6}")
    for rule, r in t["rules"].items():
        print(f"{rule:<44} {r['facts']:>5} {r['matched']:>5} {r['precision']:>6.2f}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 epilog="See the module docstring for the bins.")
    ap.add_argument("gold", help="gold annotations (JSON Lines)")
    ap.add_argument("system", help="`allegiance extract --format jsonl` output for the same articles")
    ap.add_argument("--json", action="store_true", help="print the taxonomy as one JSON object")
    ap.add_argument("--examples", type=int, default=6, metavar="N",
                    help="names shown per entity kind (default 6)")
    ap.add_argument("--score", default=str(DEFAULT_SCORER), metavar="PATH",
                    help=f"the shared scorer to import (default {DEFAULT_SCORER})")
    a = ap.parse_args(argv)
    score = load_scorer(a.score)
    gold, system = read_jsonl(a.gold), read_jsonl(a.system)
    for n, g in enumerate(gold, 1):
        if not (g.get("file") or g.get("doc")):
            sys.exit(f"taxonomy: {a.gold}: gold object {n} names no `file` or `doc`")
    t = classify(score, gold, system)
    if a.json:
        print(json.dumps(t, indent=2, ensure_ascii=False))
    else:
        print_report(t, a.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())

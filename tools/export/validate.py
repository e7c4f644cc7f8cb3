#!/usr/bin/env python3
"""Checks `allegiance export` output with the tools that consume each format.

    validate.py --db DB --dir DIR

DIR holds the exports of DB written by .ci/export-check: graph.graphml, graph.gexf,
entities.ftm.json, bundle.stix.json, {entities,facts,claims}.csv, {entities,facts,claims}.parquet
and facts-2015.csv (facts with --since 2015 --until 2015). Expected counts come from the database
itself, read here with sqlite3, not from allegiance.

  networkx   reads the GraphML and GEXF files: one node per entity, one edge per fact with an
             object, per-kind and per-relation counts as in the database.
  followthemoney  loads every entity, validates it against its schema, re-cleans every value
             (nothing may change), and checks that each entity reference points at an entity
             of the file whose schema fits the property's range.
  stix2      parses the bundle with custom content refused; every reference resolves.
  pyarrow    reads the Parquet tables with the expected columns, types and row counts.
  csv        reads the CSV tables: header and row counts; the date-filtered facts table has as
             many rows as the database holds facts in effect in 2015.

Prints a results table; exits 1 when any check fails.
"""

import argparse
import csv
import json
import sqlite3
import sys
from importlib import metadata
from collections import Counter
from pathlib import Path

import networkx as nx
import pyarrow.parquet as pq
import stix2
from followthemoney import model
from followthemoney.exc import InvalidData

ENTITY_COLUMNS = ["id", "key", "kind", "name", "kb", "subkind", "former_name", "aliases", "former_names",
                  "country", "latitude", "longitude", "documents", "first_seen", "former_ids"]
FACT_COLUMNS = ["id", "type", "subject", "subject_id", "object", "object_id", "polarity", "source", "start", "end",
                "min", "max", "unit", "attrs", "evidence", "evidence_start", "evidence_end", "document_id", "doc",
                "title", "publisher", "published", "url"]
CLAIM_COLUMNS = ["type", "subject", "object", "min", "max", "unit", "facts", "documents", "reports", "sources", "polarities",
                 "first_published", "last_published"]


class Results:
    def __init__(self):
        self.rows = []
        self.failures = []

    def check(self, fmt, consumer, what, ok, detail=""):
        self.rows.append((fmt, consumer, what, "ok" if ok else "FAIL"))
        if not ok:
            self.failures.append(f"{fmt}: {what}: {detail}")

    def equal(self, fmt, consumer, what, got, want):
        shown = f"{what} = {want}" if len(str(want)) <= 40 else f"{what} as expected"
        self.check(fmt, consumer, shown, got == want, f"got {got!r}, expected {want!r}")

    def print(self):
        widths = [max(len(str(r[i])) for r in self.rows + [("format", "consumer", "check", "result")]) for i in range(4)]
        line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths))
        print(line(("format", "consumer", "check", "result")))
        print(line(tuple("-" * w for w in widths)))
        for r in self.rows:
            print(line(r))
        passed = sum(1 for r in self.rows if r[3] == "ok")
        print(f"\nexport-validation: {passed} passed, {len(self.rows) - passed} failed")
        for f in self.failures:
            print(f"FAIL {f}", file=sys.stderr)


def db_counts(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    q = lambda sql, *a: con.execute(sql, a).fetchall()
    c = {
        "entities": q("SELECT count(*) FROM entities")[0][0],
        "documents": q("SELECT count(*) FROM documents")[0][0],
        "facts": q("SELECT count(*) FROM facts")[0][0],
        "edges": q("SELECT count(*) FROM facts WHERE object_id IS NOT NULL")[0][0],
        "claims": q("SELECT count(*) FROM claims")[0][0],
        "kinds": dict(q("SELECT kind, count(*) FROM entities GROUP BY kind")),
        "relations": dict(q("SELECT type, count(*) FROM facts WHERE object_id IS NOT NULL GROUP BY type")),
        # The same rule as `allegiance facts --since 2015 --until 2015`: a fact's time (else its
        # article's date) overlaps 2015, compared at the coarser precision.
        "facts_2015": q(
            "SELECT count(*) FROM facts f JOIN documents d ON d.id = f.document_id "
            "WHERE COALESCE(f.when_end, f.when_start, d.published) >= substr('2015', 1, length(COALESCE(f.when_end, f.when_start, d.published))) "
            "AND COALESCE(f.when_start, f.when_end, d.published) <= '2015' || char(1114111)")[0][0],
    }
    con.close()
    return c


def check_graph(r, fmt, path, counts):
    g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    consumer = f"networkx {nx.__version__}"
    r.equal(fmt, consumer, "nodes", g.number_of_nodes(), counts["entities"])
    r.equal(fmt, consumer, "edges", g.number_of_edges(), counts["edges"])
    r.equal(fmt, consumer, "nodes per kind", dict(Counter(d.get("kind") for _, d in g.nodes(data=True))), counts["kinds"])
    r.equal(fmt, consumer, "edges per relation", dict(Counter(d.get("relation") for *_, d in g.edges(data=True))), counts["relations"])
    label = "label"
    r.check(fmt, consumer, "every node has a label", all(d.get(label) for _, d in g.nodes(data=True)), "a node without a label")
    r.check(fmt, consumer, "every edge has evidence and polarity",
            all(d.get("evidence") and d.get("polarity") in ("asserted", "hedged", "denied") for *_, d in g.edges(data=True)),
            "an edge without evidence or polarity")
    placed = sum(1 for _, d in g.nodes(data=True) if d.get("kind") == "place" and isinstance(d.get("latitude"), float))
    r.check(fmt, consumer, f"places with coordinates ({placed})", placed > 0, "no place has coordinates")
    if fmt == "gexf":
        dated = sum(1 for *_, d in g.edges(data=True) if d.get("start"))
        r.check(fmt, consumer, f"edges on the timeline ({dated})", dated > 0, "no edge has a start date")


def check_ftm(r, path, counts):
    consumer = "followthemoney " + metadata.version("followthemoney")
    entities = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                entities.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                r.check("ftm", consumer, "every line is JSON", False, f"line {n}: {e}")
                return
    by_id = {}
    problems = []
    for n, data in entities:
        if data.get("id") in by_id:
            problems.append(f"line {n}: duplicate id {data.get('id')}")
        by_id[data.get("id")] = data
    for n, data in entities:
        schema = model.get(data.get("schema", ""))
        if schema is None or schema.abstract:
            problems.append(f"line {n}: no concrete schema {data.get('schema')!r}")
            continue
        props = data.get("properties", {})
        unknown = [p for p in props if p not in schema.properties]
        if unknown:
            problems.append(f"line {n}: {schema.name} has no properties {unknown}")
        missing = [p for p in schema.required if not props.get(p)]
        if missing:
            problems.append(f"line {n}: {schema.name} lacks required {missing}")
        try:
            schema.validate(data)
        except InvalidData as e:
            problems.append(f"line {n}: {schema.name} invalid: {e.errors if hasattr(e, 'errors') else e}")
            continue
        proxy = model.get_proxy(data, cleaned=False)
        cleaned = proxy.to_dict()["properties"]
        for prop, values in props.items():
            if sorted(cleaned.get(prop, [])) != sorted(values):
                problems.append(f"line {n}: {prop} changes when cleaned: {values} -> {cleaned.get(prop)}")
        for prop, values in props.items():
            p = schema.properties.get(prop)
            if p is None or p.type.name != "entity":
                continue
            for v in values:
                target = by_id.get(v)
                if target is None:
                    problems.append(f"line {n}: {prop} -> {v}, not in the file")
                elif not model.get(target["schema"]).is_a(p.range):
                    problems.append(f"line {n}: {prop} -> {target['schema']}, not a {p.range.name}")
    for p in problems[:20]:
        print(f"  ftm: {p}", file=sys.stderr)
    r.check("ftm", consumer, f"{len(entities)} entities valid, cleaned, references fit", not problems,
            f"{len(problems)} problems (first: {problems[0] if problems else ''})")
    schemata = Counter(d["schema"] for _, d in entities)
    kinds = counts["kinds"]
    r.equal("ftm", consumer, "Organization+PublicBody", schemata["Organization"] + schemata["PublicBody"],
            kinds.get("group", 0) + kinds.get("body", 0))
    r.equal("ftm", consumer, "Person", schemata["Person"], kinds.get("person", 0))
    r.equal("ftm", consumer, "Address", schemata["Address"], kinds.get("place", 0))
    r.equal("ftm", consumer, "Article", schemata["Article"], counts["documents"])
    links = len(entities) - counts["entities"] - counts["documents"]
    r.equal("ftm", consumer, "fact entities", links, counts["facts"])
    r.check("ftm", consumer, "Membership, Sanction and UnknownLink present",
            all(schemata[s] > 0 for s in ("Membership", "Sanction", "UnknownLink")), dict(schemata))


def check_stix(r, path, counts):
    consumer = f"stix2 {stix2.__version__}"
    text = Path(path).read_text(encoding="utf-8")
    try:
        bundle = stix2.parse(text, allow_custom=False)
    except Exception as e:  # the parser raises many exception types
        r.check("stix", consumer, "parses with allow_custom=False", False, str(e))
        return
    r.check("stix", consumer, "parses with allow_custom=False", True)
    objects = bundle.objects
    types = Counter(o.type for o in objects)
    ids = {o.id for o in objects}
    kinds = counts["kinds"]
    r.equal("stix", consumer, "unique ids", len(ids), len(objects))
    r.equal("stix", consumer, "threat-actor", types["threat-actor"], kinds.get("group", 0))
    r.equal("stix", consumer, "identity", types["identity"], kinds.get("person", 0) + kinds.get("body", 0))
    r.check("stix", consumer, f"location ({types['location']})", 0 < types["location"] <= kinds.get("place", 0), types["location"])
    r.equal("stix", consumer, "relationship+note", types["relationship"] + types["note"], counts["facts"])
    r.check("stix", consumer, f"report ({types['report']})", 0 < types["report"] <= counts["documents"], types["report"])
    dangling = [o.id for o in objects if o.type == "relationship" and (o.source_ref not in ids or o.target_ref not in ids)]
    dangling += [o.id for o in objects if o.type in ("report", "note") and any(ref not in ids for ref in o.object_refs)]
    r.check("stix", consumer, "every reference resolves", not dangling, dangling[:5])
    r.check("stix", consumer, "spec_version 2.1", all(o.spec_version == "2.1" for o in objects), "")


def check_tables(r, directory, counts):
    want = {"entities": (ENTITY_COLUMNS, counts["entities"]), "facts": (FACT_COLUMNS, counts["facts"]),
            "claims": (CLAIM_COLUMNS, counts["claims"])}
    for table, (columns, rows) in want.items():
        with open(directory / f"{table}.csv", newline="", encoding="utf-8") as f:
            reader = csv.reader(f)
            header = next(reader)
            body = list(reader)
        r.equal("csv", "python csv", f"{table}.csv header", header, columns)
        r.equal("csv", "python csv", f"{table}.csv rows", len(body), rows)
        t = pq.read_table(directory / f"{table}.parquet")
        consumer = "pyarrow " + metadata.version("pyarrow")
        r.equal("parquet", consumer, f"{table}.parquet columns", t.column_names, columns)
        r.equal("parquet", consumer, f"{table}.parquet rows", t.num_rows, rows)
        if table == "facts":
            csv_ids = [row[0] for row in body]
            r.equal("parquet", consumer, "facts ids as in CSV", t.column("id").to_pylist(), csv_ids)
            r.check("csv", "python csv", "every fact names its subject", all(row[2] for row in body), "")
    t = pq.read_table(directory / "entities.parquet")
    types = {f.name: str(f.type) for f in t.schema}
    r.equal("parquet", "pyarrow " + metadata.version("pyarrow"), "entities column types",
            (types["aliases"], types["latitude"], types["documents"], types["former_name"]),
            ("list<element: string not null>", "double", "int64", "bool"))
    with open(directory / "facts-2015.csv", newline="", encoding="utf-8") as f:
        n = sum(1 for _ in csv.reader(f)) - 1
    r.equal("csv", "python csv", "facts --since 2015 --until 2015 rows", n, counts["facts_2015"])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--dir", required=True, type=Path)
    args = ap.parse_args()
    counts = db_counts(args.db)
    if counts["facts"] == 0 or counts["entities"] == 0:
        print(f"validate: {args.db} holds no facts or entities; nothing to check", file=sys.stderr)
        return 1
    r = Results()
    check_graph(r, "graphml", args.dir / "graph.graphml", counts)
    check_graph(r, "gexf", args.dir / "graph.gexf", counts)
    check_ftm(r, args.dir / "entities.ftm.json", counts)
    check_stix(r, args.dir / "bundle.stix.json", counts)
    check_tables(r, args.dir, counts)
    r.print()
    return 1 if r.failures else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Tests of tools/taxonomy.py on a made-up article: `python3 tools/test_taxonomy.py`.

Needs the shared scorer (../shared/tools/score.py next to the repository); skipped without it.
"""
import io
import json
import sys
import tempfile
import unittest
from contextlib import redirect_stdout
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import taxonomy  # noqa: E402

GOLD = {
    "doc": "t-1", "file": "corpus/alpha-front.txt",
    "entities": [
        {"id": "alpha", "kind": "group", "names": ["Alpha Front", "AF"]},
        {"id": "beta", "kind": "group", "names": ["Beta Army"]},
        {"id": "doe", "kind": "person", "names": ["John Doe"]},
        {"id": "town", "kind": "place", "names": ["Northtown"]},
    ],
    "facts": [
        {"type": "pledge", "subject": "alpha", "object": "beta"},
        {"type": "leader_of", "subject": "doe", "object": "alpha"},
        {"type": "presence", "subject": "alpha", "object": "town"},
        {"type": "ally_of", "subject": "beta", "object": "alpha"},
    ],
}

SYSTEM = {
    "doc": "/data/in/alpha-front.txt",
    "entities": [
        {"id": "e1", "kind": "group", "name": "Alpha Front", "mentions": ["AF"]},
        {"id": "e2", "kind": "group", "name": "Beta Army", "mentions": []},
        {"id": "e3", "kind": "place", "name": "Northtown", "mentions": []},
        {"id": "e4", "kind": "group", "name": "Gamma Brigade", "mentions": []},
    ],
    "facts": [
        {"type": "pledge", "subject": "e1", "object": "e2", "rule": "pledge.allegiance"},
        {"type": "presence", "subject": "e4", "object": "e3", "rule": "presence.locative"},
        {"type": "rival_of", "subject": "e2", "object": "e1", "rule": "rival_of.against"},
        # A repeat of the first pledge: the scorer folds it away, so no rule is charged for it.
        {"type": "pledge", "subject": "e1", "object": "e2", "rule": "pledge.via_leader"},
        {"type": "attack", "subject": "e1", "object": None},
    ],
}


class TaxonomyTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not taxonomy.DEFAULT_SCORER.is_file():
            raise unittest.SkipTest(f"no shared scorer at {taxonomy.DEFAULT_SCORER}")
        cls.score = taxonomy.load_scorer(taxonomy.DEFAULT_SCORER)

    def test_every_error_lands_in_its_bin(self):
        t = taxonomy.classify(self.score, [GOLD], [SYSTEM])
        self.assertEqual(t["totals"], {"gold": 4, "system": 4, "matched": 1})
        unfound = t["missed_entity_not_found"]
        self.assertEqual(unfound["facts"], 1)
        self.assertEqual(unfound["by_kind"], {"person": 1})
        self.assertEqual(unfound["names"], {"person": {"John Doe": 1}})
        self.assertEqual(t["missed_entities_found"]["by_type"], {"presence": 1, "ally_of": 1})
        spurious = t["spurious"]
        self.assertEqual(spurious["wrong_entity"]["by_type"], {"presence": 1})
        self.assertEqual(spurious["right_entities"]["by_type"], {"rival_of": 1, "attack": 1})
        self.assertEqual(spurious["presence"], 1)
        rules = t["rules"]
        self.assertEqual(rules["pledge.allegiance"]["matched"], 1)
        self.assertEqual(rules["pledge.allegiance"]["precision"], 1.0)
        self.assertEqual(rules["presence.locative"]["precision"], 0.0)
        self.assertEqual(rules[taxonomy.NO_RULE]["facts"], 1)
        self.assertNotIn("pledge.via_leader", rules)

    def test_the_command_prints_the_report_and_json(self):
        with tempfile.TemporaryDirectory() as tmp:
            gold, system = Path(tmp) / "gold.jsonl", Path(tmp) / "system.jsonl"
            gold.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
            system.write_text(json.dumps(SYSTEM) + "\n\n", encoding="utf-8")
            out = io.StringIO()
            with redirect_stdout(out):
                taxonomy.main([str(gold), str(system)])
            text = out.getvalue()
            self.assertIn("missed facts whose entity was not found: 1 of 3", text)
            self.assertIn("person      1  e.g. John Doe", text)
            self.assertRegex(text, r"pledge\.allegiance\s+1\s+1\s+1\.00")
            out = io.StringIO()
            with redirect_stdout(out):
                taxonomy.main([str(gold), str(system), "--json"])
            self.assertEqual(json.loads(out.getvalue())["totals"]["matched"], 1)

    def test_a_line_that_is_not_json_is_named_by_file_and_line(self):
        with tempfile.TemporaryDirectory() as tmp:
            bad = Path(tmp) / "system.jsonl"
            bad.write_text(json.dumps(SYSTEM) + "\n{not json\n", encoding="utf-8")
            with self.assertRaises(SystemExit) as e:
                taxonomy.read_jsonl(bad)
            self.assertIn(f"{bad}:2: not JSON", str(e.exception.code))


if __name__ == "__main__":
    unittest.main()

"""`wetgraaf dev`: the per-stage views (parsed file, resolved rules, exception tree) show what the passes made of
the shipped law, in text and JSON, and refuse bad input with a message and exit code."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from wetgraaf.cli import app
from wetgraaf.parser.corpus import default_root

RUN = CliRunner()
LAW = default_root()


def test_dev_ir_lists_units_and_declarations_with_lines():
    r = RUN.invoke(app, ["dev", "ir", str(LAW / "wbmgp" / "artikel-8.md")])
    assert r.exit_code == 0, r.output
    assert "lid 1" in r.output and "onderdeel f" in r.output
    assert 'waarde minimale_woonduur_art8: geheel = "zes jaar"' in r.output
    data = json.loads(RUN.invoke(app, ["dev", "ir", str(LAW / "wbmgp" / "artikel-8.md"), "--json"]).output)
    lid1 = data["structuur"]["delen"][0]
    assert lid1["soort"] == "lid" and lid1["id"] == "1"
    assert any(d["tekst"].startswith("feit inkomensbronnen") for d in lid1["declaraties"])
    assert [c["id"] for c in lid1["delen"]] == ["a", "b", "c", "d", "e", "f"]


def test_dev_programma_gives_the_resolved_rules_with_citations():
    r = RUN.invoke(app, ["dev", "programma", "wbmgp.huisvestingsvergunning_weigeren", "--peildatum", "2026-07-01",
                         "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert set(data["gebruikt"]) == {"wbmgp.weigeren_op_grond_van_art8", "wbmgp.weigeren_op_grond_van_art10"}
    assert data["regels"] and "artikel 1" in data["regels"][0]["citaat"]


def test_dev_uitzonderingen_shows_the_hardship_clause_under_article_10():
    r = RUN.invoke(app, ["dev", "uitzonderingen", "wbmgp.weigeren_op_grond_van_art10", "--peildatum", "2026-07-01",
                         "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    labels = [x["label"] for x in data["uitzonderingen_op_alle"]]
    labels += [x["label"] for b in data["basisregels"] for x in b["uitzonderingen"]]
    assert "hardheidsclausule_art10" in labels


def test_bad_input_is_refused_in_words():
    assert RUN.invoke(app, ["dev", "ir", "bestaat-niet.md"]).exit_code == 2
    r = RUN.invoke(app, ["dev", "programma", "gezinlid", "--peildatum", "2026-07-01", "-w", "wams"])
    assert r.exit_code == 1 and "gezinslid" in r.output  # the close name is suggested
    assert RUN.invoke(app, ["dev", "programma", "gezinslid", "--peildatum", "x"]).exit_code == 2

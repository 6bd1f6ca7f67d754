"""Defects of issue 14 in the amendment tools, each reproduced by a test that failed before its fix: the parsed law
stays immutable when amendments are applied, lid headings are checked against the numbering in the text, and the
amendment report's graph and outcome sections say what really changed."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import wetgraaf
from wetgraaf.core.errors import LawErrors
from wetgraaf.resolve.situation import select
from wetgraaf.scenario import load_file

from corpus_kit import amendment_corpus, small_article

ARTIKEL_1 = small_article()


def _corpus(tmp_path: Path, instructions: str, artikel: str = ARTIKEL_1) -> Path:
    return amendment_corpus(tmp_path, instructions, artikel)


# -- the parsed law is immutable --------------------------------------------------------------------------------

INSERT_THEN_REMOVE = """\
    ```wijziging
    onderdeel: A
    opdracht: "Aan artikel 1 wordt een lid toegevoegd, luidende:"
    ```

    ## Lid 3

    3 Lid drie:

    ### Onderdeel a

    a. een;

    ### Onderdeel b

    b. twee.

    ```wijziging
    onderdeel: B
    opdracht: "Artikel 1, derde lid, onderdeel b, vervalt."
    ```
    """


def _idents(unit) -> list[str]:
    return [f"{c.kind} {c.ident}" for c in unit.children]


def test_an_amendment_that_inserts_a_lid_and_removes_part_of_it_builds_twice(tmp_path):
    wg = wetgraaf.load(_corpus(tmp_path, INSERT_THEN_REMOVE))
    for _ in range(2):  # the second build failed with WG-WIJZ-008: the first had changed the parsed lid
        art = select(wg.corpus, None, ("proef",)).articles[("w", "1")]
        assert _idents(art.root.children[2]) == ["onderdeel a"]
    content = wg.corpus.wijzigingen["proef"].instructions[0].content[0]
    assert _idents(content) == ["onderdeel a", "onderdeel b"]  # the instruction's own text as parsed


def test_building_every_shipped_amendment_leaves_the_parsed_corpus_as_it_was():
    import pickle

    wg = wetgraaf.load()
    before = pickle.dumps(wg.corpus)
    names = tuple(sorted(wg.corpus.wijzigingen))
    for name in names:
        for _ in range(2):
            try:
                select(wg.corpus, None, (name,))
            except LawErrors:
                pass  # an amendment that needs another under it; its errors are tested elsewhere
    assert pickle.dumps(wg.corpus) == before


# -- lid headings against the numbering in the text -------------------------------------------------------------

THREE_LEDEN = """\
---
wet: w
artikel: "1"
---

# Artikel 1

## Lid 1

1 Lid een.

```regels
feit een: waarheid
```

## Lid 2

2 Lid twee.

```regels
feit twee: waarheid
```

## Lid 3

3 Lid drie.
"""


def _heading_errors(text: str) -> list:
    from wetgraaf.parser.markdown import parse_article

    try:
        parse_article(text, "law/w/artikel-1.md", "w", "Wet w")
    except LawErrors as exc:
        return [e for e in exc.errors if e.code == "WG-FILE-020"]
    return []


@pytest.mark.parametrize("edit, line, words", [
    # deleted: the text of lid 2 (and its rule) would be cited under lid 1
    (lambda t: t.replace("## Lid 2\n\n", ""), 16, "ontbreekt de kop '## Lid 2'"),
    # duplicated: two headings 'Lid 2', the second above the text of lid 3
    (lambda t: t.replace("## Lid 3", "## Lid 2"), 24, "de kop zegt lid 2, maar de tekst eronder begint met 3"),
    # skipped: 'Lid 3' above the text of lid 2
    (lambda t: t.replace("## Lid 3\n\n3", "## Lid 4\n\n3").replace("## Lid 2", "## Lid 3"), 16,
     "de kop zegt lid 3, maar de tekst eronder begint met 2"),
])
def test_a_deleted_duplicated_or_skipped_lid_heading_is_a_located_error(edit, line, words):
    assert _heading_errors(THREE_LEDEN) == []
    errors = _heading_errors(edit(THREE_LEDEN))
    assert errors, "the heading mistake passed"
    assert any(e.pos.line == line and words in e.message for e in errors), [str(e) for e in errors]


def test_a_duplicated_heading_names_the_first_one():
    text = THREE_LEDEN.replace("## Lid 3\n\n3 Lid drie.", "## Lid 2\n\n2 Lid twee nog eens.")
    (err,) = _heading_errors(text)  # the text under it says 2 as well: only the duplicate is wrong
    assert err.pos.line == 24 and "eerder op regel 16" in err.message


def test_check_refuses_a_moved_lid_heading(tmp_path):
    from corpus_kit import run_cli

    root = _corpus(tmp_path, "", THREE_LEDEN.replace("## Lid 2\n\n", ""))
    (root / "wijzigingen" / "proef" / "a.md").unlink()
    (root / "wijzigingen" / "proef" / "wijziging.yaml").unlink()
    (root / "wijzigingen" / "proef").rmdir()
    done = run_cli("controleer", str(root))
    assert done.returncode != 0 and "WG-FILE-020" in done.stdout + done.stderr
    assert "artikel-1.md:16:1" in done.stdout + done.stderr


# -- the graph section: what goes, and what is reached through rules or only through text ----------------------

ARTIKEL_MET_REGELS = """\
---
wet: w
artikel: "1"
herkomst: officieel
---

# Artikel 1

## Lid 1

1 Een aanvraag wordt toegewezen indien:

### Onderdeel a

a. de aanvrager meerderjarig is;

```regels
feit meerderjarig(p: persoon): waarheid
```

### Onderdeel b

b. de aanvrager ingezetene is.

```regels
feit ingezetene(p: persoon): waarheid

begrip toewijzen(p: persoon): waarheid
  = meerderjarig(p) en ingezetene(p)
```

## Lid 2

2 Een aanvraag als bedoeld in het eerste lid wordt binnen acht weken beslist.

```regels
feit aanvraag_ingediend(p: persoon): waarheid

begrip beslissen(p: persoon): waarheid
  = aanvraag_ingediend(p)
```
"""

REMOVE_B = """\
    ```wijziging
    onderdeel: A
    opdracht: "Artikel 1, eerste lid, onderdeel b, vervalt."
    ```
    """


def _cli(*args: str):
    from corpus_kit import run_cli

    return run_cli(*args)


def test_an_onderdeel_that_goes_is_not_an_article_that_goes(tmp_path):
    root = _corpus(tmp_path, REMOVE_B)
    done = _cli("wijziging", "proef", "--corpus", str(root))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "artikelen vervallen: geen" in done.stdout  # it said 'w artikel 1' when only onderdeel b went
    assert "delen vervallen: w artikel 1, lid 1, onderdeel b" in done.stdout


def test_decisions_reached_only_through_a_textual_reference_are_reported_apart(tmp_path):
    from wetgraaf.amend.graphdiff import graph_diff

    root = _corpus(tmp_path, """\
        ```wijziging
        onderdeel: A
        opdracht: "Artikel 1, eerste lid, onderdeel b, komt te luiden:"
        ```

        ### Onderdeel b

        b. de aanvrager ingezetene is en hier woont.

        ```regels
        feit ingezetene(p: persoon): waarheid
        feit woont_hier(p: persoon): waarheid

        begrip toewijzen(p: persoon): waarheid
          = meerderjarig(p) en ingezetene(p) en woont_hier(p)
        ```
        """, ARTIKEL_MET_REGELS)
    wg = wetgraaf.load(root)
    g = graph_diff(wg.graph(None, ()), wg.graph(None, ("proef",)))
    rules = {x["naam"] for x in g["impact"]}
    text = {x["naam"] for x in g["impact_tekst"]}
    assert "w.toewijzen" in rules  # its rule uses a new fact
    # lid 2 refers to 'het eerste lid' in its words; its rule reads nothing of lid 1
    assert "w.beslissen" not in rules and "w.beslissen" in text


# -- a misspelled question is reported at the question ----------------------------------------------------------

SCENARIO = """\
naam: tikfout
peildatum: 2026-01-01
vragen: [{vraag}]
personen:
  p: {{}}
verwacht:
  {sleutel}: onbekend
"""


def _scenario_error(tmp_path: Path, vraag: str, sleutel: str):
    from wetgraaf.core.errors import LawError

    path = tmp_path / "geval.yaml"
    path.write_text(SCENARIO.format(vraag=vraag, sleutel=sleutel), encoding="utf-8")
    root = _corpus(tmp_path, REMOVE_B, ARTIKEL_MET_REGELS)
    wg = wetgraaf.load(root)
    with pytest.raises((LawError, LawErrors)) as info:
        for sc in load_file(path):
            wg.run(sc)
    exc = info.value
    return exc.errors[0] if isinstance(exc, LawErrors) else exc


def test_a_misspelled_question_is_reported_at_the_question(tmp_path):
    err = _scenario_error(tmp_path, "toewijzn(p)", "toewijzen(p)")
    # it said: 'toewijzen(p)' under 'verwacht' is not one of the vragen (at line 7, a key that was right)
    assert err.code == "WG-SCEN-011" and err.pos.line == 3, str(err)
    assert "vraagt naar 'toewijzn', dat de wet niet kent" in err.message


def test_a_misspelled_expectation_key_is_reported_at_the_key(tmp_path):
    err = _scenario_error(tmp_path, "toewijzen(p)", "toewijzn(p)")
    assert err.code == "WG-SCEN-011" and err.pos.line == 7, str(err)
    assert "bedoelt u de vraag 'toewijzen(p)'" in err.message


# -- populations serve every amendment of their law --------------------------------------------------------------

REPO = Path(__file__).resolve().parents[2]
POPULATION = REPO / "law" / "populaties" / "woningzoekenden-aangewezen-gebied.yaml"


@pytest.fixture(scope="module")
def corpus_wg():
    return wetgraaf.load()


def test_the_shipped_population_serves_another_amendment_of_the_law_with_the_same_rows(corpus_wg):
    from wetgraaf.amend.impact import other_versions, population_impact, runs_for
    from wetgraaf.amend.population import generate, load_spec

    wg = corpus_wg
    spec = load_spec(POPULATION)
    assert runs_for(wg, spec, "wbmgp-2012") and runs_for(wg, spec, "wbmgp-2025") and not runs_for(wg, spec, "wams")
    data = population_impact(wg, spec, (), ("wbmgp-2012",), 2_000).to_json()  # it failed with WG-POP-003
    assert sum(data["voor"].values()) == sum(data["na"].values()) == 2_000
    # the facts of the new lid 3 of art. 8 (wbmgp-2025): drawn, not read by the 2012 proposal, which leaves art. 8
    assert data["ongebruikt"] == ["woonruimte_in_eigen_buurt(aanvrager, woning)",
                                  "woont_in_aangewezen_buurt(aanvrager)"]
    assert data["voor"] == data["na"]
    # every amendment sees the same rows: the columns of the facts both runs draw are equal
    today = wg.program(spec.peildatum, ())
    cols = {}
    for name in ("wbmgp-2012", "wbmgp-2025"):
        new = wg.program(spec.peildatum, (name,))
        cols[name] = generate(load_spec(POPULATION), new, 500, 7, today,
                              *other_versions(wg, spec, (), (name,), (new, today)))
    assert cols["wbmgp-2012"].keys() == cols["wbmgp-2025"].keys()
    for key, col in cols["wbmgp-2012"].items():
        other = cols["wbmgp-2025"][key]
        assert (col.known == other.known).all(), key
        assert ((col.counts == other.counts).all() if hasattr(col, "counts") else (col.val == other.val).all()), key


def test_a_fact_no_version_of_the_law_has_is_located(tmp_path, corpus_wg):
    from wetgraaf.amend.impact import population_impact
    from wetgraaf.amend.population import load_spec
    from wetgraaf.core.errors import LawError

    text = POPULATION.read_text(encoding="utf-8")
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("  aanspraak_op_studiefinanciering("))
    lines[at] = lines[at].replace("aanspraak_op_studiefinanciering", "aanspraak_op_studiefinancering")
    path = tmp_path / "p.yaml"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(LawError) as info:
        population_impact(corpus_wg, load_spec(path), (), ("wbmgp-2025",), 100)
    err = info.value
    assert err.code == "WG-POP-003" and err.pos is not None, str(err)  # it had no position
    assert (err.pos.file, err.pos.line, err.pos.col) == (str(path), at + 1, 3)


# -- wetgraaf mutatie --wijziging ---------------------------------------------------------------------------------

LEEFTIJD = """\
---
wet: w
artikel: "1"
herkomst: officieel
---

# Artikel 1

## Lid 1

1 Een aanvraag wordt toegewezen indien de aanvrager ten minste 18 jaar oud is.

```regels
feit jaren_oud(p: persoon): geheel

begrip toewijzen(p: persoon): waarheid
  = jaren_oud(p) >= 18
```
"""

NAAR_21 = """\
    ```wijziging
    onderdeel: A
    opdracht: "Artikel 1, eerste lid, komt te luiden:"
    ```

    ## Lid 1

    1 Een aanvraag wordt toegewezen indien de aanvrager ten minste 21 jaar oud is.

    ```regels
    feit jaren_oud(p: persoon): geheel

    begrip toewijzen(p: persoon): waarheid
      = jaren_oud(p) >= 21
    ```
    """

GEVALLEN = """\
- naam: twintig
  peildatum: 2026-01-01
  personen:
    p: {jaren_oud: 20}
  vragen: [toewijzen(p)]
  per_versie:
    basis: {verwacht: {toewijzen(p): waar}}
    proef: {verwacht: {toewijzen(p): onwaar}}
- naam: eenentwintig
  peildatum: 2026-01-01
  personen:
    p: {jaren_oud: 21}
  vragen: [toewijzen(p)]
  per_versie:
    proef: {verwacht: {toewijzen(p): waar}}
"""


def test_mutatie_wijziging_mutates_the_amended_rules_against_the_expectations_of_that_version(tmp_path):
    import json

    from wetgraaf.analysis.mutation import mutation_check

    root = _corpus(tmp_path, NAAR_21, LEEFTIJD)
    (root / "scenarios").mkdir()
    (root / "scenarios" / "gevallen.yaml").write_text(GEVALLEN, encoding="utf-8")
    wg = wetgraaf.load(root)
    scs = load_file(root / "scenarios" / "gevallen.yaml")
    base = mutation_check(wg, "w", "1", scs)
    amended = mutation_check(wg, "w", "1", scs, "proef")
    assert {m.description for m in base.mutants} >= {"regel: 18 → 19", "regel: 18 → 17"}
    assert {m.description for m in amended.mutants} >= {"regel: 21 → 22", "regel: 21 → 20", "regel: '>=' → '>'"}
    assert all(m.pos.file.endswith("a.md") for m in amended.mutants)  # the amendment's rule, not the base rule
    by = {m.description: m.detected_by for m in amended.mutants}
    assert by["regel: 21 → 22"] == ["eenentwintig (proef)"] and by["regel: 21 → 20"] == ["twintig (proef)"]
    # the base: 18 → 19 is not noticed by a case of 20 years; only the version 'basis' is read
    assert {m.description: m.detected_by for m in base.mutants}["regel: 18 → 19"] == []
    done = _cli("mutatie", "w", "1", "--wijziging", "proef", "--corpus", str(root), "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    data = json.loads(done.stdout)
    assert data["artikel"] == "w artikel 1 na proef" and data["scenarios"] == 2


# -- a flip is never credited to a rule the amendment left alone -------------------------------------------------

UITZONDERING = """\
---
wet: w
artikel: "1"
herkomst: officieel
---

# Artikel 1

## Lid 1

1 Een aanvraag wordt afgewezen.

```regels
feit jaren_oud(p: persoon): geheel

begrip toewijzen(p: persoon): waarheid
  = onwaar
```

## Lid 2

2 In afwijking van het eerste lid wordt de aanvraag van een meerderjarige toegewezen.

```regels
uitzondering meerderjarig op toewijzen(p):
  als jaren_oud(p) >= 18 dan waar
```
"""

EEN_GEVAL = """\
naam: meerderjarige
peildatum: 2026-01-01
personen:
  p: {jaren_oud: 20}
vragen: [toewijzen(p)]
"""


def test_a_flip_is_credited_to_the_exception_that_went_not_to_the_unchanged_rule(tmp_path):
    from wetgraaf.amend.outcomes import corpus_scenarios, describe_flip, outcome_diff

    root = _corpus(tmp_path, """\
        ```wijziging
        onderdeel: A
        opdracht: "Artikel 1, tweede lid, vervalt."
        ```
        """, UITZONDERING)
    (root / "scenarios").mkdir()
    (root / "scenarios" / "geval.yaml").write_text(EEN_GEVAL, encoding="utf-8")
    wg = wetgraaf.load(root)
    diff = outcome_diff(wg, corpus_scenarios(root), ("proef",))
    (flip,) = diff.flips
    assert (flip.before, flip.after) == (True, False)
    # it said 'artikel 1, eerste lid' — the rule the amendment did not touch
    assert flip.parting.citation.startswith("artikel 1, tweede lid") and flip.parting.rule == "meerderjarig"
    assert flip.parting.now.startswith("artikel 1, eerste lid")
    assert "geldt niet meer; nu geldt artikel 1, eerste lid" in describe_flip(flip)


# -- a stacked scenario's citations link to a page that shows the unit -------------------------------------------

def test_a_citation_in_a_stack_links_to_a_page_that_has_the_unit(tmp_path):
    from wetgraaf.site.model import anchor, build_model

    root = _corpus(tmp_path, """\
        ```wijziging
        onderdeel: A
        opdracht: "Aan artikel 1 wordt een lid toegevoegd, luidende:"
        ```

        ## Lid 3

        3 Lid drie.
        """)
    tweede = root / "wijzigingen" / "tweede"
    tweede.mkdir()
    (tweede / "wijziging.yaml").write_text("titel: Tweede\nstatus: voorstel\nherkomst: ontwerp\nwet: w\n",
                                           encoding="utf-8")
    (tweede / "a.md").write_text(textwrap.dedent("""\
        ```wijziging
        onderdeel: A
        opdracht: "In artikel 1, tweede lid, wordt 'twee' vervangen door '2'."
        ```
        """), encoding="utf-8")
    wg = wetgraaf.load(root)
    model = build_model(wg)
    stack = wg.program(None, ("proef", "tweede")).situation
    lid_3 = next(u for u in stack.articles[("w", "1")].root.children if u.ident == "3")
    page, frag = model.citation_link(stack, lid_3.citation)
    assert frag == "lid-3"
    # the page of the stack's last amendment alone has no lid 3 (it linked there: a broken #lid-3 in the site)
    shown = next(a for s in model.situations for k, a in s.program.situation.articles.items()
                 if model.article_page.get(id(a)) == page)
    assert "lid-3" in {anchor(u.citation) for u in shown.root.walk()}, page

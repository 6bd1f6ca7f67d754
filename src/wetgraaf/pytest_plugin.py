"""pytest plugin: every scenario in a `scenarios/` folder is its own test item, with a readable diff on failure.

Registered through the `pytest11` entry point, so `pytest law/scenarios` (or any folder named scenarios) runs them.
Like OpenFisca's YAML tests: the item fails with the question, the expected and the actual value, what is missing,
and the explanation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .core.errors import LawError, LawErrors
from .taal import bericht, taal, tekst

_WORLD = {}


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("wetgraaf")
    # pytest shows the help itself, so it gets the text in the language of the environment (LANG, WETGRAAF_TAAL)
    group.addoption("--wetgraaf-corpus", default=None, help=tekst(bericht("hulp.pytest.corpus")))
    group.addoption("--wetgraaf-ververs", action="store_true", default=False, help=tekst(bericht("hulp.pytest.ververs")))


def world(config: pytest.Config):
    """The corpus, loaded once per test session."""
    key = config.getoption("--wetgraaf-corpus", default=None)
    if key not in _WORLD:
        from .api import load

        _WORLD[key] = load(key)
    return _WORLD[key]


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    if file_path.suffix in (".yaml", ".yml") and "scenarios" in file_path.parts and file_path.parent.name == "scenarios":
        return ScenarioFile.from_parent(parent, path=file_path)
    return None


class ScenarioFile(pytest.File):
    def collect(self):
        from .scenario import load_file

        try:
            scenarios = load_file(self.path)
        except LawErrors as exc:
            raise self.CollectError("\n".join(e.render() for e in exc.errors)) from None
        for sc in scenarios:
            yield ScenarioItem.from_parent(self, name=sc.naam, scenario=sc)
        from .golden import has_golden, languages
        from .taal import STANDAARD

        if has_golden(self.path):
            for t in languages(self.path):  # goudbestand, goudbestand-en: the English one where it is kept
                yield GoldenItem.from_parent(self, name="goudbestand" if t == STANDAARD else f"goudbestand-{t}",
                                             taal=t)


class ScenarioFailure(Exception):
    pass


class ScenarioItem(pytest.Item):
    def __init__(self, *, scenario, **kwargs) -> None:
        super().__init__(**kwargs)
        self.scenario = scenario

    def runtest(self) -> None:
        sc = self.scenario
        if not sc.has_expectations:
            raise ScenarioFailure(tekst(bericht("uitleg.pytest.geen_verwachting", naam=sc.naam)))
        wg = world(self.config)
        try:
            outcomes = wg.run(sc, trace=True)
        except (LawErrors, LawError) as exc:
            errors = exc.errors if isinstance(exc, LawErrors) else [exc]
            raise ScenarioFailure("\n".join(e.render() for e in errors)) from None
        failing = [o for o in outcomes if not o.ok]
        if failing:
            from .engine.explain import explain_text

            parts = []
            for o in failing:
                # Each version of per_versie is its own program; its name heads the question.
                parts.append(f"{o.question}:" if o.versie == "basis"
                             else tekst(bericht("uitleg.pytest.versie", vraag=o.question, versie=o.versie)))
                parts.extend(f"  {tekst(p)}" for p in o.problems)
                if o.answer is not None:
                    parts.append(explain_text(o.answer, wg.program(sc.peildatum, o.wijzigingen), taal()))
            raise ScenarioFailure("\n".join(parts))

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, ScenarioFailure):
            return f"{self.path}: scenario '{self.scenario.naam}'\n{excinfo.value}"
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, self.scenario.pos.line - 1, f"scenario: {self.scenario.naam}"


class GoldenItem(pytest.Item):
    """The answers and explanations of the whole file against golden/<file>.txt (wetgraaf.golden), or in English
    against golden/<file>.en.txt."""

    def __init__(self, *, taal: str = "nl", **kwargs) -> None:
        super().__init__(**kwargs)
        self.taal = taal

    def runtest(self) -> None:
        from .golden import difference, refresh

        wg = world(self.config)
        if self.config.getoption("--wetgraaf-ververs", default=False):
            refresh(wg, self.path, self.taal)
            return
        diff = difference(wg, self.path, self.taal)
        if diff is not None:
            raise ScenarioFailure(f"{diff}\n{tekst(bericht('uitleg.goud.bedoeld'))}")

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, ScenarioFailure):
            return f"{self.path}: {tekst(bericht('uitleg.goud.wijkt_af'))}\n{excinfo.value}"
        return super().repr_failure(excinfo)

    def reportinfo(self):
        from .golden import golden_path

        return self.path, 0, tekst(bericht("uitleg.goud.info", naam=golden_path(self.path, self.taal).name))

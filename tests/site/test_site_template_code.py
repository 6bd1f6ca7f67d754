"""The theme's compiled templates are kept in memory between builds in one process (site/plugin.py,
_TemplateCode): a template is compiled once, another environment configuration or changed source compiles again,
and a template rendered from the kept code renders as one compiled afresh."""

from __future__ import annotations

from pathlib import Path

import jinja2

from wetgraaf.site.plugin import _TemplateCode


def _env(folder: Path, cache: _TemplateCode | None, **options) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)), auto_reload=False, **options)
    env.bytecode_cache = cache
    return env


def test_a_template_is_compiled_once_per_process_and_renders_the_same(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "page.html").write_text("{% for i in items %}<li>{{ i }}</li>{% endfor %}", encoding="utf-8")
    cache = _TemplateCode()
    compiled: list[str] = []
    real = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, raw=False, defer_init=False):
        compiled.append(name)
        return real(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    first = _env(tmp_path, cache).get_template("page.html").render(items=[1, 2])
    second = _env(tmp_path, cache).get_template("page.html").render(items=[1, 2])  # a new build's environment
    fresh = _env(tmp_path, None).get_template("page.html").render(items=[1, 2])
    assert first == second == fresh == "<li>1</li><li>2</li>"
    assert compiled == ["page.html", "page.html"]  # the second environment took the kept code; the third has none


def test_changed_source_or_another_configuration_compiles_again(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("[{{ x }}]", encoding="utf-8")
    cache = _TemplateCode()
    assert _env(tmp_path, cache).get_template("page.html").render(x="<b>") == "[<b>]"
    # autoescape changes the compiled code: the kept code of the other configuration must not be used
    assert _env(tmp_path, cache, autoescape=True).get_template("page.html").render(x="<b>") == "[&lt;b&gt;]"
    assert _env(tmp_path, cache).get_template("page.html").render(x="<b>") == "[<b>]"
    page.write_text("({{ x }})", encoding="utf-8")
    assert _env(tmp_path, cache).get_template("page.html").render(x="y") == "(y)"
    assert len(cache.code) == 2

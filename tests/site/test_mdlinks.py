"""The forward scan for links (site/mdlinks.py) gives the HTML Python-Markdown gives without it: on text made of
brackets, links and escapes (hypothesis), on the corner cases the scan hands back to the original search, and on
the docs pages of the site."""

from __future__ import annotations

from pathlib import Path

import markdown
from hypothesis import given, settings, strategies as st

from wetgraaf.site.mdlinks import ForwardLinks
from wetgraaf.site.plugin import EXTENSIONS

BASE = [e for e in EXTENSIONS if e != "wetgraaf.site.mdlinks"]
CONFIGS = {"toc": {"permalink": True}}
DOCS = Path(__file__).resolve().parents[2] / "docs"


def _both(text: str) -> tuple[str, str]:
    plain = markdown.Markdown(extensions=BASE, extension_configs=CONFIGS).convert(text)
    fast = markdown.Markdown(extensions=[*BASE, ForwardLinks()], extension_configs=CONFIGS).convert(text)
    return plain, fast


def test_the_plugin_uses_it_last() -> None:
    assert EXTENSIONS[-1] == "wetgraaf.site.mdlinks"
    md = markdown.Markdown(extensions=list(EXTENSIONS), extension_configs=CONFIGS)
    assert md.convert("[a [b]](c.md)") == '<p><a href="c.md">a [b]</a></p>'


CASES = [
    "[a [b] c](x) [[[ ] [x](y) ]] [",
    "[a\\]b](u) [c [d](e)](f) ] [x",
    "[" * 300 + "a](b)",
    "[a](b)" * 50 + "[" * 50,
    "![i [x]](s) [r][ref] [s] ![t][ref]\n\n[ref]: /u",
    "| [f\\_x(a, b)](../b/f.md) | \\[x\\] |\n| --- | --- |\n| [g](h.md#k) | [[y](z)] |",
    "- [a <small>`q(x)`</small>](p.md) — [art. 8](w.md#lid-1)\n    - [b](c) ]] [[",
    "[" + "[a]" * 40 + "](u) and [" + "[" * 40 + "b](v)",
]


def test_corner_cases() -> None:
    for text in CASES:
        plain, fast = _both(text)
        assert plain == fast, text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["[", "]", "(", ")", "a", " ", "\\[", "\\]", "[x](y)", "![i](s)", "`[`", "\n",
                                 "[r]", "[r][]", "<small>", "\n\n[r]: /u\n\n"]), max_size=60))
def test_same_html_as_python_markdown(parts: list[str]) -> None:
    text = "".join(parts)
    plain, fast = _both(text)
    assert plain == fast


def test_docs_pages() -> None:
    pages = sorted(DOCS.glob("*.md"))
    assert pages
    for page in pages:
        plain, fast = _both(page.read_text(encoding="utf-8"))
        assert plain == fast, page.name


# -- the pass over plain texts: a text that holds nothing an inline pattern needs is not tried pattern by pattern --

def test_plain_texts_are_passed_over_with_the_site_extensions() -> None:
    from wetgraaf.site.mdlinks import _needed

    md = markdown.Markdown(extensions=list(EXTENSIONS), extension_configs=CONFIGS)
    needed = _needed(md)
    assert needed is not None
    assert needed.search("gewone tekst, met cijfers 12,50 en (haakjes).") is None
    assert all(needed.search(t) for t in ["`", "\\", "[", "<", "&", "*", "_", "a  \nb"])


def test_an_unknown_inline_pattern_turns_the_pass_off() -> None:
    from markdown.inlinepatterns import SimpleTagInlineProcessor

    from wetgraaf.site.mdlinks import _needed

    md = markdown.Markdown(extensions=list(EXTENSIONS), extension_configs=CONFIGS)
    md.inlinePatterns.register(SimpleTagInlineProcessor(r"(~~)(.+?)~~", "del"), "del", 5)
    assert _needed(md) is None
    assert md.convert("a ~~b~~ c") == "<p>a <del>b</del> c</p>"  # the new pattern still applies


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", " ", "\n", "  \n", "*", "**", "_", "__", "`", "``", "&", "&amp;", "&#38;",
                                 "<b>", "</b>", "<http://x.nl>", "<a@b.nl>", "\\*", "\\_", "[x](y)", "é",
                                 "\n\n", "| a | b |\n| --- | --- |\n| c | d |\n", "# kop\n", "- punt\n"]),
               max_size=40))
def test_same_html_with_and_without_the_pass(parts: list[str]) -> None:
    text = "".join(parts)
    plain, fast = _both(text)
    assert plain == fast

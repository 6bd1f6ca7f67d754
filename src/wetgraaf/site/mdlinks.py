"""A Markdown extension that finds the end of a link's text by scanning forward from its `[`, with the same result
as Python-Markdown's own search. Python-Markdown (3.11) computes the closing bracket of every position of a text
node at once, once per link pattern (six of them), and again after each link it replaces: on the site's long
scenario and amendment pages, with hundreds of links in their tables and explanations, that was a third of
rendering them (docs/prestaties.md). A forward scan costs the length of the link's text; where the bracket does not
close within a few brackets, the original search is used (it remembers its result per text, so many unclosed
brackets stay linear).

It also lets the inline step pass over a text in which none of Python-Markdown's own inline patterns can match:
each needs a character (or the two spaces and newline of a line break) that the text does not hold, so trying them
one by one, as Python-Markdown does for every text of the page, finds nothing. Only when every inline pattern of the
instance is one of those known here (by name, class and expression); any other pattern, and the text is tried as
before."""

from __future__ import annotations

import re
import types
from typing import Any

from markdown import Extension, Markdown, util
from markdown import inlinepatterns as patterns
from markdown.inlinepatterns import LinkInlineProcessor

_BRACKET = re.compile(r"[\[\]]")
_SCAN = 32  # brackets looked at before the original search takes over


def _get_text(self: LinkInlineProcessor, data: str, index: int) -> tuple[str, int, bool]:
    """The text between the `[` before `index` and its closing `]`: the first `]` after `index` that takes the
    depth of brackets below that at `index`, as LinkInlineProcessor.getText finds it."""
    depth = 0
    for seen, m in enumerate(_BRACKET.finditer(data, index)):
        if seen == _SCAN:
            break
        if m.group() == "[":
            depth += 1
        else:
            depth -= 1
            if depth < 0:
                end = m.end()
                return data[index:end - 1], end, True
    return LinkInlineProcessor.getText(self, data, index)


# Python-Markdown's inline patterns by their name in the registry: the expression it registers (its module's
# constant) and what a text must hold for the expression to match there.
_KNOWN: dict[str, tuple[str, str]] = {
    "backtick": (patterns.BACKTICK_RE, "`"), "escape": (patterns.ESCAPE_RE, "\\"),
    "reference": (patterns.REFERENCE_RE, "["), "link": (patterns.LINK_RE, "["),
    "image_link": (patterns.IMAGE_LINK_RE, "["), "image_reference": (patterns.IMAGE_REFERENCE_RE, "["),
    "short_reference": (patterns.REFERENCE_RE, "["), "short_image_ref": (patterns.IMAGE_REFERENCE_RE, "["),
    "autolink": (patterns.AUTOLINK_RE, "<"), "automail": (patterns.AUTOMAIL_RE, "<"),
    "linebreak": (patterns.LINE_BREAK_RE, "  \n"), "html": (patterns.HTML_RE, "<"),
    "entity": (patterns.ENTITY_RE, "&"), "em_strong": (r"\*|_", "*_")}


def _needed(md: Markdown) -> re.Pattern[str] | None:
    """What a text must hold for some inline pattern of `md` to match in it; None when a pattern is not known."""
    needs: set[str] = set()
    present = [name for name in _KNOWN if name in md.inlinePatterns]
    if len(present) != len(md.inlinePatterns):
        return None  # a pattern not known here
    for name in present:
        proc, known = md.inlinePatterns[name], _KNOWN[name]
        compiled = getattr(proc, "compiled_re", None)
        if type(proc).__module__ != patterns.__name__ or compiled is None or compiled.pattern != known[0]:
            return None
        needs |= {known[1]} if known[1] == "  \n" else set(known[1])
    return re.compile("|".join(re.escape(n) for n in sorted(needs))) if needs else None


def _skip_plain(md: Markdown) -> None:
    """The inline step passes over a text none of the patterns can match in (see the module's description)."""
    step = md.treeprocessors["inline"] if "inline" in md.treeprocessors else None
    handle = getattr(step, "_InlineProcessor__handleInline", None)
    if step is None or handle is None or not callable(getattr(step, "run", None)):
        return
    state: dict[str, Any] = {"needed": None}
    run = step.run

    def checked_run(*args: Any, **kwargs: Any) -> Any:
        state["needed"] = _needed(md)  # per document: an extension may have changed the patterns since
        return run(*args, **kwargs)

    def handle_inline(data: str, patternIndex: int = 0) -> str:  # noqa: N803 (Python-Markdown's name)
        needed = state["needed"]
        if (patternIndex == 0 and needed is not None and not isinstance(data, util.AtomicString)
                and needed.search(data) is None):
            return data
        return handle(data, patternIndex)

    step.run = checked_run
    step._InlineProcessor__handleInline = handle_inline


class ForwardLinks(Extension):
    """Give every link pattern of a Markdown instance the forward scan, and its inline step the pass over plain
    texts."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        for proc in md.inlinePatterns:
            if isinstance(proc, LinkInlineProcessor):
                proc.getText = types.MethodType(_get_text, proc)
        _skip_plain(md)


def makeExtension(**kwargs: Any) -> ForwardLinks:  # noqa: N802 (Python-Markdown's name)
    return ForwardLinks(**kwargs)

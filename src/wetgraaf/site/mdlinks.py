"""A Markdown extension that finds the end of a link's text by scanning forward from its `[`, with the same result
as Python-Markdown's own search. Python-Markdown (3.11) computes the closing bracket of every position of a text
node at once, once per link pattern (six of them), and again after each link it replaces: on the site's long
scenario and amendment pages, with hundreds of links in their tables and explanations, that was a third of
rendering them (docs/prestaties.md). A forward scan costs the length of the link's text; where the bracket does not
close within a few brackets, the original search is used (it remembers its result per text, so many unclosed
brackets stay linear)."""

from __future__ import annotations

import re
import types
from typing import Any

from markdown import Extension, Markdown
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


class ForwardLinks(Extension):
    """Give every link pattern of a Markdown instance the forward scan."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        for proc in md.inlinePatterns:
            if isinstance(proc, LinkInlineProcessor):
                proc.getText = types.MethodType(_get_text, proc)


def makeExtension(**kwargs: Any) -> ForwardLinks:  # noqa: N802 (Python-Markdown's name)
    return ForwardLinks(**kwargs)

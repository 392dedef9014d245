"""Remove site furniture (comment footers, share links, copyright lines) from a body.

Only whole paragraphs at the start or the end of the body are removed, so the article's
own words are never cut; the patterns live in ``rules/boilerplate.txt``.
"""

from __future__ import annotations

import re

from analysis import rules_io


def _is_boilerplate(line: str) -> bool:
    return any(p.fullmatch(line) for p in rules_io.patterns("boilerplate.txt"))


def strip_boilerplate(body: str) -> str:
    """The body without leading/trailing boilerplate paragraphs, outer white space trimmed."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body) if m.group(0).strip()]
    while spans and _is_boilerplate(body[spans[-1][0]:spans[-1][1]].strip()):
        spans.pop()
    while spans and _is_boilerplate(body[spans[0][0]:spans[0][1]].strip()):
        spans.pop(0)
    if not spans:
        return ""
    return body[spans[0][0]:spans[-1][1]].strip()

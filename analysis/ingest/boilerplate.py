"""Remove site furniture (comment footers, share links, copyright lines) from a body.

Only whole paragraphs at the start or the end of the body are removed, so the article's
own words are never cut; the patterns live in ``rules/boilerplate.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis import rules_io


@lru_cache(maxsize=1)
def _furniture() -> tuple[re.Pattern[str], ...]:
    """The rules, read and compiled once per process (two paragraphs of every article
    are tested)."""
    return rules_io.patterns("boilerplate.txt")


def _is_boilerplate(line: str) -> bool:
    return any(p.fullmatch(line) for p in _furniture())


def strip_boilerplate(body: str) -> str:
    """The body without leading/trailing boilerplate paragraphs, outer white space trimmed."""
    lines = body.split("\n")
    kept = [i for i, line in enumerate(lines) if line.strip()]   # the non-blank lines
    first, last = 0, len(kept) - 1
    while first <= last and _is_boilerplate(lines[kept[last]].strip()):
        last -= 1
    while first <= last and _is_boilerplate(lines[kept[first]].strip()):
        first += 1
    if first > last:
        return ""
    return "\n".join(lines[kept[first]:kept[last] + 1]).strip()

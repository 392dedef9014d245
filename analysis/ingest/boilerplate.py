"""Remove site furniture (comment footers, share links, copyright lines) from a body.

Only whole paragraphs at the start or the end of the body are removed, so the article's
own words are never cut; the patterns live in ``rules/boilerplate.txt``.
"""

from __future__ import annotations

from analysis import rules_io


def _is_boilerplate(line: str) -> bool:
    return any(p.fullmatch(line) for p in rules_io.patterns("boilerplate.txt"))


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

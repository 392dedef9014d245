"""Plain-text articles: the seed's layout, and plain title-then-body files.

Seed layout (blank lines between parts)::

    NORTH PULSE NETWORK NPN      <- optional Latin masthead: the outlet
    التحالف الدولي: المهمة ...     <- title
    نورث بالس                     <- optional byline: a short line, no sentence punctuation
    body paragraphs ...
    التعليقات مغلقة، ...           <- site footer: removed (rules/boilerplate.txt)
"""

from __future__ import annotations

import re
from typing import NamedTuple

from analysis import rules_io

_SENTENCE_PUNCT = re.compile(r"[.!؟?،,؛;\"«»“”]")


class ParsedText(NamedTuple):
    outlet: str | None
    title: str | None
    byline: str | None
    body: str


def is_masthead(line: str) -> bool:
    return any(p.fullmatch(line) for p in rules_io.patterns("mastheads.txt"))


def is_byline(line: str) -> bool:
    """A short line without sentence punctuation (a reporter or agency name, a dateline)."""
    words = line.split()
    if not words or len(words) > 6 or len(line) > 60:
        return False
    body = line.split(":", 1)[-1] if ":" in line and len(line.split(":", 1)[0].split()) <= 3 else line
    return not _SENTENCE_PUNCT.search(body)


def parse_text(text: str) -> ParsedText:
    """Split a decoded text file into outlet, title, byline and body."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]*", text) if m.group(0).strip()]
    pos = 0
    outlet = title = byline = None
    if lines and is_masthead(lines[0][1].strip()):
        outlet = lines[0][1].strip()
        lines = lines[1:]
    if lines:
        title = lines[0][1].strip()
        pos = lines[0][0] + len(lines[0][1])
        lines = lines[1:]
    if len(lines) >= 2 and is_byline(lines[0][1].strip()):
        byline = lines[0][1].strip()
        pos = lines[0][0] + len(lines[0][1])
    return ParsedText(outlet, title, byline, text[pos:])

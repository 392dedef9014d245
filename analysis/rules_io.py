"""Read the rule data files in ``analysis/rules/``: plain lists, regex lists, JSON.

Line files: one entry per line; ``#`` starts a comment; blank lines are skipped.
Users extend the rules by editing these files; the code that applies them stays small.
Results are cached per process (read-only data, so per-article work stays pure).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any


def _read(name: str) -> str:
    return resources.files("analysis.rules").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    """The non-comment, non-blank lines of a rules file, stripped."""
    out = []
    for raw in _read(name).splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("\\#") else raw.strip()
        if line:
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def marked(name: str, mark: str = "^") -> tuple[tuple[str, ...], frozenset[str]]:
    """The entries of a line file without a trailing ``mark`` ("بيد أن ^"), and the set of
    those that carry it (a list with a stricter reading for some entries)."""
    entries, flagged = [], set()
    for line in lines(name):
        entry = line.rstrip(mark + " ") if line.endswith(mark) else line
        entries.append(entry)
        if entry != line:
            flagged.add(entry)
    return tuple(entries), frozenset(flagged)


@lru_cache(maxsize=None)
def patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """A rules file of regular expressions, compiled."""
    return tuple(re.compile(p) for p in lines(name))


@lru_cache(maxsize=None)
def table(name: str) -> dict[str, Any]:
    """A JSON rules file."""
    return json.loads(_read(name))

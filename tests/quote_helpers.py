"""Helpers shared by the quote tests."""

from __future__ import annotations

from analysis.quotes.lexicon import lexicon
from analysis.quotes.names import find_mention


def mention(phrase: str) -> str | None:
    """The speaker mention that the subject-phrase reader finds in ``phrase``."""
    m = find_mention(phrase, 0, len(phrase), lexicon())
    return m.text if m else None

"""Helpers shared by the quote tests."""

from __future__ import annotations

from analysis import segment
from analysis.quotes import find_quotes
from analysis.quotes.lexicon import lexicon
from analysis.quotes.names import find_mention
from analysis.records import LocalSpeaker, QuoteSpan


def mention(phrase: str) -> str | None:
    """The speaker mention that the subject-phrase reader finds in ``phrase``."""
    m = find_mention(phrase, 0, len(phrase), lexicon())
    return m.text if m else None


def found(text: str) -> tuple[list[QuoteSpan], list[LocalSpeaker]]:
    """find_quotes on ``text`` read as one article: its quotes and its speakers."""
    paras = segment.paragraphs("t", text)
    return find_quotes(text, paras, segment.sentences(text, paras))


def mentions(text: str) -> list[str | None]:
    """The speaker mention of every quote found in ``text`` (None: no speaker)."""
    qs, _ = found(text)
    return [q.mention.text if q.mention else None for q in qs]


def quotes(text: str) -> list[tuple[str, str, str]]:
    """(kind, text, speaker name or "") of every quote found in ``text``."""
    qs, speakers = found(text)
    return [(q.kind, q.text, speakers[q.speaker_key].name if q.speaker_key is not None else "")
            for q in qs]


def texts(text: str) -> list[str]:
    """The text of every quote found in ``text``."""
    return [t for _, t, _ in quotes(text)]

"""Check-worthy claims at sentence level, with normalised numbers for statistics."""

from __future__ import annotations

from analysis.records import Claim, LocalSpeaker, Paragraph, QuoteSpan, Sentence


def find_claims(article_id: str, text: str, paragraphs: list[Paragraph],
                sentences: list[Sentence], quotes: list[QuoteSpan],
                speakers: list[LocalSpeaker]) -> list[Claim]:
    """Claims of one article; ``speaker_id`` holds "local:<key>" until the corpus step."""
    return []

"""Quotes: direct (inside marks) and reported speech, attributed within one article."""

from __future__ import annotations

from analysis.records import LocalSpeaker, Paragraph, QuoteSpan, Sentence


def find_quotes(text: str, paragraphs: list[Paragraph], sentences: list[Sentence]
                ) -> tuple[list[QuoteSpan], list[LocalSpeaker]]:
    """All quotes of one article, in text order, and the article's speakers.

    ``QuoteSpan.speaker_key`` indexes the returned speaker list (None: not found).
    """
    return [], []

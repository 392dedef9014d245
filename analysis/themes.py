"""Theme tags per paragraph and per quote, explained by the words that fired."""

from __future__ import annotations

from analysis.records import Paragraph, QuoteSpan, ThemeTag


def tag_themes(article_id: str, text: str, paragraphs: list[Paragraph],
               quotes: list[QuoteSpan]) -> list[ThemeTag]:
    """Theme rows for the article's paragraphs and quotes (quote ids: <article_id>-q<n>)."""
    return []

"""Theme tags per paragraph and per quote, explained by the words that fired.

The taxonomy is data (``analysis/rules/themes.json``): each theme has *strong* terms
(specific: داعش، مخيمات، الهجمات التركية) and *weak* terms (general: قوات، دعم، تركيا).
A paragraph or quote gets a theme when at least one strong term or at least two different
weak terms of it occur (``MIN_WEAK``). A theme may also list *anchor* terms (تركيا، إيران):
then a tag without a strong term needs one anchor and one different weak term, so "تركيا"
+ "أنقرة" does not make a paragraph about Turkish military operations, "قصف" + "تركيا" does,
and "قصف" + "غارة" without Turkey does not either. Matching is on normalised whole tokens with
clitics and inflection handled by :mod:`analysis.arabic_tokens`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from analysis import rules_io
from analysis.arabic_tokens import TermIndex, span_tokens, term_key
from analysis.records import Paragraph, QuoteSpan, ThemeTag

RULES_FILE = "themes.json"
MIN_STRONG = 1
MIN_WEAK = 2


class Theme(NamedTuple):
    id: str
    label_ar: str
    label_en: str
    anchored: bool = False


@lru_cache(maxsize=None)
def taxonomy() -> tuple[dict[str, Theme], TermIndex]:
    """The themes by id and one index of all their terms (payload: [(theme, grade)]).

    A grade is "strong", "weak" or "anchor"; ``Theme.anchored`` says whether the theme has
    anchors.
    """
    themes: dict[str, Theme] = {}
    by_key: dict[tuple[str, ...], tuple[str, list[tuple[str, str]]]] = {}
    for t in rules_io.table(RULES_FILE)["themes"]:
        themes[t["id"]] = Theme(t["id"], t["label_ar"], t["label_en"], bool(t.get("anchor")))
        for grade in ("strong", "weak", "anchor"):
            for term in t.get(grade, []):
                entry = by_key.setdefault(term_key(term), (term, []))
                if (t["id"], grade) not in entry[1]:
                    entry[1].append((t["id"], grade))
    return themes, TermIndex(entry for entry in by_key.values())


def themes_of_span(text: str, start: int, end: int) -> dict[str, list[str]]:
    """Themes found in ``text[start:end]`` -> evidence (surface words, first-seen order)."""
    themes, index = taxonomy()
    span = span_tokens(text, start, end)
    seen: dict[str, dict[str, set[str]]] = {}
    evidence: dict[str, list[str]] = {}
    for i, j, term, payload in index.find(span):
        surface = text[span.starts[i]:span.ends[j - 1]]
        for theme, grade in payload:
            seen.setdefault(theme, {}).setdefault(grade, set()).add(term)
            ev = evidence.setdefault(theme, [])
            if surface not in ev:
                ev.append(surface)
    return {theme: ev for theme, ev in evidence.items()
            if _fires(seen[theme], themes[theme].anchored)}


def _fires(grades: dict[str, set[str]], anchored: bool) -> bool:
    if len(grades.get("strong", ())) >= MIN_STRONG:
        return True
    weak, anchor = grades.get("weak", set()), grades.get("anchor", set())
    if anchored:
        return bool(anchor) and bool(weak - anchor) and len(weak | anchor) >= MIN_WEAK
    return len(weak) >= MIN_WEAK


def tag_themes(article_id: str, text: str, paragraphs: list[Paragraph],
               quotes: list[QuoteSpan]) -> list[ThemeTag]:
    """Theme rows for the article's paragraphs and quotes (quote ids: <article_id>-q<n>).

    One row per (paragraph, theme) with ``quote_id`` None, then one per (quote, theme)
    with the quote's paragraph; themes in taxonomy order.
    """
    themes, _ = taxonomy()
    order = {tid: k for k, tid in enumerate(themes)}
    rows: list[ThemeTag] = []
    spans = [(p.para, None, p.start, p.end) for p in paragraphs]
    spans += [(q.para, f"{article_id}-q{n}", q.start, q.end) for n, q in enumerate(quotes)]
    for para, quote_id, start, end in spans:
        found = themes_of_span(text, start, end)
        for tid in sorted(found, key=order.__getitem__):
            th = themes[tid]
            rows.append(ThemeTag(article_id, para, quote_id, tid, th.label_ar, th.label_en,
                                 found[tid]))
    return rows

"""Check-worthy claims at sentence level, with normalised numbers for statistics.

Each sentence is cut where quotes begin and end; every piece (a *segment*) belongs either
to one quote (the innermost one covering it) or to the reporter. A segment yields:

- one ``statistic`` row per number in it (:func:`analysis.numbers.find_numbers`), with its
  value and unit; two numbers in one sentence give two rows with the same span;
- at most one other row: the first kind of ``analysis/rules/claim_cues.json`` whose cue
  occurs in it (demand, denial, commitment, achievement), else, inside a quote, the kind
  of the quote's verb (نفى -> denial), else ``assertion`` for a quote segment of at least
  ``min_assertion_words`` words or a reporter sentence with a بحسب/وفق attribution.

A claim's span is the segment with surrounding blanks, punctuation and quotation marks
trimmed, so ``text[start:end] == claim.text``. Inside a quote the claim carries the
quote's id and ``speaker_id = "local:<speaker_key>"`` (the corpus step swaps in the
corpus id); in the reporter's text both are None.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from analysis import rules_io
from analysis.arabic_tokens import Span, TermIndex, WordTest, span_tokens
from analysis.normalize import normalize
from analysis.numbers import numbers_in
from analysis.records import Claim, LocalSpeaker, Paragraph, QuoteSpan, Sentence

RULES_FILE = "claim_cues.json"
_TRIM = set(" \t\r\n.،,؛;:!?؟\"'«»“”‘’()-–—…")


class Segment(NamedTuple):
    para: int
    start: int
    end: int
    quote: int | None     # index into the article's quotes, None: the reporter's text


class _Cues(NamedTuple):
    kinds: tuple[tuple[str, bool], ...]     # (kind, applies to reporter text)
    index: TermIndex                        # payload: position in kinds
    verbs: dict[str, str]
    obligation: tuple[str, frozenset[str], int]
    attribution: TermIndex
    min_words: int
    is_first: WordTest                      # the obligation's first word (على)?


@lru_cache(maxsize=None)
def cues() -> _Cues:
    r = rules_io.table(RULES_FILE)
    kinds = tuple((k["kind"], k["reporter"]) for k in r["kinds"])
    index = TermIndex((c, n) for n, k in enumerate(r["kinds"]) for c in k["cues"])
    verbs = {normalize(v): kind for kind, vs in r["verbs"].items() for v in vs}
    ob = r["obligation"]
    obligation = (normalize(ob["first"]), frozenset(normalize(w) for w in ob["then"]),
                  ob["max_gap"])
    return _Cues(kinds, index, verbs, obligation,
                 TermIndex((a, None) for a in r["attribution"]), r["min_assertion_words"],
                 WordTest(obligation[0].__eq__))


def segments(sentences: list[Sentence], quotes: list[QuoteSpan]) -> list[Segment]:
    """Sentences cut at quote boundaries; each piece owned by its innermost quote."""
    out: list[Segment] = []
    for s in sentences:
        inside = [(n, q) for n, q in enumerate(quotes) if q.start < s.end and q.end > s.start]
        cuts = sorted({s.start, s.end} | {p for _, q in inside for p in (q.start, q.end)
                                          if s.start < p < s.end})
        for a, b in zip(cuts, cuts[1:]):
            owners = [(q.end - q.start, n) for n, q in inside if q.start <= a and q.end >= b]
            owner = min(owners)[1] if owners else None
            if out and out[-1].quote == owner and out[-1].end == a and out[-1].para == s.para:
                out[-1] = out[-1]._replace(end=b)
            else:
                out.append(Segment(s.para, a, b, owner))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def classify(text: str, start: int, end: int, in_quote: bool, verb: str = "") -> str | None:
    """The non-statistic kind of a segment, or None when it is not check-worthy."""
    return _classify(span_tokens(text, start, end), in_quote, verb)


def _classify(span: Span, in_quote: bool, verb: str) -> str | None:
    c = cues()
    found = [payload for _, _, _, payload in c.index.find(span)
             if in_quote or c.kinds[payload][1]]
    if found:
        return c.kinds[min(found)][0]
    first, then, gap = c.obligation
    norms = span.norms
    for i in span.where(c.is_first):
        if any(n in then for n in norms[i + 2:i + 2 + gap]):
            return "demand"                  # على الحكومة أن تتحمل
    if in_quote:
        kind = c.verbs.get(normalize(verb).strip())
        if kind:
            return kind
        return "assertion" if span.count(_is_word) >= c.min_words else None
    if c.attribution.find(span) and span.count(_is_word) >= c.min_words:
        return "assertion"
    return None


_is_word = WordTest(lambda norm: norm[0].isalpha())   # a word, not digits or a mark


def find_claims(article_id: str, text: str, paragraphs: list[Paragraph],
                sentences: list[Sentence], quotes: list[QuoteSpan],
                speakers: list[LocalSpeaker]) -> list[Claim]:
    """Claims of one article; ``speaker_id`` holds "local:<key>" until the corpus step."""
    out: list[Claim] = []

    def add(seg: Segment, a: int, b: int, kind: str, value=None, unit=None) -> None:
        q = quotes[seg.quote] if seg.quote is not None else None
        quote_id = f"{article_id}-q{seg.quote}" if q is not None else None
        speaker = f"local:{q.speaker_key}" if q is not None and q.speaker_key is not None else None
        out.append(Claim(f"{article_id}-c{len(out)}", article_id, seg.para, quote_id, speaker,
                         kind, text[a:b], value, unit, a, b))

    for seg in segments(sentences, quotes):
        a, b = _trim(text, seg.start, seg.end)
        if a >= b:
            continue
        span = span_tokens(text, a, b)
        for m in numbers_in(text, span):
            add(seg, a, b, "statistic", m.value, m.unit)
        verb = quotes[seg.quote].verb if seg.quote is not None else ""
        kind = _classify(span, seg.quote is not None, verb)
        if kind:
            add(seg, a, b, kind)
    return out

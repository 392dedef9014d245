"""Quotes: direct (inside marks) and reported speech, attributed within one article.

Steps (each a small module): ``marks`` finds marked spans, ``reported`` finds speech cues
and reported clauses, ``attribution``/``names`` find each quote's speaker mention, and
``analysis.speakers.resolve`` clusters the mentions into the article's speakers.

:func:`find_quotes` runs three stages on the text :func:`in_letters` gives, public so
that a benchmark can time each: :func:`detect` (marks, cues, clauses), :func:`attribute`
(each quote's speaker mention) and :func:`assemble` (the article's speakers, the quote
records).
"""

from __future__ import annotations

from typing import NamedTuple

from analysis import segment
from analysis.quotes.attribution import Attributor
from analysis.quotes.lexicon import Lexicon, fold, lexicon, plain_text
from analysis.quotes.marks import SOURCE_AFTER, Marked, find_marked
from analysis.quotes.reported import Clause, Cue, clause_cue, find_clauses, find_cues, subject_marks
from analysis.records import LocalSpeaker, Mention, Paragraph, QuoteSpan, Sentence
from analysis.speakers.resolve import resolve_speakers


def find_quotes(text: str, paragraphs: list[Paragraph], sentences: list[Sentence]
                ) -> tuple[list[QuoteSpan], list[LocalSpeaker]]:
    """All quotes of one article, in text order, and the article's speakers.

    ``QuoteSpan.speaker_key`` indexes the returned speaker list (None: not found).
    Text copied from PDFs draws letters with presentation forms ("ﻭﻗﺎﻝ ﺍﻟﻮﺯﻳﺮ"): it is
    read in the letters they stand for, so a mention in glyphs behaves, and its speaker is
    named, as the same mention in letters; quotes and mentions keep source offsets/text.
    """
    if not paragraphs:
        return [], []
    letters, paras, index = in_letters(text, paragraphs)
    quotes, speakers = _find_quotes(letters, paras)
    if index is None:
        return quotes, speakers
    return [_to_source(q, text, index) for q in quotes], speakers


def in_letters(text: str, paragraphs: list[Paragraph]
               ) -> tuple[str, list[Paragraph], list[int] | None]:
    """The text the stages read: ``text`` itself (index None), or a text in presentation
    forms written in the letters they draw, its paragraphs, and each letter's offset in
    ``text``."""
    plain, index = plain_text(text)
    if index is None:
        return text, paragraphs, None
    return plain, segment.paragraphs(paragraphs[0].article_id, plain), index


def _to_source(q: QuoteSpan, text: str, index: list[int]) -> QuoteSpan:
    """A quote found on the text in letters, with its offsets and spans in ``text``."""
    start, end = index[q.start], index[q.end - 1] + 1
    m = q.mention
    if m is not None and m.end > m.start:
        ms, me = index[m.start], index[m.end - 1] + 1
        m = Mention(text[ms:me], ms, me)
    return q._replace(text=text[start:end], start=start, end=end, mention=m)


def _find_quotes(text: str, paragraphs: list[Paragraph]) -> tuple[list[QuoteSpan], list[LocalSpeaker]]:
    """find_quotes on a text in letters: the three stages in order."""
    found = detect(text, paragraphs)
    spans, mentions = attribute(found)
    return assemble(text, spans, mentions)


class Detection(NamedTuple):
    """What :func:`detect` finds in one article (a text in letters): attribution's input."""
    text: str
    paragraphs: list[Paragraph]
    folded: str
    lex: Lexicon
    marked: list[Marked]     # marked spans, quotes or not (names of groups, titles ...)
    cues: list[Cue]          # speech verbs with their complementizers
    clauses: list[Clause]    # reported-speech clauses, each with its cue


# (start, end, kind, paragraph, speech verb) of one quote, in text order
Span = tuple[int, int, str, int, str]


def detect(text: str, paragraphs: list[Paragraph]) -> Detection:
    """Stage 1: marked spans, speech-verb cues and reported clauses of one article."""
    lex = lexicon()
    folded = fold(text)
    marked = find_marked(text, paragraphs, lex)
    cues = find_cues(text, folded, paragraphs, lex, marked)
    marked = subject_marks(marked, cues)
    clauses = find_clauses(text, folded, paragraphs, cues, marked)
    return Detection(text, paragraphs, folded, lex, marked, cues, clauses)


def attribute(found: Detection) -> tuple[list[Span], list[Mention | None]]:
    """Stage 2: the quotes (direct ones with their cue) and each one's speaker mention."""
    text, cues, clauses = found.text, found.cues, found.clauses
    att = Attributor(text, found.paragraphs, cues, found.marked, found.lex, found.folded)

    # (start, end, kind, para, cue index or None, how) in text order
    items: list[tuple[int, int, str, int, int | None, str]] = []
    for cl in clauses:
        items.append((cl.start, cl.end, "indirect", cues[cl.cue].para, cl.cue, "cue"))
    for q in found.marked:
        if not q.is_quote:
            continue
        ci, how = _direct_cue(text, q, att, clauses)
        if ci is None and how == "":
            continue
        items.append((q.start, q.end, "direct", q.para, ci, how))
    items.sort(key=lambda x: (x[0], x[1]))

    # the subjects of speech verbs that introduce no quote still set the current speaker
    # ("أكد مفوض الشرطة ... الهجمات. وقال «...»")
    quoted = {ci for *_, ci, _ in items if ci is not None}
    for ci, cue in enumerate(cues):
        if ci not in quoted:
            items.append((cue.vstart, cue.vstart, "", cue.para, ci, "subject"))
    items.sort(key=lambda x: (x[0], x[1]))

    mentions = att.assign(items)     # one per quote item (kind != '')
    spans = [(s, e, kind, para, cues[ci].verb if ci is not None else "")
             for s, e, kind, para, ci, _ in items if kind]
    return spans, mentions


def assemble(text: str, spans: list[Span], mentions: list[Mention | None]
             ) -> tuple[list[QuoteSpan], list[LocalSpeaker]]:
    """Stage 3: the article's speakers from the mentions, and the quotes pointing at them."""
    speakers, keys = resolve_speakers(text, mentions)
    quotes = [QuoteSpan(kind, verb, text[s:e], s, e, para, key, m)
              for (s, e, kind, para, verb), key, m in zip(spans, keys, mentions)]
    return quotes, speakers


def _direct_cue(text: str, q: Marked, att: Attributor, clauses) -> tuple[int | None, str]:
    """The cue of a direct quote and how it was found ('' when it is not attributed)."""
    ci = att.cue_before(q)
    if ci is not None:
        return ci, "before"
    ci = att.cue_after(q)
    if ci is not None:
        return ci, "after"
    ci = clause_cue(text, att.cues, q)
    if ci is not None:
        return ci, "clause"
    if SOURCE_AFTER.match(text[q.close + 1:q.close + 40]):
        return None, "continued"
    p = att.paras[q.para]
    if q.continued or q.open <= p.start + 1 or q.left_open:
        return None, "continued"
    return None, ""

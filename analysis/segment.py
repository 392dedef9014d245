"""Paragraphs and sentences as offset spans of ``articles.text``.

Paragraphs are non-empty lines (real articles use blank lines, single newlines, or
"\\n\\n " as in Asharq Al-Awsat); the surrounding white space is left outside the span.
Sentences end at . ؟ ? ! or the paragraph's end, but not at a decimal point between
digits (3.5) nor at the dots of a one-letter abbreviation ("(أ.ف.ب)", "د. سامي").
"""

from __future__ import annotations

import re

from analysis.records import Paragraph, Sentence

_LINE = re.compile(r"[^\n]+")
# the end character first, the lookbehinds after it: the regex engine skips to candidates
_SENT_END = re.compile(r"[.؟?!](?<!\d.)(?<![\s.(][\u0621-\u064A].)(?!\d)[\"”»’']*")


def paragraphs(article_id: str, text: str) -> list[Paragraph]:
    """One Paragraph per non-blank line; ``text[start:end] == Paragraph.text``."""
    out: list[Paragraph] = []
    for m in _LINE.finditer(text):
        line = m.group(0)
        stripped = line.strip()
        if not stripped:
            continue
        start = m.start() + (len(line) - len(line.lstrip()))
        end = start + len(stripped)
        out.append(Paragraph(article_id, len(out), start, end, stripped))
    return out


def sentences(text: str, paras: list[Paragraph]) -> list[Sentence]:
    """Sentence spans within each paragraph (offsets into the article text)."""
    out: list[Sentence] = []
    ends = [m.end() for m in _SENT_END.finditer(text)]
    k, n = 0, len(ends)
    for p in paras:
        while k < n and ends[k] <= p.start:
            k += 1
        pos = p.start
        while k < n and ends[k] <= p.end:
            end = ends[k]
            k += 1
            _add(out, text, p.para, pos, end)
            pos = end
        _add(out, text, p.para, pos, p.end)
    return out


def _add(out: list[Sentence], text: str, para: int, start: int, end: int) -> None:
    """Append ``text[start:end]`` without the white space around it, unless that is all."""
    span = text[start:end]
    stripped = span.strip()
    if stripped:
        start += len(span) - len(span.lstrip())
        # tuple.__new__: what Sentence(...) does, without its Python frame
        out.append(tuple.__new__(Sentence, (para, start, start + len(stripped))))

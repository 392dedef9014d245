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
            if text[pos:end].strip():
                out.append(Sentence(p.para, *_trim(text, pos, end)))
            pos = end
        if text[pos:p.end].strip():
            out.append(Sentence(p.para, *_trim(text, pos, p.end)))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

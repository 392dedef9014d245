"""Complete a speaker mention from the words right after it in the text.

The quote side sometimes stops a mention one word early; the words that follow still
belong to the speaker and change who it is:

- a reflexive after a description makes it a back reference: "وتابع المصدر نفسه" is the
  speaker named before, not a new source (``speaker_reflexives.txt``);
- the rest of a newspaper's name: "صحيفة الصنداي" + "تايمز", "الإندبندنت" + "أون صنداي"
  (``speaker_media_tails.txt``).

Only words in the same sentence count: nothing but spaces may stand between them.
"""

from __future__ import annotations

import re

from analysis.records import Mention
from analysis.speakers.kinds import ORGANIZATION, PERSON, parse
from analysis.speakers.lexicon import WORD, norm, strip_al

_NEXT = re.compile(r"[ \t]+(" + WORD.pattern + ")")
_LINKS = frozenset({"اون"})     # "الإندبندنت أون صنداي"


def _list(name: str) -> frozenset[str]:
    from analysis.speakers.lexicon import words
    return words(name)


def _next_word(text: str, pos: int) -> tuple[str, int] | None:
    m = _NEXT.match(text, pos)
    return (m.group(1), m.end()) if m else None


def _media_tail(text: str, pos: int) -> int:
    """The end of the newspaper-name words starting right after ``pos`` (``pos``: none)."""
    tails = _list("media_tails")
    end = pos
    while (nxt := _next_word(text, end)) is not None:
        w, e = nxt
        n = strip_al(norm(w))
        if n in tails:
            end = e
            continue
        if n in _LINKS and (after := _next_word(text, e)) and strip_al(norm(after[0])) in tails:
            end = after[1]
            continue
        break
    return end


def complete(text: str, m: Mention | None) -> Mention | None:
    """``m`` with the words after it that still belong to it (itself when none do)."""
    if m is None:
        return None
    end = m.start + len(m.text)
    if text[m.start:end] != m.text:
        return m
    p = parse(m.text)
    new_end = end
    ws = WORD.findall(m.text)
    # "المرصد والفرقة نفسها": the reflexive is the second noun's, not the mention's
    if p.kind != PERSON and not any(norm(w).startswith("وال") for w in ws[1:]):
        nxt = _next_word(text, end)
        if nxt is not None and norm(nxt[0]) in _list("reflexives"):
            new_end = nxt[1]
    # a lone definite word is a newspaper's first word too ("وقالت الصنداي" + "تايمز")
    if new_end == end and (p.kind == ORGANIZATION or len(ws) == 1 and ws[0].startswith("ال")):
        new_end = _media_tail(text, end)
    if new_end == end:
        return m
    return Mention(text[m.start:new_end], m.start, new_end)

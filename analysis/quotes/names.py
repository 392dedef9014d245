"""Find the speaker mention inside a subject phrase ("وزير الخارجية الأميركي جون كيري").

The phrase is the text between a speech verb and its complementizer (or the text before
the verb). Title and rank words are left out of a person's name span; organisations and
unnamed sources keep their whole description:

    "الجنرال كيفين كوبسي"                 -> "كيفين كوبسي"
    "نائب قائد العمليات ...، كيفين كوبسي،" -> "كيفين كوبسي" (the appositive after a comma)
    "وزارة الخارجية الروسية في بيان"       -> "وزارة الخارجية الروسية"
    "مصدر عسكري"                          -> "مصدر عسكري"
"""

from __future__ import annotations

import re
from typing import NamedTuple

from analysis.quotes.lexicon import Lexicon, fold, head_key
from analysis.records import Mention

_TOKEN = re.compile(r"[^\s،,؛;:()\[\]«»“”\"‘’]+|[،,؛;]")
_PREPS = frozenset({"في", "باسم", "لدي", "الي", "على", "علي", "من", "عن", "ل", "لـ", "مع", "بين", "و"})
_COMMA = frozenset("،,؛;")
MAX_NAME_WORDS = 5


class Tok(NamedTuple):
    text: str
    start: int
    end: int
    key: str    # folded, without ال and attached و/ب/ل+ال


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """Words and commas of ``text[start:end]`` with their offsets."""
    out = []
    for m in _TOKEN.finditer(text, start, end):
        w = m.group(0).strip("ـ.!?؟")
        if not w:
            continue
        out.append(Tok(w, m.start(), m.start() + len(m.group(0).rstrip("ـ.!?؟")), head_key(w)))
    return out


def _cut_at_stops(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    for i, t in enumerate(toks):
        f = fold(t.text)
        if f in lex.stops or f in lex.verb_forms or (f[:1] in "وف" and f[1:] in lex.verb_forms):
            return toks[:i]
        if f.startswith("ل") and ("«" in t.text or f in ("لـ",)):
            return toks[:i]
        for phrase in lex.stop_phrases:
            if tuple(fold(x.text) for x in toks[i:i + len(phrase)]) == phrase:
                return toks[:i]
    return toks


def _is_title(t: Tok, lex: Lexicon) -> bool:
    return t.key in lex.titles


def _looks_like_name(seg: list[Tok], lex: Lexicon) -> bool:
    if not seg or len(seg) > MAX_NAME_WORDS:
        return False
    first = fold(seg[0].text)
    if first.startswith("ال") or first in _PREPS or seg[0].key in lex.titles:
        return False
    return all(t.text not in _COMMA for t in seg)


def _span(text: str, seg: list[Tok]) -> Mention:
    s, e = seg[0].start, seg[-1].end
    return Mention(text[s:e], s, e)


def _segments(toks: list[Tok]) -> list[list[Tok]]:
    segs: list[list[Tok]] = [[]]
    for t in toks:
        if t.text in _COMMA:
            segs.append([])
        else:
            segs[-1].append(t)
    return [s for s in segs]


def find_mention(text: str, start: int, end: int, lex: Lexicon) -> Mention | None:
    """The speaker mention in ``text[start:end]``, or None when the phrase names nobody."""
    toks = _cut_at_stops(tokens(text, start, end), lex)
    segs = _segments(toks)
    while segs and not segs[-1]:
        segs.pop()
    if not segs or not segs[0]:
        return None
    seg = segs[0]
    # "نقلت صحيفة ... عن فلان": the speaker is the source after عن.
    for i, t in enumerate(seg):
        if fold(t.text) == "عن" and i + 1 < len(seg) and i > 0:
            return find_mention(text, seg[i + 1].start, end, lex)
    head = seg[0].key
    if head in lex.org_heads or head in lex.anon_heads and head not in lex.titles:
        return _span(text, seg[: MAX_NAME_WORDS + 3])
    if _is_title(seg[0], lex) or head in lex.anon_heads:
        i = 0
        while i < len(seg):
            t = seg[i]
            f = fold(t.text)
            if (_is_title(t, lex) or f.startswith("ال") or f.startswith("وال") or f.startswith("لل")
                    or f.startswith("بال") or f in _PREPS or t.key in lex.org_heads
                    or t.key in lex.anon_heads or f in lex.stops):
                i += 1
                continue
            # a word after a preposition or a head noun in construct: "باسم حركة حماس"
            # or after an indefinite title in construct: "وزير خارجية إيران ..."
            prev = seg[i - 1] if i > 0 else None
            if prev is not None and i + 1 < len(seg) and (
                    fold(prev.text) in _PREPS or prev.key in lex.org_heads
                    or (_is_title(prev, lex) and not fold(prev.text).startswith("ال"))):
                i += 1
                continue
            break
        rest = seg[i:]
        if rest and len(rest) <= MAX_NAME_WORDS:
            return _span(text, rest)
        if len(segs) > 1 and _looks_like_name(segs[1], lex):
            return _span(text, segs[1])
        return _span(text, seg[: MAX_NAME_WORDS + 3])
    if len(seg) <= MAX_NAME_WORDS and fold(seg[0].text) not in _PREPS:
        return _span(text, seg)
    return None

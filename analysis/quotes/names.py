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

from analysis.quotes.lexicon import Lexicon, fold, folded_key
from analysis.records import Mention

_TOKEN = re.compile(r"[^\s،,؛;:()\[\]«»“”\"‘’]+|[،,؛;«»“”\"]")
_PREPS = frozenset({"في", "باسم", "لدي", "الي", "على", "علي", "من", "عن", "ل", "لـ", "مع", "بين", "و"})
_COMMA = frozenset("،,؛;«»“”\"")
_NAME_BREAKS = frozenset({"وهو", "وهي", "وهم", "الذي", "التي", "عام", "قد", "الى", "امام", "حول",
                          "بهذا", "بهذه", "عنه", "عنها", "عنهم", "انه", "انها", "ان", "بان", "ل",
                          "لـ", "بحسب", "حسب", "وفق", "وفقا", "نقلا", "فيه", "فيها", "لدي"})
MAX_NAME_WORDS = 5


class Tok(NamedTuple):
    text: str
    start: int
    end: int
    key: str    # folded, without ال and attached و/ب/ل+ال
    f: str      # folded


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """Words and commas of ``text[start:end]`` with their offsets."""
    out = []
    span = fold(text[start:end])
    for m in _TOKEN.finditer(text, start, end):
        raw = m.group(0)
        w = raw.strip("ـ.!?؟")
        if not w or not (w in _COMMA or any(ch.isalnum() for ch in w)):
            continue
        lead = len(raw) - len(raw.lstrip("ـ.!?؟"))
        s0 = m.start() + lead
        f = span[s0 - start:s0 - start + len(w)]
        out.append(Tok(w, s0, s0 + len(w), folded_key(f), f))
    return out


def _cut_at_stops(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    for i, t in enumerate(toks):
        f = t.f
        if f in lex.stops or f in lex.verb_forms or (f[:1] in "وف" and f[1:] in lex.verb_forms):
            return toks[:i]
        if f in ("ل", "لـ"):
            return toks[:i]
        for phrase in _phrases(lex).get(f, ()):
            got = [x.f for x in toks[i:i + len(phrase)]]
            if len(got) == len(phrase) and got[:-1] == list(phrase[:-1]) \
                    and got[-1].startswith(phrase[-1]):
                return toks[:i]
    return toks


_PHRASES: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def _phrases(lex: Lexicon) -> dict[str, list[tuple[str, ...]]]:
    """Multi-word stops indexed by their first word (built once per lexicon)."""
    got = _PHRASES.get(id(lex))
    if got is None:
        got = {}
        for ph in lex.stop_phrases:
            got.setdefault(ph[0], []).append(ph)
        _PHRASES[id(lex)] = got
    return got


_PARTICIPLE = re.compile(r"^م\w{3,}ا$")   # مخاطبا، مدافعا، معتبرا: an adverbial, not a name


def _name_run(seg: list[Tok], lex: Lexicon) -> list[Tok]:
    """The leading words of a bare name ("ظريف للنواب" -> "ظريف", "هاموند على" -> "هاموند")."""
    out = []
    for t in seg:
        f = t.f
        if (f in _PREPS or f in _NAME_BREAKS or f.startswith(("لل", "بال", "وال")) or f[:1].isdigit()
                or _PARTICIPLE.match(f) or f in lex.stops):
            break
        out.append(t)
    return out[:MAX_NAME_WORDS]


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


def find_mention(text: str, start: int, end: int, lex: Lexicon, relay: bool = False
                 ) -> Mention | None:
    """The speaker mention in ``text[start:end]``, or None when the phrase names nobody."""
    toks = _cut_at_stops(tokens(text, start, end), lex)
    segs = _segments(toks)
    while segs and not segs[-1]:
        segs.pop()
    if not segs or not segs[0]:
        return None
    seg = segs[0]
    # "نقلت صحيفة ... عن فلان": the speaker is the source after عن.
    if relay:
        for i, t in enumerate(seg):
            f = t.f
            if f in ("عنه", "عنها", "عنهم"):
                return None
            if f == "عن" and i + 1 < len(seg):
                return find_mention(text, seg[i + 1].start, end, lex)
    head = seg[0].key
    if head in lex.org_heads or head in lex.anon_heads and head not in lex.titles:
        return _span(text, seg[: MAX_NAME_WORDS + 3])
    if _is_title(seg[0], lex) or head in lex.anon_heads:
        i = 0
        while i < len(seg):
            t = seg[i]
            f = t.f
            if (_is_title(t, lex) or f.startswith("ال") or f.startswith("وال") or f.startswith("لل")
                    or f.startswith("بال") or f in _PREPS or t.key in lex.org_heads
                    or t.key in lex.anon_heads or f in lex.stops):
                i += 1
                continue
            # a word after a preposition or a head noun in construct: "باسم حركة حماس"
            # or after an indefinite title in construct: "وزير خارجية إيران ..."
            prev = seg[i - 1] if i > 0 else None
            if prev is not None and i + 1 < len(seg) and (
                    prev.f in _PREPS
                    or ((_is_title(prev, lex) or prev.key in lex.org_heads)
                        and not prev.f.startswith(("ال", "وال")))):
                i += 1
                continue
            break
        rest = _name_run(seg[i:], lex)
        construct = i > 0 and not _is_title(seg[i - 1], lex)
        if rest and not (len(rest) == 1 and construct and len(seg) == i + 1):
            return _span(text, rest)
        for later in segs[1:]:
            if _looks_like_name(later, lex):
                return _span(text, later)
        return _span(text, seg[: MAX_NAME_WORDS + 3])
    run = _name_run(seg, lex)
    if not run or fold(run[0].text).startswith("ال"):
        return None   # "أكد الحكم", "ذكرت الحصيلة": a definite noun, not a name
    return _span(text, run)

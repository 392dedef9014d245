"""A bare title that refers back to a person named only in the text, not as a speaker.

"وقال المراسل إن ..." after "... بحسب ما ذكر سامر نجيب مراسل الإذاعة في المدينة": the
speaker is سامر نجيب, but he introduced no quote, so no speaker cluster holds him and the
resolver keeps "المراسل" alone. Here the title's nearest occurrences before the mention
(any form: "مراسل", "لمراسلها", "المراسل"; at most three, within ``LOOK_BACK``
characters) are read for the name that goes with them, in two shapes only:

- a speech verb (an honorific may follow it), the name, then the title: "وقال سامر نجيب،
  المتحدث باسم ...", "وأكد الدكتور سامر نجيب، سفير ...";
- the title, then the name closed by punctuation, a particle or a glued و ("لمراسلها سامر
  نجيب من ..."), right after the title or after its complement ("محافظ المدينة الجديد
  سامر نجيب وعدد من ..."), or set off by commas after it ("الرئيس الكوري، سامر نجيب،").

Names are two or three words that look like names (``resolve._name_like``), the last may be
a definite family name. Honorifics that are also family names (السيد) are not read.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat

from analysis.records import Mention
from analysis.speakers.lexicon import (DESCRIPTION_LISTS, TOKEN, WORD, is_definite, is_in,
                                       is_in_any, is_place, is_stopword, nationality, norm,
                                       speech_verb_forms)

LOOK_BACK = 1500        # characters before the mention that are read
MAX_OCCURRENCES = 3     # occurrences of the title tried, nearest first
_NOT_HEADS = frozenset({"سيد", "سيده"})     # "عبد اللطيف السيد": a family name too
_ACCUSATIVE = re.compile(r"(ءا|اً|ًا)$")   # "جزءا", "مقالاً": an object, no name
_PREFIXES = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ل", "ب")

# words that may close a name right after its title ("لمراسلها فلان الفلاني من القدس")
_CLOSING = frozenset({"في", "من", "عن", "الي", "ل", "لـ", "و"})

Tok = tuple[str, int, int]


@lru_cache(maxsize=65536)
def _head(word: str) -> str:
    """A word's stem for matching a title: normalised, without و/ف/ب/ل and ال."""
    n = norm(word)
    for p in _PREFIXES:
        if n.startswith(p) and len(n) - len(p) >= 3:
            return n[len(p):]
    return n


def _is_word(w: str) -> bool:
    return WORD.fullmatch(w) is not None


@lru_cache(maxsize=65536)
def _given(w: str) -> bool:
    from analysis.speakers.resolve import _name_like    # resolve imports this module
    return _is_word(w) and _name_like(w) and not _ACCUSATIVE.search(w)


@lru_cache(maxsize=65536)
def _family(w: str) -> bool:
    return _is_word(w) and is_definite(w) and not is_stopword(w) and nationality(w) is None \
        and not is_place(w) and not is_in_any(w, DESCRIPTION_LISTS)


def _name(toks: list[Tok]) -> list[Tok]:
    """The name of two or three words at the start of ``toks`` (fewer: none)."""
    out: list[Tok] = []
    for t in toks[:3]:
        if _given(t[0]):
            out.append(t)
            continue
        if out and _family(t[0]):
            out.append(t)
        break
    return out if len(out) >= 2 else []


def _title(w: str) -> bool:
    return is_in(w, "titles") or is_in(w, "ranks")


def _verb(w: str) -> bool:
    return norm(w) in speech_verb_forms()


def _before(toks: list[Tok], k: int) -> list[Tok]:
    """"قال سامر نجيب، المتحدث": the name between a speech verb and the title at ``k``."""
    i = k - 1 if k and toks[k - 1][0] != "،" else k - 2
    back: list[Tok] = []
    while i >= 0 and len(back) < 4 and _is_word(toks[i][0]) and not _verb(toks[i][0]) \
            and not is_stopword(toks[i][0]):
        back.insert(0, toks[i])
        i -= 1
    if back and _title(back[0][0]) and i >= 0 and _verb(toks[i][0]):
        back = back[1:]     # "أكد الدكتور سامر نجيب، سفير ..."
    if not 2 <= len(back) <= 3 or i < 0 or not _verb(toks[i][0]):
        return []
    name = _name(back)
    return name if len(name) == len(back) else []


@lru_cache(maxsize=65536)
def _complement(w: str) -> bool:
    """A word of a title's complement: "الكوري الشمالي", "باسم الخارجية", "الأردن"."""
    return _is_word(w) and not _verb(w) and not is_stopword(w) and (
        is_definite(w) or norm(w) == "باسم" or is_place(w) or nationality(w) is not None)


def _after(toks: list[Tok], k: int) -> list[Tok]:
    """"لمراسلها سامر نجيب من", "الرئيس الفلاني، سامر نجيب،": the name after the title."""
    name = _name(toks[k + 1:])
    e = k + 1 + len(name)
    if name and (e >= len(toks) or not _is_word(toks[e][0]) or norm(toks[e][0]) in _CLOSING):
        return name
    j, n = k + 1, 0
    while j < len(toks) and n < 6 and _complement(toks[j][0]):
        j, n = j + 1, n + 1
    if n and j < len(toks) and not _title(toks[j][0]):
        name = _name(toks[j:])       # "محافظ عدن الجديد سامر نجيب وعدد من ..."
        e = j + len(name)
        if name and (e >= len(toks) or not _is_word(toks[e][0]) or norm(toks[e][0]) in _CLOSING
                     or norm(toks[e][0])[:1] == "و" and is_definite(name[-1][0])):
            return name
    if j < len(toks) and toks[j][0] == "،":
        name = _name(toks[j + 1:])
        e = j + 1 + len(name)
        if name and (e >= len(toks) or toks[e][0] in ("،", ".", ":")):
            return name
    return []


def named_antecedent(text: str, m: Mention) -> Mention | None:
    """The named person a bare definite title mention ("المراسل") stands for, else None."""
    ws = WORD.findall(m.text)
    if len(ws) != 1 or not norm(ws[0]).startswith(("ال", "وال", "فال")) or not _title(ws[0]):
        return None
    head = _head(ws[0])
    if head in _NOT_HEADS:
        return None
    forms = {head, head + "ه", head + "ها", head + "هم"}
    toks = [(t.group(0), t.start(), t.end())
            for t in TOKEN.finditer(text, max(0, m.start - LOOK_BACK), m.start)]
    tried = 0
    for k in range(len(toks) - 1, -1, -1):
        # the cached head first: most tokens fail it, and a mark's head is no title's
        if _head(toks[k][0]) not in forms or not _is_word(toks[k][0]):
            continue
        name = _before(toks, k) or _after(toks, k)
        if name:
            found = Mention(text[name[0][1]:name[-1][2]], name[0][1], name[-1][2])
            return None if _another(text, forms, found, m.start) else found
        tried += 1
        if tried == MAX_OCCURRENCES:
            break
    return None


def _another(text: str, forms: set[str], found: Mention, end: int) -> bool:
    """Whether the text before ``end`` names another person beside the same title ("الرئيس
    الأميركي سامر نجيب" ... "الرئيس الكيني عادل حسن" ... "قال الرئيس"): the title is then
    no one's in particular. Two names are one person when they share a word."""
    own = {norm(w) for w in WORD.findall(found.text)}
    # the tokens of all the text before ``end``: only their words are read here, so no
    # offsets (made in C, not one match object at a time)
    toks = list(zip(TOKEN.findall(text, 0, end), repeat(0), repeat(0)))
    for k, t in enumerate(toks):
        if _head(t[0]) in forms and _is_word(t[0]):
            name = _before(toks, k) or _after(toks, k)
            if name and not own & {norm(w[0]) for w in name}:
                return True
    return False

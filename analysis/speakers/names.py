"""Person names: comparison keys and same-person tests.

A name is compared as a tuple of *units*: folded words, with a particle joined to the word
after it (``speaker_name_particles.txt``), so "علي عبد الله صالح" is (علي, عبدالله, صالح) and
"عدنان أبو حسنة" never matches a bare "حسنة". Folding goes beyond ``normalize``: hamza
dropped and doubled letters collapsed, so the seed's "كبرئيل" and "كبرييل" (ئ/ي written
twice) give the same unit, as do "داوود" / "داود".
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter

from analysis.normalize import normalize
from analysis.speakers.lexicon import WORD, words

Units = tuple[str, ...]
_DOUBLE = re.compile(r"(.)\1+")
_ONCE = itemgetter(1)   # a run's letter: a C callable, where the template r"\1" is expanded in Python
VOWELS = frozenset("اوي")
MIN_NEAR_LEN = 6   # only long (mostly foreign) names may differ by one long vowel


@lru_cache(maxsize=262144)   # every word of an article with a name is folded (spellings)
def fold(word: str) -> str:
    """A word's spelling-insensitive form: normalised, no hamza, doubled letters collapsed."""
    return _DOUBLE.sub(_ONCE, normalize(word).replace("ء", ""))


@lru_cache(maxsize=None)
def _particles() -> frozenset[str]:
    return frozenset(fold(p) for p in words("name_particles"))


@lru_cache(maxsize=65536)   # a name form is compared many times in its article
def units(name: str) -> Units:
    """The name's units: folded words, each particle glued to the word after it."""
    toks = list(map(fold, WORD.findall(name)))
    parts = _particles()
    out: list[str] = []
    i = 0
    while i < len(toks):
        if toks[i] in parts and i + 1 < len(toks):
            out.append(toks[i] + toks[i + 1])
            i += 2
        else:
            out.append(toks[i])
            i += 1
    return tuple(out)


def key(name: str) -> str:
    """A string key for a name (its units joined by spaces)."""
    return " ".join(units(name))


def near(a: str, b: str) -> bool:
    """Same unit, or two long units that differ by one long vowel (جرايلينغ / جريلينغ)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) != 1 or min(len(a), len(b)) < MIN_NEAR_LEN:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    for i, ch in enumerate(long_):
        if ch in VOWELS and long_[:i] + long_[i + 1:] == short:
            return True
    return False


def _subsequence(short: Units, long_: Units) -> bool:
    it = iter(long_)
    return all(u in it for u in short)


def same_full_name(a: Units, b: Units) -> bool:
    """Two full names (2+ units) of one person.

    Equal; or the same first and last unit with one's middle units inside the other's
    ("جورج بوش" / "جورج دبليو بوش"). Two first names with one family name are two people
    ("حامد كرزاي" / "حامد زاهر", "محمد مرسي" / "سعيد مرسي").
    """
    if a == b:
        return True
    if len(a) < 2 or len(b) < 2 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return _subsequence(short, long_)


def ends_with(full: Units, short: Units, loose: bool = False) -> bool:
    """``short`` is the tail of ``full`` (a surname mention of a full name).

    With ``loose`` the last unit may differ by one long vowel (see :func:`near`).
    """
    if len(short) >= len(full):
        return False
    tail = full[-len(short):]
    if tail == short:
        return True
    return loose and tail[:-1] == short[:-1] and near(tail[-1], short[-1])


def starts_with(full: Units, short: Units) -> bool:
    """A one-unit mention that is the first unit of ``full`` ("بان" for "بان كي مون")."""
    return len(short) == 1 and len(full) > 1 and full[0] == short[0]


def fullness(form: str) -> tuple[int, int]:
    """How full a name form is: number of units, then letters."""
    u = units(form)
    return (len(u), sum(len(x) for x in u))

"""Arabic normalisation for matching only; displayed text is never changed.

Every function maps one character to zero or one character, so
:func:`normalize_with_map` can give, for each character of the normalised string, its
index in the original: a match found on normalised text maps back to exact offsets.
"""

from __future__ import annotations

import re

ARABIC_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B)) | frozenset("ٱپچژگکی")
DIACRITICS = frozenset(chr(c) for c in range(0x064B, 0x0653)) | frozenset("\u0670\u0653\u0654\u0655")
TATWEEL = "\u0640"
# Bidi marks and embeddings, zero-width characters, soft hyphen, BOM.
CONTROLS = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                     "\u2066\u2067\u2068\u2069\u061c\u00ad\ufeff")
SPACES = frozenset("\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000")

ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"

_LETTER_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي",
    "ؤ": "و",
    "ة": "ه",
    "ک": "ك",
}


def _table(*, letters: bool, digits: bool, diacritics: bool) -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for ch in CONTROLS:
        table[ord(ch)] = None
    for ch in SPACES:
        table[ord(ch)] = " "
    table[ord(TATWEEL)] = None
    if diacritics:
        for ch in DIACRITICS:
            table[ord(ch)] = None
    if letters:
        for src, dst in _LETTER_MAP.items():
            table[ord(src)] = dst
    if digits:
        for i, ch in enumerate(ARABIC_INDIC_DIGITS):
            table[ord(ch)] = str(i)
        for i, ch in enumerate(PERSIAN_DIGITS):
            table[ord(ch)] = str(i)
    return table


_FULL = _table(letters=True, digits=True, diacritics=True)
_DIGITS_ONLY = _table(letters=False, digits=True, diacritics=False)


def normalize(text: str) -> str:
    """Fold diacritics, tatweel, alef/hamza/ya/ta-marbuta variants, digits and controls."""
    return text.translate(_FULL)


def normalize_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII; controls dropped; nothing else."""
    return text.translate(_DIGITS_ONLY)


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the original index.

    The map has one extra entry at the end (``len(text)``) so an exclusive end offset
    in the normalised string maps to an exclusive end offset in the original.
    """
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        mapped = _FULL.get(ord(ch), ch)
        if mapped is None:
            continue
        out.append(mapped)
        index.append(i)
    index.append(len(text))
    return "".join(out), index


_WS = re.compile(r"\s+")


def normalize_key(text: str) -> str:
    """A comparison key: normalised, whitespace folded, trimmed (for names and dedup)."""
    return _WS.sub(" ", normalize(text)).strip()


def arabic_ratio(text: str) -> float:
    """Share of Arabic letters among all alphabetic characters (0.0 when none)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(ch in ARABIC_LETTERS for ch in letters) / len(letters)

"""Arabic normalisation for matching only; displayed text is never changed.

Every function maps one character to zero or one character, so
:func:`normalize_with_map` can give, for each character of the normalised string, its
index in the original: a match found on normalised text maps back to exact offsets.
"""

from __future__ import annotations

import re
import unicodedata

ARABIC_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B)) | frozenset("ٱپچژگکی")
# Arabic script blocks: Arabic, Supplement, Extended-A, Presentation Forms A and B.
_ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF),
                  (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
DIACRITICS = frozenset(chr(c) for c in range(0x064B, 0x0653)) | frozenset("\u0670\u0653\u0654\u0655")
TATWEEL = "\u0640"
# The marks that matching on the written (not normalised) form of a word leaves out: every
# Arabic combining mark (U+064B-U+065F, superscript alef) and tatweel. One definition for
# the speaker lexicon, name tails and subject-phrase tokens.
WRITTEN_FORM_MARKS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670" + TATWEEL
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


def _presentation_forms() -> dict[int, str]:
    """Contextual glyph codes -> their letter, where that is one character.

    Text copied from PDFs or old sites keeps the glyph codes: Asharq Al-Awsat
    (aawsat-422551) writes "ﻭﻗﺎﻝ" for "وقال". Ligatures that stand for two letters
    (lam-alef "ﻻ") are kept as they are, so every mapping stays one-to-one.
    """
    out: dict[int, str] = {}
    for lo, hi in _ARABIC_BLOCKS[3:]:
        for cp in range(lo, hi + 1):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                out[cp] = folded
    return out


_PRESENTATION = _presentation_forms()


def _table(*, letters: bool, digits: bool, diacritics: bool) -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    if letters:
        for cp, ch in _PRESENTATION.items():
            folded = _LETTER_MAP.get(ch, ch)
            table[cp] = None if (diacritics and folded in DIACRITICS) or folded == TATWEEL else folded
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


def _as_list(table: dict[int, str | None]) -> list[str | None]:
    """The table as a list over the Basic Multilingual Plane: ``str.translate`` looks a
    list up about twice as fast as a dict (characters beyond it stay unchanged)."""
    out: list[str | None] = [chr(c) for c in range(0x10000)]
    for cp, value in table.items():
        out[cp] = value
    return out


_FULL_MAP = _table(letters=True, digits=True, diacritics=True)
_DELETED = re.compile("[" + "".join(re.escape(chr(c)) for c, v in sorted(_FULL_MAP.items())
                                    if v is None) + "]+")
_FULL = _as_list(_FULL_MAP)
_DIGITS_ONLY = _table(letters=False, digits=True, diacritics=False)


def normalize(text: str) -> str:
    """Fold diacritics, tatweel, alef/hamza/ya/ta-marbuta variants, presentation forms,
    digits, bidi/zero-width controls and no-break spaces."""
    return text.translate(_FULL)


def normalize_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII; controls dropped; nothing else."""
    return text.translate(_DIGITS_ONLY)


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the original index.

    The map has one extra entry at the end (``len(text)``) so an exclusive end offset
    in the normalised string maps to an exclusive end offset in the original.
    """
    index: list[int] = []
    pos = 0
    for m in _DELETED.finditer(text):  # characters map to one or none: skip the none
        index.extend(range(pos, m.start()))
        pos = m.end()
    index.extend(range(pos, len(text) + 1))
    return text.translate(_FULL), index


_WS = re.compile(r"\s+")


def normalize_key(text: str) -> str:
    """A comparison key: normalised, whitespace folded, trimmed (for names and dedup)."""
    return _WS.sub(" ", normalize(text)).strip()


_NOT_LETTERS = re.compile(r"[\W\d_]+")  # letters: word characters but digits and "_"
_ARABIC_RUN = re.compile("[" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in _ARABIC_BLOCKS) + "]+")


def arabic_ratio(text: str) -> float:
    """Share of Arabic-script letters among all letters (0.0 when there are none).

    Letters are word characters other than digits and "_", so digits, punctuation,
    spaces and diacritics do not count; presentation forms ("ﻭﻗﺎﻝ") count as Arabic
    like the letters they draw.
    """
    letters = _NOT_LETTERS.sub("", text)
    if not letters:
        return 0.0
    return 1.0 - len(_ARABIC_RUN.sub("", letters)) / len(letters)

"""Normalisation for matching: what folds, what does not, and offsets back to the original."""

from __future__ import annotations

import pytest

from analysis.normalize import (arabic_ratio, normalize, normalize_digits, normalize_key,
                                normalize_with_map)


@pytest.mark.parametrize("text, expected", [
    # diacritics (fatha, damma, kasra, sukun, shadda, tanwin, dagger alef)
    ("قَالَ", "قال"), ("مُحَمَّدٌ", "محمد"), ("ألفًا", "الفا"), ("هٰذا", "هذا"),
    # tatweel
    ("الـــوزير", "الوزير"),
    # alef variants with hamza and madda, alef wasla
    ("أكد", "اكد"), ("إيران", "ايران"), ("آلاف", "الاف"), ("ٱلله", "الله"),
    # ya / alef maqsura / Persian ya, hamza on ya and waw, ta marbuta
    ("مستشفى", "مستشفي"), ("فارسی", "فارسي"), ("رئيس", "رييس"), ("مؤتمر", "موتمر"),
    ("الحكومة", "الحكومه"), ("کرد", "كرد"),
    # Arabic-Indic and Persian digits
    ("١٢٠ ألفًا", "120 الفا"), ("۱۳۹۴", "1394"),
    # bidi and zero-width controls vanish; no-break and thin spaces become spaces
    ("\u200fقال\u200e", "قال"), ("\u202bنص\u202c", "نص"), ("كلمة\u200cواحدة", "كلمهواحده"),
    ("10\u00a0آلاف", "10 الاف"), ("5\u202fمليون", "5 مليون"),
    # presentation forms (Asharq Al-Awsat has bodies typed in glyph codes)
    ("ﻭﻗﺎﻝ", "وقال"), ("ﺇﻧﻬﺎ", "انها"),
    # what must not change: plain letters, Latin, punctuation, lam-alef ligature (two letters)
    ("قال", "قال"), ("BBC, 2013!", "BBC, 2013!"), ("«نعم»", "«نعم»"), ("ﻻ", "ﻻ"),
])
def test_normalize(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("قُتل ١٢ شخصا", "قُتل 12 شخصا"),     # digits fold, the diacritic stays
    ("۲۰۱۵\u200f", "2015"),
    ("أكد", "أكد"),
])
def test_normalize_digits(text, expected):
    assert normalize_digits(text) == expected


def test_normalize_key_folds_white_space():
    assert normalize_key("  وزير\u00a0 الخارجيّة \n الأمريكي ") == "وزير الخارجيه الامريكي"


@pytest.mark.parametrize("text, needle", [
    ("وقَالَ الـمتحدث باسم التحالف", "قال المتحدث"),
    ("\u200fأكّد\u200f الوزير ١٥ مرة", "اكد الوزير 15"),
    ("بلغ عدد القتلى ١٢٠\u00a0ألفًا", "120 الفا"),
    ("ﻭﻗﺎﻝ ﺍﻟﻮﺯﻳﺮ", "قال الوزير"),
])
def test_normalize_with_map_gives_original_offsets(text, needle):
    norm, index = normalize_with_map(text)
    assert norm == normalize(text)
    assert len(index) == len(norm) + 1 and index[-1] == len(text)
    i = norm.index(needle)
    start, end = index[i], index[i + len(needle) - 1] + 1
    assert normalize(text[start:end]) == needle
    # every kept character maps to its own source character
    assert all(normalize(text[j]) == norm[k] for k, j in enumerate(index[:-1]))


def test_normalize_with_map_is_monotonic_and_never_changes_the_text():
    text = "قَالَ\u200f الرئيسُ: «لن نتراجع» ١٢٣"
    original = str(text)
    _, index = normalize_with_map(text)
    assert index == sorted(set(index))
    assert text == original


@pytest.mark.parametrize("text, ratio", [
    ("قال الوزير", 1.0),
    ("BBC قال", 0.5),
    ("The minister said", 0.0),
    ("١٢٣ 456 !!", 0.0),        # digits and punctuation are not letters
    ("ﻭﻗﺎﻝ ok", 4 / 6),         # presentation forms are Arabic letters
    ("", 0.0),
])
def test_arabic_ratio(text, ratio):
    assert arabic_ratio(text) == pytest.approx(ratio)

"""Name keys and same-person tests (analysis.speakers.names)."""

from __future__ import annotations

import pytest

from analysis.speakers import names


@pytest.mark.parametrize("a, b, same", [
    ("كينو كبرئيل", "كينو كبرييل", True),          # ئ / يي
    ("داوود راويش", "داود راويش", True),            # doubled و
    ("أحمد إبراهيم", "احمد ابراهيم", True),          # hamza on alef
    ("كيفين كوبسي", "كيفِين كوبسـي", True),          # diacritics and tatweel
    ("جورج بوش", "جورج دبليو بوش", True),            # a middle name
    ("محمد مرسي", "سعيد مرسي", False),               # one family name, two people
    ("حامد كرزاي", "حامد زاهر", False),
    ("محمد مرسي", "محمود مرسي", False),
    ("علي عبد الله صالح", "علي صالح", True),
    ("علي عبد الله صالح", "علي عبد الرحمن صالح", False),
])
def test_same_full_name(a, b, same):
    assert names.same_full_name(names.units(a), names.units(b)) is same


@pytest.mark.parametrize("name, units", [
    ("علي عبد الله صالح", ("علي", "عبداله", "صالح")),
    ("عدنان أبو حسنة", ("عدنان", "ابوحسنه")),
    ("كينو كبرئيل", ("كينو", "كبريل")),
])
def test_units_join_particles(name, units):
    assert names.units(name) == units


@pytest.mark.parametrize("full, short, loose, hit", [
    ("كيفين كوبسي", "كوبسي", False, True),
    ("عدنان أبو حسنة", "أبو حسنة", False, True),
    ("عدنان أبو حسنة", "حسنة", False, False),        # the particle belongs to the family name
    ("كريس جرايلينغ", "جريلينغ", False, False),
    ("كريس جرايلينغ", "جريلينغ", True, True),        # one long vowel apart, long name
    ("محمود عباس", "محمد", True, False),
    ("كيفين كوبسي", "كيفين كوبسي", False, False),    # not shorter
])
def test_ends_with(full, short, loose, hit):
    assert names.ends_with(names.units(full), names.units(short), loose) is hit


@pytest.mark.parametrize("a, b, hit", [
    ("جرايلينغ", "جريلينغ", True),
    ("محمود", "محمد", False),      # too short to trust a vowel
    ("الحسيني", "الحسيبي", False),  # a consonant differs
])
def test_near(a, b, hit):
    assert names.near(names.fold(a), names.fold(b)) is hit

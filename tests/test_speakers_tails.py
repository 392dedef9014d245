"""Words glued after a person's name (speakers.tails and its use in speakers.resolve).
Invented sentences."""

from __future__ import annotations

import pytest

from analysis.records import Mention
from analysis.speakers.resolve import resolve_speakers
from analysis.speakers.tails import cut_clause, cut_manner, drop_tail


def _count(text: str):
    return lambda s: text.count(s)


@pytest.mark.parametrize("surface, text, expected", [
    # an organisation, a place or a listed word after a name used alone elsewhere
    ("سامر البرلمان", "ودعا سامر البرلمان إلى الانعقاد. وكان سامر قد عاد.", "سامر"),
    ("كريم نجيب لمجلس", "وقال كريم نجيب لمجلس الأمن إن ... وأضاف كريم نجيب", "كريم نجيب"),
    ("كريم نجيب اليابان", "ودعا كريم نجيب اليابان إلى ... كريم نجيب", "كريم نجيب"),
    ("سامر نجيب أيضا", "وقال سامر نجيب أيضا إن ... سامر نجيب", "سامر نجيب"),
    # the rest is never used alone: kept
    ("سامر البرلمان", "ودعا سامر البرلمان إلى الانعقاد.", "سامر البرلمان"),
    # a nationality adjective is a family name too
    ("منير التركي", "وقال منير التركي إن ... منير", "منير التركي"),
    # a name that is not followed by a tail word
    ("كريم نجيب", "كريم نجيب ... كريم", "كريم نجيب"),
    # the tail is the complement of باسم
    ("ناطقة باسم الوزارة", "ناطقة باسم ... ناطقة باسم الوزارة", "ناطقة باسم الوزارة"),
])
def test_drop_tail(surface, text, expected):
    assert drop_tail(surface, _count(text)) == expected


def test_resolver_merges_the_name_without_its_object():
    t = "وقال الرئيس سامر نجيب إن البلاد آمنة. ودعا نجيب البرلمان إلى الانعقاد قائلا إن الوقت حان."
    i = t.index("نجيب البرلمان")
    j = t.index("سامر نجيب")
    speakers, keys = resolve_speakers(t, [Mention("سامر نجيب", j, j + 9),
                                          Mention("نجيب البرلمان", i, i + len("نجيب البرلمان"))])
    assert keys == [0, 0] and speakers[0].name == "سامر نجيب"


@pytest.mark.parametrize("surface, expected", [
    # a complementizer, an exception or a relative clause after the subject
    ("مسؤولون محليون إن عشرة أشخاص", "مسؤولون محليون"),
    ("وزير النقل سامر نجيب فإن", "وزير النقل سامر نجيب"),
    ("كريم داود شقيق المصاب وكان", "كريم داود شقيق المصاب"),
    ("الحزب الوطني والذي", "الحزب الوطني"),
    ("هدى سالم الا", "هدى سالم"),
    # an adverbial of time
    ("هواة الرسم منذ زمن بعيد", "هواة الرسم"),
    ("الوفد الموجود حاليا", "الوفد الموجود"),
    # no clause word, one written as a name, or a doubled one (a channel's name)
    ("مسؤولون محليون", "مسؤولون محليون"),
    ("آن باترسون", "آن باترسون"),
    ("قناة سي إن إن", "قناة سي إن إن"),
    ("شبكة «سي إن إن» الأميركية", "شبكة «سي إن إن» الأميركية"),
    # the first word is never cut away
    ("إن", "إن"),
])
def test_cut_clause(surface, expected):
    t = "وقال " + surface + " في بيان."
    m = cut_clause(Mention(surface, 5, 5 + len(surface)))
    assert m.text == expected and t[m.start:m.end] == expected


@pytest.mark.parametrize("surface, expected", [
    ("سامر نجيب بهدوء وثقة", "سامر نجيب"),
    ("كريم داود بضرورة الإسراع", "كريم داود"),
    ("هدى سالم بالقوة", "هدى سالم"),
    ("بشدة", ""),
    # ب that starts a name, or a word not listed
    ("سامر بحري", "سامر بحري"),
    ("كريم بسيسو", "كريم بسيسو"),
    ("سامر نجيب", "سامر نجيب"),
])
def test_cut_manner(surface, expected):
    assert cut_manner(surface) == expected

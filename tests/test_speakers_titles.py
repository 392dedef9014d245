"""Role and organisation from appositive titles (analysis.speakers.titles)."""

from __future__ import annotations

import pytest

from analysis.speakers.titles import TitleFinder, split


@pytest.mark.parametrize("phrase, role, org", [
    ("نائب القائد العام لقوات التحالف الدولي لمحاربة تنظيم داعش", "نائب القائد العام", "التحالف الدولي"),
    ("الناطق الرسمي باسم قوات سوريا الديمقراطية", "الناطق الرسمي", "قوات سوريا الديمقراطية"),
    ("المتحدث الرسمي للتحالف الدولي", "المتحدث الرسمي", "التحالف الدولي"),
    ("وزير الخارجية الروسي", "وزير الخارجية", "روسيا"),
    ("الأمين العام للأمم المتحدة", "الأمين العام", "الأمم المتحدة"),
    ("قائد الحرس الثوري", "قائد", "الحرس الثوري"),
    ("نائب قائد العمليات الخاصة في سوريا والعراق", "نائب قائد العمليات الخاصة", None),
    ("والمتحدث باسم الجيش الإسرائيلي", "المتحدث", "الجيش الإسرائيلي"),
    # an organisation named without a head word starts the organisation part
    ("مراسل بي بي سي في القاهرة", "مراسل", "بي بي سي"),
    ("مراسل الجزيرة", "مراسل", "الجزيرة"),
    ("المراسل العسكري", "المراسل العسكري", None),
    # a portfolio is part of the role, not an organisation
    ("مفوض شؤون الزراعة", "مفوض شؤون الزراعة", None),
    ("الوزير لشؤون المغتربين", "الوزير لشؤون المغتربين", None),
    ("المفوض للشؤون المالية", "المفوض للشؤون المالية", None),
    ("وزير الدولة", "وزير الدولة", None),                 # a minister of state
    ("رئيس دولة الجزر", "رئيس", "دولة الجزر"),            # the state, named
])
def test_split(phrase, role, org):
    t = split(phrase.split())
    assert (t.role, t.organization) == (role, org)


@pytest.mark.parametrize("text, name, titles", [
    # before the name, with a rank in between
    ("وقال وزير الدفاع الأميركي الجنرال جون سميث إن القوات باقية.", "جون سميث",
     [("وزير الدفاع", "الولايات المتحدة")]),
    # after the name, up to the full stop
    ("وحضر اللقاء سامر خليل الناطق باسم حركة التغيير.", "سامر خليل",
     [("الناطق", "حركة التغيير")]),
    # appositive between commas
    ("أشاد رئيس بلدية حلب، فادي سالم، بالجهود.", "فادي سالم", [("رئيس", "بلدية حلب")]),
    # a verb before the name: no title
    ("وقال سامر خليل إن الوضع هادئ.", "سامر خليل", []),
    # the next person's title after a comma is not this one's
    ("وصل سامر خليل، والمتحدث باسم الجيش العقيد فادي سالم.", "سامر خليل", []),
    # a name after the title phrase: that title belongs to the next name
    ("التقى سامر خليل الناطق باسم الجيش فادي سالم.", "سامر خليل", []),
])
def test_titles_around(text, name, titles):
    i = text.index(name)
    found = TitleFinder(text).around(i, i + len(name))
    assert [(t.role, t.organization) for t in found] == titles

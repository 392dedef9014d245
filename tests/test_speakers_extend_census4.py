"""Census 4: a one-word name runs on through its family name before an appositive title,
and an outlet's head through its name in quotation marks (analysis.speakers.extend)."""

from __future__ import annotations

import pytest

from analysis.records import Mention
from analysis.speakers.extend import complete


def _m(text: str, span: str) -> Mention:
    i = text.index(span)
    return Mention(span, i, i + len(span))


@pytest.mark.parametrize("text, span, expected", [
    # a family name before an indefinite or definite title, or ل + an outlet's head
    ("وقال سامر حداد منسق اللجنة إن الطريق مغلق.", "سامر", "سامر حداد"),
    ("وقال كارل والتيني مدير المنظمة إن الاتفاق سيئ.", "كارل", "كارل والتيني"),
    ("وقال بيتر بالسون المتحدث باسم الشركة إن", "بيتر", "بيتر بالسون"),
    ("وقال سامي شحاته رئيس النادي إن", "سامي", "سامي شحاته"),
    ("وقال المتحدث باسم الوزارة رامي بالتون لوكالة الأنباء إن", "المتحدث باسم الوزارة رامي",
     "المتحدث باسم الوزارة رامي بالتون"),
    # no title after it; a second person after و; a preposition that is no title
    ("وقال سامي شحاته إن الطريق مغلق.", "سامي", "سامي"),
    ("وقال سامي والتيني ومدير المنظمة إن", "سامي", "سامي"),
    ("وقال سامي لصحافيين أمام المبنى: «نعم»", "سامي", "سامي"),
    ("وقال سامي للصحافيين مدير المنظمة", "سامي", "سامي"),
    ("وقال سامي بدوره رئيس اللجنة إن", "سامي", "سامي"),
    ("وقال سامي نفسه رئيس اللجنة إن", "سامي", "سامي"),
    # an outlet's name in marks after its head
    ("وذكرت وكالة أنباء «النجمة» الرسمية أن", "وكالة أنباء", "وكالة أنباء «النجمة»"),
    ('وقالت صحيفة "الفجر" إن', "صحيفة", 'صحيفة "الفجر"'),
    # no marks, a long passage in marks, a sentence mark inside
    ("وذكرت وكالة أنباء محلية أن", "وكالة أنباء", "وكالة أنباء"),
    ("وذكرت وكالة أنباء «إن الوضع في المدينة صعب جدا الآن»", "وكالة أنباء", "وكالة أنباء"),
    ("وقالت صحيفة «نعم، لا» إن", "صحيفة", "صحيفة"),
    # a person's name takes no marked tail
    ("وقال سامر «الوضع صعب»", "سامر", "سامر"),
])
def test_complete(text, span, expected):
    got = complete(text, _m(text, span))
    assert got.text == expected
    assert text[got.start:got.end] == expected


@pytest.mark.parametrize("text, kind", [
    # a high-level official is an unnamed source, not a person named "المستوى"
    ("المسؤول الرفيع المستوى", "anonymous"),
    ("المسؤول الكندي رفيع المستوى", "anonymous"),
    ("ضابط رفيع", "anonymous"),
    # a name beside the rank still names a person
    ("المسؤول الرفيع سامر حداد", "person"),
])
def test_rank_words_describe(text, kind):
    from analysis.speakers.kinds import parse
    assert parse(text).kind == kind

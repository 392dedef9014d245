"""Mentions that would be read as a person but name no one (speakers.kinds._no_person and
the rules/speaker_kind_*.txt lists). Invented mentions and sentences."""

from __future__ import annotations

import pytest

from analysis.records import Mention
from analysis.speakers.kinds import parse
from analysis.speakers.resolve import resolve_speakers


@pytest.mark.parametrize("text, kind, refers_back", [
    # a body: a news site, a network, an armed group, a delegation
    ("موقع الأخبار المحلي", "organization", False),
    ("شبكة الرصد الميداني", "organization", False),
    ("المقاومة الوطنية", "organization", False),
    ("الوفد", "organization", True),            # the delegation named before
    ("المقاومة", "organization", False),        # marked !: names itself
    # a document, as البيان is
    ("التصريح", "organization", True),
    ("التحقيقات الأولية", "organization", False),
    # a group with no plural ending, a sound plural in ين, a participle plural in construct
    ("علماء الفلك", "anonymous", False),
    ("المرشحين", "anonymous", False),
    ("محامو سامر", "anonymous", False),
    # an occupation with no name after it, as المتحدث is
    ("المحامية", "anonymous", True),
    ("الكاتبة البريطانية", "anonymous", True),
    ("كبير المفاوضين", "anonymous", False),
])
def test_no_person(text, kind, refers_back):
    p = parse(text)
    assert (p.kind, p.refers_back, p.name) == (kind, refers_back, "")


@pytest.mark.parametrize("text", [
    "موسى الأحمد",             # a name next to the list words
    "تصريحات سامر",            # a document with a name after it is his
    "الكاتبة سلمى حداد",       # an occupation with a name after it
    "المحامي الحمداني",        # a definite nisba after it may be a family name
    "طالب",                    # a lone indefinite occupation may be a first name
    "كبير",
    "مورينو سالم",              # a name in و is no participle plural
    "الياسين",                  # ين of a short definite name is no plural
])
def test_still_a_person(text):
    assert parse(text).kind == "person"


def _m(text: str, span: str, after: str) -> Mention:
    i = text.index(span, text.index(after))
    return Mention(span, i, i + len(span))


def test_bare_occupation_refers_to_the_person_named_with_it():
    t = "وقالت المحامية سلمى حداد إن الجلسة أجلت. وأضافت المحامية أن الحكم قريب."
    speakers, keys = resolve_speakers(t, [_m(t, "المحامية سلمى حداد", "وقالت"),
                                          _m(t, "المحامية", "وأضافت")])
    assert keys == [0, 0] and speakers[0].kind == "person"


def test_bare_occupation_alone_is_no_person():
    t = "وقال الرجل إن الطريق مقطوع. وأضافت المحامية أن الحكم قريب."
    speakers, keys = resolve_speakers(t, [_m(t, "المحامية", "وأضافت")])
    assert keys == [0] and speakers[0].kind == "anonymous"

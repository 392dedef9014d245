"""Speakers-table rows (round s10): a lone name after a lineage particle ("بن", "أبو") is
the father's name, so the name in front of it is another person's. Invented sentences."""

from __future__ import annotations

import pytest

from analysis.records import Mention
from analysis.speakers.resolve import resolve_speakers


def _speaker(text: str, name: str, after: str):
    i = text.index(name, text.index(after))
    speakers, keys = resolve_speakers(text, [Mention(name, i, i + len(name))])
    assert keys == [0]
    return speakers[0]


@pytest.mark.parametrize("text, name, expected", [
    # "الأمير سامر بن فهد": فهد is his father; "الملك فهد" is someone else
    ("واستقبل الأمير سامر بن فهد الوفد. وقال الملك فهد إن البلاد بخير.", "فهد", "فهد"),
    ("وحضر الشيخ داود أبو رامي الحفل. وقال رامي إن الحفل ناجح.", "رامي", "رامي"),
    # no particle: the title still vouches for the full name in front of the surname
    ("واستقبل الأمير سامر فهد الوفد. وقال فهد إن البلاد بخير.", "فهد", "سامر فهد"),
    # a compound first name before بن (review): "عبد الرحمن بن فهد" is فهد's son too
    ("واستقبل الأمير عبد الرحمن بن فهد الوفد. وقال فهد إن البلاد بخير.", "فهد", "فهد"),
])
def test_father_name_is_not_the_son(text, name, expected):
    sp = _speaker(text, name, "وقال")
    assert sp.name == expected
    assert not any(" بن فهد" in f or "أبو رامي" in f for f in sp.forms)


@pytest.mark.parametrize("text, name, expected", [
    # "بن" after a title is the first name Ben: the title vouches for "بن داود"
    ("وصرح الممثل بن داود للصحفيين. وقال داود إن الفيلم جاهز.", "داود", "بن داود"),
    ("وصرح المستشار بن كارتر للصحفيين. وقال كارتر إن الخطة جاهزة.", "كارتر", "بن كارتر"),
])
def test_ben_as_first_name_still_found(text, name, expected):
    assert _speaker(text, name, "وقال").name == expected


def _local_speakers(text: str) -> list[str]:
    from analysis import segment
    from analysis.quotes import find_quotes
    paras = segment.paragraphs("x", text)
    _, speakers = find_quotes(text, paras, segment.sentences(text, paras))
    return [sp.name for sp in speakers]


@pytest.mark.parametrize("text, expected", [
    # an affiliation adjective cut from its "لـ"/"إلى" complement is no part of the name
    ("وأشارت وزارة الزراعة التابعة لحماس الى أن «الوضع هادئ في المدينة».", ["وزارة الزراعة"]),
    ("وقال سامر داود المنتمي الى تيار الوسط في حديث إن «الوضع هادئ في المدينة».",
     ["سامر داود"]),
    # nothing cut: the name stays whole
    ("وأشارت وزارة الزراعة الى أن «الوضع هادئ في المدينة».", ["وزارة الزراعة"]),
])
def test_affiliation_adjective_is_not_in_the_name(text, expected):
    assert _local_speakers(text) == expected


@pytest.mark.parametrize("mention, kind", [
    ("كثيرون", "anonymous"), ("آخرون", "anonymous"),     # a crowd, no person
    ("سوني", "organization"), ("مايكروسوفت", "organization"),   # a company
    ("سامر داود", "person"),
])
def test_kind_of_crowds_and_companies(mention, kind):
    from analysis.speakers.kinds import parse
    assert parse(mention).kind == kind


@pytest.mark.parametrize("role, expected", [
    ("رئيسها", None),                         # whose office: named elsewhere
    ("مديرتهم", None),
    ("رئيسها؛ الرئيس", "الرئيس"),
    ("مدير المعهد", "مدير المعهد"),
    ("وزيرة", "وزيرة"),
    ("المديره", "المديره"),                   # definite (ة written ه): no pronoun owner
])
def test_owned_one_word_role_is_dropped(role, expected):
    from analysis.records import LocalSpeaker
    from analysis.speakers.merge import merge_speakers
    sp = LocalSpeaker(name="سامر داود", kind="person", forms=["سامر داود"], role=role,
                      organization=None)
    _, rows = merge_speakers([("a1", [sp])])
    assert [r.role for r in rows] == [expected]


@pytest.mark.parametrize("kind, form, expected", [
    # a description read behind a glued ل/لل ("كلمة للوزير قال فيها") is shown without it
    ("anonymous", "للوزير", ("الوزير", ["الوزير"])),
    ("anonymous", "للمسؤول الأممي", ("المسؤول الأممي", ["المسؤول الأممي"])),
    # a person's name keeps its letters; a listed word with ل stays ("لجنة")
    ("person", "للأحمر", ("للأحمر", ["للأحمر"])),
    ("organization", "لجنة الانتخابات", ("لجنة الانتخابات", ["لجنة الانتخابات"])),
])
def test_glued_preposition_left_out_of_a_description(kind, form, expected):
    from analysis.records import LocalSpeaker
    from analysis.speakers.merge import merge_speakers
    sp = LocalSpeaker(name=form, kind=kind, forms=[form], role=None, organization=None)
    _, rows = merge_speakers([("a1", [sp])])
    assert [(r.name, r.aliases) for r in rows] == [expected]


def test_unglued_tries_a_bare_lam_after_a_double_lam() -> None:
    # "للجنة": ل + "لجنة" (not لل + "جنة"); "للوزير": لل + "الوزير"
    from analysis.speakers.canonical import unglued
    assert unglued("للجنة الانتخابات") == "لجنة الانتخابات"
    assert unglued("للوزير") == "الوزير"
    assert unglued("للأحمر") == "للأحمر"

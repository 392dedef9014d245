"""Run-ons after a complete name, rank words that are first names, and person nouns before
a late name (invented phrases, no corpus text)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import mention


@pytest.mark.parametrize("phrase, expected", [
    # an indefinite apposition head after the name ends it
    ("الدكتور سامر حداد أحد أطباء المستشفى الذين عالجوا", "سامر حداد"),
    ("سامر حداد مسؤول مكتب الشؤون القنصلية", "سامر حداد"),
    ("سامر حداد ناشط حقوقي في المدينة", "سامر حداد"),
    # أي / أية after a name open the verb's object, like جميع / كل
    ("وزير الري سامر حداد أي اتهامات بشأن السد", "سامر حداد"),
    ("سامر حداد أية مسؤولية عن الحادث", "سامر حداد"),
    ("سامر حداد كل الأطراف", "سامر حداد"),
])
def test_run_on_after_name(phrase: str, expected: str) -> None:
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # a surname that merely looks like a head word ends the phrase: kept
    ("سامر شاهد", "سامر شاهد"),
    # "آية الله" is no quantifier
    ("المرشد آية الله سامر حداد", "سامر حداد"),
    # "إي" inside a foreign name is no "أي"; "إحدى" before a head is the description
    ("سامي إي حداد", "سامي إي حداد"),
    ("إحدى وسائل الاعلام المحلية", "إحدى وسائل الاعلام"),
    # a descriptor and a plural after the name: no long name
    ("المحامي الأميركي سامر حداد كبير المحققين في الملف", "المحامي الأميركي"),
    # a plural head after a description is no apposition of a name
    ("أطباء مسؤولون عن العيادة", "أطباء مسؤولون عن العيادة"),
])
def test_no_run_on_cut(phrase: str, expected: str) -> None:
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # after a rank, رائد / أمين before a name is the first name
    ("الفريق رائد سامر حداد", "رائد سامر حداد"),
    ("قائد الحرس، العقيد أمين خليل حداد", "أمين خليل حداد"),
    ("الشيخ سيد حداد", "سيد حداد"),
])
def test_rank_word_as_first_name(phrase: str, expected: str) -> None:
    assert mention(phrase) == expected


def test_rank_word_before_a_construct_is_a_title() -> None:
    # "السيد رئيس مجلس ...": a title in construct, no first name
    assert mention("السيد رئيس مجلس الأمناء") != "رئيس مجلس الأمناء"
    assert mention("الفريق رائد") != "رائد"


@pytest.mark.parametrize("phrase, expected", [
    # a person noun, its description with a preposition, then the name
    ("الملازم في شرطة المدينة سامر خليل حداد العلي", "سامر خليل حداد العلي"),
    ("الملازم في مكافحة جرائم المدينة سامر حداد", "سامر حداد"),
    ("المتهم الأول في القضية سامر خليل حداد قد", "سامر خليل حداد"),
    ("المتهم سامر حداد", "سامر حداد"),
])
def test_person_noun_then_name(phrase: str, expected: str) -> None:
    assert mention(phrase) == expected


def test_person_noun_without_name() -> None:
    assert mention("المتهم الأول في القضية") == "المتهم الأول"
    # the name of a title inside the description is still not the speaker's
    assert mention("مسؤول في مكتب رئيس الوزراء سامر حداد") == "مسؤول في مكتب رئيس الوزراء سامر حداد"

"""Person / organisation / anonymous classification of mentions (analysis.speakers.kinds)."""

from __future__ import annotations

import pytest

from analysis.speakers.kinds import is_description, kind_of, parse


@pytest.mark.parametrize("text, kind", [
    ("كيفين كوبسي", "person"),
    ("كوبسي", "person"),
    ("الرئيس محمد مرسي", "person"),
    ("الرئيس الأسد", "person"),
    ("وزارة الخارجية الروسية", "organization"),
    ("الجيش الإسرائيلي", "organization"),
    ("حكومة حماس", "organization"),
    ("حركة أحرار الشام", "organization"),
    ("قوات سوريا الديمقراطية", "organization"),
    ("البيان", "organization"),
    ("الصحيفة", "organization"),
    ("وكالة الأنباء الفرنسية", "organization"),
    # a name ending with a newspaper word is a newspaper; the word alone names nobody
    ("الصنداي تايمز", "organization"),
    ("نيويورك تايمز", "organization"),
    ("ميل", "person"),
    ("إيران", "organization"),
    # a country in several words and a newspaper with ال stand for an organisation
    ("الولايات المتحدة", "organization"),
    ("كوريا الشمالية", "organization"),
    ("الشرق الأوسط", "organization"),
    ("مصدر عسكري", "anonymous"),
    ("مصادر", "anonymous"),
    ("مسؤولون إسرائيليون", "anonymous"),
    ("شهود عيان", "anonymous"),
    ("ناشطون", "anonymous"),
    ("أحد الحقوقيين", "anonymous"),
    ("الفلسطينيون", "anonymous"),
    ("منظمة حقوقية", "anonymous"),
    ("المتحدث نفسه", "anonymous"),
    ("المتحدث باسم رئاسة الجمهورية", "anonymous"),
    # a title with its complement is a description, never the place or the noun after it
    ("محافظ حلب", "anonymous"),
    ("المبعوث الأممي", "anonymous"),
    # a plural group is no person: definite in ون, or a participle plural in construct
    ("المحققون", "anonymous"),
    ("منظمو التظاهرة", "anonymous"),
    ("منتقدو الحكومة", "anonymous"),
    ("المدون", "person"),                 # the blogger: one person
    ("أحد المحامين في القضية", "anonymous"),
    ("عدد من المتظاهرين", "anonymous"),
    ("بعض المعلقين في روسيا", "anonymous"),
    ("مادورو الشعب", "person"),
    ("أبو مازن", "person"),
    # the adjective of a complement with a glued preposition is no family name
    ("الأمين العام للأمم المتحدة", "anonymous"),
    ("الناطق باسم اللجنة الدولية للصليب الأحمر", "anonymous"),
    ("مبعوث الجامعة العربية والأمم المتحدة", "anonymous"),
    ("المبعوث الخاص للأمم المتحدة الأخضر الإبراهيمي", "person"),
    ("قائد شرطة ولاية كانو", "anonymous"),
    ("الناشطة النسائية", "anonymous"),
    ("أنصار الوزير سامي داود", "anonymous"),
    ("الناشطة سلمى داود", "person"),
    ("المتحدث باسم وزارة الزراعة وشؤون الريف", "anonymous"),
    ("وزير الزراعة وليد داود", "person"),
    ("وزير خارجية الأردن داود", "person"),
    ("قائد الشرطة في المدينة", "anonymous"),
    ("المحافظ سامي داود", "person"),
    ("محافظ حلب سامي داود", "person"),
])
def test_kind(text, kind):
    assert kind_of(text) == kind


@pytest.mark.parametrize("text, refers_back", [
    ("المتحدث نفسه", True),
    ("المسؤول ذاته", True),
    ("الصحيفة", True),
    ("المصدر", True),
    ("الوزير", True),
    ("مصدر عسكري", False),
    ("صحيفة الغارديان", False),
    ("المتحدث باسم رئاسة الجمهورية", False),
    ("كيفين كوبسي", False),
])
def test_refers_back(text, refers_back):
    assert parse(text).refers_back is refers_back


def test_name_and_title_split():
    p = parse("الناطق باسم قوات سوريا الديمقراطية كينو كبرييل")
    assert (p.kind, p.name, p.title) == ("person", "كينو كبرييل", "الناطق باسم قوات سوريا الديمقراطية")
    assert is_description("مصدر عسكري") and not is_description("كيفين كوبسي")


@pytest.mark.parametrize("text, name", [
    # "ركن" (staff) and "متقاعد" (retired) go with the rank, not with the name
    ("العميد ركن أحمد سالم", "أحمد سالم"),
    ("ركن أحمد سالم", "أحمد سالم"),
    ("متقاعد سعد الحربي", "سعد الحربي"),
    ("اللواء الركن سعد الحربي", "سعد الحربي"),
    ("أحمد سالم", "أحمد سالم"),
])
def test_rank_words_left_out_of_the_name(text, name):
    p = parse(text)
    assert (p.kind, p.name) == ("person", name)


@pytest.mark.parametrize("text, kind, name, refers_back", [
    # our correspondent: a description that points back to the correspondent named before
    ("مراسلنا", "anonymous", "", True),
    ("وموفدنا", "anonymous", "", True),
    ("بيننا", "person", "بيننا", False),
    # a title runs through an organisation written in several words and an envoy's إلى
    ("موفد بي بي سي إلى الدوحة سامر نجيب", "person", "سامر نجيب", False),
    ("مراسل بي بي سي في القاهرة سامي داود", "person", "سامي داود", False),
    ("موفد الأمم المتحدة إلى سوريا ستيفان دي ميستورا", "person", "ستيفان دي ميستورا", False),
    # the word after في is its complement, not a name; "هناك" is no name
    ("مراسل بي بي سي في ميونيخ", "anonymous", "", False),
    ("مراسل بي بي سي هناك", "anonymous", "", False),
    ("الحاج علي", "person", "علي", False),
])
def test_correspondents_and_envoys(text, kind, name, refers_back):
    p = parse(text)
    assert (p.kind, p.name, p.refers_back) == (kind, name, refers_back)


@pytest.mark.parametrize("text, kind", [
    ("المعلومات", "anonymous"),          # "وتشير المعلومات إلى أن": no person
    ("معلومات صحافية", "anonymous"),
    ("مراسلون", "anonymous"),
    ("استطلاعات الرأي", "anonymous"),
    ("الادعاء", "organization"),
])
def test_information_is_no_person(text, kind):
    assert kind_of(text) == kind


@pytest.mark.parametrize("words, expected", [
    (["مصدر"], True),
    (["مصدر", "أمني", "مصري"], True),       # a descriptor and a nationality only
    (["مصدر", "في", "الوزارة"], False),
    (["المتحدث", "كوبسي"], False),
])
def test_bare_description(words, expected):
    from analysis.speakers.kinds import _bare
    assert _bare(words) is expected

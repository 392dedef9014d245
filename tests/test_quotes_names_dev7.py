"""Span of a speaker mention (dev7 classes): a verbal-noun object after a name, ل + an
indefinite plural (the addressee), a title's ب+place complement, refusals to be named,
a surname in ه, and titles that keep a construct word or a sect adjective (invented
phrases, no corpus text)."""

from __future__ import annotations

import pytest

from analysis.speakers.titles import strip_title
from tests.quote_helpers import mention


@pytest.mark.parametrize("phrase, expected", [
    # a verbal noun that opens the verb's object ends the name
    ("مدير المركز سامر حداد وقوع انفجار", "سامر حداد"),
    ("سامر حداد حدوث إصابات", "سامر حداد"),
    ("وزير الخارجية سامر حداد بدء وصول", "سامر حداد"),
    # a verb after the subject
    ("الرئيس سامر عبد الله حداد سبق له", "سامر عبد الله حداد"),
    ("سامر قبيل بدء المفاوضات", "سامر"),
    # ل + an indefinite plural of persons: whom it was said to
    ("المتحدث باسم الشركة سامر حداد لصحفيين", "سامر حداد"),
    ("سامر حداد لمراسلين أجانب", "سامر حداد"),
    ("سامر حداد لفرانس برس", "سامر حداد"),
    # ب + a place inside the title, then the name
    ("رئيس الأركان المشتركة بكوريا الجنوبية سامر حداد", "سامر حداد"),
    ("رئيس المجلس المحلي بحلب، الشيخ سامر حداد،", "سامر حداد"),
    ("مفوض الشرطة بولاية بوتشي سامر حداد", "سامر حداد"),
    ("مدير مطار عدن سامر حداد", "سامر حداد"),
    # refusals to be named end an unnamed source
    ("مصادر مطلعة فضلت عدم ذكر اسمها", "مصادر مطلعة"),
    ("مصادر أمنية رفضت الكشف عن هويتها", "مصادر أمنية"),
    ("مصدر عسكري اشترط عدم ذكر اسمه", "مصدر عسكري"),
    # a surname in ه is a name word, not a pronoun suffix
    ("مدير مطار المدينة، سامر عبده،", "سامر عبده"),
    # a bare verbal noun after a man's title description is the object
    ("الناطق باسم الحكومة المحلية اغتيال الناشط", "الناطق باسم الحكومة المحلية"),
    ("المتحدث باسم الجيش انسحاب القوات", "المتحدث باسم الجيش"),
])
def test_span_ends(phrase: str, expected: str) -> None:
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # negatives: names and titles left whole
    ("الرئيس بشار الأسد", "بشار الأسد"),
    ("سامر لبنانيين", "سامر لبنانيين"),          # a nisba in ل is no addressee
    ("الناشطة الحقوقية ابتسام حداد", "ابتسام حداد"),  # a woman's name of masdar shape
    ("محافظ عدن", "محافظ عدن"),
    ("مفوض الشرطة بولاية بوتشي", "مفوض الشرطة"),
    ("سامر انتقاده", "سامر"),
])
def test_names_kept(phrase: str, expected: str) -> None:
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase", ["بشرط عدم الكشف", "مدى وقوع البلد تحت تهديد"])
def test_no_speaker(phrase: str) -> None:
    assert mention(phrase) is None


@pytest.mark.parametrize("phrase, title, name_at", [
    ("رئيس وزراء البلد", "رئيس وزراء البلد", 16),
    ("رئيس أركان الجيش السوري", "رئيس أركان الجيش السوري", 23),
    ("البطريرك الماروني", "البطريرك الماروني", 17),
    ("رئيس أركان القوات الفرنسية المشتركة", "رئيس أركان القوات الفرنسية المشتركة", 35),
    # negative: a family name after a title stays the name
    ("الرئيس الأسد", "الرئيس", 7),
])
def test_title_words(phrase: str, title: str, name_at: int) -> None:
    assert strip_title(phrase) == (title, name_at)


def _in(text: str, phrase: str) -> str | None:
    from analysis.quotes.lexicon import lexicon
    from analysis.quotes.names import find_mention
    s = text.rindex(phrase)
    m = find_mention(text, s, s + len(phrase), lexicon())
    return m.text if m else None


def test_object_after_name_of_another_person() -> None:
    # "وصف X Y بأنه" where the article names "علي حداد": X speaks, Y is the object
    text = "التقى الرئيس علي حداد الوفد. وقال النائب سامر إن الوفد جاء. ووصف سامر حداد بأنه ضعيف."
    assert _in(text, "سامر حداد") == "سامر"
    # negatives: the first word is not written alone elsewhere ("ديفيد كاميرون" beside
    # "سامانثا كاميرون"), or the pair repeats
    text = "التقى علي حداد الوفد. ووصف سامر حداد بأنه ضعيف."
    assert _in(text, "سامر حداد") == "سامر حداد"
    text = "قال سامر حداد وعلي حداد وسامر. ووصف سامر حداد الوضع بأنه صعب."
    assert _in(text, "سامر حداد") == "سامر حداد"
    # negatives: no other bearer of the second name, or a verb without a person object
    assert _in("ووصف سامر حداد الوضع بأنه صعب.", "سامر حداد") == "سامر حداد"
    assert _in("وقال علي حداد كلاما. وقال سامر حداد إن الوضع صعب.", "سامر حداد") == "سامر حداد"


@pytest.mark.parametrize("phrase, title, name_at", [
    ("نائب داود أوغلو", "نائب داود أوغلو", 15),     # his deputy speaks, not he
    ("مستشار سامر حداد", "مستشار سامر حداد", 16),
    ("النائب سامر حداد", "النائب", 7),               # negative: the MP, then his name
    ("نائب رئيس الوزراء سامر حداد", "نائب رئيس الوزراء", 18),
])
def test_relation_titles(phrase: str, title: str, name_at: int) -> None:
    assert strip_title(phrase) == (title, name_at)


@pytest.mark.parametrize("phrase, expected", [
    ("ونشرت تقارير", "تقارير"),                  # a joined verb, then its subject
    ("ونشرت صحيفة الأيام", "صحيفة الأيام"),
    ("وصلت", "وصلت"),                            # negative: nothing follows
    ("ونشرت صورا لما", None),                    # the verb's object, no subject
])
def test_joined_verb(phrase: str, expected: str | None) -> None:
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # a marked name after an indefinite organisation head is the organisation's
    ('متحدث باسم مستشفى "الأمل" في المدينة', 'متحدث باسم مستشفى "الأمل"'),
    ("متحدث باسم شركة «النور»", "متحدث باسم شركة «النور»"),
    # negative: a person's name in an appositive after it still speaks
    ("مدير شركة «النور»، سامر حداد،", "سامر حداد"),
])
def test_marked_organisation_name(phrase: str, expected: str) -> None:
    assert mention(phrase) == expected

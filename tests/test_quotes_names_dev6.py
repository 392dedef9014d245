"""Span of a speaker mention: manner and document words after ب, addressees after ل, title
fillers, discourse adverbials and a plural object after a singular subject (invented
phrases, no corpus text)."""

from __future__ import annotations

import pytest

from analysis.quotes.lexicon import lexicon
from analysis.quotes.names import find_mention
from tests.quote_helpers import mention


@pytest.mark.parametrize("phrase, expected", [
    # ب + a manner noun after the speaker ends the mention
    ("سامر بطريقة هادئة", "سامر"),
    ("الرجل ببساطة", "الرجل"),
    ("المهندس الشاب سامر حداد بصوت مرتفع", "سامر حداد"),
    ("وزارة الزراعة ببيان مقتضب", "وزارة الزراعة"),
    # ب + a verbal noun after a name (already so) and ل + a broadcaster
    ("سامر حداد بتحويل المبنى", "سامر حداد"),
    ("سامر حداد لشبكة «تلفزيون المدينة»", "سامر حداد"),
    ("به سامر حداد لبرنامج", "سامر حداد"),
    # a two-word filler inside the title: the name after it
    ("وزير الزراعة المنتهية ولايته سامر حداد", "سامر حداد"),
    # a discourse adverbial after the subject
    ("بعض فصائل المعارضة من ناحية أخرى", "بعض فصائل المعارضة"),
    # a singular subject in ة, then the verb's definite plural object
    ("المنظمة السلطات المحلية", "المنظمة"),
    ("الجمعية المتظاهرين", "الجمعية"),
])
def test_span_ends(phrase: str, expected: str) -> None:
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase", ["باندفاع", "بلهجة حادة", "ببيان", "بنبرة هادئة"])
def test_manner_or_document_alone_is_no_speaker(phrase: str) -> None:
    assert mention(phrase) is None


@pytest.mark.parametrize("phrase, expected", [
    # names that start with ب stay names; a فعول-shaped name is no verbal noun
    ("بشار حداد", "بشار حداد"),
    ("بنسون", "بنسون"),
    ("سامر بنسون", "سامر بنسون"),
    # "بلا" is not a manner word: "أطباء بلا حدود" is a name
    ("منظمة أطباء بلا حدود", "منظمة أطباء بلا حدود"),
    # an adjective after the singular subject, a nisba plural, a plural head
    ("الحركة الإسلامية", "الحركة الإسلامية"),
    ("الجمعية الإسلاميين", "الجمعية الإسلاميين"),
    ("القادة الميدانيون", "القادة الميدانيون"),
    # a title without the filler is unchanged
    ("وزير الزراعة سامر حداد", "سامر حداد"),
])
def test_span_kept(phrase: str, expected: str) -> None:
    assert mention(phrase) == expected


def test_l_name_written_bare_elsewhere_is_the_addressee() -> None:
    text = "جلس سامر في المكتب. ثم قال لسامر: كلام"
    i = text.index("لسامر")
    assert find_mention(text, i, i + len("لسامر"), lexicon()) is None


def test_l_word_not_written_bare_is_kept() -> None:
    text = "وقال لامار في المؤتمر كلاما"
    i = text.index("لامار")
    got = find_mention(text, i, i + len("لامار"), lexicon())
    assert got is not None and got.text == "لامار"
    # a head word after ل is a source ("وفقا لمصادر"), not an addressee
    text = "ذكرت مصادر أمس. وفقا لمصادر محلية"
    i = text.index("لمصادر")
    got = find_mention(text, i, len(text), lexicon())
    assert got is not None and got.text == "لمصادر محلية"


def test_bila() -> None:
    # "بلا" + a noun is a manner ("بلا تردد"), except in a name such as "أطباء بلا حدود"
    assert mention("سامر حداد بلا تردد") == "سامر حداد"
    assert mention("بلا تردد") is None
    assert mention("مراسلون بلا حدود") == "مراسلون بلا حدود"

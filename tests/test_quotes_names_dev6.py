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


def _after(text: str, at: str):
    """The mention found from ``at`` to the end of ``text``."""
    i = text.index(at)
    return find_mention(text, i, len(text), lexicon())


def test_bihi_skipped_only_after_a_verb_of_saying() -> None:
    # "ما صرح به فلان": the pronoun is what was said; the speaker follows
    got = _after("وهذا ما صرح به سامر حداد لبرنامج", "به سامر")
    assert got is not None and got.text == "سامر حداد"
    got = _after("حسب ما أفاد بها سامر حداد", "بها سامر")
    assert got is not None and got.text == "سامر حداد"
    # "التي طالب بها الوزير": another verb; the phrase names no speaker of the quote
    got = _after("القرارات التي طالب بها وزير الزراعة", "بها وزير")
    assert got is None or got.text == "بها"     # the pronoun alone; resolution drops it


def test_passive_verb_opens_no_name() -> None:
    # "عندما سئل فلان": the one asked is the name, not "سئل فلان"
    got = _after("وعندما سُئل حداد، أمس، عن الخطة", "سُئل")
    assert got is not None and got.text == "حداد"
    # the noun "سيل" (a flood) is no passive verb and is not dropped
    got = _after("سيل الوادي", "سيل")
    assert got is None or got.text != "الوادي"


def test_first_ends_a_name() -> None:
    # an indefinite "أول" + noun after a name is "the first ...", not part of the name
    assert mention("البابا سامر أول حبر من المدينة") != "سامر أول حبر"
    assert mention("كتب سامر أول رسالة") != "سامر أول رسالة"
    # a definite "الأول" after a name stays ("عبد الله الأول" is a name)
    assert mention("سامر الأول") == "سامر الأول"

"""Census 3 round: where a speaker mention ends (channels, possessors, relative verbs,
dangling words, clubs, "أحد أبرز"). Invented sentences only."""

from analysis.quotes import lexicon
from analysis.quotes.names import find_mention


def _m(phrase: str) -> str | None:
    got = find_mention(phrase, 0, len(phrase), lexicon())
    return got.text if got else None


def test_channel_or_time_after_the_subject_ends_it() -> None:
    assert _m("وزارة الزراعة في دليل للزوار") == "وزارة الزراعة"
    assert _m("المصادر الأمنية في معرض ردها على") == "المصادر الأمنية"
    assert _m("المحكمة العليا في حيثيات قرارها") == "المحكمة العليا"
    assert _m("حزب الخضر في منتصف الشهر") == "حزب الخضر"
    # "في" + an organisation or a place stays in the description
    assert _m("مصدر في وزارة الزراعة") == "مصدر في وزارة الزراعة"
    assert _m("مسؤول في مدينة الزهراء") == "مسؤول في مدينة الزهراء"


def test_club_is_an_organisation() -> None:
    assert _m("نادي النجوم الصاعد حديثا لدوري الأبطال") == "نادي النجوم الصاعد"
    assert _m("نادي النجوم في بيان") == "نادي النجوم"


def test_verbal_noun_before_a_possessor_ends_the_name() -> None:
    assert _m("الرئيس سامر حداد عزم بلاده على المضي") == "سامر حداد"
    assert _m("سامر حداد دعم دولته للخطة") == "سامر حداد"
    # a surname before an object with a pronoun stays ("إفادته" is no possessor)
    assert _m("سامر حداد إفادته") == "سامر حداد"
    assert _m("سامر عبد ربه") == "سامر عبد ربه"


def test_three_letter_verb_before_a_preposition_with_pronoun_ends_it() -> None:
    assert _m("وثائق سرية عثر عليها المحققون") == "وثائق سرية"
    assert _m("مصدر مقرب منه") == "مصدر مقرب"


def test_renewed_confirmation_is_the_object() -> None:
    assert _m("سامر حداد تأكيد موقف بلاده") == "سامر حداد"


def test_mention_does_not_end_on_a_word_that_needs_a_complement() -> None:
    assert _m("فصائل المعارضة بقيادة حركة النهضة مرارا") == "فصائل المعارضة"
    assert _m("حكومة انتقالية برئاسة") == "حكومة انتقالية"
    # with its complement kept it stays whole
    assert _m("مصدر عسكري بقيادة المنطقة الشمالية") == "مصدر عسكري بقيادة المنطقة الشمالية"


def test_conjunction_starts_no_subject() -> None:
    assert _m("أو نفي هذا الخبر") is None
    assert _m("سامر أو علان") == "سامر"


def test_elative_after_one_of_is_no_verb() -> None:
    assert _m("أحد أبرز قادة الحزب") == "أحد أبرز قادة الحزب"
    # after a subject the same form is the verb "أبرز" and ends it
    assert _m("الوزير أبرز دور") == "الوزير"

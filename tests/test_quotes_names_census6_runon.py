"""Census 6 round, run-on names: a name followed by whom the words were said to (ل/لل + a
broadcaster, newspaper or reporter) and a name cut right after a kin noun. Invented
sentences only."""

from analysis.quotes import lexicon
from analysis.quotes.names import find_mention


def _m(phrase: str) -> str | None:
    got = find_mention(phrase, 0, len(phrase), lexicon())
    return got.text if got else None


def test_definite_outlet_after_the_speaker_is_the_addressee() -> None:
    assert _m("الوزير للإذاعة الرسمية") == "الوزير"
    assert _m("مسؤول محلي للوكالة") == "مسؤول محلي"
    assert _m("سامر حداد للإذاعة الحكومية") == "سامر حداد"
    assert _m("مسؤولون أوروبيون للصحيفة") == "مسؤولون أوروبيون"


def test_reporter_after_the_speaker_is_the_addressee() -> None:
    assert _m("سامر حداد لمراسل") == "سامر حداد"
    assert _m("امرأة مسنة لمراسلة") == "امرأة مسنة"


def test_staff_noun_owns_the_outlet() -> None:
    # the outlet's own analyst, director or affiliate: one phrase
    assert _m("المحلل الاقتصادي للصحيفة") == "المحلل الاقتصادي للصحيفة"
    assert _m("المدير العام للقناة") == "المدير العام للقناة"
    assert _m("أحد الخبراء التابعين للوكالة") == "أحد الخبراء التابعين للوكالة"


def test_kin_noun_cut_at_the_end_leaves_the_name() -> None:
    assert _m("سامر حداد نجل") == "سامر حداد"
    assert _m("سامر حداد ابن شقيقة") == "سامر حداد"
    # a kin noun inside the name or before its complement stays
    assert _m("عبد الكريم ابن يوسف") == "عبد الكريم ابن يوسف"
    assert _m("شقيق الضحية") == "شقيق الضحية"

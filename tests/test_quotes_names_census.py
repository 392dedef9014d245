"""Census round: titles before an appositive name, and "one of a definite group".
Invented sentences only."""

from analysis.quotes import lexicon
from analysis.quotes.names import find_mention


def _m(phrase: str) -> str | None:
    got = find_mention(phrase, 0, len(phrase), lexicon())
    return got.text if got else None


def test_undersecretary_title_gives_the_appositive_name() -> None:
    assert _m("وكيلة الأمين العام للشؤون الإنسانية، سامية حداد،") == "سامية حداد"
    assert _m("وكيل وزارة المالية سامر حداد") == "سامر حداد"


def test_feminine_official_title_gives_the_appositive_name() -> None:
    assert _m("مسؤولة السياسة الخارجية في الاتحاد، سامية حداد،") == "سامية حداد"


def test_one_of_a_definite_group_keeps_the_group() -> None:
    assert _m("إحدى القنوات التلفزيونية الرسمية") == "إحدى القنوات التلفزيونية الرسمية"
    assert _m("احدى النظريات") == "احدى النظريات"


def test_one_of_a_group_with_its_complement_is_unchanged() -> None:
    # the complement after the group stays, as before this rule
    assert _m("أحد العاملين في مكتب البلدية") == "أحد العاملين في مكتب البلدية"
    assert _m("أحد المسؤولين") == "أحد المسؤولين"


def test_one_of_with_a_pronoun_is_no_group() -> None:
    # "أحد منظميها": the pronoun rule, not the definite-group rule
    assert _m("أحد منظميها") == "أحد منظميها"


def test_one_of_a_group_stops_at_a_relative_word() -> None:
    assert _m("أحد الباعة ممن عرفوا المنطقة قديما") == "أحد الباعة"


def test_feminine_official_with_an_complement_is_a_description() -> None:
    assert _m("المسؤولة عن قسم الشؤون القانونية في البلدية") == "المسؤولة عن قسم الشؤون القانونية"
    # a deputy "for" a town keeps its title reading: the name after it speaks
    assert _m("النائب عن مدينة الساحل سامر حداد") == "سامر حداد"

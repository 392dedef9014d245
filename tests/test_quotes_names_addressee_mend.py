"""Review mend of the sixth census round: a ل-word after a titled mention is whom the
words were said to only when no staff noun or organisation name owns it (invented
sentences)."""

from analysis.quotes import lexicon
from analysis.quotes.names import find_mention


def _m(phrase: str) -> str | None:
    got = find_mention(phrase, 0, len(phrase), lexicon())
    return got.text if got else None


def test_staff_noun_anywhere_before_the_outlet_keeps_it() -> None:
    assert _m("الرئيس التنفيذي للقناة") == "الرئيس التنفيذي للقناة"
    assert _m("أحد المحللين للقناة") == "أحد المحللين للقناة"
    assert _m("المحلل السياسي البارز للصحيفة") == "المحلل السياسي البارز للصحيفة"
    assert _m("المراسلون للقناة") == "المراسلون للقناة"


def test_organisation_own_name_is_not_cut() -> None:
    assert _m("الهيئة العامة للإذاعة والتلفزيون") == "الهيئة العامة للإذاعة والتلفزيون"
    assert _m("المؤسسة الوطنية للإذاعة والتلفزيون") == "المؤسسة الوطنية للإذاعة والتلفزيون"


def test_outlet_spoken_to_is_still_cut() -> None:
    assert _m("الرئيس السوري للصحيفة") == "الرئيس السوري"
    assert _m("رئيس الوزراء للإذاعة الوطنية") == "رئيس الوزراء"
    assert _m("الوزير للإذاعة والتلفزيون") == "الوزير"
    assert _m("المحلل سامر حداد للصحيفة") == "سامر حداد"
    assert _m("الجيش للوكالة") == "الجيش"
    assert _m("وزارة الخارجية لصحيفة «النجم»") == "وزارة الخارجية"
    assert _m("هيئة الإذاعة لمراسل الوكالة") == "هيئة الإذاعة"

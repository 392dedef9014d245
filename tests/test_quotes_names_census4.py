"""Census 4 round: where a speaker mention ends (a marked name and what follows it, "ك"
before examples, "وجود", ل/ب glued to a hamza word, ب + an organisation head inside a
title). Invented sentences only."""

from analysis.quotes import lexicon
from analysis.quotes.names import find_mention


def _m(phrase: str) -> str | None:
    got = find_mention(phrase, 0, len(phrase), lexicon())
    return got.text if got else None


def test_marked_name_ends_before_a_bare_object_word() -> None:
    assert _m("منظمة «أصدقاء البيئة» اعتقال الناشط أمس") == "منظمة «أصدقاء البيئة»"
    # an adjective or a ل-construct after the marks stays
    assert _m("منظمة «أصدقاء البيئة» الدولية") == "منظمة «أصدقاء البيئة» الدولية"
    assert _m("وكالة «النجمة» للأنباء") == "وكالة «النجمة» للأنباء"


def test_marked_name_ends_before_a_participle_with_its_preposition() -> None:
    assert _m('موقع "رامز نت" المقرب من الحزب الحاكم') == 'موقع "رامز نت"'
    assert _m("موقع «رامز نت» المقرب من الحزب الحاكم") == "موقع «رامز نت»"
    # without marks the description keeps its participle ("مصدر مقرب من ...")
    assert _m("مصدر مقرب من الحزب الحاكم") == "مصدر مقرب من الحزب الحاكم"


def test_separate_kaf_like_ends_the_phrase() -> None:
    assert _m("مواقع إخبارية محلية كـ«الوادي نت» و«النجمة»") == "مواقع إخبارية محلية"
    assert _m("مواقع إخبارية محلية") == "مواقع إخبارية محلية"


def test_wujud_opens_the_object() -> None:
    assert _m("سامر حداد وجود قوات أجنبية") == "سامر حداد"
    assert _m("سامر حداد") == "سامر حداد"


def test_hamza_word_with_glued_preposition_ends_a_name() -> None:
    assert _m("سامر حداد لإيلان") == "سامر حداد"
    assert _m("سامر حداد القائم بأعمال رئيس البلدية") == "سامر حداد"
    assert _m("سامر حداد المستشار") == "سامر حداد"


def test_bi_organisation_head_inside_a_title_before_the_name() -> None:
    assert _m("الوكيل الأول بوزارة الزراعة المحلية سامر حداد") == "سامر حداد"
    assert _m("الوكيل الأول بوزارة الزراعة") != "بوزارة"


def test_a_quantifier_or_adverb_alone_names_nobody() -> None:
    assert _m("عدد") is None
    assert _m("هنا") is None
    assert _m("عدد من النواب") == "عدد من النواب"
    assert _m("سامر") == "سامر"

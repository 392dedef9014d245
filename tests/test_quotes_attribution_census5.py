"""Census 5 attribution classes: who speaks next, and bodies vs their spokesmen (invented sentences)."""

from __future__ import annotations

from tests.test_quotes_attribution import speakers_of


def test_name_right_before_quote_less_verb_speaks_next() -> None:
    # "لكن الناطقة ... سلمى فلان أكدت على ... . وقالت «...»": she speaks, not the man before
    text = ("وقال الوزير كريم داود إن «العلاقات جيدة». "
            "لكن الناطقة باسم الحكومة سلمى عادل أكدت مجددا على الخلاف بين البلدين. "
            "وقالت «مواقفنا مختلفة تماما».")
    assert speakers_of(text)[-1] == ("مواقفنا مختلفة", "سلمى عادل")


def test_source_right_before_quote_less_verb_speaks_next() -> None:
    # "لكن مصادر أخرى تحدثت عن ... . ولفتت إلى أن": the sources, not the official before
    text = ("وقال النائب كريم داود إن «الجلسة غدا». "
            "لكن مصادر برلمانية أخرى تحدثت في المقابل عن انقسام بين الأعضاء. "
            "ولفتت إلى أن المحادثات لم تنجح.")
    assert speakers_of(text)[-1] == ("المحادثات لم", "مصادر برلمانية أخرى")


def test_common_noun_before_quote_less_verb_does_not_speak() -> None:
    # "لكن الأسعار أكدت ...": a definite noun outside the lexicons sets no speaker
    text = ("وقال الوزير كريم داود إن «العلاقات جيدة». "
            "لكن الأسعار المرتفعة أكدت مجددا على الأزمة. "
            "وقال «سنعمل على خفضها».")
    assert speakers_of(text)[-1] == ("سنعمل على", "كريم داود")


def test_lafatat_is_feminine() -> None:
    # "ولفتت": the feminine of لفت (a verb ending in ت), so the sources before speak on,
    # not the one man quoted before them (as after a masculine "ولفت")
    text = ("وقال النائب كريم داود إن «الجلسة غدا». "
            "وقالت مصادر حكومية إنها ستدرس الطلب. ولفتت إلى أن الرد سيصل قريبا.")
    assert speakers_of(text)[-1] == ("الرد سيصل", "مصادر حكومية")


def test_lafata_is_masculine() -> None:
    text = ("وقال النائب كريم داود إن «الجلسة غدا». "
            "وقالت مصادر حكومية إنها ستدرس الطلب. ولفت إلى أن الرد سيصل قريبا.")
    assert speakers_of(text)[-1] == ("الرد سيصل", "كريم داود")


def test_body_after_its_spokesman_speaks_for_itself() -> None:
    # "المتحدث باسم الشرطة فلان ... وتقول الشرطة إنها": the police, not the spokesman
    text = ("وقال المتحدث باسم الشرطة سامر خليل إن الحادث وقع ليلا. "
            "وتقول الشرطة الإسرائيلية إنها تعمل لمنع تكرار العنف.")
    assert speakers_of(text)[-1] == ("تعمل لمنع", "الشرطة الإسرائيلية")


def test_body_heading_its_own_mention_still_refers_back() -> None:
    # "قائد الشرطة فلان ... وقالت الشرطة": a body not after باسم keeps the old link
    text = ("وقال قائد الشرطة سامر خليل إن الحادث وقع ليلا. "
            "وأضافت الشرطة أن التحقيق مستمر.")
    assert speakers_of(text)[-1][1] == "سامر خليل"


def test_body_behind_la_before_relative_speaks() -> None:
    # "فاشتكى لإدارة المدرسة التي قالت إنها": the body after ل is the relative's subject
    text = ("وقالت الشركة إن «الكتاب سيعدل». "
            "فاشتكى الأب لإدارة المدرسة التي قالت إنها ستتحدث إلى الأهالي.")
    assert speakers_of(text)[-1] == ("ستتحدث إلى", "إدارة المدرسة")


def test_thing_behind_la_before_relative_is_no_speaker() -> None:
    # "لمدينة" is no organisation head: the rule does not make "مدينة القدس" speak
    text = ("وقالت الشركة إن «الكتاب سيعدل». "
            "وسافر الأب لمدينة القدس التي قالت الشركة إنها ستفتح فيها فرعا.")
    assert speakers_of(text)[-1] == ("ستفتح فيها", "الشركة")


def test_marked_name_right_before_quote_less_verb_speaks_next() -> None:
    # "منظمة «...» أعربت ... . وقالت": a name in marks before the verb speaks next, as a
    # name without marks does (the closing mark is no reason to skip the check)
    text = ("وقال الوزير كريم داود إن «العلاقات جيدة». "
            "لكن منظمة «رابطة الأنهار الدولية» أعربت مجددا عن قلقها من السدود. "
            "وقالت «المياه تتناقص كل عام».")
    assert speakers_of(text)[-1] == ("المياه تتناقص", "منظمة «رابطة الأنهار الدولية»")

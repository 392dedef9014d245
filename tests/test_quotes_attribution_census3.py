"""Census 3 attribution classes (invented sentences)."""

from __future__ import annotations

from tests.test_quotes_attribution import speakers_of

_MAN = "وأنكر الوزير كريم فتوحي أي تهمة أمام المحكمة. "


def test_suffixed_lawyer_speaks_not_his_client():
    # "وقال محاميه": his lawyer, not the minister named before
    text = _MAN + "وقال محاميه إن موكله سيستأنف الحكم."
    assert speakers_of(text)[-1] == ("موكله سيستأنف", "محاميه")


def test_suffixed_mother_with_a_feminine_verb():
    text = _MAN + "وقالت والدتها لصحيفة محلية: \"كل ما نريده هو الحقيقة\"."
    assert speakers_of(text)[-1] == ("كل ما", "والدتها")


def test_suffixed_relative_then_his_name():
    # a name right after the relative (past "السابق" or a comma) is his
    text = _MAN + "وقال محاميه السابق سليم داود للإذاعة إن موكله بريء."
    assert speakers_of(text)[-1] == ("موكله بريء", "سليم داود")
    text = _MAN + "ويقول والده، نبيل فتوحي، إن ابنه بريء."
    assert speakers_of(text)[-1] == ("ابنه بريء", "نبيل فتوحي")


def test_relative_title_without_suffix_is_not_taken_as_suffixed():
    # "والدة" (ة, no pronoun) before a name: not "والد" + "ه"
    text = _MAN + "وقالت والدة سليم داود إن ابنها بريء."
    assert speakers_of(text)[-1][1] != "سليم داود"


def test_other_suffixed_noun_is_no_speaker():
    # "وقال بيانه": no relative, the rule does not apply
    text = _MAN + "وأضاف في بيانه إن الحكم ظالم."
    assert speakers_of(text)[-1][1] != "بيانه"

"""Mends after the census-3 detection pass (invented sentences only, no corpus text).

- a speech verb inside a direct quote finds its subject in its own sentence of the quote:
  a sentence end inside the same quotation marks ends the subject phrase ("«نعم. ...");
- "الوفد المكون من ..." / "اللجنة المؤلفة من ...": the participle "consisting of" starts
  the members, it is no part of the body's name;
- a nationality before a name and its title ("الإماراتي سامر حداد رئيس المجلس") names
  the person, not the adjective;
- "يدعى" / "تدعى" spelled with ى is "is called": no speech verb, no reported clause.
"""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes


def speaker_of(text: str, start: str) -> str:
    return next(s for _, t, s in quotes(text) if t.startswith(start))


def test_subject_inside_quote_stops_at_sentence_end() -> None:
    text = ("وأجاب وزير الزراعة سامي داود قائلا: «نعم. توزيع البذور سيكون عبر البلديات. "
            "هيئة الري أوضحت أننا سنحصل على المياه في الربيع».")
    assert speaker_of(text, "سنحصل") == "هيئة الري"


def test_subject_inside_quote_none_falls_back_to_outer_speaker() -> None:
    # no subject before the verb in its own sentence: the quote's speaker, never "نعم."
    text = ("وأجاب وزير الزراعة سامي داود قائلا: «نعم. توزيع البذور سيكون عبر البلديات. "
            "وأكد أننا سنحصل على المياه في الربيع».")
    assert speaker_of(text, "سنحصل") == "سامي داود"


@pytest.mark.parametrize("text, speaker", [
    ("وقال الوفد المكون من ثلاثة نواب ومحام في بيان إن المفاوضات انتهت دون اتفاق.", "الوفد"),
    ("وأعلنت اللجنة المؤلفة من خمسة خبراء أن التقرير سيصدر غدا.", "اللجنة"),
    ("وقال الوفد الزائر المكون من ثلاثة نواب إن المفاوضات انتهت.", "الوفد الزائر"),
    # not "consisting of" + من: the adjective stays
    ("وقال الوفد الزائر إن المفاوضات انتهت دون اتفاق.", "الوفد الزائر"),
])
def test_composed_of_is_no_part_of_the_name(text: str, speaker: str) -> None:
    assert speaker_of(text, "المفاوضات" if "المفاوضات" in text else "التقرير") == speaker


@pytest.mark.parametrize("text, speaker", [
    ("وقال الإماراتي سامر حداد رئيس المجلس البلدي خلال لقائه بالسكان في الحي القديم، "
     "إن المشروع سيكتمل قريبا.", "سامر حداد"),
    # a family name with ال, then the verb's object: the object is no name
    ("وأكد الحلبي وجود اتفاق مع الوزارة على أن المشروع سيكتمل قريبا.", "الحلبي"),
])
def test_nationality_before_a_name(text: str, speaker: str) -> None:
    assert speaker_of(text, "المشروع") == speaker


def test_nationality_alone_stays() -> None:
    # no name after the adjective: nothing to prefer over it
    assert speaker_of("وقالت الإماراتية في بيان إن المشروع سيكتمل قريبا.", "المشروع") != "سامر حداد"


def test_is_called_is_no_speech_verb() -> None:
    text = "وفي رواية لشاب يدعى سامر حداد فانه اعتقل عند الحاجز في الصباح الباكر."
    assert not [q for q in quotes(text) if q[0] == "indirect"]


def test_claims_is_still_a_speech_verb() -> None:
    # "يدعي" with a final ي: "claims", a speech verb with its own clause
    text = "ويدعي المتحدث باسم الشركة سامي داود أن المصنع لم يلوث النهر."
    assert [t for k, t, _ in quotes(text) if k == "indirect"] == ["المصنع لم يلوث النهر"]


def test_is_called_inside_subject_keeps_the_outer_verb() -> None:
    text = "وقال شاهد يدعى سامر حداد إن الانفجار هز الحي كله."
    assert quotes(text) == [("indirect", "الانفجار هز الحي كله", "سامر حداد")]


def test_joined_is_called_after_comma_names_the_speaker() -> None:
    # "..., شهد الحادث ويدعى فلان، إن": the name given after the description speaks
    text = "ويقول عامل في المصنع، شهد الحادث ويدعى كريم، إن النيران اندلعت فجأة."
    assert speaker_of(text, "النيران") == "كريم"


def test_is_called_after_comma_without_waw_names_no_one() -> None:
    # "يدعى" in an aside after a comma describes someone else, not the speaker
    text = "وقال مسؤول، في إشارة إلى رجل يدعى كريم، إن التحقيق مستمر."
    assert speaker_of(text, "التحقيق") == "مسؤول"


def test_marked_name_after_is_called() -> None:
    text = 'وقال متحدث باسم الجماعة يدعى "أبو كريم الشامي": "سنواصل القتال حتى النهاية".'
    assert speaker_of(text, "سنواصل") == "أبو كريم الشامي"


def test_marked_group_name_after_a_preposition_is_not_the_speaker() -> None:
    text = 'وقال مسؤول في جماعة تدعى "الأمل الجديد": "سنواصل القتال حتى النهاية".'
    assert speaker_of(text, "سنواصل") != "الأمل الجديد"


def test_subordinator_is_no_speaker() -> None:
    # inside a quote, "وعندما علمت أن" has no subject before it: never "عندما"
    text = ('وقالت الطبيبة سلمى حداد: "كنت أنتظر الخبر منذ الصباح. وعندما علمت أن '
            'الجسر قد فتح شعرت بالراحة".')
    assert speaker_of(text, "الجسر") != "عندما"

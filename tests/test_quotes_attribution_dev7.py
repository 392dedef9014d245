"""Attribution classes of the dev7 round and the mending of dev6 (invented sentences)."""

from __future__ import annotations

import pytest

from tests.test_quotes_attribution import speakers_of

_OPEN = "قال الوزير كريم فتوحي إن الطرق مغلقة. "


def test_demonstrative_object_after_a_subject_before_the_verb():
    # "وصف هذه الاتهامات": an object; the subject stands before the verb
    text = "لكن رئيس الحزب، سامي داود، وصف هذه الاتهامات بأنها «كاذبة تماما»."
    assert speakers_of(text) == [("«كاذبة تماما»", "سامي داود")]


def test_demonstrative_subject_right_after_the_verb_still_refers_back():
    text = _OPEN + "وأشارت هذه التقارير إلى أن الوضع صعب."
    assert speakers_of(text) == [("الطرق مغلقة", "كريم فتوحي"), ("الوضع صعب", "كريم فتوحي")]


def test_title_phrase_of_wasafa_before_a_common_noun_object():
    # "اغتيال" is a common noun (the article also writes "الاغتيال"): the object
    text = "وقع الاغتيال أمس. ووصف الناطق باسم الحكومة المغربية اغتيال داود بأنه «جريمة بشعة»."
    assert speakers_of(text) == [("«جريمة بشعة»", "الناطق باسم الحكومة المغربية")]


@pytest.mark.parametrize("text", [
    # a name after the title is the subject, not an object
    "ووصف الناطق باسم الحكومة المغربية سامي داود الهجوم بأنه «عمل جبان».",
    "ووصف العميد سامي داود الهجوم بأنه «عمل جبان».",
])
def test_name_after_a_title_keeps_speaking(text):
    assert speakers_of(text)[0][1].startswith("سامي داود")


def test_subject_between_lakin_and_the_verb():
    text = "تقول الحكومة إن الوضع هادئ، لكن الولايات المتحدة والدول الأوروبية تقول إنه خطر كبير."
    assert speakers_of(text) == [("الوضع هادئ،", "الحكومة"),
                                 ("خطر كبير", "الولايات المتحدة والدول الأوروبية")]


def test_fima_is_no_contrast_opener():
    # "وفيما يشبه الاعتذار قال": "in what resembles", the speaker goes on
    text = "قال البابا فرنسيس إن العالم متعب. وفيما يشبه الاعتذار قال إن الكنيسة تخطئ أحيانا."
    assert speakers_of(text)[1] == ("الكنيسة تخطئ", "فرنسيس")


def test_unnamed_subject_after_lakin_stops_the_speaker_before():
    text = _OPEN + "لكن تخمينات الكثير من الخبراء تشير إلى أن الحل بعيد."
    assert speakers_of(text) == [("الطرق مغلقة", "كريم فتوحي"), ("الحل بعيد", None)]


def test_named_subject_after_lakin_speaks():
    text = _OPEN + "لكن فتوحي يرى أن الحل قريب."
    assert speakers_of(text) == [("الطرق مغلقة", "كريم فتوحي"), ("الحل قريب", "فتوحي")]


def test_plural_verb_after_one_person_is_not_that_person():
    text = ("رسمت سلمى جداريات كثيرة. وقالت سلمى إن الرسم فن جميل. "
            "وأغضبت رسوماتها المتشددين، فقد أعلنوا أن عملها حرام.")
    assert speakers_of(text) == [("الرسم فن", "سلمى"), ("عملها حرام", None)]


def test_dual_verb_keeps_the_speaker_before():
    text = ("قال المحامي سامي داود إن القضية طويلة. وقال سامي إن الحكم ظالم. "
            "وطالبا بأن تعاد المحاكمة.")
    assert speakers_of(text)[2] == ("تعاد المحاكمة", "سامي")


def test_feminine_verb_skips_a_masculine_plural():
    text = ("ودعا آخرون إلى الحوار. وقالت سلمى حداد، صحافية بارزة: «الوضع صعب». "
            "وأوضحت أن الهجمات كثيرة.")
    assert ("الهجمات كثيرة", "سلمى حداد") in speakers_of(text)


@pytest.mark.parametrize("addressees, expected", [
    # "مسؤولو الجمارك": a plural in construct; "وقال" is the one they spoke to
    ("مسؤولو الجمارك", "سامي داود"),
    # one person spoke to him: the speaker goes on
    ("الضابط", "الضابط"),
])
def test_singular_verb_after_a_construct_plural(addressees, expected):
    text = ("قال النائب سامي داود إن الرحلة طويلة. وقال له " + addressees
            + " إن هناك مشكلة في جوازه. وقال «قيل لي إنني ممنوع من الدخول».")
    assert speakers_of(text)[2] == ("قيل لي", expected)


def test_passive_clause_subject_is_no_running_speaker():
    # "اعتُبرت كتابات فلان ...": a passive verb's subject speaks for no later verb
    text = ("اعتُبرت كتابات سامي داود أول عمل فكري في البلاد. "
            "وحين عاد إلى المدينة رأى أن الحرب طويلة.")
    assert speakers_of(text)[-1][1] != "كتابات سامي داود"



def test_feminine_verb_skips_a_definite_noun_outside_the_lexicons():
    # "الأغطية المبعثرة" is no woman nor organisation
    text = ("قال الوزير كريم فتوحي إن الطرق مغلقة. وكانت الأغطية المبعثرة على الأرض. "
            "فقالت بسرعة: «هذا ليس وقت الكلام يا صديقي».")
    assert speakers_of(text)[-1][1] != "الأغطية المبعثرة"

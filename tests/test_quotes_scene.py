"""Continuations after a sentence of a non-speech verb, the pluperfect "وكان فلان قد قال"
and verbs of informing: invented sentences (no corpus text)."""

from __future__ import annotations

import pytest

from tests.test_quotes_attribution import speakers_of


@pytest.mark.parametrize("text, expected", [
    # "عبّر ... عن استيائه. وقال": the subject of the sentence before, led by a title
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. وفي الأثناء، عبّر رئيس مجلس الشورى سامي داود "
     "عن استيائه من التأخير. وقال خلال لقائه أمس عددا من الأعضاء «لا أفهم هذا التأخير».",
     [("الطرق مغلقة", "كريم فتوحي"), ("لا أفهم", "سامي داود")]),
    # a feminine verb and an organisation that opens the sentence before
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. وتبنت الجبهة الشعبية المسلحة الأربعاء الماضي "
     "قتل الحارسين في مدينة الشمال. وقالت إن العملية رد على الهجوم.",
     [("الطرق مغلقة", "كريم فتوحي"), ("العملية رد", "الجبهة الشعبية المسلحة")]),
    # the latest main verb of the sentence before: the one after "، الذي"
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. وكان مجلس الأمناء عقد جلسة في القصر أمس، برئاسة "
     "الرئيس سامي داود، الذي افتتح الجلسة بالدعوة إلى الحوار. وأعلن أن الفراغ مضر.",
     [("الطرق مغلقة", "كريم فتوحي"), ("الفراغ مضر", "سامي داود")]),
])
def test_scene_actor(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the subject of the sentence before is no speaker (no title, organisation or name)
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. ووقع الحادث في الطريق الساحلي. وأضاف أن التحقيق مستمر.",
     [("الطرق مغلقة", "كريم فتوحي"), ("التحقيق مستمر", "كريم فتوحي")]),
    # a masculine verb does not take the organisation of a feminine sentence before
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. وتبنت الجبهة الشعبية الهجوم. وأضاف أن التحقيق مستمر.",
     [("الطرق مغلقة", "كريم فتوحي"), ("التحقيق مستمر", "كريم فتوحي")]),
    # the sentence before holds the quote: it is no scene of its own
    ("عبّر الوزير سامي داود عن استيائه، وقال إن الطرق مغلقة. وأضاف أن التحقيق مستمر.",
     [("الطرق مغلقة", "سامي داود"), ("التحقيق مستمر", "سامي داود")]),
])
def test_scene_actor_not_taken(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "، وقال" after "عن X": the object of عن is not the speaker
    ("قال المدير سامي داود إن الطرق مغلقة. ودافع الوزير كريم فتوحي عن قوات الشرطة وخصوصا "
     "المتخصصة منها في مكافحة التهريب، وقال إن عملية التوقيف كانت قانونية.",
     [("الطرق مغلقة", "سامي داود"), ("عملية التوقيف", "كريم فتوحي")]),
])
def test_joined_after_object_of_an(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the subject stands between كان and قد; the noun after the verb is the addressee
    ("وكانت تركيا قد أبلغت اللجنة الدولية للرقابة الشهر الماضي أنها ستغلق المعبر.",
     [("ستغلق المعبر", "تركيا")]),
    # a relative clause after the subject ends it
    ("وكان سامي داود الذي استقال من رئاسة الحزب الوطني الأحد قد قال إنه سيحضر القمة.",
     [("سيحضر القمة", "سامي داود")]),
    # an appositive between commas
    ("وكان الوزير كريم فتوحي، رئيس الوفد، قد أكد أن المحادثات ستستمر.",
     [("المحادثات ستستمر", "كريم فتوحي")]),
    # no subject between كان and قد: never the addressee after the verb
    ("وكان قد أبلغ اللجنة الدولية أن المحادثات ستستمر.", [("المحادثات ستستمر", None)]),
])
def test_pluperfect(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # أبلغ + a bare name + the addressee: the name alone
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. وأبلغ فتوحي مجلس الأمناء أنه تلقى رسالة.",
     [("الطرق مغلقة", "كريم فتوحي"), ("تلقى رسالة", "فتوحي")]),
    # another verb keeps its phrase (no addressee after it)
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. وأكد فتوحي أنه تلقى رسالة.",
     [("الطرق مغلقة", "كريم فتوحي"), ("تلقى رسالة", "فتوحي")]),
])
def test_informing_verb(text, expected):
    assert speakers_of(text) == expected


def test_participle_after_verb_with_addressee():
    """"إلا أن فلان صرح لقناة ... قائلا": the subject before صرح, not the subject of the
    pluperfect sentence before."""
    text = ("قال الوزير سامي داود إن الطرق مغلقة. وكان الجيش الوطني قد أعلن مقتل القائد. "
            "إلا أن داود صرح لقناة محلية قائلا إن الخبر غير مؤكد.")
    assert speakers_of(text) == [("الطرق مغلقة", "سامي داود"), ("الخبر غير", "داود")]


def test_participle_after_clause_of_fronted_adverbial():
    """"ومع ...، عبّر فلان عن تفهمه ...، قائلا": the subject of the clause before the
    comma, not the noun of the fronted adverbial; a later "وشدد" keeps him."""
    text = ("زار المدير سامي داود الموقع أمس. وقال الوزير كريم فتوحي إن الطرق مغلقة. "
            "ومع ازدياد شكاوى السكان من انقطاع المياه في "
            "الأحياء الشرقية، عبّر داود عن تفهمه لضيق السكان من الأعطال، قائلا «نحن نتحمل "
            "المسؤولية الأولى». وشدد على أن «الحلول قريبة».")
    assert speakers_of(text) == [("الطرق مغلقة", "كريم فتوحي"), ("نحن نتحمل", "داود"),
                                 ("«الحلول قريبة»", "داود")]


@pytest.mark.parametrize("text, expected", [
    # a family name with ال is no addressee
    ("وأبلغ وليد الحداد اللجنة أن المحادثات ستستمر.", [("المحادثات ستستمر", "وليد الحداد")]),
])
def test_informing_keeps_family_name(text, expected):
    assert speakers_of(text) == expected


def test_kana_after_relative_is_no_pluperfect():
    """"التي كانت طرفا في ... قد أعلنت": كان of the relative clause, not an auxiliary."""
    got = speakers_of("وقال الوزير كريم فتوحي إن الدول التي كانت طرفا في المفاوضات قد أعلنت "
                      "أنها ستلتزم بالاتفاق.")
    assert got == [("الدول التي", "كريم فتوحي"), ("ستلتزم بالاتفاق", "كريم فتوحي")]

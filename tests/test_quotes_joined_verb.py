"""A speech verb joined by و/ف to a clause of another verb: invented sentences."""

from __future__ import annotations

import pytest

from tests.test_quotes_attribution import speakers_of


@pytest.mark.parametrize("text, expected", [
    # the subject of the sentence's first verb, which is no speech verb
    ("وشجب وزير الداخلية سامي داود الهجوم على المعبر وقال إن الجناة سيحاسبون.",
     [("الجناة سيحاسبون", "سامي داود")]),
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. وانتقدت وزارة النقل في بيان لها هذا القرار "
     "وقالت إن الطرق مفتوحة.",
     [("الطرق مغلقة", "كريم فتوحي"), ("الطرق مفتوحة", "وزارة النقل")]),
])
def test_joined_verb_takes_sentence_subject(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no title, organisation, source or name leads the subject: not taken
    ("وعاد كتاب فلان الجديد إلى المكتبات وقال إن الطبعة نفدت.", [("الطبعة نفدت", None)]),
    # "وقالت" after a masculine subject: not that subject (the speaker before it)
    ("أكد الوزير كريم فتوحي أن الطرق مغلقة. وعاد الوزير إلى مكتبه وقالت إن التنفيذ سيتأخر.",
     [("الطرق مغلقة", "كريم فتوحي"), ("التنفيذ سيتأخر", "كريم فتوحي")]),
])
def test_joined_verb_needs_sure_speaker(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the words of the report before "واضاف" are no speaker: the reporting verb's subject
    ("وقال الوزير سامي داود في تعليقه على الحادث انه \"خطأ فردي\" واضاف أن التحقيق مستمر.",
     [("\"خطأ فردي\"", "سامي داود"), ("التحقيق مستمر", "سامي داود")]),
    # a titled person inside the report still speaks for "وقال" in the report
    ("ذكر الوزير سامي داود أن المدير العام كريم فتوحي زار الموقع وقال إن التنفيذ سيتأخر.",
     [("المدير العام", "سامي داود"), ("التنفيذ سيتأخر", "كريم فتوحي")]),
])
def test_joined_verb_after_a_report(text, expected):
    assert speakers_of(text) == expected

"""A speech verb right after a relative pronoun (الذي / التي): invented sentences."""

from __future__ import annotations

import pytest

from tests.test_quotes_attribution import speakers_of


@pytest.mark.parametrize("text, expected", [
    # the antecedent is a thing: the subject of the sentence speaks
    ("عرضت الوزارة الليبية مجموعة من الوثائق التي قالت إنها تثبت وقوع التزوير.",
     [("تثبت وقوع", "الوزارة الليبية")]),
    # the verb does not agree with the pronoun: the subject of the sentence speaks
    ("انتقد الوزير سامي داود الدول المجاورة التي قال إنها تدعم المهربين.",
     [("تدعم المهربين", "سامي داود")]),
    # a bare name, its appositive between commas, then the relative
    ("تحدث الموقع إلى كريم فتوحي، الكاتب المعروف في بلدته، الذي أكد أن الطرق مغلقة. "
     "وقال كريم فتوحي إن المدارس مغلقة أيضا.",
     [("الطرق مغلقة", "كريم فتوحي"), ("المدارس مغلقة", "كريم فتوحي")]),
])
def test_relative_speaker(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text", [
    # a person antecedent keeps its own claim: never the court that is the subject
    "أدانت محكمة في المدينة المرأة التي قالت إنها تعرضت للسرقة.",
    # no title, organisation, source or name in the subject: no speaker from the sentence
    "ويحمل كتاب فلان الجديد أفكارا كثيرة التي قال إنها صادمة.",
])
def test_relative_not_sentence_subject(text):
    got = speakers_of(text)
    assert len(got) == 1
    assert got[0][1] not in ("محكمة في المدينة", "كتاب فلان الجديد")

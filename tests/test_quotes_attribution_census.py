"""Census round: an object-first verb's lone thing object, and "فلان + title، الذي أكد" (invented)."""

from __future__ import annotations

import pytest

from tests.test_quotes_attribution import speakers_of


@pytest.mark.parametrize("text, expected", [
    # the thing described is the object; the speaker is the clause's earlier subject
    ("وأعرب كريم عن رفضه للخطة، ووصف الاتفاق التجاري مع الجيران بأنه سيجلب الخراب على مناطق واسعة.",
     [("سيجلب الخراب", "كريم")]),
])
def test_thing_object_of_an_object_first_verb(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, head", [
    # a speaker before the object is kept (the object may still run on: names.py's part)
    ("ووصف الوزير سامي فريد الاتفاق بأنه سيجلب الخراب على مناطق واسعة من البلاد.", "سامي فريد"),
    ("واتهمت المعارضة الحكومة بأنها تسعى إلى تخريب البلاد وتدمير كل ما بني.", "المعارضة"),
])
def test_subject_before_the_object_kept(text, head):
    out = speakers_of(text)
    assert len(out) == 1 and out[0][1] is not None and out[0][1].startswith(head)


def test_thing_object_not_taken_from_a_verbal_noun():
    # "ردا على وصف فلان للشيء بأنه": the words after the verbal noun are its subject
    out = speakers_of("وردا على وصف المتمردين للمقاومة الشعبية بأنها من عناصر «القاعدة والمرتزقة» "
                      "قال القائد إن ذلك كذب.")
    assert out[0][1] is not None and out[0][1].startswith("المتمردين")


@pytest.mark.parametrize("text, expected", [
    ("وقال سمير حداد، المتحدث باسم الحزب، إن البلاد تمر بمرحلة صعبة. ووافق على هذا الرأي الدكتور "
     "كمال يوسف عضو مجلس الجامعة، الذي أكد أن هذا الكلام لا يتفق مع ما يجري اليوم في البلاد.",
     [("البلاد تمر", "سمير حداد"), ("هذا الكلام", "كمال يوسف")]),
    # a bare last word after the place is the name, not a title
    ("وقال السفير الفرنسي لدى مصر أيمن مشرفة الذي أعلن تحفظاته على «قرار الحكومة بالتعامل مع المعارضة».",
     [("قرار الحكومة", "أيمن مشرفة")]),
    # "نفس المتحدث الذي": no name before the title
    ("وأضاف حسب نفس المتحدث الذي يقول كذلك إن الوقود متوفر عند التجار وحدهم في السوق.",
     [("الوقود متوفر", "المتحدث")]),
    # a thing before الذي keeps the old reading
    ("والتقى رامي نصار رئيس الوزراء الذي أكد أن الحكومة ستدعم المشروع.",
     [("الحكومة ستدعم", "رئيس الوزراء")]),
])
def test_name_then_title_before_a_relative(text, expected):
    assert speakers_of(text) == expected

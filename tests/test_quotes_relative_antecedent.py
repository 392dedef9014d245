"""A relative clause whose verb agrees with its antecedent: the antecedent speaks
(invented sentences, no corpus text)."""

from __future__ import annotations

import pytest

from tests.test_quotes_attribution import speakers_of


@pytest.mark.parametrize("text, expected", [
    # "بعض" later in the phrase than a preposition-like noun ("لإطلاق سراح بعض ...")
    ("ولا يزال الرعاة يستخدمون خطف الزوار للضغط على السلطات لإطلاق سراح بعض رجال العشائر "
     "الذين يقولون إنهم يقضون أحكاما ظالمة.",
     [("يقضون أحكاما", "رجال العشائر")]),
    # a title phrase after "ما لمح إليه": the named minister
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. وهذا ما لمح إليه وزير الداخلية سامي الحداد "
     "الذي توقع أن يصدر القرار قريبا.",
     [("الطرق مغلقة", "كريم فتوحي"), ("يصدر القرار", "سامي الحداد")]),
    # a reporting thing of the verb's gender: the thing, not the sentence's object
    ("قال الوزير كريم فتوحي إن الطرق مغلقة. وفاز المرشح بفارق كبير على منافسه، وفق النتائج "
     "الرسمية التي أوردت أن نسبة المشاركة تجاوزت النصف.",
     [("الطرق مغلقة", "كريم فتوحي"), ("نسبة المشاركة", "النتائج الرسمية")]),
])
def test_relative_antecedent_speaks(text, expected):
    assert speakers_of(text) == expected


def test_relative_thing_not_a_report():
    """A thing that does not report (no rules/source_documents.txt word) is no speaker."""
    got = speakers_of("عرضت الوزارة الليبية مجموعة من الصور التي قالت إنها تثبت وقوع التزوير.")
    assert got == [("تثبت وقوع", "الوزارة الليبية")]

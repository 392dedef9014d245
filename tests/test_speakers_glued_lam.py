"""A glued ل in front of a person's name (speakers.resolve): "مقال لفلان" then "وقال فلان".
Invented sentences."""

from __future__ import annotations

import pytest

from analysis.records import Mention
from analysis.speakers.resolve import resolve_speakers


def _m(text: str, span: str, after: str = "") -> Mention:
    i = text.index(span, text.index(after) if after else 0)
    return Mention(span, i, i + len(span))


@pytest.mark.parametrize("text, span, after, name", [
    # a glued ل before a hamza: no name starts with لأ/لإ/لآ
    ("ونشرت المجلة مقالا لإيمان حداد عن الزراعة. وقالت لإيمان حداد إن الحقول جفت.",
     "لإيمان حداد", "وقالت", "إيمان حداد"),
    # the name without the ل is used in the article more often
    ("وقال كريم داود إن الطريق مقطوع. وفي حديث لكريم داود قال إن الإصلاح بدأ. وكان كريم "
     "داود وزيرا.", "لكريم داود", "وفي", "كريم داود"),
    # not when it is used as often with the ل (one ل form, one without)
    ("وقال كريم داود إن الطريق مقطوع. وفي حديث لكريم داود قال إن الإصلاح بدأ.",
     "لكريم داود", "وفي", "لكريم داود"),
    # names that start with ل stay whole
    ("وقالت ليلى حداد إن الحقول جفت.", "ليلى حداد", "", "ليلى حداد"),
    ("وقال لؤي داود إن الطريق مقطوع.", "لؤي داود", "", "لؤي داود"),
    ("وقال ليون سامي إن الطريق مقطوع. وأضاف سامي أن العمل بدأ.", "ليون سامي", "", "ليون سامي"),
])
def test_glued_lam_is_no_part_of_the_name(text, span, after, name):
    speakers, keys = resolve_speakers(text, [_m(text, span, after)])
    assert keys == [0] and speakers[0].name == name

""""كل من X و Y" as the subject of a speech verb: invented sentences."""

from __future__ import annotations

import pytest

from tests.test_quotes_attribution import speakers_of


@pytest.mark.parametrize("text, expected", [
    # the first of the coordinated speakers stands for them (one speaker per quote)
    ("وقد أكد كل من الوزير سامي داود ونظيره كريم فتوحي أن المحادثات مثمرة.",
     [("المحادثات مثمرة", "سامي داود")]),
    ("وأدانت كل من الحكومة الليبية والحكومة التونسية الهجوم، وقالتا إن المعبر سيغلق.",
     [("المعبر سيغلق", "الحكومة الليبية")]),
    ("وقد أكد كل من المتحدث باسم الوزارة و رئيس الهيئة أنهما متفقان.",
     [("متفقان", "المتحدث باسم الوزارة")]),
    # "كل من يملك": an object ("whoever"), not a speaker
    ("ودعا الوزير سامي داود كل من يملك معلومات إلى التبليغ، وقال إن التحقيق مستمر.",
     [("التحقيق مستمر", "سامي داود")]),
])
def test_kull_min(text, expected):
    assert speakers_of(text) == expected

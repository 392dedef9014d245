"""Press reviews: the newspaper a review introduces speaks for the feminine verbs after it
(invented sentences, no corpus text)."""

from __future__ import annotations

import pytest

from tests.test_quotes_attribution import speakers_of


@pytest.mark.parametrize("text, expected", [
    # the marked name on its own line, then the relative: the newspaper speaks, and goes on
    ('ونبدأ من صحيفة "\nالنجم الصباحي\n" التي رأت في افتتاحيتها أن الأزمة طويلة.\n'
     'وقالت إن الحكومة مترددة.',
     [("الأزمة طويلة", 'صحيفة "\nالنجم الصباحي\n"'),
      ("الحكومة مترددة", 'صحيفة "\nالنجم الصباحي\n"')]),
    # guillemets on one line
    ("وننتقل إلى صحيفة «الفجر الجديد» التي ذكرت أن المصانع مغلقة.",
     [("المصانع مغلقة", "صحيفة «الفجر الجديد»")]),
    # no newspaper before the relative: the sentence has no speaker
    ("ونبدأ من الأزمة التي قالت إن الأسعار ترتفع.",
     [("الأسعار ترتفع", None)]),
])
def test_newspaper_before_relative(text, expected):
    assert speakers_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "وأضافت الصحيفة ... . وقالت": the named newspaper, not the bare word
    ('ونشرت صحيفة "\nالنجم\n" تقريرا عن الانتخابات. وأضافت الصحيفة أن المشاركة ضعيفة. '
     "وربما يتأخر الإعلان عن النتائج. وقالت إن الفرز بطيء.",
     [("المشاركة ضعيفة", 'صحيفة "\nالنجم\n"'), ("الفرز بطيء", 'صحيفة "\nالنجم\n"')]),
])
def test_scene_newspaper(text, expected):
    assert speakers_of(text) == expected


_FIRST = "ونبدأ من صحيفة الغد التي قالت إن الشتاء طويل. "


@pytest.mark.parametrize("text, expected", [
    # an opening preposition names the next newspaper: "حيث قالت" and "وتضيف" are hers
    (_FIRST + "وننتقل إلى صحيفة المساء، حيث قالت إن المطر غزير. وتضيف أن السدود ممتلئة.",
     [("الشتاء طويل", "صحيفة الغد"), ("المطر غزير", "صحيفة المساء"),
      ("السدود ممتلئة", "صحيفة المساء")]),
    (_FIRST + "ومن صحيفة المساء، نقرأ تقريرا عن الزراعة. وتقول إن المحصول وفير.",
     [("الشتاء طويل", "صحيفة الغد"), ("المحصول وفير", "صحيفة المساء")]),
    # a non-speech verb with the newspaper as its subject
    (_FIRST + "انفردت صحيفة المساء بتقرير عن الموانئ. وتقول إن السفن متأخرة.",
     [("الشتاء طويل", "صحيفة الغد"), ("السفن متأخرة", "صحيفة المساء")]),
    # the name ends before "الصادرة"
    (_FIRST + "ونطالع في صحيفة المساء الصادرة اليوم مقالا عن النقل. وتقول إن القطارات بطيئة.",
     [("الشتاء طويل", "صحيفة الغد"), ("القطارات بطيئة", "صحيفة المساء")]),
    # mid-sentence "في صحيفة" is no intro: the first newspaper goes on
    (_FIRST + "ونشر كاتب في صحيفة المساء رأيا مخالفا. وتضيف أن الربيع بعيد.",
     [("الشتاء طويل", "صحيفة الغد"), ("الربيع بعيد", "صحيفة الغد")]),
    # the woman the intro's article names speaks for her own feminine verbs
    ("ونقرأ في صحيفة المساء مقالا لسلمى حداد. وتقول حداد إن الأسعار ترتفع. "
     "وتضيف أن الأجور ثابتة.",
     [("الأسعار ترتفع", "حداد"), ("الأجور ثابتة", "حداد")]),
])
def test_intro_without_speech_verb(text, expected):
    assert speakers_of(text) == expected

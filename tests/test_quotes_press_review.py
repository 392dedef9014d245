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

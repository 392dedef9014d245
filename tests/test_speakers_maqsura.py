"""A stopword written with a final ى ("على", "لدى") is not the name written with a final ي
("علي"): lexicon.is_stopword and the resolver's search for a full name in front of a name."""

from __future__ import annotations

import pytest

from analysis.records import Mention
from analysis.speakers.lexicon import is_stopword, maqsura_stopwords
from analysis.speakers.resolve import resolve_speakers


def _m(text: str, span: str, after: str = "") -> Mention:
    i = text.index(span, text.index(after) if after else 0)
    return Mention(span, i, i + len(span))


@pytest.mark.parametrize("token, expected", [
    ("على", True), ("وعلى", True), ("لدى", True), ("إلى", True),
    ("علي", False), ("وعلي", False), ("لدي", False),
    ("عليّ", True), ("عليَّ", True),       # with a shadda: "on me", the preposition
    ("في", True), ("فى", True),            # a stopword written with ي matches either way
    ("قال", True), ("كريم", False),
])
def test_final_alef_maqsura_is_kept_apart(token, expected):
    assert is_stopword(token) is expected


def test_maqsura_list_holds_only_words_never_written_with_ya():
    m = maqsura_stopwords()
    assert {"علي", "لدي"} <= m
    assert "في" not in m and "قال" not in m


def test_first_name_ali_is_kept_with_its_title():
    t = "وقال المرشد الأعلى علي كريمي إن الاتفاق جيد. وأضاف كريمي أن الموعد قريب."
    speakers, keys = resolve_speakers(t, [_m(t, "علي كريمي"), _m(t, "كريمي", "وأضاف")])
    assert keys == [0, 0]
    assert speakers[0].name == "علي كريمي"


def test_preposition_before_a_name_is_still_dropped():
    t = "ورد على كريمي بالقول إن الاتفاق جيد."
    speakers, keys = resolve_speakers(t, [_m(t, "على كريمي")])
    assert keys == [0] and speakers[0].name == "كريمي"


def test_preposition_is_no_occurrence_of_the_name_ali():
    # "الوزير كمال على الجيش": "على" is the preposition, no full name "كمال على" of "علي"
    t = "يعتمد الوزير كمال على الجيش. وقال علي إن الوضع هادئ."
    speakers, keys = resolve_speakers(t, [_m(t, "علي", "وقال")])
    assert keys == [0] and speakers[0].name == "علي"

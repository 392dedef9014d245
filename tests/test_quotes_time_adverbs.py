"""Times, negations and pronouns right after a speech verb are no subject (name_stops.txt):
the speaker is the subject before the verb or the speaker before. Invented sentences."""

from __future__ import annotations

import pytest

from analysis import segment
from analysis.quotes import find_quotes


def mentions(text: str) -> list[tuple[str, str | None]]:
    paras = segment.paragraphs("t", text)
    quotes, _ = find_quotes(text, paras, segment.sentences(text, paras))
    return [(" ".join(q.text.split()[:2]), q.mention.text if q.mention else None) for q in quotes]


@pytest.mark.parametrize("text, expected", [
    # a time after the name ends it
    ("قال الوزير سامي داود الأسبوع الماضي إن الحدود مغلقة.", [("الحدود مغلقة", "سامي داود")]),
    ("وأعلنت الحكومة الشهر الماضي أن المعبر مفتوح.", [("المعبر مفتوح", "الحكومة")]),
    # a time right after the verb: the subject stands before it
    ("وكان سامي داود قد قال الأسبوع الماضي إن الحدود مغلقة.", [("الحدود مغلقة", "سامي داود")]),
    # an adverb right after the verb: the speaker before goes on
    ("قال سامي داود إن الحدود مغلقة. وشدد أخيرًا على أن المعبر مفتوح.",
     [("الحدود مغلقة", "سامي داود"), ("المعبر مفتوح", "سامي داود")]),
])
def test_adverb_or_particle_after_verb_is_no_speaker(text, expected):
    assert mentions(text) == expected


def test_time_inside_the_reported_words_stays_there():
    text = "وقالت الحكومة إن الأسبوع الماضي شهد هجمات كثيرة."
    assert mentions(text) == [("الأسبوع الماضي", "الحكومة")]

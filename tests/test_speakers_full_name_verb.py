"""A surname's full name found in front of it after a speech verb (resolve.full_name_before),
and pronoun-suffixed prepositions that are never a first name. Invented sentences."""

from __future__ import annotations

import pytest

from analysis.records import Mention
from analysis.speakers.lexicon import is_stopword
from analysis.speakers.resolve import resolve_speakers


def _name_of(text: str, surname: str, after: str) -> str:
    i = text.index(surname, text.index(after))
    speakers, keys = resolve_speakers(text, [Mention(surname, i, i + len(surname))])
    assert keys == [0]
    return speakers[0].name


@pytest.mark.parametrize("text, expected", [
    # a speech verb right before the first name vouches for it
    ("ونفى سامي كوهين الاتهامات. وقال كوهين إن الملف مغلق.", "سامي كوهين"),
    # any other verb does not ("زار" is no speech verb)
    ("وزار سامي كوهين المصنع. وقال كوهين إن الملف مغلق.", "كوهين"),
    # a title before the first name wins over a speech verb before another
    ("وصل الوزير سامي كوهين أمس. ونفى داود كوهين الخبر. وقال كوهين إن الملف مغلق.", "سامي كوهين"),
    # a pronoun-suffixed preposition is no first name
    ("ونقلت عنه كوهين الخبر. وقال كوهين إن الملف مغلق.", "كوهين"),
])
def test_full_name_after_speech_verb(text, expected):
    assert _name_of(text, "كوهين", "وقال") == expected


@pytest.mark.parametrize("word, expected", [
    ("عنه", True), ("لها", True), ("منهم", True), ("بها", True),
    ("بهاء", False), ("لهيب", False),
])
def test_pronoun_prepositions_are_stopwords(word, expected):
    assert is_stopword(word) is expected


@pytest.mark.parametrize("text, expected", [
    # "تحت" is a preposition: "تحت أيدي" is no first name, "الأسر" vouches for nothing
    ("ووقع الجنود في الأسر تحت أيدي الحراس. وأعلن الحراس أنهم أطلقوا سراحهم.", "الحراس"),
    # a title still vouches for the name in front of the surname
    ("ووقع الجنود في الأسر تحت أيدي الوزير سامي الحراس. وأعلن الحراس أنه أطلق سراحهم.",
     "سامي الحراس"),
])
def test_preposition_tahta_is_no_first_name(text, expected):
    assert is_stopword("تحت")
    assert _name_of(text, "الحراس", "وأعلن") == expected

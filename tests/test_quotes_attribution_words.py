"""Whole-word search of attribution (_word_starts) against the regex it replaced."""

from __future__ import annotations

import re

import pytest

from analysis.quotes.attribution import _word_starts


def regex_starts(word: str, text: str) -> list[int]:
    w = re.escape(word)
    return [m.start() for m in re.finditer(rf"{w}(?<!\w{w})(?!\w)", text)]


@pytest.mark.parametrize("word, text, expected", [
    ("سالم", "قال سالم ثم عاد سالم", [4, 16]),
    ("سالم", "سالم", [0]),
    ("سالم", "السالمون وسالم", []),            # inside longer words only
    ("سالم", "«سالم»، سالم.", [1, 8]),         # punctuation is no word character
    ("سالم", "سالم_ 2سالم سالم٣", []),         # "_" and digits are word characters
    ("اا", "اااا اا", [5]),                    # overlapping repeats inside a word: none
    ("", "ab  c", [3]),                       # the empty word: between two non-word characters
])
def test_word_starts(word, text, expected):
    assert list(_word_starts(text, word)) == expected
    assert regex_starts(word, text) == expected


def test_word_starts_is_lazy():
    hits = _word_starts("عمر عمر عمر", "عمر")
    assert next(hits) == 0
    assert next(hits) == 4

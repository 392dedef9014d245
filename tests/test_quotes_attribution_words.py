"""Attribution's faster helpers against the plain scans they replaced."""

from __future__ import annotations

import re

import pytest

from analysis import segment
from analysis.quotes.attribution import Attributor, _word_starts, sentence_start
from analysis.quotes.lexicon import lexicon
from analysis.quotes.marks import find_marked


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


def test_sentence_start_per_paragraph_matches_scan():
    """Attributor._sentence_start (terminators found once per paragraph) gives what
    sentence_start (a scan from the paragraph's start) gives, at every offset."""
    text = "قال سامي إن النمو بلغ 3.5 بالمئة. وأضاف: «لا. نحن بخير.» ثم غادر! هل عاد؟ نعم.7"
    paras = segment.paragraphs("t", text)
    marked = find_marked(text, paras, lexicon())
    att = Attributor(text, paras, [], marked, lexicon())
    starts = set()
    for p in paras:
        for pos in range(p.start, p.end + 1):
            got = att._sentence_start(p, pos)
            assert got == sentence_start(text, p, pos, marked)
            starts.add(got)
    p = paras[0]
    assert att._sentence_start(p, text.index("وأضاف")) == text.index(". وأضاف") + 1
    assert text.index("3.5") + 2 not in starts          # "3.5": no end of a sentence
    assert att._sentence_start(p, text.index("نحن")) == text.index("لا.") + 3   # inside the quote
    assert att._sentence_start(p, text.index("ثم")) == text.index(". وأضاف") + 1  # past it
    assert att._sentence_start(p, len(text)) == text.index("؟") + 1     # "نعم.7": no end
    assert att._sentence_start(p, len(text) - 1) == len(text) - 1     # a scan stopping at 7

"""The attribution's TokenIndex: a span cut from the tokens of a larger span read before
is exactly what tokenising the span alone gives, also where the span cuts a word."""

from __future__ import annotations

import pytest

from analysis.quotes.names import TokenIndex, tokens

# commas, marks, tatweel, end punctuation inside and around words, a diacritic, a number
TEXT = "وقال المتحدثُ، «إن» اللاجئين عادوا..إلى المخيـمات؟ وبـ608.5 مليون دولار!! (أ.ف.ب)"


def _fresh(start: int, end: int) -> list:
    """The tokens of text[start:end] with no larger span read before."""
    return TokenIndex(TEXT).slice(start, end)


@pytest.mark.parametrize("outer", [(0, len(TEXT)), (3, 60), (10, 45), (27, 33)])
def test_spans_inside_a_read_span_equal_fresh_tokenisation(outer):
    n = len(TEXT)
    for a in range(outer[0], outer[1] + 1):
        for b in range(a, outer[1] + 1):
            index = TokenIndex(TEXT)
            index.slice(*outer)
            assert index.slice(a, b) == _fresh(a, b), (a, b)
    assert n > 60


def test_a_span_inside_one_word_is_tokenised_alone():
    index = TokenIndex(TEXT)
    index.slice(0, 20)
    # "المتحدثُ" cut on both sides: nothing is left after the edge cuts
    assert index.slice(6, 10) == _fresh(6, 10) == []
    # the same cut word read without the edge rule gives its inner letters
    assert [t.text for t in tokens(TEXT, 6, 10)] == ["لمتح"]


@pytest.mark.parametrize("start,end,words", [
    (0, 4, ["وقال"]),
    (0, 3, []),                      # "وقا": cut before the word ends
    (1, 4, []),                      # "قال" without its و: cut after the word starts
    (5, 19, ["المتحدثُ", "،", "«", "إن", "»"]),
])
def test_edge_words(start, end, words):
    index = TokenIndex(TEXT)
    index.slice(0, len(TEXT))
    assert [t.text for t in index.slice(start, end)] == words


@pytest.mark.parametrize("first", [(0, 30), (20, 50), (40, len(TEXT))])
def test_spans_sharing_part_of_a_read_span_equal_fresh_tokenisation(first):
    """The shared part is read from the first span's tokens, the rest tokenised."""
    for a in range(0, len(TEXT) + 1, 3):
        for b in range(a, len(TEXT) + 1, 2):
            index = TokenIndex(TEXT)
            index.slice(*first)
            assert index.slice(a, b) == _fresh(a, b), (a, b)

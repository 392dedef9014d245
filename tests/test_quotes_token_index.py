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


def _reference_tokens(text: str, start: int, end: int) -> list[tuple]:
    """The tokens as defined, computed without the per-word cache of :func:`tokens`:
    words with an alphanumeric character, and commas/marks."""
    from analysis.quotes.lexicon import fold, folded_key
    from analysis.quotes.names import NO_MARKS, _WORD
    out = []
    for m in _WORD.finditer(text, start, end):
        w = m[0]
        if any(ch.isalnum() for ch in w) or w in frozenset("،,؛;«»“”\""):
            f = fold(w).translate(NO_MARKS)
            out.append((w, m.start(), m.end(), folded_key(f), f))
    return out


# punctuation-only runs ("-", "..", "٪"), tatweel and diacritics at and inside word edges,
# a Latin name, digits with a decimal point, marks glued to words, doubled spaces and a tab
ODD = ("- قالَ الوزيرُ  -- «الأمـــن»،وأضاف:\t.. إنّ الـمؤتمر (BBC) سيعقد 12.5% ٪ "
       "ـبدايةـ؟! و«لا» ،، ؛")


@pytest.mark.parametrize("text", [TEXT, ODD, "", " ", "..", "قال"])
def test_tokens_equal_their_definition(text):
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            assert [tuple(t) for t in tokens(text, a, b)] == _reference_tokens(text, a, b), (a, b)


def test_tokens_fields():
    got = tokens(ODD, 0, 40)
    assert [t.text for t in got] == ["قالَ", "الوزيرُ", "«", "الأمـــن", "»", "،", "وأضاف"]
    # the folded form drops diacritics and tatweel; the key drops ال as well
    assert [(t.f, t.key) for t in got[:4]] == [("قال", "قال"), ("الوزير", "وزير"), ("«", "«"),
                                                ("الامن", "امن")]
    assert (got[0].start, got[0].end) == (2, 6)
    assert ODD[got[3].start:got[3].end] == "الأمـــن"


def test_punctuation_runs_are_no_tokens():
    assert tokens("- -- .. ٪", 0, 9) == []
    assert [t.text for t in tokens("12.5% ٪", 0, 7)] == ["12.5%"]

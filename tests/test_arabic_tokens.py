"""Shared tokenisation (analysis.arabic_tokens): a span read from the text's tokens is
exactly what tokenising the span alone gives, also when the span cuts a token."""

from __future__ import annotations

import pytest

from analysis.arabic_tokens import TermIndex, WordTest, readings, span_tokens, text_tokens, tokenize

TEXT = "قال المتحدثُ إن 12.500 لاجئ عادوا إلى المخيمات، وبـ608.5 مليون دولار\u200e دُفعت."


def _cuts() -> list[tuple[int, int]]:
    n = len(TEXT)
    return [(a, b) for a in range(n + 1) for b in range(a, n + 1)]


def test_every_span_reads_as_if_tokenised_alone():
    tt = text_tokens(TEXT)
    for a, b in _cuts():
        assert tt.span(a, b).tokens == tokenize(TEXT, a, b), (a, b)


@pytest.mark.parametrize("start, end, expected", [
    (16, 22, ["12.500"]),          # the whole number: a slice of the text's tokens
    (16, 19, ["12", "."]),         # ends inside it, after the separator
    (16, 20, ["12.5"]),            # ends inside it: a shorter number
    (18, 22, [".", "500"]),        # starts inside it
    (0, 3, ["قال"]),
    (0, 2, ["قا"]),                # a cut word is a shorter word
])
def test_cut_spans(start, end, expected):
    assert [t.norm for t in span_tokens(TEXT, start, end).tokens] == expected


def test_aligned_span_is_a_slice_and_cut_span_is_not():
    assert span_tokens(TEXT, 16, 22).base is not None
    assert span_tokens(TEXT, 16, 19).base is None


def test_find_on_span_equals_find_on_tokens():
    # every span: a span's matches are cut from the whole text's, or scanned anew when a
    # whole-text match ("مليون دولار") crosses the span's edge
    index = TermIndex([("مخيم", 1), ("لاجئ", 2), ("مليون دولار", 3), ("دولار", 4), ("مليون", 5)])
    for a, b in _cuts():
        assert index.find(span_tokens(TEXT, a, b)) == index.find(tokenize(TEXT, a, b)), (a, b)


@pytest.mark.parametrize("start, end, expected", [
    (0, len(TEXT), ["لاجئ", "مخيم", "مليون دولار"]),
    (50, 62, ["مليون"]),       # ends inside the two-word term: the shorter one
    (58, 68, ["دولار"]),       # "ليون" cuts its first word: only the second is a term
    (63, 75, ["دولار"]),       # starts at its second word
    (38, 68, ["مخيم", "مليون دولار"]),
])
def test_span_edges_inside_a_whole_text_match(start, end, expected):
    index = TermIndex([("مخيم", 1), ("لاجئ", 2), ("مليون دولار", 3), ("دولار", 4), ("مليون", 5)])
    assert [term for *_, term, _ in index.find(span_tokens(TEXT, start, end))] == expected


@pytest.mark.parametrize("word, passes", [("مخيمات", True), ("مخيمر", False), ("12", False)])
def test_word_test_memo_gives_the_function_answer(word, passes):
    test = WordTest(lambda w: w.startswith("مخيم") and w != "مخيمر")
    assert test(word) is passes
    assert test(word) is passes            # second time from the memo
    assert (word in test.passing({word, "x"})) is passes


@pytest.mark.parametrize("word, expected", [
    # a clitic chain or its last part off, then one suffix off (ات restores a ta marbuta)
    ("والمخيمات", {"والمخيمات", "المخيمات", "مخيمات", "والمخيم", "المخيم", "مخيم",
                   "والمخيمه", "المخيمه", "مخيمه"}),
    ("مهمتنا", {"مهمتنا", "مهمتن", "مهمت", "مهمه"}),   # ت + pronoun: مهمه too
    ("كتب", {"كتب"}),                                  # ك would leave two letters: no reading
    ("12", {"12"}),
])
def test_readings(word, expected):
    assert readings(word) == expected

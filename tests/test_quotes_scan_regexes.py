"""The quote side's whole-text regexes were reshaped for speed (the verb pass starts with
the character before the verb, the subject-event pass with one cheap test, the clause
sentence end with its character class): each finds exactly what its plain form finds,
on invented text with the edge cases (text start, newline, punctuation, prefixes)."""

from __future__ import annotations

import re

import pytest

from analysis.quotes import reported
from analysis.quotes.lexicon import _trie, find_verbs, fold, lexicon
from analysis.quotes.names import _cut_at_stops, _stop_candidates, tokens

TEXTS = [
    "قال الوزير إن",
    "وقال: «لن نتراجع»",
    "-قال مصدر، وأضاف أن ...فقالت الوزارة\nأكد الرئيس أن",
    "جاء في البيان أن الحكومة ورد في التقرير أنه",
    "5قال قالَ مضيفًا أنه (قال) «قال» قال",
    "",
    "قال",
]


def _plain_verbs(folded: str) -> list[tuple[int, int, int, str]]:
    """The verb pass in its plain form: a lookbehind for the word start."""
    lex = lexicon()
    rx = re.compile(rf"(?<![\w\u064B-\u0652])([وف]?)({_trie(lex.lemma)})(?![\w\u064B-\u0652])")
    return [(m.start(), m.start(2), m.end(), m.group(2)) for m in rx.finditer(folded)]


@pytest.mark.parametrize("text", TEXTS)
def test_verb_pass_equals_its_plain_form(text):
    folded = fold(text)
    # words with diacritics are found by a second path ("قالَ"): only the regex's hits here
    got = [tuple(h) for h in find_verbs(folded, lexicon())
           if not re.search("[\u064B-\u0652\u0640]", folded[h[0]:h[2]])]
    assert got == _plain_verbs(folded)


def test_verb_pass_offsets():
    hits = find_verbs(fold("قال الوزير، وقال: «...»\nفقال"), lexicon())
    assert [(h.start, h.vstart, h.end, h.form) for h in hits] == [
        (0, 0, 3, "قال"), (12, 13, 16, "قال"), (24, 25, 28, "قال")]
    assert find_verbs(fold("مقال قالب"), lexicon()) == []


def _plain_events() -> re.Pattern[str]:
    """The subject events without the first test."""
    ws = r"(?<![\w\u064B-\u0652])"
    comp = lexicon().comp_re.pattern
    breaks = "|".join(sorted(reported._SUBJECT_BREAKS, key=len, reverse=True))
    return re.compile(rf"(?P<comp>{ws}{comp})|(?P<colon>:)|(?P<mark>[{reported._MARKS}])"
                      rf"|(?P<stop>{reported._STOP})|(?P<brk>{ws}(?:{breaks})(?![\w\u064B-\u0652]))")


@pytest.mark.parametrize("text", TEXTS + ["أن الوزير لأن عندما: «إن» بأنه فإنها. على أن"])
def test_subject_events_equal_their_plain_form(text):
    folded = fold(text)
    new = reported._events(lexicon().comp_re.pattern)
    assert [(m.span(), m.lastgroup) for m in new.finditer(folded)] == \
        [(m.span(), m.lastgroup) for m in _plain_events().finditer(folded)]


@pytest.mark.parametrize("text", ["قال. ثم (أ.ف.ب) 3.5 مليون!\n5 أشخاص؟ نعم", "", ".\n.", "ق.ل"])
def test_clause_sentence_end_equals_its_plain_form(text):
    plain = re.compile(reported._STOP + r"|\n")
    assert [m.span() for m in reported._SENT_END.finditer(text)] == \
        [m.span() for m in plain.finditer(text)]


def test_stop_candidates_hold_every_word_a_stop_test_can_hold():
    lex = lexicon()
    words = _stop_candidates(lex)
    assert {"علي", "الي", "امام", "تابع"} <= words
    assert lex.stops <= words and lex.verb_forms <= words
    assert "وقال" in words and "فاكد" in words
    assert "كوبسي" not in words


@pytest.mark.parametrize("text,kept", [
    ("الوزير كوبسي في مؤتمر", ["الوزير", "كوبسي"]),
    ("الوزير كوبسي على هامش", ["الوزير", "كوبسي"]),
    ("مصدر تابع للوزارة", ["مصدر", "تابع", "للوزارة"]),
    ("الوزير بيانًا", ["الوزير"]),
])
def test_cut_at_stops(text, kept):
    assert [t.text for t in _cut_at_stops(tokens(text, 0, len(text)), lexicon())] == kept

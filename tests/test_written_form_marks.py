"""One set of marks is left out of a word's written form, wherever words are compared."""

import pytest

from analysis.normalize import WRITTEN_FORM_MARKS
from analysis.quotes.names import tokens
from analysis.speakers.lexicon import DIACRITICS


@pytest.mark.parametrize("mark", list(WRITTEN_FORM_MARKS))
def test_every_mark_is_left_out_by_the_speaker_lexicon_and_the_subject_tokens(mark):
    word = "سل" + mark + "يم"
    assert DIACRITICS.sub("", word) == "سليم"
    [tok] = tokens(word, 0, len(word))
    assert tok.f == "سليم"
    assert tok.text == word          # offsets and text stay as written


def test_the_marks_are_the_arabic_combining_marks_superscript_alef_and_tatweel():
    assert "\u0651" in WRITTEN_FORM_MARKS and "\u065f" in WRITTEN_FORM_MARKS
    assert "\u0670" in WRITTEN_FORM_MARKS and "\u0640" in WRITTEN_FORM_MARKS
    assert "\u0660" not in WRITTEN_FORM_MARKS     # an Arabic-Indic digit is no mark
    assert "\u064a" not in WRITTEN_FORM_MARKS     # nor is ya

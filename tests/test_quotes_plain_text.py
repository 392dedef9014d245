"""plain_text: presentation forms that draw letters are mapped; others leave the text alone.

Every sentence here is invented for the test (no corpus text).
"""

from __future__ import annotations

from analysis.quotes.lexicon import plain_text


def test_letter_forms_are_mapped_with_offsets():
    text = "ﻭﻗﺎﻝ ﻻ"
    plain, index = plain_text(text)
    assert plain == "وقال لا"
    assert index == [0, 1, 2, 3, 4, 5, 5, 6]


def test_brackets_and_honorific_build_no_index():
    text = "وذكر الخطيب قول النبي ﷺ ثم تلا ﴿والفجر﴾ بصوت عال"
    assert plain_text(text) == (text, None)


def test_plain_letters_build_no_index():
    assert plain_text("قالت المديرة إن العمل مستمر") == ("قالت المديرة إن العمل مستمر", None)

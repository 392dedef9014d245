"""Arabic presentation forms (glyph codes from PDFs: "ﻭﻗﺎﻝ" for "وقال") on the quote side.

Invented sentences only. lexicon.fold maps each glyph to its letter, one character for
one, so speech verbs written in glyphs are found and every offset stays an offset into
the original text; lam-alef ligatures stay as they are.
"""

from __future__ import annotations

import pytest

from analysis import segment
from analysis.quotes import find_quotes
from analysis.quotes.lexicon import fold


@pytest.mark.parametrize("text, expected", [
    ("ﻭﻗﺎﻝ", "وقال"),
    ("ﺃﻛﺪ ﺍﻟﻮﺯﻳﺮ", "اكد الوزير"),     # glyphs, then the usual hamza fold
    ("ﻻ", "ﻻ"),                       # a ligature of two letters stays
    ("وقال", "وقال"),                   # plain letters: unchanged
])
def test_fold_presentation_forms(text: str, expected: str) -> None:
    assert fold(text) == expected
    assert len(fold(text)) == len(text)


def _quotes(text: str) -> list[tuple[str, str]]:
    paras = segment.paragraphs("t", text)
    qs, _ = find_quotes(text, paras, segment.sentences(text, paras))
    for q in qs:
        assert text[q.start:q.end] == q.text
    return [(q.kind, q.text) for q in qs]


def test_speech_verb_in_glyphs_introduces_a_clause() -> None:
    text = "ﻭﻗﺎﻝ الوزير سامي داود إن المحادثات ستستأنف غدا."
    assert _quotes(text) == [("indirect", "المحادثات ستستأنف غدا")]


def test_glyph_text_without_a_speech_verb_has_no_quote() -> None:
    assert _quotes("ﻭﺻﻞ الوزير سامي داود إلى العاصمة أمس.") == []

"""Arabic presentation forms (glyph codes from PDFs: "ﻭﻗﺎﻝ" for "وقال") on the quote side.

Invented sentences only. find_quotes reads a glyph article in the letters it draws
(lexicon.plain_text), so speech verbs and speakers written in glyphs are found as in plain
letters, and every offset is mapped back to an offset into the original text.
"""

from __future__ import annotations

import pytest

from analysis.quotes.lexicon import plain_text
from tests.quote_helpers import found


def _quotes(text: str) -> list[tuple[str, str]]:
    qs, _ = found(text)
    for q in qs:
        assert text[q.start:q.end] == q.text
    return [(q.kind, q.text) for q in qs]


def test_speech_verb_in_glyphs_introduces_a_clause() -> None:
    text = "ﻭﻗﺎﻝ الوزير سامي داود إن المحادثات ستستأنف غدا."
    assert _quotes(text) == [("indirect", "المحادثات ستستأنف غدا")]


def test_glyph_text_without_a_speech_verb_has_no_quote() -> None:
    assert _quotes("ﻭﺻﻞ الوزير سامي داود إلى العاصمة أمس.") == []


# --- the speaker side reads glyphs as the letters they draw ------------------------------

def _glyphs(text: str) -> str:
    """Invented text typed as from a PDF: each letter in its isolated presentation form,
    "لا" as the lam-alef ligature."""
    import unicodedata
    forms: dict[str, str] = {}
    for cp in range(0xFE70, 0xFEFF):
        letters = unicodedata.normalize("NFKC", chr(cp))
        if letters.strip() and letters != chr(cp):
            forms.setdefault(letters, chr(cp))       # the isolated form comes first
    out, i = [], 0
    while i < len(text):
        pair = text[i:i + 2]
        if pair in ("لا", "لأ", "لإ") and pair in forms:
            out.append(forms[pair])
            i += 2
            continue
        out.append(forms.get(text[i], text[i]))
        i += 1
    return "".join(out)


def _attributed(text: str) -> list[tuple[int, int, str, str | None, str | None]]:
    qs, speakers = found(text)
    out = []
    for q in qs:
        assert text[q.start:q.end] == q.text
        if q.mention is not None:
            assert text[q.mention.start:q.mention.end] == q.mention.text
        out.append((q.start, q.end, q.text, q.mention.text if q.mention else None,
                    speakers[q.speaker_key].name if q.speaker_key is not None else None))
    return out


@pytest.mark.parametrize("plain", [
    "وقال المكتب الإعلامي للمجلس في بيان إن الطريق أغلق. وأضاف أن العمل مستمر.",
    "وأعلنت الهيئة أنها وزعت الطعام على الأسر المحتاجة.",
    "وصرح وزير الإسكان سالم نوري بأن البناء سيبدأ، وقال نوري إن الخطة جاهزة.",
])
def test_glyph_article_reads_like_the_plain_article(plain: str) -> None:
    glyph = _glyphs(plain)
    assert glyph != plain and len(glyph) < len(plain)      # ligatures: fewer characters
    got, want = _attributed(glyph), _attributed(plain)
    assert want
    # the same quotes and speakers; the speaker named in plain letters
    assert [(m is None, sp) for *_, m, sp in got] == [(m is None, sp) for *_, m, sp in want]
    assert [unicodedata_nfkc(q) for _, _, q, _, _ in got] == [q for _, _, q, _, _ in want]


def unicodedata_nfkc(text: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFKC", text)


def test_plain_text_maps_back_to_source_offsets() -> None:
    glyph = _glyphs("ﻻ") + " " + _glyphs("وقال")
    text, index = plain_text(glyph)
    assert text == "لا وقال"
    assert index == [0, 0, 1, 2, 3, 4, 5, 6]
    assert plain_text("وقال سامي") == ("وقال سامي", None)

"""names' exact shortcuts for whole-text scans (same answers as the plain regex)."""

import re

from analysis.quotes.lexicon import lexicon
from analysis.quotes.names import _addressee_name, _words_before, tokens


def _scan(text: str, word: str) -> list[str]:
    return [m.group(1) for m in re.finditer(r"(\S+)\s+" + re.escape(word) + r"(?!\w)", text)]


def test_words_before_gives_the_word_before_each_bare_occurrence():
    text = "التقى سامر حداد ثم قال علي حداد، وزار حدادين البلدة"
    assert list(_words_before(text, "حداد")) == ["سامر", "علي"]
    assert list(_words_before(text, "حداد")) == _scan(text, "حداد")


def test_words_before_none_inside_a_word_or_at_the_start():
    assert list(_words_before("حداد وصل لحداد", "حداد")) == []
    assert list(_words_before("حدادين وصلوا", "حداد")) == []


def test_words_before_follows_the_scan_after_a_match():
    # the second "حداد" is taken by the first match: no match ends with the third
    for text in ("سامر حداد حداد", "سامر حداد حداد حداد", "سامر حداد، حداد", "  سامر   حداد"):
        assert list(_words_before(text, "حداد")) == _scan(text, "حداد")
    assert list(_words_before("سامر حداد حداد حداد", "حداد")) == ["سامر", "حداد"]


def test_words_before_agrees_with_the_scan_on_invented_sentences():
    text = "قال الوزير سامر حداد إن الوزير علي حداد لم يحضر، وقال «حداد» أيضا إن حداد غادر"
    for t in tokens(text, 0, len(text)):
        assert list(_words_before(text, t.text)) == _scan(text, t.text), t.text


def test_addressee_name_needs_the_bare_name_written_apart():
    lex = lexicon()
    text = "وهو يقول لسامر: اصبر. وكان سامر قد وصل"
    first = tokens(text, 0, len(text))[2]
    assert first.text == "لسامر"
    assert _addressee_name(text, first, lex)
    alone = "وهو يقول لسامر: اصبر. وكان لسامري قد وصل"
    assert not _addressee_name(alone, tokens(alone, 0, len(alone))[2], lex)
    glued = "قال لسامر ان سامرا وصل"       # "سامرا": the bare name inside a longer word
    assert not _addressee_name(glued, tokens(glued, 0, len(glued))[1], lex)

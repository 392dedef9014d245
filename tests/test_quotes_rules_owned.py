"""The word before a "لل..." phrase that makes it an owner or a source (rules/
name_owned_before.txt): only the listed words with their real prefixes, so a longer word
that merely contains one ("متابعة", follow-up) leaves the phrase an addressee. Invented text."""

from analysis.quotes import lexicon
from analysis.quotes.names import find_mention


def _in(text: str, phrase: str) -> str | None:
    """The mention found in ``phrase`` read inside the whole ``text``."""
    s = text.index(phrase)
    got = find_mention(text, s, s + len(phrase), lexicon())
    return got.text if got else None


def test_listed_words_with_their_prefixes_keep_the_l_phrase() -> None:
    assert _in("ووفقاً للمسؤول المحلي، فإن", "للمسؤول المحلي") == "للمسؤول المحلي"
    assert _in("وطبقا للمسؤول المحلي، فإن", "للمسؤول المحلي") == "للمسؤول المحلي"
    assert _in("وبالنسبة للمسؤول المحلي، فإن", "للمسؤول المحلي") == "للمسؤول المحلي"
    assert _in("في المقر التابع للحزب الحاكم", "للحزب الحاكم") == "للحزب الحاكم"


def test_a_word_that_only_contains_one_does_not() -> None:
    assert _in("ضمن متابعة للمجلس المحلي", "للمجلس المحلي") is None
    assert _in("وقال موفق للمجلس المحلي", "للمجلس المحلي") is None
    assert _in("وقال للمجلس المحلي", "للمجلس المحلي") is None

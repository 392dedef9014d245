"""Words glued after a person's name that are not part of it.

"ودعا سامر نجيب البرلمان إلى ..." can give the mention "سامر نجيب البرلمان": the verb's
object follows its subject with nothing in between. A person's name never ends with an
organisation head or name, a place (a nationality adjective may: "التركي" is a family
name too) or a word of ``speaker_name_tails.txt`` (السابق، أيضا ...); such words are dropped
from the end while at least one word that may be a name stays in front of them, and only
when the article uses that rest on its own more often.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from analysis import rules_io
from analysis.records import Mention

from analysis.speakers.lexicon import (DESCRIPTION_LISTS, DIACRITICS, WORD, is_definite, is_in,
                                       is_in_any, is_place, is_stopword, nationality, norm)

_LINKS = frozenset({"باسم", "لدى", "في"})    # "ناطقة باسم الوزارة": the tail is its complement


@lru_cache(maxsize=65536)
def _tail(word: str) -> bool:
    """``word`` never ends a person's name."""
    if is_in(word, "name_tails") or is_stopword(word):
        return True
    if nationality(word) is not None:
        return False
    return is_in(word, "org_heads") or is_in(word, "org_names") or is_place(word)


@lru_cache(maxsize=65536)
def _name_word(word: str) -> bool:
    from analysis.speakers.resolve import _name_like     # resolve imports this module
    return _name_like(word) or (is_definite(word) and not is_in_any(word, DESCRIPTION_LISTS)
                                and not is_place(word) and not is_stopword(word))


def drop_tail(surface: str, count: Callable[[str], int]) -> str:
    """``surface`` without the words at its end that end no person's name, when the rest
    is used alone in the article more often than with them (``count``: occurrences in the
    article's text): "فلان" alone elsewhere, not only in "فلان البرلمان"."""
    rest = _without_tail(surface)
    return rest if rest != surface and count(rest) > count(surface) else surface


@lru_cache(maxsize=65536)
def _without_tail(surface: str) -> str:
    words = list(WORD.finditer(surface))
    k = len(words)
    while k > 1 and _tail(words[k - 1].group(0)):
        k -= 1
    if k == len(words) or words[k - 1].group(0) in _LINKS \
            or not all(_name_word(w.group(0)) for w in words[:k]):
        return surface
    return surface[:words[k - 1].end()]




@lru_cache(maxsize=None)
def _clause_words() -> frozenset[str]:
    return frozenset(DIACRITICS.sub("", w) for w in rules_io.lines("speaker_clause_words.txt"))


def cut_clause(m: Mention) -> Mention:
    """``m`` up to the first word after its first that opens a clause (``speaker_clause_
    words.txt``): "مسؤولون إن عشرة قتلوا" -> "مسؤولون"; "سي إن إن" stays whole."""
    end = _clause_end(m.text)
    return m if end is None else Mention(m.text[:end], m.start, m.start + end)


@lru_cache(maxsize=65536)   # a mention's text recurs: quote after quote, article after article
def _clause_end(text: str) -> int | None:
    """Where ``cut_clause`` cuts ``text`` (None: nowhere)."""
    # most mentions hold no clause word: one pass over the whole text tells (diacritics
    # are word characters, so the text without them has the same words without them)
    if _clause_words().isdisjoint(WORD.findall(DIACRITICS.sub("", text))):
        return None
    ws = [(DIACRITICS.sub("", w.group(0)), w.end()) for w in WORD.finditer(text)]
    for k in range(1, len(ws)):
        w = ws[k][0]
        nxt = ws[k + 1][0] if k + 1 < len(ws) else ""
        if w in _clause_words() and w != nxt and w != ws[k - 1][0]:
            return ws[k - 1][1]
    return None


@lru_cache(maxsize=None)
def _manner_words() -> frozenset[str]:
    return frozenset(norm(w) for w in rules_io.lines("speaker_manner_words.txt"))


@lru_cache(maxsize=65536)
def cut_manner(surface: str) -> str:
    """A person's name without what follows ب + a manner noun after it
    (``speaker_manner_words.txt``): "سامر نجيب بهدوء وثقة" -> "سامر نجيب"; "" when the
    mention starts with it ("بهدوء": no name at all)."""
    words = list(WORD.finditer(surface))
    for k in range(len(words)):
        w = norm(words[k].group(0))
        if w[:1] == "ب" and (w[1:] in _manner_words() or w[1:3] == "ال"
                             and w[3:] in _manner_words()):
            return surface[:words[k - 1].end()] if k else ""
    return surface

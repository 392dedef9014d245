"""The quote rules as compiled, read-only data: speech verbs, complementizers, titles.

Matching runs on a *folded* copy of the text that has exactly the same length as the
original (one character for one character), so every match offset is an offset into
``articles.text``: أ إ آ ٱ -> ا, ى ی ئ -> ي, ؤ -> و, ة -> ه, ک -> ك. BBC text writes
"اكد" and "اضاف" without hamza; the fold makes them match "أكد" and "أضاف".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from analysis import rules_io
from analysis.normalize import ARABIC_LETTERS

_FOLD = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ی", "ي"), ("ئ", "ي"),
         ("ؤ", "و"), ("ة", "ه"), ("ک", "ك"))


# Arabic presentation forms: glyph codes copied from PDFs ("ﻭﻗﺎﻝ" for "وقال")


def _letter_forms() -> dict[str, str]:
    """Each presentation form that draws Arabic letters -> those letters: one letter for
    most, two for a lam-alef ligature ("ﻻ" -> "لا"), four for "ﷲ"; forms of marks and
    phrases with spaces ("ﷺ") are left out."""
    out: dict[str, str] = {}
    for cp in range(0xFB50, 0xFEFF):
        ch = chr(cp)
        letters = unicodedata.normalize("NFKC", ch)
        if letters != ch and all(c in ARABIC_LETTERS for c in letters):
            out[ch] = letters
    return out


_LETTER_FORMS = _letter_forms()
_LETTER_TABLE = {ord(ch): letters for ch, letters in _LETTER_FORMS.items()}
# any form that draws letters: text with only "﴾ ﴿" or "ﷺ" (left as they are) has nothing to map
_PRES_RE = re.compile("[" + "".join(_LETTER_FORMS) + "]")
# the forms that stand for more than one letter (lam-alef ligatures, "ﷲ")
_MULTI_RE = re.compile("[" + "".join(ch for ch, letters in _LETTER_FORMS.items() if len(letters) > 1) + "]")


def plain_text(text: str) -> tuple[str, list[int] | None]:
    """The text with presentation forms written as the letters they draw ("ﻭﻗﺎﻝ" ->
    "وقال", "ﺍﻹﻋﻼﻡ" -> "الإعلام") and, for each of its characters, the index in ``text``
    (plus ``len(text)`` at the end); ``(text, None)`` when it has none (almost always)."""
    if _PRES_RE.search(text) is None:
        return text, None
    index: list[int] = []
    pos = 0
    for m in _MULTI_RE.finditer(text):     # only a ligature moves the offsets
        index.extend(range(pos, m.start()))
        index.extend([m.start()] * len(_LETTER_FORMS[m.group()]))
        pos = m.end()
    index.extend(range(pos, len(text) + 1))
    return text.translate(_LETTER_TABLE), index


def fold(text: str) -> str:
    """Length-preserving fold of letter variants (for matching only).

    A chain of str.replace: about 100 times faster than str.translate on Arabic text,
    whose non-ASCII characters take translate's slow path. Presentation forms are not
    folded here: :func:`plain_text` writes a glyph article in letters before any matching.
    """
    for a, b in _FOLD:
        if a in text:
            text = text.replace(a, b)
    return text


_DIAC = "[\u064B-\u0652\u0640]*"
# \w as the body of a regex class, with the Arabic letters (all of them \w) spelt out
# first: the engine then settles most characters of a text with one range test instead
# of a Unicode category lookup (about 6% fewer instructions for the verb scan)
WORD_CHARS = r"\u0621-\u064A\w"


def _trie(words: dict[str, str] | list[str]) -> str:
    """A regex alternation shaped as a trie (much faster than a flat alternation)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts, end = [], False
        for ch, child in sorted(node.items()):
            if ch == "":
                end = True
            else:
                alts.append(re.escape(ch) + emit(child))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not end else "(?:" + "|".join(alts) + ")"
        return body + ("?" if end else "")
    return emit(root)


class VerbHit(NamedTuple):
    start: int      # with the و/ف prefix
    vstart: int     # the verb itself
    end: int
    form: str       # folded, without diacritics


_TANWEEN = re.compile("[\u064B-\u064D]")


def is_participle(form: str) -> bool:
    """مضيفا، مؤكدة، قائلا، لافتا: an active participle (folded form, no diacritics)."""
    return len(form) >= 5 and (form[0] == "م" or form[1] == "ا")


def find_verbs(folded: str, lex: "Lexicon") -> list[VerbHit]:
    """Every speech verb of a folded text, in order.

    A word with tanween is a noun or a participle, never a finite verb: "حذرًا" (caution)
    is not "حذرا" (they both warned), "مشيرًا" is a participle.
    """
    # the regex starts with the character before the verb (see lexicon()); a space in front
    # gives a verb at the very start one, and every offset is one less than in " " + folded
    hits = [VerbHit(m.start(1) - 1, m.start(2) - 1, m.end() - 1, m.group(2))
            for m in lex.verb_re.finditer(" " + folded)]
    extra = []
    for start, end in _diacritized_words(folded):
        plain = strip_diacritics(folded[start:end])
        for pre in ("", "و", "ف"):
            form = plain[len(pre):]
            if plain.startswith(pre) and form in lex.lemma:
                if not _TANWEEN.search(folded, start, end) or is_participle(form):
                    extra.append(VerbHit(start, start + len(pre), end, form))
                break
    if extra:
        hits = sorted(set(hits) | set(extra))
    return hits


_DIAC_CHARS = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640"
_DIAC_CHAR = re.compile(f"[{_DIAC_CHARS}]")
_WORD_END = re.compile("[\\w\u064B-\u0652\u0640]*")


def _diacritized_words(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words that carry a diacritic or tatweel (the verb regex skips them).

    Found from the diacritics themselves: most words carry none, so this costs one pass
    of a one-character class instead of a word-by-word regex.
    """
    out: list[tuple[int, int]] = []
    # about half the articles carry no diacritic at all: nine str scans (memchr-fast) say so
    # sooner than one pass of the regex
    if not any(ch in text for ch in _DIAC_CHARS):
        return out
    last_end = -1
    for m in _DIAC_CHAR.finditer(text):
        at = m.start()
        if at < last_end:
            continue
        start = at
        while start > 0 and (text[start - 1].isalnum() or "\u064B" <= text[start - 1] <= "\u0652"
                             or text[start - 1] in "_\u0640"):
            start -= 1
        last_end = _WORD_END.match(text, at).end()
        if start < last_end:
            out.append((start, last_end))
    return out


_DIAC_RE = re.compile(_DIAC[:-1])


def strip_diacritics(word: str) -> str:
    return _DIAC_RE.sub("", word)


def _strip_al(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


class Lexicon(NamedTuple):
    verb_re: re.Pattern[str]        # a non-letter, then a speech verb (optional و/ف) as a whole word
    lemma: dict[str, str]           # folded surface form -> lemma (original spelling)
    comp_re: re.Pattern[str]        # complementizer at a position (use .match)
    titles: frozenset[str]          # folded, without ال
    org_heads: frozenset[str]
    anon_heads: frozenset[str]
    stops: frozenset[str]           # single-word stops (folded)
    stop_phrases: tuple[tuple[str, ...], ...]  # multi-word stops (folded words)
    not_quote_heads: frozenset[str]  # words before marks that name a thing, not speech
    verb_forms: frozenset[str]


def _words(name: str) -> list[str]:
    return [fold(x.replace("_", " ")) for x in rules_io.lines(name)]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Build the lexicon once per process from ``analysis/rules/``."""
    lemma: dict[str, str] = {}
    for line in rules_io.lines("speech_verbs.txt") + rules_io.lines("told_object_forms.txt"):
        forms = [f.replace("_", " ") for f in line.split()]   # "جاء_في": two words
        for f in forms:
            lemma.setdefault(fold(f), forms[0])
    # one pass of a trie-shaped regex; diacritics inside a verb ("مشيرًا") are handled by
    # find_verbs on the few words that carry them. It starts with the character before the
    # verb (no letter or diacritic), not with a lookbehind: the regex engine then skips
    # along to the spaces and marks between words instead of trying every position
    verb_re = re.compile(rf"[^{WORD_CHARS}\u064B-\u0652]([وف]?)({_trie(lemma)})(?![{WORD_CHARS}\u064B-\u0652])")
    comp = "|".join(rules_io.lines("complementizers.txt"))
    comp_re = re.compile(rf"(?:{comp})(?![\w])")
    singles, phrases = set(), []
    for w in _words("name_stops.txt"):
        parts = tuple(w.split())
        if len(parts) == 1:
            singles.add(parts[0])
        else:
            phrases.append(parts)
    return Lexicon(
        verb_re=verb_re, lemma=lemma, comp_re=comp_re,
        titles=frozenset(_strip_al(w) for w in _words("titles.txt")),
        org_heads=frozenset(_strip_al(w) for w in _words("organization_heads.txt")),
        anon_heads=frozenset(_strip_al(w) for w in _words("anonymous_heads.txt")),
        stops=frozenset(singles), stop_phrases=tuple(phrases),
        not_quote_heads=frozenset(_strip_al(w) for w in _words("not_quote_heads.txt")),
        verb_forms=frozenset(lemma),
    )


@lru_cache(maxsize=1)
def told_object_forms() -> frozenset[str]:
    """Folded forms of the telling verbs with an object pronoun ("ابلغوه", "اخبرهم";
    rules/told_object_forms.txt, without each line's lemma): cues only before a
    complementizer."""
    return frozenset(fold(f) for line in rules_io.lines("told_object_forms.txt") for f in line.split()[1:])


# the next word after an offset, past spaces and diacritics (group 1)
NEXT_WORD = re.compile(r"[\s\u064B-\u0652]+(\w+)")


@lru_cache(maxsize=None)
def rule_keys(filename: str) -> frozenset[str]:
    """The words of ``rules/<filename>`` as token keys (folded, without ال and a glued
    و/ب/ل+ال): one loader for every word list that is matched against ``Tok.key``."""
    return frozenset(folded_key(fold(w)) for w in rules_io.lines(filename))


@lru_cache(maxsize=None)
def rule_words(filename: str) -> frozenset[str]:
    """The words of ``rules/<filename>``, folded: matched against ``Tok.f``."""
    return frozenset(fold(w) for w in rules_io.lines(filename))


@lru_cache(maxsize=None)
def rule_phrases(filename: str) -> frozenset[tuple[str, ...]]:
    """The lines of ``rules/<filename>`` as tuples of folded words: matched word by word
    against ``Tok.f`` ("المنتهية ولايته", "الولايات المتحدة")."""
    return frozenset(tuple(fold(w) for w in line.split()) for line in rules_io.lines(filename))


def acronym_letters() -> frozenset[str]:
    """Arabic spellings of Latin letters ("بي", "سي", "إف"; rules/acronym_letters.txt),
    folded: a run of them is an acronym («بي بي سي»), for the marks and the names alike."""
    return rule_words("acronym_letters.txt")


def head_key(word: str) -> str:
    """A folded word without ال / و / ب / ل prefixes, for head-word lookups."""
    return folded_key(fold(word))


def folded_key(w: str) -> str:
    """:func:`head_key` of an already folded word (وال / بال / فال / لل / ال removed).

    Called for every word of an article by the attribution: plain character tests, no loop.
    """
    n = len(w)
    if n > 3:
        c = w[0]
        if c == "ا":
            return w[2:] if w[1] == "ل" else w
        if c in "وبف":
            return w[3:] if n > 5 and w[1] == "ا" and w[2] == "ل" else w
        if c == "ل" and w[1] == "ل" and n > 4:
            return w[2:]
    return w

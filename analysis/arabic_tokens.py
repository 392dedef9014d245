"""Arabic word tokens with clitic- and inflection-aware matching of term lists.

A token keeps its normalised form (for matching) and its exact offsets in the original
text (for evidence and spans). A term matches a token when the term's normalised form is
one of the token's *readings*: the token with a proclitic chain (و ف ب ك ل ال لل ...) and/or
one inflectional or pronoun suffix (ات ون ين ان تين ه يه يين ي ا ها هم نا ...) removed. So
"مخيم" matches المخيمات، والمخيم، بالمخيمات but not مخيمر; whole tokens only, never a
substring of an unrelated word. Broken plurals (جنود، قوات) are listed as terms of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from analysis.normalize import normalize

# Proclitic chains, longest first (normalised spelling: أ -> ا).
PREFIXES = ("وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل",
            "ال", "لل", "وب", "فب", "وك", "فك", "ول", "فل", "وس", "و", "ف", "ب", "ك", "ل", "س")
# Suffixes, longest first. "ت" + pronoun restores a ta marbuta (مهمتنا -> مهمه).
SUFFIXES = ("اتهم", "اتها", "يين", "يون", "يات", "تين", "تان", "ات", "ون", "ين", "ان", "يه",
            "ها", "هم", "هن", "نا", "كم", "ه", "ي", "ا")
PRONOUNS = ("هما", "هم", "ها", "هن", "نا", "كم", "ه", "ي")
MIN_STEM = 3   # a reading that removed anything must keep at least this many letters

# Tokens are found on the original text (so offsets need no map) and normalised one by
# one. A word may carry diacritics, tatweel and zero-width marks inside it (انسحاباً، بـ).
_MARKS = "\u064b-\u065f\u0670\u0640\u200b-\u200f\u00ad"
_TOKEN = re.compile(
    r"[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*"
    rf"|[\u0621-\u063a\u0641-\u064a\u0671\u067e\u0686\u0698\u06a9\u06af\u06cc{_MARKS}]*"
    rf"[\u0621-\u063a\u0641-\u064a\u0671\u067e\u0686\u0698\u06a9\u06af\u06cc][\u0621-\u063a\u0641-\u064a\u0671\u067e\u0686\u0698\u06a9\u06af\u06cc{_MARKS}]*"
    r"|[A-Za-z]+|[^\s\u0640\u064b-\u065f\u0670\u200b-\u200f]")


class Token(NamedTuple):
    """One token: normalised form and exact offsets into the original text."""

    norm: str
    start: int
    end: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``: Arabic words, digit groups, Latin words, marks.

    Digits are split from letters, so "بـ608.5" gives "ب" and "608.5"; a word's span keeps
    its trailing diacritics (انسحاباً).
    """
    end = len(text) if end is None else end
    out = []
    for m in _TOKEN.finditer(text, start, end):
        norm = _norm(m.group(0))
        if norm:                       # a lone bidi mark or BOM normalises to nothing
            out.append(Token(norm, m.start(), m.end()))
    return out


_norm = lru_cache(maxsize=200_000)(normalize)


@lru_cache(maxsize=200_000)
def readings(word: str) -> frozenset[str]:
    """Every form of a normalised word with clitics and/or one suffix removed."""
    bases = {word} | {word[len(p):] for p in PREFIXES
                      if word.startswith(p) and len(word) - len(p) >= MIN_STEM}
    out = set(bases)
    for b in bases:
        for s in SUFFIXES:
            if b.endswith(s) and len(b) - len(s) >= MIN_STEM:
                stem = b[: -len(s)]
                out.add(stem)
                if s in PRONOUNS and stem.endswith("ت"):
                    out.add(stem[:-1] + "ه")          # مهمتنا -> مهمه
                if s in ("ات", "تين", "تان") and not stem.endswith("ه"):
                    out.add(stem + "ه")               # محافظات -> محافظه
    return frozenset(out)


def term_key(term: str) -> tuple[str, ...]:
    """A term as a tuple of normalised words, with a leading ال dropped from each."""
    words = normalize(term).split()
    return tuple(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words)


class TermIndex:
    """Terms (each with a payload) indexed by their first word, for fast lookup."""

    def __init__(self, terms: Iterable[tuple[str, object]]):
        self._first: dict[str, list[tuple[tuple[str, ...], str, object]]] = {}
        for term, payload in terms:
            key = term_key(term)
            if key:
                self._first.setdefault(key[0], []).append((key, term, payload))
        self._seen: dict[str, tuple] = {}
        for entries in self._first.values():
            entries.sort(key=lambda e: -len(e[0]))  # longest term first

    def find(self, tokens: list[Token]) -> list[tuple[int, int, str, object]]:
        """Non-overlapping matches as (first token, last token + 1, term, payload)."""
        out = []
        i = 0
        while i < len(tokens):
            hit = self._match_at(tokens, i) if self._entries(tokens[i].norm) else None
            if hit:
                out.append(hit)
                i = hit[1]
            else:
                i += 1
        return out

    def _entries(self, norm: str) -> tuple:
        """Terms whose first word is a reading of ``norm`` (memoised per word)."""
        hit = self._seen.get(norm)
        if hit is None:
            hit = tuple(e for r in readings(norm) for e in self._first.get(r, ()))
            if len(self._seen) < 500_000:
                self._seen[norm] = hit
        return hit

    def _match_at(self, tokens: list[Token], i: int):
        best = None
        for key, term, payload in self._entries(tokens[i].norm):
            j = i + len(key)
            if (best is None or j > best[1]) and j <= len(tokens) and all(
                    key[k] in readings(tokens[k + i].norm) for k in range(1, len(key))):
                best = (i, j, term, payload)
        return best

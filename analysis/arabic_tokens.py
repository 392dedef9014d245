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

from analysis.normalize import DIACRITICS, TATWEEL, normalize, normalize_with_map

# Proclitic chains, longest first (normalised spelling: أ -> ا).
PREFIXES = ("وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل",
            "ال", "لل", "وب", "فب", "وك", "فك", "ول", "فل", "وس", "و", "ف", "ب", "ك", "ل", "س")
# Suffixes, longest first. "ت" + pronoun restores a ta marbuta (مهمتنا -> مهمه).
SUFFIXES = ("اتهم", "اتها", "يين", "يون", "يات", "تين", "تان", "ات", "ون", "ين", "ان", "يه",
            "ها", "هم", "هن", "نا", "كم", "ه", "ي", "ا")
PRONOUNS = ("هما", "هم", "ها", "هن", "نا", "كم", "ه", "ي")
MIN_STEM = 3   # a reading that removed anything must keep at least this many letters

_TRAILING = DIACRITICS | {TATWEEL}
_TOKEN = re.compile(r"[0-9]+(?:[.,\u066b\u066c][0-9]+)*|[\u0621-\u064a]+|[A-Za-z]+|[^\s]")


class Token(NamedTuple):
    """One token: normalised form and exact offsets into the original text."""

    norm: str
    start: int
    end: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``: Arabic words, digit groups, Latin words, marks.

    Digits are split from letters, so "بـ608.5" gives "ب" and "608.5".
    """
    end = len(text) if end is None else end
    norm, index = normalize_with_map(text[start:end])
    out = []
    for m in _TOKEN.finditer(norm):
        tok_end = start + index[m.end() - 1] + 1
        while tok_end < end and text[tok_end] in _TRAILING:   # keep انسحاباً's tanween
            tok_end += 1
        out.append(Token(m.group(0), start + index[m.start()], tok_end))
    return out


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
        for entries in self._first.values():
            entries.sort(key=lambda e: -len(e[0]))  # longest term first

    def find(self, tokens: list[Token]) -> list[tuple[int, int, str, object]]:
        """Non-overlapping matches as (first token, last token + 1, term, payload)."""
        out = []
        i = 0
        while i < len(tokens):
            hit = self._match_at(tokens, i)
            if hit:
                out.append(hit)
                i = hit[1]
            else:
                i += 1
        return out

    def _match_at(self, tokens: list[Token], i: int):
        best = None
        for r in readings(tokens[i].norm):
            for key, term, payload in self._first.get(r, ()):
                j = i + len(key)
                if (best is None or j > best[1]) and j <= len(tokens) and all(
                        key[k] in readings(tokens[k + i].norm) for k in range(1, len(key))):
                    best = (i, j, term, payload)
        return best

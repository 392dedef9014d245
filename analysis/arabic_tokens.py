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
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
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
# The same pattern as one capturing group: re.split gives gap, token, gap, token ... in C.
_SPLIT = re.compile(f"({_TOKEN.pattern})")


# a term match: (first token, last token + 1, term as written, payload)
Match = tuple[int, int, str, object]


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


class WordTest:
    """A yes/no question about a normalised word, asked once per word: the answers are kept
    in two sets, so the words of a whole text are sorted with set operations."""

    MAX_WORDS = 1_000_000     # forget everything past this many words (memory bound)

    def __init__(self, fn: Callable[[str], bool]):
        self.fn = fn
        self.yes: set[str] = set()
        self.known: set[str] = set()

    def __call__(self, norm: str) -> bool:
        if norm in self.known:
            return norm in self.yes
        return self._learn(norm)

    def _learn(self, norm: str) -> bool:
        if len(self.known) >= self.MAX_WORDS:
            self.yes.clear()
            self.known.clear()
        ok = bool(self.fn(norm))
        if ok:
            self.yes.add(norm)
        self.known.add(norm)
        return ok

    def passing(self, words: set[str]) -> set[str]:
        """The words of ``words`` that pass."""
        for w in words - self.known:
            self._learn(w)
        return words & self.yes


class TextTokens:
    """Every token of one text, found once; a span of the text reads a slice of them.

    The theme, claim and number steps look at the same words many times (a paragraph, the
    quotes in it, each sentence piece): they share one tokenisation per article
    (:func:`text_tokens`) and, per :class:`WordTest`, the sorted positions that pass it.
    Tokens are kept as three parallel lists (norms, starts, ends); :class:`Token` objects
    are made only for the spans that need them.
    """

    def __init__(self, text: str):
        parts = _SPLIT.split(text)                 # gap, token, gap, token, ..., gap
        offsets = list(accumulate(map(len, parts), initial=0))
        starts, ends = offsets[1::2], offsets[2::2]
        norms = list(map(_norm, parts[1::2]))
        if "" in norms:                           # a lone bidi mark or BOM: no token
            keep = [k for k, n in enumerate(norms) if n]
            norms = [norms[k] for k in keep]
            starts = [starts[k] for k in keep]
            ends = [ends[k] for k in keep]
        self.text = text
        self.norms, self.starts, self.ends = norms, starts, ends
        self._words: set[str] | None = None
        self._where: dict[WordTest, list[int]] = {}
        self._found: dict[TermIndex, tuple[list[int], list[Match]]] = {}

    def span(self, start: int, end: int) -> Span:
        """The tokens of ``text[start:end]``, exactly as ``tokenize(text, start, end)``.

        Tokens wholly inside the span are the text's own; a span that cuts a token (a
        sentence piece ending inside "12.500") is tokenised anew from where it diverges.
        """
        starts, ends = self.starts, self.ends
        i = bisect_left(starts, start)
        if i > 0 and ends[i - 1] > start:         # cuts a token at its start: read anew
            return Span.of(tokenize(self.text, start, end))
        j = max(i, bisect_right(ends, end))
        if j < len(starts) and starts[j] < end:   # a token runs past the end
            tail = tokenize(self.text, ends[j - 1] if j > i else start, end)
            return Span.of(list(map(Token, self.norms[i:j], starts[i:j], ends[i:j])) + tail)
        return Span(self.norms[i:j], starts[i:j], ends[i:j], i, self)

    def where(self, test: WordTest) -> list[int]:
        """Sorted indexes of the tokens whose normalised form passes ``test`` (memoised)."""
        hit = self._where.get(test)
        if hit is None:
            if self._words is None:
                self._words = set(self.norms)
            ok = test.passing(self._words)
            hit = list(compress(count(), map(ok.__contains__, self.norms))) if ok else []
            self._where[test] = hit
        return hit


    def found(self, index: TermIndex) -> tuple[list[int], list[Match]]:
        """``index``'s matches over the whole text (memoised), and their first tokens."""
        hit = self._found.get(index)
        if hit is None:
            whole = index.scan(self.norms, self.where(index.starts_term))
            hit = ([m[0] for m in whole], whole)
            self._found[index] = hit
        return hit


class Span(NamedTuple):
    """The tokens of a span of a text as parallel lists; ``base`` is the first one's index
    in ``source`` when they are a plain slice of it (else None)."""

    norms: list[str]
    starts: list[int]
    ends: list[int]
    base: int | None = None
    source: TextTokens | None = None

    @classmethod
    def of(cls, tokens: list[Token]) -> Span:
        return cls([t.norm for t in tokens], [t.start for t in tokens], [t.end for t in tokens])

    @property
    def tokens(self) -> list[Token]:
        return list(map(tuple.__new__, repeat(Token), zip(self.norms, self.starts, self.ends)))

    def where(self, test: WordTest) -> list[int]:
        """Sorted indexes (into the span) of the tokens whose norm passes ``test``."""
        if self.source is None:
            return [k for k, n in enumerate(self.norms) if test(n)]
        pos, b = self.source.where(test), self.base
        lo, hi = bisect_left(pos, b), bisect_left(pos, b + len(self.norms))
        return [p - b for p in pos[lo:hi]] if b else pos[lo:hi]

    def count(self, test: WordTest) -> int:
        """How many tokens pass ``test``."""
        if self.source is None:
            return sum(map(test, self.norms))
        pos, b = self.source.where(test), self.base
        return bisect_left(pos, b + len(self.norms)) - bisect_left(pos, b)


@lru_cache(maxsize=4)
def text_tokens(text: str) -> TextTokens:
    """The tokens of a whole text, kept for the few latest texts (one article is read by
    the theme, claim and number steps in turn)."""
    return TextTokens(text)


def span_tokens(text: str, start: int = 0, end: int | None = None) -> Span:
    """``tokenize(text, start, end)`` read from the text's shared tokenisation."""
    return text_tokens(text).span(start, len(text) if end is None else end)


def _by_char(affixes: tuple[str, ...], at: int) -> dict[str, tuple[str, ...]]:
    """Affixes grouped by their first (``at=0``) or last (``at=-1``) letter, order kept:
    a word is tested only against the affixes that can fit it."""
    out: dict[str, tuple[str, ...]] = {}
    for a in affixes:
        out[a[at]] = out.get(a[at], ()) + (a,)
    return out


_PREFIXES_BY_FIRST = _by_char(PREFIXES, 0)
_SUFFIXES_BY_LAST = _by_char(SUFFIXES, -1)


@lru_cache(maxsize=200_000)
def readings(word: str) -> frozenset[str]:
    """Every form of a normalised word with clitics and/or one suffix removed."""
    bases = {word} | {word[len(p):] for p in _PREFIXES_BY_FIRST.get(word[:1], ())
                      if word.startswith(p) and len(word) - len(p) >= MIN_STEM}
    out = set(bases)
    for b in bases:
        for s in _SUFFIXES_BY_LAST.get(b[-1:], ()):
            if b.endswith(s) and len(b) - len(s) >= MIN_STEM:
                stem = b[: -len(s)]
                out.add(stem)
                if s in PRONOUNS and stem.endswith("ت"):
                    out.add(stem[:-1] + "ه")          # مهمتنا -> مهمه
                if s in ("ات", "تين", "تان") and not stem.endswith("ه"):
                    out.add(stem + "ه")               # محافظات -> محافظه
    return frozenset(out)


@lru_cache(maxsize=200_000)
def ordered_readings(word: str) -> tuple[str, ...]:
    """:func:`readings` in a fixed order, the least-stripped first.

    Use it wherever the first matching reading wins (a unit, a term): a frozenset's
    order follows PYTHONHASHSEED, and "المدنيين" must give civilians on every run,
    not "مدن" (cities) on some.
    """
    return tuple(sorted(readings(word), key=lambda r: (-len(r), r)))


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
        self.starts_term = WordTest(self._entries)   # can a term start at this word?
        for entries in self._first.values():
            entries.sort(key=lambda e: -len(e[0]))  # longest term first

    def find(self, tokens: list[Token] | Span) -> list[Match]:
        """Non-overlapping matches as (first token, last token + 1, term, payload).

        Only tokens that can start a term are tried. A :class:`Span` that is a slice of
        its text's tokens reads the matches of the whole text (found once per text, see
        :meth:`TextTokens.found`): the paragraphs, quotes and sentence pieces of an
        article are asked about the same words many times.
        """
        if not isinstance(tokens, Span):
            norms = [t.norm for t in tokens]
            return self.scan(norms, [k for k, n in enumerate(norms) if self._entries(n)])
        if tokens.source is None or tokens.base is None:
            return self.scan(tokens.norms, tokens.where(self.starts_term))
        return self._from_whole(tokens)

    def _from_whole(self, span: Span) -> list[Match]:
        """:meth:`find` of a slice of a text's tokens, cut from the whole text's matches.

        The two agree unless a whole-text match crosses an edge of the slice: one that
        starts before the slice and reaches into it hides the slice's first words from
        the scan, and one that runs past its end is too long for the slice (which may hold
        a shorter term there). Then the slice is scanned on its own.
        """
        firsts, whole = span.source.found(self)
        b, e = span.base, span.base + len(span.norms)
        lo, hi = bisect_left(firsts, b), bisect_left(firsts, e)
        if (lo and whole[lo - 1][1] > b) or (hi > lo and whole[hi - 1][1] > e):
            return self.scan(span.norms, span.where(self.starts_term))
        if b == 0:
            return whole[lo:hi]
        return [(i - b, j - b, term, payload) for i, j, term, payload in whole[lo:hi]]

    def scan(self, norms: list[str], starts: Iterable[int]) -> list[Match]:
        """The greedy left-to-right matches of ``norms``, tried at the ``starts`` only."""
        out = []
        nxt = 0
        for i in starts:
            if i < nxt:
                continue
            hit = self._match_at(norms, i)
            if hit:
                out.append(hit)
                nxt = hit[1]
        return out

    def _entries(self, norm: str) -> tuple:
        """Terms whose first word is a reading of ``norm``, longest first (memoised per
        word; equal lengths keep their order, so the first that matches is the best)."""
        hit = self._seen.get(norm)
        if hit is None:
            if self._first.keys().isdisjoint(readings(norm)):
                hit = ()                           # most words start no term
            else:
                hit = tuple(sorted((e for r in ordered_readings(norm) for e in self._first.get(r, ())),
                                   key=lambda e: -len(e[0])))
            if len(self._seen) < 500_000:
                self._seen[norm] = hit
        return hit

    def _match_at(self, norms: list[str], i: int):
        """The longest term starting at token ``i`` (the first listed among equals)."""
        n = len(norms)
        for key, term, payload in self._entries(norms[i]):
            j = i + len(key)
            if j <= n and all(key[k] in readings(norms[k + i]) for k in range(1, len(key))):
                return (i, j, term, payload)
        return None

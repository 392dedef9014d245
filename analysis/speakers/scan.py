"""One article's text as resolution searches it: normalised, folded, and tokens on demand.

Resolution needs a name form's occurrences and the few tokens around them. Doing that
with ``normalize`` (``str.translate``: about 160 µs for a 2,700-character article), a
token list of the whole text and ``names.fold`` of every word cost five times more than
the rest of resolution, so:

- the normalised text and the *fold string* are made by one table lookup over the
  text's code points (numpy, 20-40 µs each), each with the original index of its
  characters;
- tokens are context-free (a word is a maximal run of ``WORD`` characters, any other
  non-space character is a mark of its own), so the tokens after a position are read
  forwards from it and the tokens before it backwards, in the reversed text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from codecs import utf_32_le_decode
from functools import lru_cache

import numpy as np

from analysis.normalize import normalize
from analysis.speakers.lexicon import TOKEN, WORD

_WORD_CHAR = re.compile(WORD.pattern[:-1])   # one character of a word ("[...]+" -> "[...]")
SEP = " "                                    # what any non-word character is in a fold string
_GONE = 0xFFFFFFFF                           # table entry of a character that is left out
_NOT_WORD_CHAR = re.compile("[^" + _WORD_CHAR.pattern[1:])   # "[...]" -> "[^...]"


def _codes_of(text: str) -> np.ndarray:
    """The text's code points (uint32)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)


@lru_cache(maxsize=None)
def _tables() -> tuple[np.ndarray, np.ndarray]:
    """Per code point: its normalised code point, and its code point in a fold string
    (``_GONE``: left out). ``normalize`` changes nothing beyond the BMP."""
    bmp = [chr(c) for c in range(0x10000)]
    norm_tab = np.arange(0x110000, dtype=np.uint32)
    norm_tab[:0x10000] = [ord(n) if (n := normalize(c)) else _GONE for c in bmp]
    fold_tab = norm_tab.copy()
    # the word characters: every other one made NUL (no word character itself) in one pass
    word = _codes_of(_NOT_WORD_CHAR.sub("\0", "".join(bmp))) != 0
    fold = fold_tab[:0x10000]                # a view: names.fold drops hamzas and what
    fold[~word] = ord(SEP)                   # normalize deletes; other marks separate words
    fold[word & (fold == ord("ء"))] = _GONE
    return norm_tab, fold_tab


def codes(text: str) -> np.ndarray:
    """The text's code points, as indexes (what ``ndarray.take`` reads fastest); made once
    for both the normalised text and the fold string."""
    return _codes_of(text).astype(np.intp)


def _string(codes: np.ndarray) -> str:
    """The string of a contiguous uint32 array of code points (decoded in place, no copy)."""
    return utf_32_le_decode(codes, "surrogatepass", True)[0]


def normalised(text: str, points: np.ndarray | None = None) -> tuple[str, np.ndarray]:
    """``normalize(text)`` and, for each of its characters, its index in ``text``
    (``points``: the text's ``codes``)."""
    out = _tables()[0].take(codes(text) if points is None else points)
    kept = out != _GONE
    return _string(out[kept]), kept.nonzero()[0]


def folded(text: str, points: np.ndarray | None = None) -> tuple[str, np.ndarray]:
    """The text's *fold string* and, for each of its characters, its index in ``text``.

    Every word's ``names.fold`` stands in it where the word stands, between ``SEP``
    characters (each non-word character is one): normalised, hamzas dropped and repeated
    letters written once, as ``names.fold`` does word by word (``points``: the text's
    ``codes``).
    """
    points = codes(text) if points is None else points
    out = _tables()[1].take(points)
    if np.maximum.reduce(points, initial=0) >= 0x10000:   # rare: the table is the BMP's
        for i in (points >= 0x10000).nonzero()[0]:
            if _WORD_CHAR.match(chr(points[i])) is None:
                out[i] = ord(SEP)
    kept = out != _GONE
    out, index = out[kept], kept.nonzero()[0]
    first_of_run = np.empty(len(out), bool)
    first_of_run[:1] = True
    np.not_equal(out[1:], out[:-1], out=first_of_run[1:])
    return _string(out[first_of_run]), index[first_of_run]


class Words:
    """A surface form's normalised words as a matcher on normalised text: the words in
    order, whitespace between them, ending at a word end; the same hits as the pattern
    ``word1\\s+word2...(?!\\w)`` without compiling one regex per name form."""

    __slots__ = ("first", "rest")

    def __init__(self, parts: list[str]) -> None:
        self.first, self.rest = parts[0], parts[1:]

    def match(self, norm: str, s: int) -> int | None:
        """The end of the words starting at ``s``, or None."""
        if not norm.startswith(self.first, s):
            return None
        p, n = s + len(self.first), len(norm)
        for w in self.rest:
            q = p
            while q < n and norm[q].isspace():
                q += 1
            if q == p or not norm.startswith(w, q):
                return None
            p = q + len(w)
        if p < n and (norm[p].isalnum() or norm[p] == "_"):
            return None
        return p

    def search(self, norm: str, pos: int) -> tuple[int, int] | None:
        """The first (start, end) of the words at or after ``pos``."""
        while (s := norm.find(self.first, pos)) >= 0:
            e = self.match(norm, s)
            if e is not None:
                return s, e
            pos = s + 1
        return None


class Regex:
    """The pattern itself, for the odd form the plain matcher does not cover (a word
    that normalises to nothing)."""

    def __init__(self, parts: list[str]) -> None:
        self.pat = re.compile(r"\s+".join(map(re.escape, parts)) + r"(?!\w)")

    def match(self, norm: str, s: int) -> int | None:
        m = self.pat.match(norm, s)
        return None if m is None else m.end()

    def search(self, norm: str, pos: int) -> tuple[int, int] | None:
        m = self.pat.search(norm, pos)
        return None if m is None else m.span()


_SPACE = re.compile(r"\s")     # what str.isspace is true of


@lru_cache(maxsize=4096)
def form_matcher(surface: str) -> Words | Regex | None:
    """The surface form's words as one matcher (made once per form); it looks for the
    first word as a literal, so a search for it is fast."""
    parts = [normalize(w) for w in WORD.findall(surface)]
    if not parts or not all(parts) or _SPACE.search("".join(parts)):
        return None if not parts else Regex(parts)
    return Words(parts)


_REST_OF_WORD = re.compile(f"(?<={_WORD_CHAR.pattern}){WORD.pattern}")
_ONE_TOKEN = f"(?>{TOKEN.pattern})"          # atomic: a word is never cut short
_SPACED_TOKEN = re.compile(rf"\s*({TOKEN.pattern})")   # only whitespace stands between tokens


@lru_cache(maxsize=None)
def _tokens_pattern(k: int) -> re.Pattern[str]:
    """``k`` tokens in a row (only whitespace is skipped between tokens)."""
    return re.compile(_ONE_TOKEN + rf"(?:\s*{_ONE_TOKEN}){{{k - 1}}}")


class Tokens:
    """One text's tokens (words and single marks) as (token, start, end), read on demand."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._reversed_: str | None = None

    @property
    def _reversed(self) -> str:
        """The text reversed, made on first use (``prev`` reads tokens in it)."""
        if self._reversed_ is None:
            self._reversed_ = self.text[::-1]
        return self._reversed_

    def _next_start(self, p: int) -> int:
        """``p``, or the end of the word that holds the characters on both sides of it."""
        m = _REST_OF_WORD.match(self.text, p)
        return p if m is None else m.end()

    def next(self, p: int) -> tuple[str, int, int] | None:
        """The first token that starts at or after ``p``."""
        m = _SPACED_TOKEN.match(self.text, self._next_start(p))
        return None if m is None else (m.group(1), m.start(1), m.end(1))

    def prev(self, p: int) -> tuple[str, int, int] | None:
        """The last token that starts before ``p``."""
        n = len(self.text)
        m = _SPACED_TOKEN.match(self._reversed, n - self._next_start(p))
        if m is None:
            return None
        s, e = n - m.end(1), n - m.start(1)
        return self.text[s:e], s, e

    def after(self, p: int) -> Iterator[tuple[str, int, int]]:
        """The tokens that start at or after ``p``, in text order: ``next`` again and again.

        One scan serves them all: each token ends where the next search starts, so the
        search finds what ``next`` would (any non-space character starts a token)."""
        for m in _SPACED_TOKEN.finditer(self.text, self._next_start(p)):
            yield m.group(1), m.start(1), m.end(1)

    def before(self, p: int) -> Iterator[tuple[str, int, int]]:
        """The tokens that start before ``p``, nearest first: ``prev`` again and again,
        as one scan of the reversed text (see :meth:`after`)."""
        n, text = len(self.text), self.text
        for m in _SPACED_TOKEN.finditer(self._reversed, n - self._next_start(p)):
            s, e = n - m.end(1), n - m.start(1)
            yield text[s:e], s, e

    def end_of(self, p: int, k: int) -> int | None:
        """The end of the ``k`` tokens from the one that starts at ``p`` (None: fewer
        are left)."""
        m = _tokens_pattern(k).match(self.text, p)
        return None if m is None else m.end()

    def word_at(self, p: int) -> tuple[int, int]:
        """The span of the word that holds the character at ``p`` (a word character)."""
        s = p
        while s > 0 and _WORD_CHAR.match(self.text, s - 1) is not None:
            s -= 1
        return s, WORD.match(self.text, p).end()

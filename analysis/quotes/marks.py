"""Direct quotes: words inside quotation marks, in every convention of real text.

Conventions seen: «…» (Asharq Al-Awsat, also for names of groups), straight "…" (BBC),
curly “…” used either way round, even backwards (”…”) or doubled (””…”) as in the seed,
single ‘…’. A quote left open runs to the end of its paragraph; a quote opened in one
paragraph and closed in a later one is one quote per paragraph. BBC breaks newspaper names
onto their own line inside the marks (`صحيفة "⏎التايمز⏎"`): those marks are not quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple


from analysis.quotes.lexicon import WORD_CHARS, Lexicon, acronym_letters, fold, folded_key, head_key, rule_keys, rule_words
from analysis.records import Paragraph

_SINGLES = "‘’"
_ANY_MARK = re.compile(r"[«»\"“”„‘’]")
_WORD = re.compile(rf"[{WORD_CHARS}]+")     # \w+
_BROKEN_NAME = re.compile(r"[\"“”][ \t]*\n[^\n\"“”«»]{1,60}\n[ \t]*[\"“”]")
_BROKEN_STARTS = "\"“”"
_TRIM = " \t\u200f\u200e"
MIN_QUOTE_WORDS = 3


class Marked(NamedTuple):
    """A marked span: ``open``/``close`` are the mark positions (close == para end if open)."""

    para: int
    open: int           # offset of the opening mark (or of the paragraph start)
    close: int          # offset of the closing mark (or of the paragraph end)
    start: int          # the words inside, trimmed
    end: int
    words: int
    is_quote: bool      # three or more words and not the name of a thing
    left_open: bool     # no closing mark in this paragraph
    continued: bool     # closes a quote opened in an earlier paragraph


def _inner(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    return a, b


def _pairs(text: str, p: Paragraph, marks: list[int], ignored: set[int], carried: bool
           ) -> tuple[list[tuple[int, int, bool, bool]], bool]:
    """(open, close, left_open, continued) pairs of one paragraph; whether one stays open.

    ``marks``: the positions of the paragraph's marks, in order (the article is scanned
    for marks once: a regex pass over Arabic text costs about as much as the pairing).
    """
    out: list[tuple[int, int, bool, bool]] = []
    still_open = False
    # «…» with nesting: only the outermost pair is a candidate.
    depth, first = 0, -1
    doubles: list[tuple[int, int]] = []     # (start, end) of each run of double marks
    singles: list[int] = []
    for at in marks:
        ch = text[at]
        if ch == "«":
            if depth == 0:
                first = at
            depth += 1
        elif ch == "»":
            if depth > 0:
                depth -= 1
                if depth == 0:
                    out.append((first, at, False, False))
            elif carried and not out:
                out.append((p.start - 1, at, False, True))
        elif ch in _SINGLES:
            singles.append(at)
        elif doubles and doubles[-1][1] == at:
            doubles[-1] = (doubles[-1][0], at + 1)
        else:
            doubles.append((at, at + 1))
    if depth > 0:
        out.append((first, p.end, True, False))
        still_open = True
    # straight and curly double marks, paired in order; a run (””) counts as one mark.
    doubles = [d for d in doubles if d[0] not in ignored]
    i = 0
    if carried and doubles and len(doubles) % 2 == 1:
        out.append((p.start - 1, doubles[0][0], False, True))
        i = 1
    while i < len(doubles):
        if i + 1 < len(doubles):
            out.append((doubles[i][1] - 1, doubles[i + 1][0], False, False))
        else:
            out.append((doubles[i][1] - 1, p.end, True, False))
            still_open = True
        i += 2
    # single marks pair only from an opening ‘ (rare: most paragraphs have none)
    for a, b in zip(singles, singles[1:]):
        if text[a] == "‘" and text[b] == "’":
            out.append((a, b, False, False))
    return out, still_open


# words that make the marked words a clause, not a name ("«الحكومة لن تتراجع»")
_CLAUSE_WORDS = frozenset({"لن", "لا", "لم", "قد", "سوف", "ان", "انه", "انها", "هو", "هي", "هم",
                           "نحن", "انا", "كان", "كانت", "ليس", "ما", "يجب", "تم", "هذا", "هذه"})
MAX_NAME_WORDS = 7      # «الائتلاف الوطني لقوى المعارضة والثورة السورية»
MIN_QUOTE_AFTER_BI = 5  # بـ«المسؤولة عن تدهور الخدمات في كل المدن» is a quote, بـ«خارطة الطريق» not
# "«...»، طبقًا للتقرير", "«...»، وذلك على حد وصف البيان": the source follows the quote
SOURCE_AFTER = re.compile(r"^[\s،,]*(?:وذلك\s+)?(?:على\s+حد\s+(?:قول|تعبير|وصف)|(?:ب?حسب|وفق|طبق)"
                          r"[\u064B-\u0652]*\S*\s+(?:ما\s+|تعبير|ل|لـ)|(?:وفقا|طبقا)[\u064B-\u0652]*\s*ل)")


@lru_cache(maxsize=1)
def _name_links() -> frozenset[str]:
    return rule_words("name_links.txt")


# one-letter (and و/ف + one-letter) prefixes of an indefinite head: لشركة, بشركة, وتنظيم, ولشركة
_HEAD_PREFIXES = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")


def _prefixed_head(word: str, heads: frozenset[str]) -> bool:
    """An indefinite head word behind a prefix: "مدير بشركة «...»", "لدى وكالة", "ومجموعة"."""
    for p in _HEAD_PREFIXES:
        if word.startswith(p) and len(word) > len(p) + 2 and word[len(p):] in heads:
            return True
    return False


def _spells_acronym(text: str, a: int, b: int) -> bool:
    """«بي بي سي», «إف بي آي», «ان.بي.سي»: every word a Latin letter's name."""
    letters = acronym_letters()
    return all(fold(w) in letters for w in _WORD.findall(text, a, b))


_CLAUSE_PUNCT = re.compile(r"[،,.؟?!:]")   # marked words with it are a clause, not a name


def _names_a_thing(text: str, open_pos: int, a: int, b: int, words: int, lex: Lexicon) -> bool:
    """صحيفة «التايمز», تنظيم "داعش", بـ«خارطة الطريق», «هيئة التنسيق الوطنية»: a name.

    A definite word before the marks is the subject or object of the sentence, not a
    name's head ("وكتبت الصحيفة «...»", "ما سمته الحركة «...»").
    """
    before = text[max(0, open_pos - 30):open_pos].split()     # the word before the marks
    f = ""      # the word before the marks, folded
    if before:
        word = before[-1].rstrip("ـ")
        if word in ("ب", "ل", "بـ", "لـ"):
            return words < MIN_QUOTE_AFTER_BI
        f = fold(word)
        # "وقال في بيان «...»": a statement's words, not its name
        if not f.startswith(("ال", "وال")):
            key = folded_key(f)
            if key in lex.not_quote_heads and key not in rule_keys("document_heads.txt"):
                return True
    if words > MAX_NAME_WORDS:
        return False        # most quotes: no need to fold their words
    if _spells_acronym(text, a, b):
        return True
    inner = fold(text[a:b]).split()
    if any(w in _CLAUSE_WORDS for w in inner) or _CLAUSE_PUNCT.search(text, a, b):
        return False
    if before:
        # "محلل لدى «...»", "تنظيم يسمى «...»", "مدير بشركة «...»": a short name, not speech
        if f in _name_links() or (not f.startswith(("ال", "وال"))
                                  and _prefixed_head(f, lex.not_quote_heads)):
            return True
    return head_key(inner[0]) in lex.not_quote_heads


def find_marked(text: str, paras: list[Paragraph], lex: Lexicon) -> list[Marked]:
    """Every marked span of the article, outermost first within each paragraph."""
    positions = [m.start() for m in _ANY_MARK.finditer(text)]
    ignored: set[int] = set()
    last = -1
    for at in positions:
        # a broken name starts at a double mark (as _BROKEN_NAME.finditer would find it)
        if at >= last and text[at] in _BROKEN_STARTS:
            m = _BROKEN_NAME.match(text, at)
            if m is not None:
                ignored.add(m.start())
                ignored.add(m.end() - 1)
                last = m.end()
    out: list[Marked] = []
    carried = False
    k = 0
    for p in paras:
        k = bisect_left(positions, p.start, lo=k)
        k2 = bisect_left(positions, p.end, lo=k)
        if k == k2:
            carried = False     # no mark in this paragraph (most of them): nothing to pair
            continue
        pairs, carried_next = _pairs(text, p, positions[k:k2], ignored, carried)
        spans = []
        for o, c, left_open, continued in sorted(pairs):
            a, b = _inner(text, max(o + 1, p.start), c)
            if b <= a:
                continue
            spans.append((o, c, a, b, left_open, continued))
        for o, c, a, b, left_open, continued in spans:
            if any(o2 < o and c < c2 for o2, c2, *_ in spans):
                continue   # a «name» nested inside a quote
            words = len(_WORD.findall(text, a, b))
            is_quote = words >= MIN_QUOTE_WORDS and (continued or not _names_a_thing(text, o, a, b, words, lex))
            # tuple.__new__: what Marked(...) does, without its Python frame
            out.append(tuple.__new__(Marked, (p.para, o, c, a, b, words, is_quote, left_open, continued)))
        carried = carried_next
    return out

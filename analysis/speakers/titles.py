"""Appositive titles around a name: role and organisation.

A title is a run of *title words* (title heads, ranks, definite words, places, nationality
adjectives, organisation words, باسم / في / لدى) next to the name, starting with a title head
(``speaker_titles.txt``):

    "نائب القائد العام لقوات التحالف الدولي لمحاربة تنظيم داعش الجنرال كيفين كوبسي"
        -> role "نائب القائد العام", organisation "التحالف الدولي"
    "كينو كبرئيل  الناطق الرسمي باسم قوات سوريا الديمقراطية"
        -> role "الناطق الرسمي", organisation "قوات سوريا الديمقراطية"
    "وزير الخارجية الروسي سيرغي لافروف" -> role "وزير الخارجية", organisation "روسيا"

Ranks right before a name (الجنرال، العقيد) are skipped and are not a role.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from analysis import rules_io

from analysis.speakers.lexicon import words as words_of
from analysis.speakers.lexicon import (COMMAS, DIACRITICS, TOKEN, is_definite, is_in, is_in_any,
                                       is_place, is_stopword, nationality, norm)
from analysis.speakers.scan import Tokens

MAX_TITLE_WORDS = 14
# normalised: لدى -> لدي, لشؤون -> لشوون, إلى -> الي ("موفد الأمم المتحدة إلى سوريا")
_INNER = frozenset({"في", "لدي", "باسم", "لشوون", "الي"})
_ROLE_CUTS = frozenset({"في", "لدي", "الي"})


class Tok(NamedTuple):
    text: str
    start: int
    end: int


class Title(NamedTuple):
    phrase: str
    role: str | None
    organization: str | None


def tokenize(text: str) -> list[Tok]:
    """Words and punctuation marks of ``text`` with offsets."""
    return [Tok(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text)]


def _is_punct(t: Tok) -> bool:
    return _punct(t.text)


def _punct(word: str) -> bool:
    return len(word) == 1 and not word.isalnum()


def _ends_ta_marbuta(word: str) -> bool:
    if "ة" not in word:          # most words: nothing to strip
        return False
    bare = DIACRITICS.sub("", word)
    return len(bare) >= 3 and bare.endswith("ة")


@lru_cache(maxsize=262144)
def is_head(word: str) -> bool:
    return is_in(word, "titles")


@lru_cache(maxsize=262144)   # a word of every title candidate, across the corpus
def title_word(word: str) -> bool:
    """Can ``word`` stand inside a title phrase?"""
    n = norm(word)
    if n in _INNER:
        return True
    if not word[:1].isalpha() or is_stopword(word):
        return False
    if is_definite(word) or _ends_ta_marbuta(word):
        return True
    if is_in_any(word, ("titles", "ranks", "org_heads", "org_names", "descriptors")):
        return True
    if org_name_part(word):          # "مراسل بي بي سي في القاهرة"
        return True
    if n[:1] == "و" and len(n) > 3 and (is_in(word[1:], "org_heads") or is_in(word[1:], "titles")):
        return True     # "وزارة الخارجية وشؤون الكومنولث"; not "وليد"
    return nationality(word) is not None or is_place(word)


@lru_cache(maxsize=None)
def _org_name_parts() -> frozenset[str]:
    """The words of the organisation names written in several words ("بي بي سي")."""
    from analysis.speakers.lexicon import words
    return frozenset(p for name in words("org_names") if " " in name for p in name.split()
                     if len(p) >= 2 and not p.startswith("ال") and not is_in(p, "org_heads"))


def org_name_part(word: str) -> bool:
    """A word of an organisation name written in several words ("بي" of "بي بي سي")."""
    return norm(word) in _org_name_parts()


def _drop_conj(word: str) -> str:
    """"والمتحدث" -> "المتحدث": a glued و on the first word of a title is not part of it."""
    return word[1:] if word[:1] in "وف" and len(word) > 3 and is_head(word[1:]) else word


def split(words: list[str]) -> Title:
    """Role and organisation of one title phrase (words in text order)."""
    return _split(tuple(words))


@lru_cache(maxsize=65536)   # a person's title recurs at each of its names, and across articles
def _split(phrase: tuple[str, ...]) -> Title:
    words = list(phrase)
    words = [_drop_conj(words[0])] + words[1:] if words else words
    role_end, org_words = len(words), []
    i = 0
    while i + 1 < len(words):
        i += 1
        w = words[i]
        n = norm(w)
        if n in _ROLE_CUTS:
            role_end = i
            break
        if n == "باسم":
            role_end, org_words = i, words[i + 1:]
            break
        if _portfolio(w):
            # "مفوض شؤون الصحة", "المستشار للشؤون العربية": the portfolio and its complement
            # (next word and its adjectives) stay in the role, never an organisation
            i = _complement_end(words, i + 1) - 1
            continue
        if n in _whole_portfolios() and (i + 1 == len(words) or _portfolio(words[i + 1])):
            continue        # "وزير الدولة", "وزير الدولة لشؤون ...": both spellings of ل
        if n.startswith("لل"):
            role_end, org_words = i, ["ال" + w[2:]] + words[i + 1:]
            break
        if n.startswith("ل") and is_in(w[1:], "org_heads"):
            role_end, org_words = i, [w[1:]] + words[i + 1:]
            break
        if is_in(w, "org_heads") and not is_head(w) and not is_in(w, "descriptors") \
                or org_name_part(w) or is_in(w, "org_names"):     # "مراسل بي بي سي"
            role_end, org_words = i, words[i:]
            break
    role_words = [w for w in words[:role_end] if not is_in(w, "ranks") or is_head(w)]
    org = _organization(org_words)
    if org is not None and norm(org) in _whole_portfolios() and role_words:
        role_words, org = role_words + [org], None      # "وزير الدولة في وزارة ..."
    # "للشؤون المالية" is finance, not Mali: an adjective of the portfolio
    if role_words and len(role_words) > 1 and nationality(role_words[-1]) \
            and not _portfolio(role_words[-2]):
        country = nationality(role_words[-1])
        role_words = role_words[:-1]
        org = org or country
    role = " ".join(role_words) or None
    return Title(" ".join(words), role, org)


def _complement_end(words: list[str], j: int) -> int:
    """End of a portfolio's complement from ``words[j]``: that word and the definite
    adjectives after it ("لشؤون الشرق الأوسط", not "للشؤون العربية في ...")."""
    if j >= len(words) or norm(words[j]) in _INNER:
        return j
    j += 1
    while j < len(words) and norm(words[j]).startswith(("ال", "وال")) \
            and not is_in_any(words[j], ("org_heads", "org_names", "titles")):
        j += 1
    return j


@lru_cache(maxsize=None)
def _portfolios() -> tuple[frozenset[str], frozenset[str]]:
    """(portfolio words, portfolios only as a whole organisation), normalised."""
    lines = rules_io.lines("speaker_title_portfolios.txt")
    return (frozenset(norm(x) for x in lines if not x.startswith("=")),
            frozenset(norm(x[1:]) for x in lines if x.startswith("=")))


@lru_cache(maxsize=65536)
def _portfolio(word: str) -> bool:
    """A portfolio word, bare or after a glued ل / لل ("شؤون", "لشؤون", "للشؤون")."""
    n = norm(word)
    for p in ("لل", "ال", "ل"):
        if n.startswith(p) and n[len(p):] in _portfolios()[0]:
            return True
    return n in _portfolios()[0]


def _whole_portfolios() -> frozenset[str]:
    return _portfolios()[1]


def _organization(words: list[str]) -> str | None:
    out: list[str] = []
    for w in words:
        n = norm(w)
        if n in _ROLE_CUTS or is_in(w, "ranks") and not is_in(w, "org_heads"):
            break
        if out and n.startswith("ل") and not n.startswith("لل"):   # "لمحاربة تنظيم داعش"
            break
        out.append(w)
    # "قوات التحالف الدولي" -> "التحالف الدولي"; "قوات سوريا الديمقراطية" stays.
    if len(out) > 1 and is_in(out[0], "org_generic") and is_in(out[1], "org_heads"):
        out = out[1:]
    return " ".join(out) or None


class TitleFinder:
    """Finds titles around spans of one article's text (reading only the tokens next to
    each span, see ``scan.Tokens``)."""

    def __init__(self, text: str):
        self.text = text
        self.tokens = Tokens(text)

    def around(self, start: int, end: int) -> list[Title]:
        """The titles right before and right after ``text[start:end]`` (a name)."""
        out = []
        for phrase in (self._before(start), self._after(end)):
            if phrase:
                out.append(split(phrase))
        return out

    def _before(self, start: int) -> list[str]:
        toks = self.tokens.before(start)                  # nearest first
        t = next(toks, None)
        if t is not None and t[0] in COMMAS:
            t = next(toks, None)
        while t is not None and is_in(t[0], "ranks") and not is_head(t[0]):
            t = next(toks, None)
        run: list[str] = []
        while t is not None and len(run) < MAX_TITLE_WORDS and not _punct(w := t[0]) \
                and title_word(w):
            run.append(w)
            if is_head(w) and norm(w)[:1] in "وف" and is_head(w[1:]):
                break   # "والمتحدث الرسمي ...": a conjunct starts here
            t = next(toks, None)
        for x in range(len(run) - 1, -1, -1):     # the farthest head: read from the far end
            if is_head(run[x]):
                return run[x::-1]       # from the farthest head up to the name, in text order
        return []

    def _after(self, end: int) -> list[str]:
        toks = self.tokens.after(end)
        t = next(toks, None)
        if t is not None and t[0] in COMMAS:
            t = next(toks, None)
        if t is None or not is_head(w := t[0]) or norm(w)[:1] in "وف" and is_head(w[1:]):
            return []   # "كيفين كوبسي، والمتحدث الرسمي ...": the next person's title
        run = [w]
        t = next(toks, None)
        while t is not None and len(run) < MAX_TITLE_WORDS and not _punct(w := t[0]) \
                and title_word(w):
            if norm(w)[:1] == "و" and is_head(w[1:]):
                break   # "... والقائد العام": the next person's title
            run.append(w)
            t = next(toks, None)
        if is_in(run[-1], "ranks") or t is not None and not _punct(t[0]) \
                and not is_stopword(t[0]):
            return []   # "... الناطق باسم الجيش العقيد فلان": a title of the name that follows
        return run


def _before_family_name(word: str) -> bool:
    """A definite word a family name may follow ("الرئيس الأسد", "الأخضر الإبراهيمي"); not
    one with a glued preposition ("للأمم المتحدة", "للصليب الأحمر": the last word there is
    the complement's adjective)."""
    return not norm(word).startswith(("لل", "بال", "وال"))   # "والأمم المتحدة" too


def _adjective_of(word: str, noun: str) -> bool:
    """A definite -ية word after a definite feminine noun agrees with it: "رئيس الجمعية
    الوطنية", "مدير الهيئة الدولية" end with the noun's adjective, not a family name."""
    return norm(word).endswith("يه") and _ends_ta_marbuta(noun)


def _title_adjective(word: str, noun: str) -> bool:
    """The last word of a title is an adjective, not a family name: one of
    ``speaker_title_adjectives.txt`` ("المتحدث الرئاسي", "قائد الحرس الجمهوري"), or a -ة
    word after a feminine or -ات noun that is no person's title ("رئيس اللجنة المشرفة",
    "باحث في شؤون الجماعات المتطرفة"); a family name in -ة follows a person's title,
    masculine or feminine: "الوزير الخصاونة", "السفيرة الطراونة")."""
    if is_in(word, "title_adjectives"):
        return True
    return _ends_ta_marbuta(word) and not is_head(noun) \
        and (_ends_ta_marbuta(noun) or norm(noun).endswith("ات"))


def strip_title(mention: str) -> tuple[str | None, int]:
    """Split a leading title off a mention: (title phrase or None, offset where the name starts).

    "الرئيس محمد مرسي" -> ("الرئيس", 7); "الرئيس الأسد" keeps "الأسد" as the name;
    "المتحدث الرسمي" -> ("المتحدث الرسمي", len): no name at all.
    """
    words = [w for w in TOKEN.findall(mention) if not _punct(w)]
    if not words or not (is_head(words[0]) or is_in(words[0], "ranks")):
        return None, 0
    i = 0
    while i < len(words) and title_word(words[i]):
        i += 1
    if i == len(words):
        last = words[-1]
        plain = not is_in_any(last, ("titles", "ranks", "org_heads", "org_names",
                                     "descriptors", "anonymous", "references"))
        # not after a preposition: "قائد المقاومة في المنطقة" is a description, not "المنطقة"
        if i > 1 and is_definite(last) and plain and nationality(last) is None \
                and not is_place(last) and norm(words[i - 2]) not in _INNER \
                and not _adjective_of(last, words[i - 2]) \
                and not _title_adjective(last, words[i - 2]) \
                and is_definite(words[i - 2]) and _before_family_name(words[i - 2]) \
                and nationality(words[i - 2]) is None \
                and not any(norm(w) == "باسم" for w in words[1:i - 2]):
            # (not after باسم: "المتحدث باسم البيت الأبيض" ends with its organisation)
            # (not after a nationality: "القوات الفرنسية المشتركة" ends with an adjective)
            i -= 1          # "الرئيس الأسد": the definite last word is a family name
        else:
            return mention.strip(), len(mention)
    if i == 0:
        return None, 0
    if i == 1 and not is_definite(words[0]) and norm(words[0]) in words_of("relation_titles"):
        # "نائب فلان", "مستشار فلان": his deputy or adviser speaks, not he
        return mention.strip(), len(mention)
    prev = words[i - 1]
    if i + 1 < len(words) and is_head(prev) and not is_definite(prev) and not is_definite(words[i]) \
            and norm(words[i]) not in words_of("compound_name_heads") \
            and (is_definite(words[i + 1]) or is_place(words[i + 1])):
        # "وزير شؤون المرأة اليمني": the word after an indefinite head is in construct with
        # it and takes the definite word after it; a name does not ("عبد الرحمن" aside);
        # so does a place ("نائب مدير ميناء طرابلس": the port of a city, not a name)
        return mention.strip(), len(mention)
    # (the name "علي" folds like the preposition "على")
    if norm(prev) in _INNER or is_stopword(words[i]) and words[i] != "علي":
        # "مراسل بي بي سي في ميونيخ": the word after في is its complement (a place the
        # lists miss), "... هناك" no name: the whole mention is a title
        return mention.strip(), len(mention)
    if i == len(words) - 1 and not is_definite(prev) and (
            is_head(prev) or (i > 1 and _ends_ta_marbuta(prev))):
        # "محافظ عدن", "قائد شرطة ولاية يوبي": one word in construct with an indefinite
        # title is its complement (a place), not a name
        return mention.strip(), len(mention)
    toks = [t for t in tokenize(mention) if not _is_punct(t)]   # the offsets, only now
    return mention[:toks[i - 1].end].strip(), toks[i].start

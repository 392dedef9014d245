"""Find the speaker mention inside a subject phrase ("وزير الخارجية الأميركي جون كيري").

The phrase is the text between a speech verb and its complementizer (or the text before
the verb). Title and rank words are left out of a person's name span; organisations and
unnamed sources keep their description, up to where an object or adverbial starts:

    "الجنرال كيفين كوبسي"                 -> "كيفين كوبسي"
    "نائب قائد العمليات ...، كيفين كوبسي،" -> "كيفين كوبسي" (the appositive after a comma)
    "وزارة الخارجية الروسية في بيان"       -> "وزارة الخارجية الروسية"
    "مصدر عسكري"                          -> "مصدر عسكري"
    "لافروف انتقاده بعد اللقاء"            -> "لافروف" (a word with a pronoun suffix is an object)
    "الحكومة المالية مقتل ثلاثة عسكريين"   -> "الحكومة المالية" (an indefinite word after a
                                             definite description starts the object)

Words are compared folded (أ=ا, ى=ي, ة=ه), but a few readings depend on the spelling as
written: "على" is a preposition and "علي" a name; "أمام" a preposition and "إمام" a title.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from analysis import rules_io
from analysis.normalize import WRITTEN_FORM_MARKS
from analysis.quotes.lexicon import (NEXT_WORD, Lexicon, acronym_letters, fold, folded_key, is_participle,
                                     rule_keys, rule_phrases, rule_words)
from analysis.records import Mention
from analysis.speakers.lexicon import is_in, is_in_any, is_place, nationality

_COMMA = frozenset("،,؛;«»“”\"")
# a preposition glued to a noun with hamza: "لإنهاء", "بأن" (names do not start so)
_PREFIXED = ("لإ", "لأ", "بإ", "بأ")
_OPEN_MARKS = frozenset("«“\"")
_CLOSE_MARKS = frozenset("»”\"")
# prepositions as written (folded "علي" is also the name Ali, folded "امام" the title Imam)
_PREPS_RAW = frozenset({"في", "باسم", "لدى", "لدي", "إلى", "الى", "على", "من", "عن", "ل", "لـ",
                        "مع", "بين", "و", "أمام", "امام"})
_PREPS = frozenset({"في", "باسم", "لدي", "الي", "من", "عن", "ل", "لـ", "مع", "بين", "و"})
_NAME_BREAKS = frozenset({"وهو", "وهي", "وهم", "الذي", "التي", "الذين", "عام", "قد", "الي", "امام",
                          "حول", "بهذا", "بهذه", "عنه", "عنها", "عنهم", "انه", "انها", "ان", "بان",
                          "ل", "لـ", "بحسب", "حسب", "وفق", "وفقا", "نقلا", "فيه", "فيها", "لدي"})
# words that end in a pronoun suffix but are names ("عبد الله" is caught by its ال)
_PRONOUN_SUFFIX = re.compile(r"\w{2,}(?:ه|ها|هم|هما|هن|كم)$")
_PARTICIPLE = re.compile(r"^م\w{3,}ا$")   # مخاطبا، مدافعا، معتبرا: an adverbial, not a name
# name words in construct with what follows ("عبد الله", "أبو بكر", "آل ثاني")
_NAME_LINKS = frozenset({"عبد", "ابو", "ابي", "بن", "ابن", "بنت", "ام", "ال", "اَل"})
# relative words that open a clause after a description ("أحد التجار ممن عرفوا ...")
_RELATIVE_WORDS = frozenset({"ممن", "مما", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"})
# a preposition with a pronoun after a verb ("عثر عليها", "نشرت فيه")
_PREP_PRONOUNS = frozenset({"عليه", "عليها", "عليهم", "منه", "منها", "منهم", "فيه", "فيها", "عنه",
                            "عنها", "به", "بها", "بهم"})
_THEOPHORIC = frozenset({"له", "دين", "رحمن", "رحيم", "اسلام", "امين"})
MAX_NAME_WORDS = 5
MAX_DESCRIPTION_WORDS = 8


class Tok(NamedTuple):
    text: str
    start: int
    end: int
    key: str    # folded, without ال and attached و/ب/ل+ال
    f: str      # folded


# what stands between words (spaces, commas, brackets, quotation marks), and what a word
# neither starts nor ends with (tatweel, end punctuation): one definition for the tokens
# and for the checks that look for a word in the text before tokenising it
SEPARATORS = r"\s،,؛;:()\[\]«»“”\"‘’"
EDGE = "ـ.!?؟"
# diacritics and tatweel are left out of the folded word ("لكنَّ" is "لكن")
NO_MARKS = dict.fromkeys(map(ord, WRITTEN_FORM_MARKS))
# a word: no spaces or commas inside, no tatweel or end punctuation at either edge
_WORD = re.compile(rf"[^{SEPARATORS}{EDGE}](?:[^{SEPARATORS}]*[^{SEPARATORS}{EDGE}])?|[،,؛;«»“”\"]")


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """Words and commas of ``text[start:end]`` with their offsets.

    Each distinct word is folded once per process (:func:`_fields`): most words of an
    article have been seen before. (Measured with callgrind: fewer instructions than one
    ``re.split`` per span with offsets summed from the parts' lengths, or than ``findall``
    with offsets from ``str.find``; ``m.start()``/``m.end()`` and one 5-tuple cost less
    than ``m.span()`` and a tuple concatenation.)
    """
    out: list[Tok] = []
    append = out.append
    fields, new = _fields, tuple.__new__     # new: what Tok(...) does, without its Python frame
    for m in _WORD.finditer(text, start, end):
        w = m[0]
        kf = fields(w)
        if kf is not None:
            k, f = kf
            append(new(Tok, (w, m.start(), m.end(), k, f)))
    return out


@lru_cache(maxsize=1 << 17)
def _fields(word: str) -> tuple[str, str] | None:
    """(head key, folded word without diacritics): the last two fields of a Tok (words
    repeat a lot: memoised); None for a run of punctuation that is no token ("-", "..").
    """
    if not (word[0].isalnum() or word in _COMMA or any(ch.isalnum() for ch in word)):
        return None
    f = fold(word).translate(NO_MARKS)
    return folded_key(f), f


SPLICE_MIN_CHARS = 20     # a recent span sharing fewer characters with a new one is not used


class TokenIndex:
    """The tokens of spans of one article, folded once and kept per span; :meth:`slice`
    gives the tokens of ``text[start:end]``.

    Most spans lie inside one asked for just before (a mention inside its subject phrase,
    a clause inside its sentence) or share much of it (a sentence and the subject phrase of
    its first verb): their tokens are cut from the recent spans' tokens instead of
    tokenising the text again (see :meth:`_within` and :meth:`_spliced`)."""

    RECENT = 8      # spans searched for one that holds a new span

    def __init__(self, text: str, folded: str | None = None) -> None:
        self.text = text
        self.folded = folded if folded is not None else fold(text)
        self._cache: dict[tuple[int, int], list[Tok]] = {}
        self._recent: list[tuple[int, int, list[Tok]]] = []   # (start, end, tokens before edge cuts)

    def slice(self, start: int, end: int) -> list[Tok]:
        got = self._cache.get((start, end))
        if got is None:
            got = self._tokens(start, end)
            # words cut by the span's edges are left out ("و" of "وقال" before the verb)
            lo, hi = 0, len(got)
            if got and got[-1].end == end < len(self.text) and self.text[end].isalnum():
                hi -= 1
            if hi > lo and got[0].start == start > 0 and self.text[start - 1].isalnum():
                lo += 1
            if lo or hi < len(got):
                got = got[lo:hi]
            self._cache[(start, end)] = got
        return got

    def _tokens(self, start: int, end: int) -> list[Tok]:
        """:func:`tokens` of ``text[start:end]``, cut from a recent span that holds it, or
        from the recent span that holds most of it."""
        best, most = None, SPLICE_MIN_CHARS
        for ws, we, toks in reversed(self._recent):
            # the overlap min(end, we) - max(start, ws), without the calls (a hot loop)
            if ws <= start:
                if end <= we:
                    return self._within(toks, start, end)
                overlap = we - start
            else:
                overlap = (end if end < we else we) - ws
            if overlap > most:
                best, most = (ws, we, toks), overlap
        got = self._spliced(start, end, *best) if best else tokens(self.text, start, end)
        self._recent.append((start, end, got))
        if len(self._recent) > self.RECENT:
            del self._recent[0]
        return got

    def _spliced(self, start: int, end: int, ws: int, we: int, toks: list[Tok]) -> list[Tok]:
        """:func:`tokens` of ``text[start:end]`` when the recent span ``ws:we`` (tokens
        ``toks``) holds part of it: the shared part, cut at spaces (no token holds a space,
        so the tokens on either side are those of each side alone), is read from ``toks``."""
        text = self.text
        a, b = max(start, ws), min(end, we)
        if a > start:
            a = text.find(" ", a, b)
        if b < end and a >= 0:
            b = text.rfind(" ", a, b)
        if a < 0 or b <= a:
            return tokens(text, start, end)
        got = self._within(toks, a, b)
        if a > start:
            got = tokens(text, start, a) + got
        if b < end:
            got = got + tokens(text, b, end)
        return got

    def _within(self, toks: list[Tok], start: int, end: int) -> list[Tok]:
        """:func:`tokens` of ``text[start:end]`` from ``toks``, the tokens of a span around it.

        A token of the outer span that lies inside is a token of the inner span too (a
        word is a run of non-separators trimmed of end punctuation: cutting the run
        outside the word changes nothing). Only a word cut by an edge ("وقال" cut after
        its "و") is tokenised again, from the edge to the word's end or start.
        """
        i = bisect_right(toks, start, key=_tok_end)      # the first token ending after start
        j = bisect_left(toks, end, lo=i, key=_tok_start)  # the first token starting at/after end
        if i == j:
            return []
        text = self.text
        first, last = toks[i], toks[j - 1]
        if first.start < start and first.end > end:
            return tokens(text, start, end)      # one word holds the whole span
        head = tail = None
        if first.start < start:
            head = tokens(text, start, first.end)
            i += 1
        if last.end > end:
            tail = tokens(text, last.start, end)
            j -= 1
        got = toks[i:j]
        if head:
            got = head + got
        if tail:
            got += tail
        return got


# a token's offsets for bisect's key (attrgetter: no Python frame per comparison)
_tok_start = attrgetter("start")
_tok_end = attrgetter("end")
_tok_f = attrgetter("f")     # (map(_tok_f, toks): the folded words without a Python loop)


def is_prep(t: Tok) -> bool:
    return t.text in _PREPS_RAW or t.f in _PREPS


def is_title(t: Tok, lex: Lexicon) -> bool:
    """A title or rank word, masculine or feminine ("مديرة", "الدكتورة")."""
    if t.text in _PREPS_RAW:
        return False
    k = t.key
    return k in lex.titles or (k.endswith("ه") and k[:-1] in lex.titles)


def is_head(t: Tok, lex: Lexicon) -> bool:
    """A word that heads a speaker description: a title, an organisation head ("وزارة")
    or an unnamed-source word ("مصدر")."""
    return is_title(t, lex) or t.key in lex.org_heads or t.key in lex.anon_heads


def has_pronoun_suffix(t: Tok) -> bool:
    """"انتقاده", "اسمه", "برفقته": a noun with a possessive pronoun, never a name."""
    return _pronoun_suffixed(t.text)


@lru_cache(maxsize=1)
def _suffix_names() -> frozenset[str]:
    """Name words that end like a pronoun suffix (rules/name_suffix_names.txt), folded."""
    return rule_words("name_suffix_names.txt")


@lru_cache(maxsize=1 << 16)
def _pronoun_suffixed(w: str) -> bool:
    """:func:`has_pronoun_suffix` of a word as written (asked for the same words again
    and again: memoised)."""
    return (bool(_PRONOUN_SUFFIX.match(w)) and not w.startswith(("ال", "وال"))
            and fold(w) not in _suffix_names() and not w.endswith("الله"))   # "عبدالله"


def _cut_at_stops(toks: list[Tok], lex: Lexicon, an: bool = True) -> list[Tok]:
    """``toks`` up to the first word that ends a subject phrase; "عن" ends it when it
    starts an object (:func:`_an_object`; always when not ``an``)."""
    skip = -1
    phrases = _phrases(lex)     # most words start no multi-word stop: no call for them
    stops, verbs = lex.stops, lex.verb_forms
    watched = _stop_candidates(lex)
    for i, t in enumerate(toks):
        f = t.f
        if i == skip or f not in watched and "\u064b" not in t.text:
            continue    # most words: none of the tests below can hold
        if f in ("تابع", "تابعه") and i and i + 1 < len(toks) and toks[i + 1].f.startswith("ل"):
            skip = i + 1    # "مصدر تابع لها": an adjective and its object, not the verb "تابع"
            continue
        if f in stops or (f in verbs or f[:1] in "وف" and f[1:] in verbs) \
                and not (i and toks[i - 1].f in ("احد", "احدي")):
            return toks[:i]     # (after "أحد" the verb form is an elative: "أحد أبرز قادته")
        if f in ("ل", "لـ", "الي", "الى") or t.text in ("أمام", "إلى", "على"):
            if f in ("الي", "الى") and any(x.key in _envoys() for x in toks[max(0, i - 5):i]):
                continue    # "مبعوث الأمم المتحدة إلى سوريا فلان": where the envoy is sent
            return toks[:i]
        if i and f == "امام" and i + 1 < len(toks) and _definite(toks[i + 1]):
            return toks[:i]     # "الوزير امام المشاركين": the preposition, not the title إمام
        if i and "\u064b" in t.text:   # tanween fath after the subject: an object ("بيانًا")
            return toks[:i]
        if f == "عن" and (not an and i or _an_object(toks, i, lex)):
            return toks[:i]
        if f in phrases and _phrase_at(toks, i, lex) and not _titled_org(toks, i, lex):
            return toks[:i]
    return toks


def _an_object(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """"عن" at ``i`` starts the verb's object ("أعلنت الرئاسة عن إعفاء المتحدث", "كشف
    الوزير عن خطة"), not part of the description ("النائبة عن الحزب", "بيان صادر عن
    المكتب"; rules/name_an_keepers.txt) nor a cited source ("عن مصدر أمني")."""
    if not i or i + 1 >= len(toks):
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    return not (_an_keeper(prev) or prev.text in _COMMA
                or is_head(nxt, lex) or nxt.text in _OPEN_MARKS or _named_after(toks, i, lex))


def _named_after(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """A title whose عن-phrase (whom the member stands for) is followed by the person's
    name, after a comma or a rank: "عضو مجلس المدينة عن الطائفة الفلانية، سامر حداد،",
    "رئيس هيئة الدفاع عن الحقوق في المدينة الدكتور سامر حداد"."""
    if not (is_title(toks[0], lex) or _person_word(toks[0], lex)):
        return False
    for c in range(i + 2, min(len(toks) - 2, i + 8)):
        comma = toks[c].text in _COMMA
        if comma or is_in(toks[c].text, "ranks"):
            run = _name_run(toks[c + 1:], lex)
            if len(run) >= 2 and not is_title(run[0], lex):
                return True
            if comma:
                return False
    return False


def _phrase_at(toks: list[Tok], i: int, lex: Lexicon) -> int:
    """Length of the multi-word stop ("بي بي سي") that starts at ``i`` (0: none)."""
    for phrase in _phrases(lex).get(toks[i].f, ()):    # its first word is toks[i]'s
        n = len(phrase)
        # the last word (matched as a prefix) first: it rules most phrases out
        if i + n <= len(toks) and toks[i + n - 1].f.startswith(phrase[-1]) \
                and all(toks[i + k].f == phrase[k] for k in range(1, n - 1)):
            return n
    return 0


def _titled_org(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """"مراسل بي بي سي": the organisation of an indefinite title before it, not a stop."""
    return i > 0 and is_title(toks[i - 1], lex) and not _definite(toks[i - 1])


_STOP_CANDIDATES: dict[int, frozenset[str]] = {}


def _stop_candidates(lex: Lexicon) -> frozenset[str]:
    """Every folded word that one of :func:`_cut_at_stops`' word tests can hold for (a
    superset; built once per lexicon): the loop asks its tests of these words only."""
    got = _STOP_CANDIDATES.get(id(lex))
    if got is None:
        got = _STOP_CANDIDATES[id(lex)] = frozenset(
            {"تابع", "تابعه", "ل", "لـ", "الي", "الى", "امام", "علي", "عن"}
            | lex.stops | lex.verb_forms | {p + v for v in lex.verb_forms for p in "وف"}
            | _phrases(lex).keys())
    return got


_PHRASES: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def _phrases(lex: Lexicon) -> dict[str, list[tuple[str, ...]]]:
    """Multi-word stops indexed by their first word (built once per lexicon)."""
    got = _PHRASES.get(id(lex))
    if got is None:
        got = {}
        for ph in lex.stop_phrases:
            got.setdefault(ph[0], []).append(ph)
        _PHRASES[id(lex)] = got
    return got


def _definite(t: Tok) -> bool:
    return t.f.startswith(("ال", "وال", "بال", "لل"))


def _name_run(seg: list[Tok], lex: Lexicon) -> list[Tok]:
    """The leading words of a bare name ("ظريف للنواب" -> "ظريف", "هاموند على" -> "هاموند",
    "داوود راويش أستاذ علم الاجتماع" -> "داوود راويش")."""
    out: list[Tok] = []
    for k, t in enumerate(seg):
        f = t.f
        if f[:1] == "ب" and _bi_at(seg, k, not out) or out and f[:1] == "ل" and (f[1:] in _addressee_heads()
                                                            or _l_plural(f)):
            break   # "فلان بهدوء", "فلان لشبكة «...»", "فلان لمراسلين": how or to whom
        if out and t.text.startswith(_PREFIXED):
            if len(out) >= 2 and _definite(out[-1]) and _governs_bi(out[-1]):
                out.pop()   # "فلان القائم بأعمال ...": the participle that governs it goes too
            break   # "قال فلان لإيلان إن": ل/ب glued to a hamza word, to whom or about what
        if out and out[-1].f in ("التابع", "التابعه") and f.startswith("لل"):
            out.append(t)   # "خطيب مسجد الكوفة التابع للتيار الصدري"
            continue
        if has_pronoun_suffix(t) and out and (out[-1].f in _NAME_LINKS or _suffix_surname(seg, k)):
            out.append(t)   # "عبد ربه", "ريتشارد توتاه الخبير": a name that ends in ه
            continue
        if (is_prep(t) or f in _NAME_BREAKS or f.startswith(("لل", "بال", "وال")) or f[:1].isdigit()
                or _participle(f) or f in lex.stops or has_pronoun_suffix(t)):
            break
        if out and _bi_object(seg, k, lex):
            break   # "أقر الرئيس فلان بوجود تهديد": the verb's ب-object
        if out and k + 1 < len(seg) and _possessed(seg[k + 1]) and len(f) >= 3 \
                and f not in _NAME_LINKS and not _definite(t):
            break   # "أكد فلان علان عزم بلاده": a verbal noun in construct with "his country"
        if out and k + 1 < len(seg) and len(f) == 3 and seg[k + 1].f in _PREP_PRONOUNS:
            break   # "وثائق رسمية عثر عليها": a verb of three letters opens a relative clause
        # a title after the name starts an appositive, unless it ends the phrase
        # ("محمد رحيم أمين" is a name)
        # (not after "آل": "آل الشيخ" is a family name)
        if out and is_title(t, lex) and (k + 1 < len(seg) or _definite(t)) \
                and out[-1].f not in ("ال", "اَل"):
            if _definite(t) and k + 1 < len(seg) and _definite(seg[k + 1]) \
                    and is_title(seg[k + 1], lex):
                out.append(t)   # "عبد العزيز الشيخ المتحدث": a family name before an apposition
            break
        if out and _definite(t) and (t.key in lex.org_heads or t.key in lex.anon_heads):
            break
        if out and _described_by(seg, k):
            break       # "سامر حداد المتخصص في الشؤون": a participle and its object
        # "بادوكون الهجمات", "أردوغان الصهيونية": a definite plural or abstract noun is the
        # object; "سراج صدور الحكم": a noun in construct after a full name starts it
        if out and (_run_break(t, "quantifier") or _run_break(t, "object") or _run_break(t, "adverb")
                    or _object_noun(t) and not out[0].text.endswith("ة")):
            break
        lead = out and (out[0].key in lex.anon_heads or _run_break(out[0], "apposition"))
        if out and k + 1 < len(seg) and not _definite(t) and not lead and (
                _run_break(t, "apposition") and not (f in _chief_surnames() and is_prep(seg[k + 1]))
                or t.key in lex.anon_heads and _one_person(t.key)):
            break   # "فلان أحد أطباء المستشفى", "فلان مسؤول مكتب التحقيقات": an apposition
        if len(out) >= 2 and k + 1 < len(seg) and not _definite(t) and t.key in lex.org_heads \
                and _definite(seg[k + 1]) and not _run_break(t, "name_head") \
                and not is_head(out[0], lex) and out[0].key not in lex.anon_heads:
            # "ودّعت فلانة علان وزارة الخارجية": a head after a full name opens the object
            # (not "قرار مجلس الأمن", "أعضاء مجلس النواب": one noun in construct with it)
            break
        if len(out) >= 2 and k + 1 < len(seg) and not _definite(t) \
                and seg[k + 1].f.startswith("ال") and not is_title(seg[k + 1], lex) \
                and t.f not in _NAME_LINKS and out[-1].f not in _NAME_LINKS \
                and seg[k + 1].key not in _THEOPHORIC and not _object_noun(seg[k + 1]) \
                and not out[0].text.endswith("ة"):
            break
        out.append(t)
    return out if any(t.f in ("التابع", "التابعه") for t in out) else _capped(out)


def _capped(out: list[Tok]) -> list[Tok]:
    """The first MAX_NAME_WORDS words of a name run, a link word and the word after it
    counted as one ("محمد بن سامر بن عبد العزيز آل فهد" is whole: the cap never leaves
    "... بن عبد" or "... آل")."""
    if len(out) <= MAX_NAME_WORDS:
        return out
    units = 0
    for k, t in enumerate(out):
        if not (k and out[k - 1].f in _NAME_LINKS):
            units += 1
            if units > MAX_NAME_WORDS or k >= 2 * MAX_NAME_WORDS:
                return out[:k]
    return out


def _bi_place(t: Tok) -> bool:
    """ب glued to a country or city ("بكوريا", "بحلب"): a place in a title, no name word."""
    return t.f[:1] == "ب" and not t.f.startswith("بال") and len(t.f) > 3 and is_place(t.text[1:]) \
        and folded_key(t.f[1:]) not in _place_heads()


def _bi_place_head(seg: list[Tok], k: int) -> bool:
    """ب glued to a place head with the place's name after it ("بولاية بورنو")."""
    t = seg[k]
    return t.f[:1] == "ب" and k + 1 < len(seg) and not _definite(seg[k + 1]) \
        and folded_key(t.f[1:]) in _place_heads()


def _l_plural(f: str) -> bool:
    """ل glued to an indefinite sound plural of persons ("لصحفيين", "لمراسلين"): whom it
    was said to, never a name word; not a nisba that begins with ل ("لبنانيين")."""
    return f[:2] != "لل" and not f.startswith("لبنان") and (
        f.endswith("يين") and len(f) >= 6 or f[1:2] == "م" and f.endswith("ين") and len(f) >= 7)


_C = "[^\\sاوي]"
# ب glued to a verbal noun (إفعال, افتعال, انفعال, استفعال, تفعيل, مفاعلة, فعول; ـة/ـات
# optional), folded: "بإطلاق", "باعتقال", "بانسحاب", "باستخدام", "بتقديم", "بمساعدة", "بوجود"
_BI_MASDAR = re.compile(
    f"^ب(?:ا{_C}{_C}ا{_C}|ا{_C}ت{_C}ا{_C}|ان{_C}{_C}ا{_C}|است{_C}{_C}ا{_C}|ت{_C}{_C}ي{_C}"
    f"|م{_C}ا{_C}{_C}ه|[^\\sا]{_C}و{_C})(?:ه|ات)?$")


# a bare verbal noun of the patterns افتعال, انفعال, استفعال ("اغتيال", "انسحاب",
# "استخدام"): the verb's object after a description, no first name of a man
_MASDAR = re.compile(f"^(?:ا{_C}ت[^\\sا]ا{_C}|ان{_C}{_C}ا{_C}|است{_C}{_C}ا{_C})(?:ه|ات)?$")


def _object_masdar(seg: list[Tok], i: int) -> bool:
    """``seg[i]`` starts the verb's object, not the name after a man's title: "وصف الناطق
    باسم الحكومة اغتيال الناشط بأنه". After a feminine title it may be a woman's name
    ("الناشطة ابتسام ..."), so it is read so only after a masculine head."""
    return 0 < i < len(seg) - 1 and _definite(seg[i - 1]) and not seg[0].key.endswith("ه") \
        and bool(_MASDAR.match(seg[i].f))


def _bi_adverbial(t: Tok, masdar: bool = False) -> bool:
    """ب glued to a manner noun or a document ("بهدوء", "ببيان"), or when ``masdar`` to a
    verbal noun ("بتحويل"): how or with what something was said, never (part of) a
    speaker's name. Verbal nouns of the pattern فعول are left out: "بنسون", "بوشوكة" are
    names. Cheap: words that start with ب only."""
    f = t.f
    if f[:1] != "ب" or len(f) < 3:
        return False
    return f[1:] in _bi_words() or masdar and f[3:4] != "و" and bool(_BI_MASDAR.match(f))


def _bi_at(seg: list[Tok], k: int, masdar: bool = False) -> bool:
    """:func:`_bi_adverbial` of ``seg[k]``, unless it and the next word make a name
    ("أطباء بلا حدود"; rules/name_bi_keeps.txt)."""
    if not _bi_adverbial(seg[k], masdar):
        return False
    return not (k + 1 < len(seg) and (seg[k].f, seg[k + 1].f) in _bi_keeps())


@lru_cache(maxsize=1)
def _bi_keeps() -> frozenset[tuple[str, ...]]:
    """Word pairs with a ب-word inside a name (rules/name_bi_keeps.txt), folded."""
    return rule_phrases("name_bi_keeps.txt")


@lru_cache(maxsize=1)
def _bi_words() -> frozenset[str]:
    """Folded nouns that never follow a glued ب in a name (rules/speaker_manner_words.txt,
    rules/name_bi_words.txt)."""
    return frozenset(fold(w) for name in ("speaker_manner_words.txt", "name_bi_words.txt")
                     for w in rules_io.lines(name))


@lru_cache(maxsize=1)
def _addressee_heads() -> frozenset[str]:
    """Folded broadcaster and newspaper heads that, glued to ل, name whom a speaker
    talked to (rules/name_addressee_heads.txt)."""
    return rule_words("name_addressee_heads.txt")


def _addressee_name(text: str, t: Tok, lex: Lexicon) -> bool:
    """ل glued to a name the article also writes bare ("يقول لسامر" beside "سامر"): the
    addressee, not the speaker. "لافروف" is no ل + "افروف": that word is nowhere bare; in
    "وفقا لمصادر" the source is a head word, kept."""
    w = t.text
    if w[:1] != "ل" or w[:2] in ("لل", "لـ") or len(w) < 3 or w[1] in "وا":
        return False
    k = folded_key(t.f[1:])
    if k in lex.titles or k in lex.org_heads or k in lex.anon_heads:
        return False
    bare = w[1:]
    # the search of the text, led by the word's occurrences (str.find) instead of a try at
    # every position: an anchored match at each (its look-behind sees the text before it)
    pat = re.compile(rf"(?<![\w\u0640]){re.escape(bare)}(?!\w)")
    c = text.find(bare)
    while c >= 0:
        if pat.match(text, c):
            return True
        c = text.find(bare, c + 1)
    return False


def _said_before(text: str, start: int) -> bool:
    """The word before ``start`` is a verb of saying that takes ب (rules/name_bihi_verbs.txt:
    "ما صرح به فلان"); "طالب بها فلان" is another verb: the pronoun is no quote there."""
    before = tokens(text, max(0, start - 24), start)
    if not before:
        return False
    w = before[-1].f
    return w in _bihi_verbs() or w[:1] in "وف" and w[1:] in _bihi_verbs()


@lru_cache(maxsize=1)
def _bihi_verbs() -> frozenset[str]:
    """Folded verbs of saying with a ب-object (rules/name_bihi_verbs.txt)."""
    return rule_words("name_bihi_verbs.txt")


_HARAKAT = re.compile("[\u064b-\u0652]")


def _passive_head(t: Tok) -> bool:
    """``t`` is a passive verb of rules/name_passive_heads.txt, matched as written without
    diacritics ("سُئل"; folded it would be the noun "سيل")."""
    return _HARAKAT.sub("", t.text) in _passive_heads()


@lru_cache(maxsize=1)
def _passive_heads() -> frozenset[str]:
    """Passive verbs that can open a subject phrase (rules/name_passive_heads.txt)."""
    return frozenset(rules_io.lines("name_passive_heads.txt"))


def _object_plural(head: Tok, t: Tok, titled: bool = False) -> bool:
    """A definite sound plural ("الحكومات", "المتظاهرين") right after a definite singular
    noun in ة ("المنظمة"): no adjective of it (a singular takes no plural adjective), so
    the verb's object. Nisba plurals ("الإسلاميين") and short heads ("القادة" is itself a
    plural) are left alone. ``titled``: the head is a singular person title after a verb
    of rules/name_object_verbs.txt ("ودعا الوزير المنظمات", "ودعا الرئيس المواطنين"),
    and a nisba plural is its object too."""
    k, h = t.key, head.key
    if t.f[:2] != "ال" or not k.endswith(("ات", "ين", "ون")) or len(k) < (4 if k[-1] == "ت" else 5):
        return False
    return titled or (not k.endswith(("يات", "يين", "يون")) and h.endswith("ه") and len(h) >= 5)


def _titled_object(text: str, head: Tok, lex: Lexicon) -> bool:
    """``head`` is a singular person title ("الوزير") right after a verb of
    rules/name_object_verbs.txt ("ودعا"): a plural after it is the verb's object."""
    if not is_title(head, lex) or head.key.endswith(("ون", "ين", "ات", "اء")):
        return False
    return _object_verb_before(text, head.start, lex)


@lru_cache(maxsize=2)
def _gender_words(kind: str) -> frozenset[str]:
    """Folded keys of one kind of rules/name_gender.txt ("masculine", "broken plural")."""
    got = (line.split(":", 1) for line in rules_io.lines("name_gender.txt"))
    return frozenset(folded_key(fold(w.strip())) for k, w in got if k.strip() == kind)


def _feminine_object(text: str, run: list[Tok], t: Tok, lex: Lexicon) -> bool:
    """``t`` ("الحكومة") is a definite feminine noun after a masculine subject ``run`` ("البيان",
    "الباحث", "المتمردون") right after a verb of rules/name_object_verbs.txt: no adjective
    of it (it would agree), so the verb's object ("ودعا البيان الحكومة إلى", "يصف الباحث
    الشخصية بأنها"). Not a title ("الشيخ العلامة")."""
    h = run[0].key
    if not (t.text.endswith("ة") and t.f[:2] == "ال") or is_title(t, lex) or t.key in _gender_words("masculine") \
            or run[0].text.endswith(("ة", "ات")) or run[0].f[:2] != "ال" \
            or not all(_nisba(x) and not x.text.endswith("ة") for x in run[1:]):
        return False    # "المتحدث باسم الحكومة", "الأمين العام للجامعة": no subject and object
    if h in _gender_words("broken plural") or not (
            h.endswith(("ون", "ين")) or h in lex.titles or h in lex.org_heads or h in lex.anon_heads):
        return False    # a broken plural ("الأمم المتحدة") agrees with a feminine adjective
    return _object_verb_before(text, run[0].start, lex)


def _object_verb_before(text: str, start: int, lex: Lexicon) -> bool:
    """The word before ``start`` is a verb of rules/name_object_verbs.txt."""
    before = text[max(0, start - 20):start].split()
    if not before:
        return False
    w = fold(before[-1].lstrip("\"«“(")).translate(NO_MARKS)
    lemma = lex.lemma.get(w) or (lex.lemma.get(w[1:]) if w[:1] in "وف" else None)
    return lemma in _object_verbs()


def _run_break(t: Tok, kind: str) -> bool:
    """A word of rules/name_run_breaks.txt of ``kind`` ("quantifier": "جميع", "أي";
    "object": "وقوع"; "apposition": "أحد"): after a name it opens the object or an apposition. "آية" (as
    in "آية الله") is no "أية", the initial "إي" of a foreign name no "أي"."""
    return t.f in _run_breaks(kind) and not (kind == "quantifier" and t.text[:1] in "آإ")


@lru_cache(maxsize=8)
def _run_breaks(kind: str) -> frozenset[str]:
    """The folded words of one kind of rules/name_run_breaks.txt ("kind: word" lines)."""
    got = (line.split(":", 1) for line in rules_io.lines("name_run_breaks.txt"))
    return frozenset(fold(w.strip()) for k, w in got if k.strip() == kind)


def _bi_object(seg: list[Tok], k: int, lex: Lexicon) -> bool:
    """A ب-verbal noun at ``k`` with a word after it, after a name or a description: the
    verb's object ("أقر فلان بوجود تهديد", "أفادت مصادر محلية بسقوط قتلى"), not a name
    ("فلان باحداد الناطق": a word before a title or a comma is a surname) nor a place
    head ("بمحافظة")."""
    if k + 1 >= len(seg) or seg[k + 1].text in _COMMA:
        return False
    m = _BI_MASDAR.match(seg[k].f)
    if m is None or seg[k].key in _place_heads() or folded_key(seg[k].f[1:]) in _place_heads():
        return False
    return not is_title(seg[k + 1], lex)


def _governs_bi(t: Tok) -> bool:
    """A participle that takes a ب-object inside a description ("المكلف بمتابعة الملف",
    "القائم بأعمال السفير"): a word of rules/name_participles.txt or of the shape
    (ال)مُفعَّل / (ال)فاعل; nisba adjectives ("محلية") are none."""
    if t.f in _name_participles():
        return True
    k = t.key
    if k.endswith(("ي", "يه")):
        return False
    return k.startswith("م") and len(k) >= 4 or (len(k) == 4 and k[1] == "ا")


def _suffix_surname(seg: list[Tok], k: int) -> bool:
    """A surname that ends in ه after a first name, where the name ends ("سامر توتاه
    الخبير", "فلان فيسترفيله،", "فلان نعمت زاده"), not a noun with a pronoun suffix:
    no ـته ("استقالته"), no verbal-noun or verb shape (a stem of three letters "رفضه",
    one led by ت/ا/م/ي/ن/و "تأكيده", "انتقاده", "مستشاريه") and no common noun of
    rules/name_suffix_nouns.txt ("بلاده", "حديثه")."""
    w = seg[k].f        # folded, without diacritics
    if not w.endswith("ه"):
        return False        # "فلان علاقتهم", "فلان رسالتها": ـهم/ـها/ـك are pronouns only
    if k + 1 < len(seg):
        nxt = seg[k + 1]
        if not (nxt.text in _COMMA or is_prep(nxt) or _definite(nxt)) or nxt.f.startswith("لل"):
            return False    # "أبو فلان حماسه للظهور": the noun's object follows
        if nxt.f.startswith(("ان", "وان")):
            return False    # "أخبر فلان زواره أنه": a complement clause follows the object
    if w.endswith("زاده"):
        return True
    stem = w[:-1]
    if w.endswith("ته") or len(stem) < 4 or stem in _suffix_nouns():
        return False
    if stem.endswith("ي"):
        return False        # a plural or dual in construct: "زائريه", "مؤيديه", "محاميه"
    return stem[0] not in "امينو" and (stem[0] != "ت" or stem.endswith("ا"))


def _possessed(t: Tok) -> bool:
    """"بلاده", "دولتها", "شعبه": the country or people a verbal noun before it belongs
    to (rules/name_possessors.txt), never itself the object of a speech verb."""
    if not has_pronoun_suffix(t):
        return False
    w = t.f
    for suffix in ("هما", "هم", "ها", "ه"):
        if w.endswith(suffix):
            return w[:-len(suffix)] in _possessors()
    return False


@lru_cache(maxsize=1)
def _possessors() -> frozenset[str]:
    """rules/name_possessors.txt, folded."""
    return rule_words("name_possessors.txt")


@lru_cache(maxsize=1)
def _suffix_nouns() -> frozenset[str]:
    """Common nouns that take a pronoun suffix after a name, without the suffix
    (rules/name_suffix_nouns.txt)."""
    return rule_words("name_suffix_nouns.txt")


def _described_by(seg: list[Tok], k: int) -> bool:
    """A definite participle of the form المتفعّل ("المتخصص", "المتورط") with its
    preposition after it: a description after a name, never a family name."""
    t = seg[k]
    if not (_definite(t) and k + 1 < len(seg)) or t.key.endswith(("ون", "ين", "ات")):
        return False
    if not (t.key.startswith("مت") and len(t.key) >= 5 or t.f in _name_participles()):
        return False
    nxt = seg[k + 1]
    return is_prep(nxt) or (nxt.f[:1] in "بل" and len(nxt.f) > 3)


@lru_cache(maxsize=1 << 14)
def _participle(f: str) -> bool:
    """"مخاطبا", "مدافعا": an adverbial after the name. Not "موهانا", "ميستورا": a long
    vowel before the last letter of a word longer than مقالا / مكتوبا is a foreign name."""
    return bool(_PARTICIPLE.match(f)) and not (
        (f[-3] == "ا" and len(f) >= 6) or (f[-3] == "و" and len(f) >= 7))


# direction adjectives that end a country's name ("كوريا الشمالية"), not its object
_DIRECTIONS = frozenset({"شماليه", "جنوبيه", "شرقيه", "غربيه"})


def _object_noun(t: Tok) -> bool:
    """A definite plural or abstract noun ("الهجمات", "الصهيونية"): no family name."""
    return _definite(t) and t.key.endswith(("ات", "يه")) and len(t.key) > 4 \
        and t.key not in _DIRECTIONS


LATE_NAME_REACH = 12    # words of a subject phrase searched for a name after a description


def _person_word(t: Tok, lex: Lexicon) -> bool:
    """A singular title, rank or person noun ("المحامي", "اللواء", "الناشط", "المتهم";
    rules/name_person_nouns.txt)."""
    return _one_person(t.key) and (is_title(t, lex) or _listed_person(t.text, t.key))


@lru_cache(maxsize=1 << 15)
def _listed_person(text: str, key: str) -> bool:
    """A word of the speaker title or rank lists, or a person noun (the part of
    :func:`_person_word` that needs no lexicon; asked of the same words again and again)."""
    return is_in_any(text, ("titles", "ranks")) or key in _person_nouns()


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """Person nouns that stand before a name with their description ("المتهم الأول في
    القضية فلان"; rules/name_person_nouns.txt), folded, without ال."""
    return rule_keys("name_person_nouns.txt")


@lru_cache(maxsize=1)
def _rank_first_names() -> frozenset[str]:
    """Title words that are first names after a rank (rules/rank_first_names.txt)."""
    return rule_words("rank_first_names.txt")


def _rank_first_name(seg: list[Tok], i: int, lex: Lexicon) -> bool:
    """"الفريق رائد فلان علان": a title word of rules/rank_first_names.txt right after a
    rank, followed by a name of two words or more, is the first name, not a second title
    ("السيد رئيس مجلس الوزراء": a construct follows)."""
    t = seg[i]
    if not (i and t.f in _rank_first_names() and is_in(seg[i - 1].text, "ranks")) \
            or i + 1 >= len(seg):
        return False
    nxt = seg[i + 1]
    return not (_definite(nxt) or is_head(nxt, lex) or is_prep(nxt) or nxt.f in lex.stops
                or nxt.text in _COMMA or not _name_run(seg[i + 1:], lex))


def _late_name(seg: list[Tok], j0: int, lex: Lexicon) -> list[Tok] | None:
    """The name of two words or more that follows a person's description, from ``j0`` on:
    "الناشط في الحملة سامر حداد في ...", "مدير شرطة المدينة العميد سامر حداد",
    "المختص بالشؤون العربية سامر حداد". The words before it are definite words,
    prepositions, titles and ranks (or a noun in construct with a definite word); the
    name ends the phrase or is followed by a preposition, a stop or a definite word."""
    j = j0
    while j < min(len(seg), LATE_NAME_REACH):
        t = seg[j]
        if t.f == "ال":
            j += 2      # "الـ«فاو»": the article on a marked name
            continue
        if _rank_first_name(seg, j, lex):
            pass        # "العقيد أمين فلان": أمين is the name's first word
        elif _definite(t) or is_prep(t) or is_title(t, lex) or is_in_any(t.text, ("ranks", "descriptors")) \
                or _l_head(t, lex) or t.f[:1] == "ب" and folded_key(t.f[1:]) in lex.org_heads:
            j += 1      # "الفريق أول": a descriptor goes on a rank
            continue
        prev = seg[j - 1] if j else None
        if prev is None:
            return None
        if j + 1 < len(seg) and _definite(seg[j + 1]) and (
                is_prep(prev) or not _definite(prev) or t.f[:1] in "بل"):
            j += 1      # "في مجال حقوق الإنسان", "المكلف بشؤون الأمن": a noun in construct
            continue
        if is_prep(prev) and j + 2 < len(seg) and _definite(seg[j + 2]) \
                and not (is_prep(seg[j + 1]) or is_head(seg[j + 1], lex)):
            j += 2      # "في مكافحة جرائم المدينة": two nouns in construct after a preposition
            continue
        if is_prep(prev) or not (_definite(prev) or is_title(prev, lex)
                                 or is_in_any(prev.text, ("ranks", "descriptors"))
                                 or j >= 2 and seg[j - 2].f == "ال"):
            return None
        if _genitive_title(seg, j, lex):
            return None     # "مسؤول في مكتب رئيس الوزراء فلان": the name is the title's
        run = _name_run(seg[j:], lex)
        if len(run) < 2 or any(x.text in _COMMA for x in run) or nationality(t.text) is not None:
            return None     # "مسؤول دفاع أميركي كبير": a nationality, no name
        e = j + len(run)
        if e == len(seg) or is_prep(seg[e]) or _definite(seg[e]) or seg[e].f in lex.stops \
                or seg[e].f in _NAME_BREAKS:
            return run      # "... سامر حداد قد أقر", "... سامر حداد الذي"
        tail = seg[e:]
        if len(seg) - j <= MAX_NAME_WORDS and all(not (is_prep(x) or _definite(x) or is_head(x, lex)
                or x.f in lex.stops or has_pronoun_suffix(x) or is_in_any(x.text, ("descriptors", "titles")))
                for x in tail[:-1]) and _name_run(tail[-1:], lex) \
                and not tail[-1].key.endswith(("ين", "ون", "ات")):
            return seg[j:]  # "... سامر خليل حداد العلي": a long name that ends the phrase
        return None
    return None


def _genitive_title(seg: list[Tok], j: int, lex: Lexicon) -> bool:
    """A title before ``j`` in the genitive: right after a preposition or an indefinite
    head or person noun ("مسؤول في مكتب رئيس الوزراء", "محامي الرئيس السابق"): a name
    after it is that title's. A definite title after a definite word or a place is a
    second title of the speaker ("مقررة اللجنة في المجلس النائبة عن الحزب فلانة", "مدير
    أمن المدينة اللواء فلان"); one after an indefinite title is part of a compound title
    ("نائب رئيس الوزراء")."""
    for p in range(1, j):
        if is_title(seg[p], lex):
            prev = seg[p - 1]
            if is_prep(prev) or not (_definite(prev) or is_title(prev, lex)) and (
                    prev.key in lex.org_heads or prev.key in lex.anon_heads or _person_word(prev, lex)):
                return True
    return False


def _looks_like_name(seg: list[Tok], lex: Lexicon) -> bool:
    if not seg or len(seg) > MAX_NAME_WORDS:
        return False
    first = seg[0]
    if first.f.startswith("ال") or is_prep(first) or is_title(first, lex) \
            or has_pronoun_suffix(first) or first.text.startswith(_PREFIXED):
        return False
    return all(t.text not in _COMMA for t in seg)


def _description(seg: list[Tok], lex: Lexicon | None = None, text: str | None = None) -> list[Tok]:
    """A description up to where its object starts: an indefinite word right after a
    definite one ("الحكومة المالية مقتل"), a word with a pronoun suffix ("قوله")."""
    out: list[Tok] = []
    held = -1
    for k, t in enumerate(seg[:MAX_DESCRIPTION_WORDS]):
        if k == held:
            out.append(t)
            continue
        if out and (has_pronoun_suffix(t) or _bi_at(seg, k) or _run_break(t, "adverb")):
            break       # "مصادر خصوصا": an adverb after the subject
        if out and t.f in _composed_of() and k + 1 < len(seg) and seg[k + 1].f == "من":
            break       # "الوفد المكون من ثلاثة نواب": its members, not its name
        if out and k + 2 < len(seg) and _bi_place_head(seg, k):
            out.append(t)   # "مفوض الشرطة بولاية بورنو فلان": the place head and its name
            held = k + 1
            continue
        if len(out) == 1 and _definite(out[0]) and (
                _object_plural(out[0], t) or text is not None and lex is not None
                and _object_plural(out[0], t, True) and _titled_object(text, out[0], lex)):
            break       # "طالبت المنظمة السلطات": the subject, then its object
        if out and t.text[-1:] == "ة" and text is not None and lex is not None \
                and _feminine_object(text, out, t, lex):
            break       # "ودعا البيان الحكومة": a feminine noun after a masculine subject
        if out and media_word(out[-1]) and (is_prep(t) or not (media_word(t) or _definite(t))):
            break       # "صحيفة الديلي تلغراف في مقالة": the name ends
        if out and t.f.startswith("بال") and _definite(out[-1]):
            break       # "السفارة الأمريكية بالعاصمة": where it is, not its name
        if out and text is not None and _after_marked_name(text, out[-1], t, seg, k):
            break       # "حركة «فلان» المسيطرة على ...", "منظمة «فلان» اختطاف ...": the name ended
        if out and lex is not None and not _governs_bi(out[-1]) and _bi_object(seg, k, lex):
            break       # "مصادر محلية بسقوط قتلى": the verb's ب-object
        # "لحقوق الإنسان", "لشؤون اللاجئين": a ل-phrase in construct goes on
        led = t.text.startswith("ل") and k + 1 < len(seg) and _definite(seg[k + 1])
        led = led or (lex is not None and _coordinated_head(seg, k, lex)) or media_word(t)
        if out and _definite(out[-1]) and not _definite(t) and not is_prep(t) \
                and not (len(out) >= 2 and is_prep(out[-2])) and t.f not in ("و",) and not led:
            break
        out.append(t)
    while out and is_prep(out[-1]):
        out.pop()
    return out


def _after_marked_name(text: str, last: Tok, t: Tok, seg: list[Tok], k: int) -> bool:
    """``t`` follows the closing mark of a marked name (``last`` its last word) and starts
    no part of it: a definite participle with its preposition ("«فلان» المقرب من ...")
    or a bare word that is no preposition, ل-construct, coordination or newspaper word
    (the verb's object: "منظمة «فلان» اختطاف الناشط"). "«فلان» الدولية" goes on."""
    if text[last.end:last.end + 1] not in _CLOSE_MARKS:
        return False    # the mark closes on the last word ('موقع "فلان"', not 'موقع "')
    if _definite(t):
        key = t.key
        return _described_by(seg, k) or (
            key[:1] == "م" and len(key) >= 5 and not key.endswith(("ي", "يه", "ون", "ين", "ات"))
            and k + 1 < len(seg) and is_prep(seg[k + 1]))   # "«فلان» المسيطرة على"
    return not (is_prep(t) or t.f[:1] in "ول" or media_word(t) or t.text in _COMMA
                or t.text in _OPEN_MARKS or t.f[:1].isdigit())


def _coordinated_head(seg: list[Tok], i: int, lex: Lexicon) -> bool:
    """"وشؤون الكومنولث" after "وزارة الخارجية": a head glued to و in construct with a
    definite word continues the name ("وليد المعلم" does not: وليد is no head)."""
    f = seg[i].f
    return (f[:1] == "و" and (f[1:] in lex.org_heads or f[1:] in lex.titles)
            and i + 1 < len(seg) and _definite(seg[i + 1]))


def _speaks_for_person(seg: list[Tok], i: int, lex: Lexicon) -> bool:
    """A "باسم" (on behalf of) followed by a person's title before the name at ``i``."""
    for j in range(i):
        if seg[j].f == "باسم":
            return any(is_title(seg[k], lex) for k in range(j + 1, i))
    return False


def _l_head(t: Tok, lex: Lexicon) -> bool:
    """"لحركة", "لفريق": ل + an organisation head, in construct with the name after it."""
    return t.f[:1] == "ل" and not _definite(t) and folded_key(t.f[1:]) in lex.org_heads


def _l_phrase(seg: list[Tok], i: int) -> bool:
    """"لشؤون اللاجئين": a ل-noun in construct with a definite word, part of a title."""
    return seg[i].text.startswith("ل") and i + 1 < len(seg) and _definite(seg[i + 1])


def _construct_title(out: list[Tok], lex: Lexicon) -> bool:
    """"مديرة «التحالف ...»", "أمين عام «الائتلاف»": an indefinite title in construct with
    the marked name that follows."""
    last = out[-1]
    if last.f == "عام" and len(out) >= 2:
        last = out[-2]
    return is_title(last, lex) and not _definite(last)


def _unmark_after_preps(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """"مصادر في «الجيش السوري الحر»": marks right after a preposition enclose a name that
    continues the description, not a new segment."""
    out: list[Tok] = []
    closing = False
    for i, t in enumerate(toks):
        if t.text in _OPEN_MARKS and out and not closing and (
                out[-1].f in ("في", "باسم", "لدي", "من", "ال") or _construct_title(out, lex)
                or (out[-1].key in lex.org_heads and not _definite(out[-1]))
                or (len(out) == 1 and out[0].key in rule_keys("name_marked_heads.txt")
                    and not _definite(out[0])
                    # "تلفزيون «سي إن إن»": an acronym keeps its marks (its إن no complementizer)
                    and not (i + 1 < len(toks) and toks[i + 1].f in acronym_letters()))):
            # "شركة «سامكو»" opening the phrase; not "مراسل تلفزيون «النيل» من القاهرة"
            # "صحيفة «ديلي ميل»", "وكالة «رويترز»": the marked name of an indefinite head
            closing = True
            continue
        if closing and t.text in _CLOSE_MARKS:
            closing = False
            continue
        out.append(t)
    return out


@lru_cache(maxsize=1)
def _object_verbs() -> frozenset[str]:
    """Speech verbs with a person as direct object (rules/name_object_verbs.txt), lemmas."""
    return frozenset(rules_io.lines("name_object_verbs.txt"))


def _object_after_name(text: str, run: list[Tok], lex: Lexicon) -> bool:
    """``run`` ("سامر حداد") follows a verb of rules/name_object_verbs.txt and the article
    writes its second word after another first name ("علي حداد"): the first word is the
    subject's (family) name, the second the object's ("وصف سامر حداد بأنه" after
    "... علي حداد ..."). Cheap: asked only of a two-word bare name."""
    if not _object_verb_before(text, run[0].start, lex):
        return False
    x, y = run
    if x.key.endswith(("ه", "ات", "ون", "ين")) or y.key in _THEOPHORIC or is_head(x, lex) \
            or x.key in lex.anon_heads or x.f in lex.stops \
            or text.count(f"{x.text} {y.text}") != 1:
        return False    # "أسرة فلان", "بنك البلد", "رضي الله": a noun in construct
    others = _words_before(text, y.text)
    if not any(w != x.text and len(w) > 2 and w[:1].isalpha() and not w.startswith(("ال", "و", "ف"))
               and fold(w) not in lex.verb_forms and fold(w) not in lex.stops for w in others):
        return False    # no other first name before the second word
    # the first word is a family name the article writes without the second ("إياد علاوي")
    if text.find(x.text) == x.start and text.find(x.text, x.start + 1) < 0:
        return False    # written only here: no other match
    return any(m.start() != x.start for m in re.finditer(
        r"(?<!\w)" + re.escape(x.text) + r"(?!\w)(?!\s+" + re.escape(y.text) + r")", text))


def _ends_name(text: str, c: int, e: int, lex: Lexicon) -> bool:
    """The word at ``text[c:e]`` ends a name: a first name or a title before it ("جون كيري",
    "الوزير كيري"; not "قال كيري", "عبد كيري") and a comma, a full stop, a stop word, a
    verb or a definite title after it ("كيري، ", "كيري إن", "كيري الوزير")."""
    i = c
    while i > 0 and text[i - 1].isspace():
        i -= 1      # the spaces before the word (a line break counts as one)
    b = i
    while b > 0 and not text[b - 1].isspace():
        b -= 1      # the word before them, whatever its marks
    if b == i:
        return False
    before = fold(text[b:i].strip("«»\"("))
    if before in _NAME_LINKS or before in lex.stops or before in lex.verb_forms \
            or before[:1] in "وف" and before[1:] in lex.verb_forms:
        return False
    if before.startswith(("ال", "وال", "فال")) and folded_key(before) not in lex.titles:
        return False
    k = e
    while k < len(text) and (text[k].isspace() or text[k] in "،,.«»\""):
        k += 1      # what stands between the word and the next one
    if any(p in text[e:k] for p in "،,."):
        return True
    j = k
    while j < len(text) and not text[j].isspace():
        j += 1
    after = fold(text[k:j].strip("«»\"().،,:؛"))
    return not after or after in lex.stops or after in lex.verb_forms or after in ("ان", "إن") \
        or after[:2] == "ال" and folded_key(after) in lex.titles


def _surname_object(text: str, run: list[Tok], lex: Lexicon) -> bool:
    """``run`` ("كيري المعارضة") follows a verb of rules/name_object_verbs.txt, its second
    word is definite and the article ends a name with its first word elsewhere ("جون
    كيري،", "الوزير كيري إن"): the first word is the subject's surname, the definite word
    opens the object ("ودعا كيري المعارضة إلى"). Not "محمد البرادعي": "محمد" ends no name
    elsewhere. Cheap: asked only of a bare name with a definite second word."""
    x, y = run[0], run[1]
    if not _definite(y) or len(x.f) < 3 \
            or is_head(x, lex) or x.key in lex.anon_heads or x.f in lex.stops or x.f in _NAME_LINKS \
            or not _object_verb_before(text, x.start, lex):
        return False
    w, n = x.text, len(x.text)
    c = text.find(w)
    while c >= 0:       # each other place the article writes the word (no regex per name)
        e = c + n
        if c != x.start and (e == len(text) or not text[e].isalnum()) and c > 1 \
                and text[c - 1].isspace() and _ends_name(text, c, e, lex):
            return True
        c = text.find(w, e)
    return False


def _words_before(text: str, word: str) -> Iterator[str]:
    r"""The words ``(\S+)`` of ``re.finditer(r"(\S+)\s+WORD(?!\w)", text)``, in order, found
    from the occurrences of ``word`` (``str.find``) instead of a try at every position of
    the text: a match has its WORD at an occurrence and starts at the run of non-spaces
    before the spaces before it (not before the previous match's end)."""
    pat = re.compile(r"(\S+)\s+" + re.escape(word) + r"(?!\w)")
    pos, c = 0, text.find(word)
    while c >= 0:
        j = c
        while j > pos and text[j - 1].isspace():
            j -= 1
        while j > pos and not text[j - 1].isspace():
            j -= 1
        m = pat.match(text, j)      # the only match that can start before the next occurrence's
        if m is None:
            c = text.find(word, c + 1)
        else:
            yield m[1]
            pos = m.end()
            c = text.find(word, pos)


# و/ف + a perfect verb of three root letters + ت ("ونشرت", "فرفعت"; folded, no long
# vowel): nouns that end so fold ة to ه, so a word of this shape is a verb
_JOINED_VERB = re.compile(r"^[وف][^\sاويه]{3}ت$")


def _one_person(head: str) -> bool:
    """A singular noun that can stand before a person's name ("الناشط", not "مصادر")."""
    return not head.endswith(("ون", "ين", "ات")) and head not in ("مصدر", "مصادر", "اوساط")


@lru_cache(maxsize=1)
def _issuer_forms() -> frozenset[str]:
    """"أصدرته", "أصدرتها", "وقعه": an issuing verb with the document as its object."""
    verbs = [fold(w) for w in rules_io.lines("issuer_verbs.txt")]
    return frozenset(v + s for v in verbs for s in ("ه", "ها"))


@lru_cache(maxsize=1)
def _composed_of() -> frozenset[str]:
    """"المكون", "المؤلفة" (+ من): a body's members follow (rules/composed_of.txt)."""
    return rule_words("composed_of.txt")


@lru_cache(maxsize=1)
def _name_participles() -> frozenset[str]:
    """"المقيم", "المقرب": a description after a name (rules/name_participles.txt)."""
    return rule_words("name_participles.txt")


def _title_phrase_at(seg: list[Tok]) -> int:
    """Length of the title phrase of several words that opens ``seg`` ("خادم الحرمين
    الشريفين"; rules/title_phrases.txt), 0 if none."""
    for phrase in _title_phrases():
        n = len(phrase)
        if len(seg) > n and all(seg[k].f == phrase[k] for k in range(n)):
            return n
    return 0


@lru_cache(maxsize=1)
def _title_fillers() -> frozenset[tuple[str, ...]]:
    """Two-word descriptions inside a title ("المنتهية ولايته"; rules/title_fillers.txt)."""
    return rule_phrases("title_fillers.txt")


@lru_cache(maxsize=1)
def _title_phrases() -> tuple[tuple[str, ...], ...]:
    """Titles of several words (rules/title_phrases.txt), folded word by word."""
    return tuple(tuple(fold(w) for w in line.split()) for line in rules_io.lines("title_phrases.txt"))


@lru_cache(maxsize=1)
def _an_keepers() -> frozenset[str]:
    """Words after which "عن" stays in the description (rules/name_an_keepers.txt), as
    listed and as stems (:func:`_stem`): "المدافعات", "محامٍ" match "مدافع", "محام"."""
    words = [fold(w).translate(NO_MARKS) for w in rules_io.lines("name_an_keepers.txt")]
    return frozenset(words) | frozenset(folded_key(w) for w in words) \
        | frozenset(_stem(folded_key(w)) for w in words)


# plural, dual, feminine and nisba endings left out of a keeper word ("مدافعون", "مدافعة",
# "ممثلي"); longest first
_STEM_ENDINGS = ("ون", "ين", "ات", "ان", "ه", "ي", "و")


def _stem(key: str) -> str:
    """A folded word without ال and one inflection ending, at least three letters left."""
    for e in _STEM_ENDINGS:
        if key.endswith(e) and len(key) - len(e) >= 3:
            return key[:-len(e)]
    return key


def _an_keeper(t: Tok) -> bool:
    """A word after which "عن" names whom it stands for (rules/name_an_keepers.txt)."""
    keep = _an_keepers()
    return t.key in keep or t.f in keep or _stem(t.key) in keep


def _acronym_run(seg: list[Tok], i: int) -> int:
    """How many words from ``i`` spell Latin letters ("سي إن إن", "إف بي آي")."""
    letters = acronym_letters()
    n = 0
    while i + n < len(seg) and seg[i + n].f in letters:
        n += 1
    return n


def _group_word(t: Tok, lex: Lexicon) -> bool:
    """An unnamed-source, group or person word ("مسؤول", "الناشطون", "المحامي")."""
    return t.key in lex.anon_heads or _person_word(t, lex) or _an_keeper(t)


def _nisba(t: Tok) -> bool:
    """A definite nisba adjective ("الإسلاميين", "البريطاني", "السورية")."""
    return _definite(t) and t.key.endswith(("ي", "يه", "يين", "يون")) and len(t.key) > 3


def _complement_end(seg: list[Tok], e: int, lex: Lexicon, bi: bool = True) -> int:
    """Where a description ``seg[:e]`` ends with the complement that names whom it stands
    for: "عن" + a definite noun phrase after a keeper word ("المدافعون عن حقوق الإنسان",
    "محامٍ عن المتهمين"), or ب/ل + an organisation head in construct with a definite word
    ("مسؤول الإعلام بوزارة الداخلية"; only when ``bi``). The phrase is a chain of up to
    two indefinite nouns in construct, a definite word, then nisba adjectives: a definite
    noun after it is the verb's object ("... عن حقوق الإنسان الحكومةَ"). ``e`` if none."""
    if not 0 < e < len(seg) - 1:
        return e
    t = seg[e]
    if t.f == "عن" and _an_keeper(seg[e - 1]):
        j = e + 1
    elif bi and t.f[:1] in "بل" and not _definite(t) and folded_key(t.f[1:]) in lex.org_heads:
        j = e + 1       # the head itself is the first noun of the chain
        if not _definite(seg[j]):
            return e
    else:
        return e
    k = j
    while k < len(seg) and k - j < 2 and not _definite(seg[k]):
        w = seg[k]
        if is_prep(w) or has_pronoun_suffix(w) or w.f in lex.stops or len(w.f) < 2 or w.text in _COMMA:
            return e
        k += 1
    if k >= len(seg) or not _definite(seg[k]) or has_pronoun_suffix(seg[k]) or seg[k].f.startswith("بال"):
        return e
    k += 1
    while k < len(seg) and _nisba(seg[k]):
        k += 1
    return k


def _with_complement(seg: list[Tok], got: list[Tok], lex: Lexicon, bi: bool = True,
                     an: bool = True) -> list[Tok]:
    """``got`` (a prefix of ``seg``) with its complement (:func:`_complement_end`); an
    عن-complement only when ``an`` (see :func:`_an_is_object`)."""
    if not got or got[-1] is not seg[len(got) - 1]:
        return got
    if not an and len(got) < len(seg) and seg[len(got)].f == "عن":
        return got
    return seg[:_complement_end(seg, len(got), lex, bi)]


_AFTER_PHRASE = re.compile(r"[\s،,]*")


@lru_cache(maxsize=1)
def _an_verbs() -> frozenset[str]:
    """Speech verbs with an عن-object (rules/name_an_verbs.txt), as lemmas."""
    return frozenset(rules_io.lines("name_an_verbs.txt"))


def _an_is_object(text: str, toks: list[Tok], lex: Lexicon) -> bool:
    """The phrase follows a verb with an عن-object ("أعلن مسؤولون عن وصول الشحنة") and
    holds one "عن" only: that عن starts the object. Not when a complementizer closes the
    phrase (its clause is the object): "كشف نائب عن الحزب، أن ..." ("يشك في أن" after
    a preposition is another word's clause)."""
    if not toks or list(map(_tok_f, toks)).count("عن") != 1:
        return False
    after = _AFTER_PHRASE.match(text, toks[-1].end)
    if after and lex.comp_re.match(fold(text[after.end():after.end() + 12])) and not is_prep(toks[-1]):
        return False
    before = text[max(0, toks[0].start - 20):toks[0].start].split()
    if not before:
        return False
    w = fold(before[-1]).translate(NO_MARKS)
    lemma = lex.lemma.get(w) or (lex.lemma.get(w[1:]) if w[:1] in "وف" else None)
    return lemma in _an_verbs()


@lru_cache(maxsize=1)
def _envoys() -> frozenset[str]:
    """Titles sent to a place: "إلى" goes on after them (rules/envoy_titles.txt)."""
    return rule_keys("envoy_titles.txt")


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    """"ولاية", "محافظة": a place name follows in construct (rules/place_heads.txt)."""
    return rule_keys("place_heads.txt")


@lru_cache(maxsize=1)
def _naming_words() -> frozenset[str]:
    """"تسمى", "يدعى", "واسمه": the name follows (rules/naming_words.txt)."""
    return rule_words("naming_words.txt")


@lru_cache(maxsize=1)
def _naming_forms() -> frozenset[str]:
    """:func:`_naming_words` bare and with a joined و: the words :func:`_mention_in`'s
    naming loop looks at further."""
    return _naming_words() | {"و" + w for w in _naming_words()}


@lru_cache(maxsize=1)
def _media_words() -> frozenset[str]:
    """Words that go on a newspaper's name ("الصنداي تايمز"; rules/media_name_words.txt),
    and the link "أون" between two of them ("الإندبندنت أون صنداي")."""
    return frozenset(fold(w) for w in (*rules_io.lines("media_name_words.txt"), "أون"))


def media_word(t: Tok) -> bool:
    """"تايمز" in "الصنداي تايمز", "أون" in "الإندبندنت أون صنداي": the name goes on."""
    return t.f in _media_words()


def _issued_it(t: Tok) -> bool:
    return t.f in _issuer_forms()


def _first_name(t: Tok, lex: Lexicon) -> bool:
    """A definite word that is no title, head or adjective ("المهدي", not "الناشط",
    "الإعلامي", "السوري"): a first name when a bare name follows."""
    k = t.key
    return not (is_head(t, lex) or k in lex.stops
                or k.endswith(("ون", "ين", "ات")) or nationality(t.text) is not None
                or is_in(t.text, "descriptors") or is_in(t.text, "titles") or k in _person_nouns())


def _appositive_name(rest: list[Tok], lex: Lexicon) -> bool:
    """A short name that ends the phrase ("... الإعلامي وسيم سعد")."""
    return 0 < len(rest) <= 3 and all(len(t.f) > 1 for t in rest) \
        and not (_definite(rest[0]) and is_title(rest[0], lex)) \
        and _name_run(rest, lex) == rest


@lru_cache(maxsize=1)
def _dangling() -> frozenset[str]:
    """Words that need a complement after them (rules/name_dangling_ends.txt), folded."""
    return rule_words("name_dangling_ends.txt")


@lru_cache(maxsize=1)
def _addressee_keepers() -> frozenset[str]:
    """Folded staff nouns that own the outlet after them (rules/name_addressee_keepers.txt)."""
    return rule_words("name_addressee_keepers.txt")


@lru_cache(maxsize=1)
def _organization_heads() -> frozenset[str]:
    """Token keys of the first words of organisation names (rules/organization_heads.txt)."""
    return rule_keys("organization_heads.txt")


def _outlet_key(f: str) -> str:
    """A folded ل/لل/و/وال word without its prefix ("للإذاعة" -> "اذاعه")."""
    if f[:1] == "و":
        f = f[1:]
    return f[2:] if f[:2] in ("لل", "ال") else f[1:] if f[:1] == "ل" else f


def _staff_of_outlet(seg: list[Tok], k: int) -> bool:
    """A staff noun owns the ل-word at ``k``: the noun, then only definite words up to it
    ("المحلل السياسي البارز للصحيفة", "الرئيس التنفيذي للقناة", "أحد المحللين للقناة"),
    not across a bare name ("رئيس الوزراء سامر حداد للتلفزيون": said to the channel)."""
    for t in reversed(seg[:k]):
        if t.key in _addressee_keepers():
            return True
        if not _definite(t):
            return False
    return False


def _addressee_cut(seg: list[Tok]) -> int:
    """Where the phrase turns to whom the words were said: "الوزير للإذاعة الرسمية" and
    "فلان لمراسل" end before the ل-word; "المحلل السياسي للصحيفة" is the outlet's staff,
    "الهيئة العامة للإذاعة والتلفزيون" an organisation's own name: never cut."""
    org = bool(seg) and seg[0].key in _organization_heads()
    for k in range(1, len(seg)):
        f = seg[k].f
        if f[:1] != "ل" or _outlet_key(f) not in _addressee_heads():
            continue
        if org and k >= 2 and _outlet_key(f) not in _addressee_keepers() \
                and not (k + 1 < len(seg) and seg[k + 1].text[:1] in "«\"“"):
            continue    # "الهيئة العامة للإذاعة": the name (not "الجيش للوكالة", "... لمراسل")
        if k >= 2 and all(_definite(t) for t in seg[:k]) and k + 1 < len(seg) \
                and seg[k + 1].f[:1] == "و" and _outlet_key(seg[k + 1].f) in _addressee_heads():
            continue    # "المؤسسة الوطنية للإذاعة والتلفزيون": a name (not "الوزير للإذاعة والتلفزيون")
        if not _staff_of_outlet(seg, k):
            return k
    return len(seg)


def _span(text: str, seg: list[Tok]) -> Mention:
    seg = seg[:_addressee_cut(seg)]
    while len(seg) > 1 and seg[-1].f in _dangling():
        seg = seg[:-1]      # "أطراف المعارضة بقيادة": the phrase was cut inside its complement
    s, e = seg[0].start, seg[-1].end
    got = text[s:e]
    if _MARK_CHARS.search(got):
        s, e = _marked_start(text, s, e)
        e = _marked_end(text, s, e)
        got = text[s:e]
    return Mention(got, s, e)


_MARK_CHARS = re.compile(r'[«“"()»”]')
_MARK_PAIRS = (("«", "»"), ("“", "”"), ("(", ")"), ('"', '"'))
_UNOPENED = _MARK_PAIRS[:3]     # pairs whose closing mark differs from the opening one
MARKED_TAIL_WORDS = 3       # words of a marked name past where the mention stopped
MARKED_NAME_WORDS = 6       # words of a marked name at most (a longer run is a quote)
# what a marked name never runs across: a comma, a sentence end, a line break, another mark
_MARK_STOPS = re.compile(r'[،,؛;.!?؟:\n«»“”()\[\]"]')


def _marked_start(text: str, s: int, e: int) -> tuple[int, int]:
    """The span of the mention ``text[s:e]`` that closes a mark it did not open (the
    phrase started inside a marked run): the name after the closing mark when it has 2+
    words and no ال ("الحركة (الاسم) سامر حداد" read from inside the bracket -> "سامر
    حداد"); else the run itself when the mention starts right after the opening mark
    ("(المرصد الوطني) المستقل" -> "المرصد الوطني"); else as it is ("الرئيس (الأول
    سامر) حداد")."""
    got = text[s:e]
    for o, c in _UNOPENED:
        k = got.find(c)
        if k < 0 or got.count(o, 0, k) > 0:
            continue
        after = got[k + 1:]
        words = after.split()
        if len(words) >= 2 and not words[0].startswith(("ال", "وال")) \
                and c not in after and o not in after:
            return e - len(after.lstrip()), e
        if text[max(0, s - 8):s].rstrip()[-1:] == o and got[:k].strip():
            return s, s + len(got[:k].rstrip())
        return s, e
    return s, e


def _marked_end(text: str, s: int, e: int) -> int:
    """The end of the mention ``text[s:e]`` that opens a mark it does not close: past the
    closing mark when the name in marks closes within a few words ("صحيفة «المصري" +
    " اليوم»", "وكالة (ستاندارد" + " ان بورز)": a stop word inside the name ended the
    phrase); before a bracket that holds no name, when words precede it ("سامر حداد
    (مستقل، عن الدائرة الأولى)", "مصدر في الشرطة (20 كلم شمال المدينة)", "محكمة المدينة
    (شمال البلاد)": where it is). Else ``e``."""
    got = text[s:e]
    for o, c in _MARK_PAIRS:
        p = got.rfind(o)
        if p < 0 or (got.count(o) % 2 == 0 if o == c else got.count(c, p) > 0):
            continue
        stop = _MARK_STOPS.search(text, e, e + 80)
        k = stop.start() if stop else -1
        if k == e and text[k] == c and o != "(":
            return k + 1    # "مصادر في «الجيش الحر»": the closing mark right after
        before = got[:p].rstrip()
        if k >= 0 and text[k] == c and len(text[e:k].split()) <= MARKED_TAIL_WORDS \
                and 0 < len(words := (inner := text[s + p + 1:k]).split()) <= MARKED_NAME_WORDS \
                and not (o == "(" and (inner.lstrip()[:1].isdigit() or len(words[0]) < 2
                                       or before[-1:] in _CLOSE_MARKS or is_place(words[0]))):
            return k + 1    # "صحيفة «المصري اليوم»": the name runs to its closing mark
        if o == "(" and (len(before.split()) >= 2 or before[-1:] in _CLOSE_MARKS):
            # "سامر حداد (مستقل، ...)", "مصدر في الشرطة (20 كلم ...)", "صحيفة «الوادي»
            # (اليومية)", "محكمة المدينة (شمال البلاد)": the bracket holds no name
            return s + len(before)
        return e
    return e


def _segments(toks: list[Tok]) -> list[list[Tok]]:
    segs: list[list[Tok]] = [[]]
    for t in toks:
        if t.text in _COMMA:
            segs.append([])
        else:
            segs[-1].append(t)
    return segs


def relay_source(toks: list[Tok]) -> int | None:
    """Index of the first word after "عن" in "نقلت الوكالة عن مصدر" / "نقلا عن مصدر"
    (-1 for "عنه": the source is the speaker already named; None: no relay)."""
    for i, t in enumerate(toks):
        if t.f in ("عنه", "عنها", "عنهم"):
            return -1
        if t.f == "عن" and i + 1 < len(toks):
            return i + 1
    return None


def _skip_addressee(toks: list[Tok], lex: Lexicon) -> list[Tok]:
    """"قال لـ«الشرق الأوسط» مصدر", "قال للصحافيين مصدر": whom it was said to comes
    before the subject; the subject follows it."""
    if not toks:
        return toks
    first = toks[0]
    if first.text in ("ل", "لـ") or first.text.startswith("لـ"):
        i = 1 if first.text in ("ل", "لـ") or first.text[2:] in _OPEN_MARKS else 0
        if i < len(toks) and toks[i].text in _OPEN_MARKS:
            close = next((j for j in range(i + 1, len(toks)) if toks[j].text in _CLOSE_MARKS), None)
            if close is None:
                return toks
            i = close + 1
        elif i == 0:
            i = 1
    elif first.f.startswith("لل") and len(first.f) > 4 or _l_head(first, lex):
        i = 1       # "للصحافيين", "لوكالة الأنباء"
    else:
        return toks
    while i < len(toks) and _definite(toks[i]) and not toks[i].f.startswith(("لل", "بال")):
        i += 1      # "للتلفزيون الرسمي"
    rest = toks[i:]
    if not rest:
        return toks
    # a subject follows only if it starts like one ("مصدر", "العميد", "أحد", "عبد ...");
    # not "قال لوكالة فرانس برس", "نفى لـ«الشرق الأوسط» وصول القضية"
    head = is_head(rest[0], lex) or rest[0].f in ("احد", "احدي") or rest[0].f in _NAME_LINKS
    return rest if head else toks


def find_mention(text: str, start: int, end: int, lex: Lexicon, relay: bool = False
                 ) -> Mention | None:
    """The speaker mention in ``text[start:end]``, or None when the phrase names nobody."""
    return mention_in(text, tokens(text, start, end), lex, relay)


def mention_in(text: str, toks: list[Tok], lex: Lexicon, relay: bool = False,
               one_of: bool = True) -> Mention | None:
    """:func:`find_mention` on the phrase's tokens (``one_of``: "أحد ال..." is checked for a
    fragment, see below)."""
    m = _mention_in(text, toks, lex, relay, one_of)
    if m is not None and " " not in m.text and fold(m.text).translate(NO_MARKS) in _never_alone():
        return None     # "يبلغ عدد المقيمين": "عدد" alone names nobody
    if m is not None:
        m = _mended(text, toks, m, lex, one_of)
    if m is not None and " لل" not in m.text and " ل" in m.text:
        m = _document_of(text, toks, m, lex)
    return _without_according(text, m, lex) if m is not None and m.text[:1] in "لو" else m


def _document_of(text: str, toks: list[Tok], m: Mention, lex: Lexicon) -> Mention:
    """"تصريحات لوزير الدفاع الفلاني سامر حداد": a document (rules/speaker_kind_documents.txt)
    or a noun of something said (rules/owned_speech_nouns.txt: "كلمة لوزير ...") and ل glued
    to a title; the mention stopped at the glued word is the titled person after the ل."""
    words = [t for t in toks if m.start <= t.start and t.end <= m.end]
    if len(words) < 2 or not (is_in(words[0].text, "kind_documents")
                              or words[0].key in rule_words("owned_speech_nouns.txt")):
        return m
    w = words[1]
    if w.f[:1] != "ل" or len(w.f) < 4:
        return m
    inner = tokens(text, w.start + 1, w.end)
    if len(inner) != 1 or not is_title(inner[0], lex):
        return m
    got = mention_in(text, inner + toks[toks.index(w) + 1:], lex)
    return got if got is not None else m


def _mended(text: str, toks: list[Tok], m: Mention, lex: Lexicon, one_of: bool) -> Mention | None:
    """``m`` without a verb before it or an object or modifier glued after it, or None when
    it is a verb or a glued preposition's noun alone (see the helpers below)."""
    words = [t for t in toks if m.start <= t.start and t.end <= m.end]
    if not words:
        return m
    verbs = _leading_verbs()
    wa_verbs = _wa_verbs()
    for k in range(len(words) - 1, -1, -1):
        f = words[k].f
        if f in verbs or f[:1] in "وف" and (f[1:] in verbs or not k and f[1:] in wa_verbs):
            # "وبينما تحاشى فلان دعوة ...": the name is the word right after the verb
            if k >= 2 and words[k - 1].f == "ان":
                # "مسؤول أمني رفيع أن تصبح المدينة ...": the subject ends before "أن"
                return Mention(text[m.start:words[k - 2].end], m.start, words[k - 2].end)
            rest = toks[toks.index(words[k]) + 1:]
            got = None
            if rest and rest[0].f not in _approximators() and not (rest[0].f[:1] == "ل" and len(rest) > 1
                                                          and _definite(rest[1])):
                got = mention_in(text, rest, lex, one_of=one_of)   # not "يميل لرفض الاتفاق"
            if got is not None and not (k and got.text[:1] in "بل") and (
                    got.start == rest[0].start or not k and f not in verbs and f[1:] not in verbs
                    and is_title(rest[0], lex) and not any(t.text in _COMMA for t in rest
                                                           if t.end <= got.start)):
                return got      # (after a verb of name_wa_verbs.txt, also past a title:
                #                 "وطمأن وزير البيئة سامر حداد" -> "سامر حداد")
            # a verb first and no name right after it names nobody ("ويمضي قائلا",
            # "يمتنع نحو مليوني سائح"); one inside is left as it was ("حوادث تبدأ بقصص"),
            # and so is a noun-or-verb of name_wa_verbs.txt with words after it ("وعرض
            # الجيش صورا": no name right after it, the phrase is not read as a verb's)
            if k or f not in verbs and f[1:] not in verbs and len(words) > 1:
                return m
            return None
    if len(words) == 1:
        return None if _verb_or_object(text, words[0], lex) else m
    if _bi_noun(words[0]):
        return None     # "اتهم بازدراء الإسلام": ب and a verbal noun, no speaker
    cut = _cut_after(words, lambda: _object_verb_before(text, m.start, lex))
    if cut is None:
        return m
    return Mention(text[m.start:words[cut - 1].end], m.start, words[cut - 1].end)


def _verb_or_object(text: str, t: Tok, lex: Lexicon) -> bool:
    """A one-word mention that names nobody: a verb before its participle ("ويمضي قائلا"),
    or ل/ب glued to a verbal noun ("لاستمرار", "باعتقال"). (Not ل + a head word, "قال
    لمجلس ...": its quote then goes to a wrong earlier speaker.)"""
    f = t.f
    if f[:1] in "وف" and len(f) >= 4:
        nxt = NEXT_WORD.match(text, t.end)
        if nxt is not None and fold(nxt[1]) in lex.verb_forms and is_participle(fold(nxt[1])):
            return True     # "ويواصل قائلا:", "وتذكرت قائلة": the verb, its subject before
    if f[:1] == "ل" and len(f) >= 4 and not f.startswith("لل"):
        return bool(_MASDAR.match(f[1:]))
    return _bi_noun(t)


# افتعال with its ت assimilated ("ازدراء", "اصطدام", "اضطهاد")
_BI_ASSIMILATED = re.compile(f"^با(?:زد|صط|ضط){_C}ا{_C}$")


def _bi_noun(t: Tok) -> bool:
    """ب glued to a verbal noun ("بانهيار", "بازدراء"), not a name of the pattern فعول
    ("بنسون")."""
    f = t.f
    return f[:1] == "ب" and len(f) >= 4 and f[3:4] != "و" and bool(
        _BI_MASDAR.match(f) or _BI_ASSIMILATED.match(f))




def _cut_after(words: list[Tok], object_verb: Callable[[], bool]) -> int | None:
    """Where a mention of two or more words ends early, or None: before و + a verb of
    rules/name_wa_verbs.txt ("الجبهة ونشر"), before "غير" + a definite
    word ("برلمان طرابلس غير المعترف به") or a dangling "غير", before an object word
    (rules/name_run_breaks.txt "object": "فلان وجوب"), before a body after a definite
    subject or a name after a verb that takes an object (``object_verb()``, asked only
    then; rules/
    name_object_bodies.txt: "واتهمت الحكومة المعارضة"; not "وقال البيان الحكومة")."""
    wa_verbs = _wa_verbs()
    for k in range(1, len(words)):
        f = words[k].f
        if f[:1] == "و" and f[1:] in wa_verbs:
            return k    # "الجبهة ونشر": و + a verb ends the name (rules/name_wa_verbs.txt)
        if f == "غير" and (k + 1 == len(words) or _definite(words[k + 1])
                           and not words[k + 1].f.endswith(("يه", "ي"))):
            return k    # not "منظمة غير حكومية", "منظمة العفو غير الحكومية": its description
        if _run_break(words[k], "object") and k + 1 == len(words):
            return k
        if k == 1 and f in _object_bodies() and _body_subject(words[0], f) and object_verb():
            return k
    return None


def _body_subject(first: Tok, body: str) -> bool:
    """``first`` is a subject that a body after it does not describe: a definite word, a
    plural in ون or a place ("روسيا"), not a noun in construct ("رئيس الحكومة", "مصادر
    المعارضة"); before a body marked ^ ("المعارضة") only one of the bodies."""
    if body in _after_body_only():
        return first.f in _object_bodies()
    return _definite(first) or first.f.endswith("ون") or is_place(first.text)


@lru_cache(maxsize=1)
def _leading_verbs() -> frozenset[str]:
    """Verbs a subject phrase may start with (rules/name_leading_verbs.txt), folded."""
    return rule_words("name_leading_verbs.txt")


@lru_cache(maxsize=1)
def _wa_verbs() -> frozenset[str]:
    """Verbs left out only as a mention's first word with و/ف ("وشكك معهد ..."; rules/
    name_wa_verbs.txt), folded, without diacritics."""
    return frozenset(w.translate(NO_MARKS) for w in rule_words("name_wa_verbs.txt"))


@lru_cache(maxsize=1)
def _object_bodies() -> frozenset[str]:
    """Bodies that after a subject are the verb's object (rules/name_object_bodies.txt),
    folded; those marked ^ there are in :func:`_after_body_only` too."""
    return frozenset(fold(w) for w in rules_io.marked("name_object_bodies.txt")[0])


@lru_cache(maxsize=1)
def _after_body_only() -> frozenset[str]:
    """Object bodies cut only after another body ("الحكومة المعارضة"; marked ^ in rules/
    name_object_bodies.txt: "المعارضة" is also an adjective, "القوى المعارضة")."""
    return frozenset(fold(w) for w in rules_io.marked("name_object_bodies.txt")[1])


@lru_cache(maxsize=1)
def _approximators() -> frozenset[str]:
    """"About" before a number (rules/name_approximators.txt), folded."""
    return rule_words("name_approximators.txt")


@lru_cache(maxsize=1)
def _never_alone() -> frozenset[str]:
    """Words that are no speaker mention on their own (rules/name_never_alone.txt), folded."""
    return rule_words("name_never_alone.txt")


@lru_cache(maxsize=1)
def _chief_surnames() -> frozenset[str]:
    """Apposition heads that are a surname before a preposition ("سامر كبير في ...", not
    "سامر كبير مفاوضي الوفد"; rules/name_chief_surnames.txt), folded."""
    return rule_words("name_chief_surnames.txt")


_LAST_WORD = re.compile(r"(\S+)\s*$")


@lru_cache(maxsize=1)
def _owned_words() -> frozenset[str]:
    """The words before a "لل..." word that make it the owner or the source ("بيان تابع
    للتنظيم", "وفقًا للمسؤول"; rules/name_owned_before.txt), folded, without diacritics."""
    return frozenset(w.translate(NO_MARKS) for w in rule_words("name_owned_before.txt"))


def _owned_before(text: str, at: int) -> bool:
    """The whole word before ``at`` is one of :func:`_owned_words` ("مصدر تابع للجيش",
    "ووفقا للمصدر"; not "وتابع للصحفيين", "and he went on")."""
    last = _LAST_WORD.search(text, max(0, at - 30), at)
    return last is not None and fold(last.group(1)).translate(NO_MARKS) in _owned_words()


# "وفقا لسامر حداد": the source after "according to"; its glued ل is no part of the name
_ACCORDING = re.compile(r"(?:^|\s)(?:و?(?:وفقا|وفقاً|طبقا|طبقاً))\s*$")
_ACCORDING_LEAD = re.compile(r"^(?:و?(?:وفقا|وفقاً|طبقا|طبقاً))\s+")


def _without_according(text: str, m: Mention, lex: Lexicon) -> Mention:
    """"ووفقا لسامر حداد" -> "سامر حداد": drop the lead "وفقا" and the glued ل of its
    source (not "لل...": "وفقا للمسؤول" is left to the caller, nor "لـ")."""
    s = m.start
    lead = _ACCORDING_LEAD.match(m.text)
    if lead:
        s += lead.end()
    elif not _ACCORDING.search(text[max(0, s - 12):s]):
        return m
    if text[s:s + 1] != "ل" or text[s + 1:s + 2] in ("ل", "ـ", "") or s + 1 >= m.end:
        return m
    k = folded_key(fold(text[s + 1:m.end].split()[0]))
    if k in lex.titles or k in lex.org_heads or k in lex.anon_heads:
        return m    # "وفقا لمصادر محلية": a head word, left as before
    return Mention(text[s + 1:m.end], s + 1, m.end)


def _mention_in(text: str, toks: list[Tok], lex: Lexicon, relay: bool = False,
                one_of: bool = True) -> Mention | None:
    # "نقلت صحيفة ... عن فلان", "ذكرت صحيفة ... نقلا عن فلان قوله": the source after عن
    if "نقلا" in map(_tok_f, toks):     # (rare: the loop only when the word is there)
        for i, t in enumerate(toks):
            if t.f == "نقلا" and i + 2 < len(toks) and toks[i + 1].f == "عن":
                relay, toks = True, toks[i + 1:]
                break
    if relay:
        at = relay_source(toks)
        if at == -1:
            return None
        if at is not None:
            return mention_in(text, toks[at:], lex)
    # "أكاديمية تدرّس في بوسطن تسمى الدكتورة فلانة": the name given after the description
    naming, forms = _naming_words(), _naming_forms()
    comma = False
    for i in range(1, min(len(toks) - 1, 14)):
        f = toks[i].f
        if f not in forms:      # most words: no naming word, bare or with و
            if toks[i].text in _COMMA:
                comma = True    # "مشجع للنادي، شهد المباراة ويدعى فلان،": only a joined و-form
            continue
        if (f in naming and not comma) or (f[:1] == "و" and f[1:] in naming):
            after = toks[i + 1]
            if after.text in _OPEN_MARKS and f.endswith("دعي") \
                    and not any(t.f in ("في", "من", "عن", "لدي", "مع", "الي") for t in toks[:i]):
                # "متحدث باسم الحركة يدعى «أبو فلان»", "منظمة تدعى «...»": the marked name
                # (not "مسؤول في حركة تدعى «...»": the name is the group's)
                named = mention_in(text, toks[i + 1:], lex)
                if named is not None:
                    return named
                break
            if after.text in _OPEN_MARKS or is_prep(after) or len(after.f) < 2 \
                    or (_definite(after) and not is_title(after, lex)):
                break       # "حركة تسمى «...»", "رؤية تسمي الأشياء": no person's name
            named = mention_in(text, toks[i + 1:], lex)
            if named is not None:
                return named
            break
    # "أكد كل من الوزير فلان ونظيره علان": both speak; the first named stands for them
    if len(toks) > 2 and toks[0].f == "كل" and toks[1].f == "من":
        toks = toks[2:]
        j = next((j for j in range(1, len(toks)) if toks[j].f == "و" or (
            toks[j].f[:1] == "و" and (toks[j].f[1:3] == "ال" or is_title(toks[j], lex)
                                      or folded_key(toks[j].f[1:]) in lex.org_heads))), len(toks))
        toks = toks[:j]     # the first of them: "والحكومة ..." starts the second
    # "جاء في تصريح أصدرته السفارة": the one who issued the document speaks
    for i in (1, 2):
        if i + 1 < len(toks) and _issued_it(toks[i]) and all(t.text not in _COMMA for t in toks[:i]):
            return mention_in(text, toks[i + 1:], lex)
    an = not _an_is_object(text, toks, lex)
    toks = _cut_at_stops(_unmark_after_preps(_skip_addressee(toks, lex), lex), lex, an)
    if toks and toks[0].f[:2] == "لل" and len(toks[0].f) > 4 \
            and not _owned_before(text, toks[0].start):
        return None     # "قالت للمفوضية الأوروبية بعد": whom it was said to, no subject after it
    if toks and toks[0].text in _OPEN_MARKS:
        # "قالت «الهيئة السورية للإعلام» إن": a name in marks, up to its closing mark
        close = next((i for i in range(1, len(toks)) if toks[i].text in _COMMA), len(toks))
        toks = toks[1:close]
        if _acronym_run(toks, 0) == len(toks) >= 2:
            return _span(text, toks)    # «سي إن إن»: its letter "إن" is no complementizer
    segs = _segments(toks)
    while segs and not segs[-1]:
        segs.pop()
    if not segs or not segs[0]:
        return None
    seg = segs[0]
    if len(seg) >= 2 and seg[0].f == "نفس" and _definite(seg[1]):
        seg = seg[1:]       # "نفس الضابط": the description it refers back with
    if len(seg) >= 2 and seg[0].f in ("به", "بها", "بهم", "بهما") and _said_before(text, seg[0].start):
        seg = seg[1:]       # "ما صرح به فلان": the pronoun is what was said; the subject follows
    if len(seg) >= 2 and _passive_head(seg[0]):
        seg = seg[1:]       # "عندما سئل فلان، أمس، عما": the one asked, not a name "سئل فلان"
    if len(seg) >= 2 and _JOINED_VERB.match(seg[0].f):
        if seg[1].f.endswith("ا") and not _definite(seg[1]):
            return None     # "ونشرت صورا لما": the verb's object, no subject
        seg = seg[1:]       # "ونشرت تقارير تفيد": a joined verb, then its subject
    # (ب first: _bi_at holds for ب-words only, and most words are none)
    cut = next((k for k in range(1, len(seg)) if seg[k].f[:1] == "ب" and _bi_at(seg, k)), 0)
    if cut:
        seg = seg[:cut]     # "الكاهن سامر بصوت قوي": how he said it ends the phrase
    head = seg[0].key
    # "المسؤولة عن فرع الشؤون القانونية": the feminine of an unnamed-source head (مسؤول)
    # with its عن-complement is a description, as "المسؤول عن ..." is; "النائب عن مدينة
    # فلان علان" keeps its title reading
    titled = is_title(seg[0], lex) and not (len(seg) > 1 and seg[1].f == "عن" and _definite(seg[0])
                                            and seg[0].key[:-1] in lex.anon_heads)
    if seg[0].f in ("احد", "احدي") and len(seg) >= 2 and has_pronoun_suffix(seg[1]):
        # "أحد منظميها فلان": the name after; "أحد منظميها": the description
        return _span(text, seg[2:]) if _appositive_name(seg[2:], lex) else _span(text, seg[:2])
    if one_of and seg[0].f in ("احد", "احدي") and len(seg) >= 2 and _definite(seg[1]):
        # "إحدى القنوات الرسمية" read as the bare "إحدى", "أحد التجار ممن ..." as "ممن":
        # one of a definite group is that group's description
        got = mention_in(text, toks, lex, one_of=False)
        if got is not None and got.start == seg[0].start and got.end > seg[0].end:
            return got
        group = seg[1:]
        cut = next((k for k, t in enumerate(group) if t.f in _RELATIVE_WORDS), len(group))
        sub = mention_in(text, group[:cut], lex) if cut else None   # "أحد التجار ممن ..."
        if sub is not None and sub.start == seg[1].start:
            return Mention(text[seg[0].start:sub.end], seg[0].start, sub.end)
        return got
    if head in lex.org_heads or head in lex.anon_heads and not titled:
        # "مسؤول الإعلام بهيئة الموانئ": the complement is no appositive name
        got = _with_complement(seg, _description(seg, lex, text), lex, bi=head in lex.anon_heads, an=an)
        rest = seg[len(got):]
        if head in lex.anon_heads and got and _definite(got[-1]) and _appositive_name(rest, lex):
            if not _definite(seg[0]) and len(got) >= 2 and is_title(got[1], lex):
                return _span(text, got + rest)   # "أنصار الرئيس فلان": the group speaks
            inner = [m for m in range(2, len(got) - 1) if got[m].key in lex.titles
                     and any(is_prep(got[x]) for x in range(1, m))]
            if inner:
                # "مصدر مقرب من رئيس الحكومة فلان", "مسؤول في مكتب رئيس الوزراء فلان": the
                # name is the title's inside the description, not the speaker's
                return _span(text, got + rest)
            if _one_person(head):
                return _span(text, rest)    # "الناشط الإعلامي وسيم سعد"
        if head in lex.anon_heads and _person_word(seg[0], lex):
            late = _late_name(seg, 1, lex)     # "المسؤول في المنظمة سامر حداد"
            if late:
                return _span(text, late)
        return _span(text, got) if got else None
    if titled or head in lex.anon_heads:
        i = 0
        while i < len(seg):
            t = seg[i]
            f = t.f
            if _rank_first_name(seg, i, lex):
                break       # "الفريق رائد فلان": رائد is the first name
            if i and (seg[i - 1].f, f) in _title_fillers():
                i += 1      # "وزير الدفاع المنتهية ولايته فلان": the name follows
                continue
            if (is_title(t, lex) or f.startswith("ال") or f.startswith("وال") or f.startswith("لل")
                    or f.startswith("بال") or is_prep(t) or t.key in lex.org_heads
                    or t.key in lex.anon_heads or f in lex.stops or _l_phrase(seg, i)):
                i += 1
                continue
            if i and _coordinated_head(seg, i, lex):
                i += 1      # "وزارة الخارجية وشؤون الكومنولث": a coordinated head goes on
                continue
            if i and t.f[:1] == "ل" and not _definite(t) and i + 3 < len(seg) and seg[i + 1].f[:1].isdigit():
                i += 3      # "منسق الأمانة العامة لفريق 14 آذار فلان": a date-named bloc
                continue
            if i and i + 1 < len(seg) and not _definite(seg[i - 1]) and not is_prep(seg[i - 1]) \
                    and is_place(t.text) and not _definite(t):
                i += 1      # "مدير مطار عدن فلان": the place in construct, then the name
                continue
            if i and _bi_place(t) and not is_prep(seg[i - 1]):
                i += 1      # "رئيس الأركان بكوريا الجنوبية فلان": where the title is held
                continue
            if i and _bi_place_head(seg, i):
                i += 2      # "مفوض الشرطة بولاية بورنو فلان": the place head and its name
                continue
            if i and t.f[:1] == "ب" and i + 1 < len(seg) and _definite(seg[i + 1]) \
                    and folded_key(t.f[1:]) in lex.org_heads:
                i += 1      # "السكرتير الدائم بوزارة الخارجية فلان": where the title is held
                continue
            if i and _l_head(t, lex):
                # "المتحدث الرسمي لحركة حماس فلان": the organisation's one-word name after
                # its head; "لفريق 14 آذار فلان": a date-like name of two words
                i = min(len(seg), i + (3 if i + 3 < len(seg) and seg[i + 1].f[:1].isdigit() else 2))
                continue
            n = _phrase_at(seg, i, lex) if i and _titled_org(seg, i, lex) else 0
            if not n and i and _titled_org(seg, i, lex) and _OPEN_MARKS & set(text[seg[i - 1].end:seg[i].start]):
                n = _acronym_run(seg, i)    # "رئيس «إف بي آي» فلان": past the marked acronym
                n = n if n >= 2 else 0
            if n:
                i += n      # "مراسل بي بي سي في غاو فلان": past the organisation
                continue
            # a word after a preposition or a head noun in construct: "باسم حركة حماس"
            # or after an indefinite title in construct: "وزير خارجية إيران ..."
            prev = seg[i - 1] if i > 0 else None
            if prev is not None and i + 1 < len(seg) and _definite(seg[i + 1]) \
                    and is_title(seg[i + 1], lex) and not is_prep(prev):
                break      # "قائد نصر المتحدث عن الجبهة": a name before an apposition title
            if prev is not None and i + 1 < len(seg) and (
                    is_prep(prev)
                    or ((is_title(prev, lex) or prev.key in lex.org_heads or prev.key in _place_heads())
                        and not prev.f.startswith(("ال", "وال")))):
                i += 1
                continue
            break
        if _object_masdar(seg, i):
            return _span(text, seg[:i])     # "الناطق باسم الحكومة" + its object
        rest = _name_run(seg[i:], lex)
        # "محافظ عدن", "أمير قطر": an indefinite title in construct with one last word
        # ("رئيس الوزراء نتنياهو": after a definite word the one word is a name)
        construct = i > 0 and (not _definite(seg[i - 1]) or is_prep(seg[i - 1]))   # "إلى سوريا"
        e = i + len(rest)
        if rest and construct and e < len(seg) and _person_word(seg[e], lex):
            # "مدير شرطة المدينة العميد سامر حداد": the place completes the title, the
            # rank after it introduces the name
            late = _late_name(seg, e, lex)
            if late:
                return _span(text, late)
        if rest and _speaks_for_person(seg, i, lex):
            # "متحدث باسم الرئيس السابق فلان الفلاني": the name is whom he speaks for
            e = i + len(rest)
            while e < len(seg) and e < i + len(rest) + 2 and seg[e].f.startswith("ال"):
                e += 1
            return _span(text, seg[:e])
        # one word in construct that ends the phrase or is followed by a preposition is the
        # title's complement ("رئيس تحرير أفريقيا في ...", "قائد شرطة ولاية يوبي")
        if len(rest) == 1 and construct and e < len(seg) and is_title(seg[e], lex) \
                and not _definite(seg[e]):
            # "ولي عهد دبي نائب رئيس المجلس": a second, indefinite title after the
            # complement; the first title and its complement are the description
            return _span(text, seg[:e])
        if rest and not (len(rest) == 1 and construct
                         and (len(seg) == i + 1
                              or is_prep(seg[i + 1]))):
            return _span(text, rest)
        if len(segs) > 1 and segs[1] and len(segs[1]) <= 3 and not _definite(seg[-1]) \
                and is_in(seg[-1].text, "org_heads") \
                and _OPEN_MARKS & set(text[seg[-1].end:segs[1][0].start]) \
                and not any(_looks_like_name(x, lex) for x in segs[2:]):
            # "متحدث باسم مستشفى «الأمل»": the marked name is the organisation's
            return _span(text, seg + segs[1])
        for later in segs[1:]:
            late = _late_name(later, 0, lex) if later and _definite(later[0]) else None
            if late:
                return _span(text, late)     # "مراسل «الوكالة» المختص بالشؤون العربية فلان"
            k = 0
            while k < len(later) - 1 and (later[k].f.startswith("ال") or is_title(later[k], lex)) \
                    and not _rank_first_name(later, k, lex):
                k += 1     # "«الائتلاف الوطني» المعارض محمد مكتبي"
            if k and _rank_first_name(later, k, lex):
                return _span(text, _name_run(later[k:], lex))   # "، الفريق رائد فلان علان"
            if k and (len(later) - k > 3 or _name_run(later[k:], lex) != later[k:]):
                continue
            if _looks_like_name(later[k:], lex):
                return _span(text, _name_run(later[k:], lex) or later[k:])
        got = _with_complement(seg, _description(seg, lex, text), lex, an=an)
        return _span(text, got) if got else None
    if seg[0].f.startswith("ال"):
        # "أعلنت السلطات التركية", "كشفت الدراسة": a definite description as the subject
        run = []
        objected = False
        for t in seg[:4]:
            # "السفارة الأمريكية بالعاصمة": a ب-phrase is where it is, not its name
            if not (_definite(t) or run and media_word(t)) or has_pronoun_suffix(t) \
                    or (run and t.f.startswith("بال")):
                break
            if len(run) == 1 and is_title(t, lex) and len(run[0].f) > 2 and t.f[:1] != "و" \
                    and not (is_title(run[0], lex) or run[0].key in lex.org_heads
                             or run[0].key in lex.anon_heads):
                break   # "الربيعة المشرف العام": a family name before an apposition title
            if len(run) == 1 and (_object_plural(run[0], t) or _object_plural(run[0], t, True)
                                  and _titled_object(text, run[0], lex)) \
                    or run and t.text[-1:] == "ة" and _feminine_object(text, run, t, lex):
                objected = True
                break   # "طالبت المنظمة السلطات": the subject, then its object
            if run and t.f in _composed_of() and seg[len(run) + 1:len(run) + 2] \
                    and seg[len(run) + 1].f == "من":
                break   # "الوفد المكون من ثلاثة نواب": its members, not its name
            run.append(t)
        # "الناشط الإعلامي وسيم سعد": a short name that ends the phrase is the speaker
        rest = seg[len(run):]
        if run and not objected and _one_person(seg[0].key) and _appositive_name(rest, lex):
            if len(run) == 1 and _first_name(run[0], lex):
                return _span(text, run + rest)     # "المهدي أخريف": a first name with ال
            return _span(text, rest)
        if len(run) == 1 and _nisba(run[0]) and _one_person(seg[0].key):
            # "الإماراتي سامر حداد رئيس المجلس": a nationality, the name, its title (not
            # "النبوي وجود اتفاق مع": a family name with ال, then the verb's object)
            name = _name_run(rest, lex)
            if 2 <= len(name) < len(rest) and is_title(rest[len(name)], lex) \
                    and _appositive_name(name, lex):
                return _span(text, name)
        if run and any(_person_word(t, lex) for t in run):
            # "المحامي سامر حداد المختص في ...", "الباحث والناشط في الحملة سامر حداد"
            late = _late_name(seg, len(run), lex)
            if late:
                return _span(text, late)
        # "المدافعون عن حقوق الإنسان", "المسؤول الإعلامي بوزارة الداخلية"
        run = _with_complement(seg, run, lex, bi=_group_word(seg[0], lex), an=an)
        return _span(text, run) if run else None
    first = seg[0]
    if has_pronoun_suffix(first) or is_prep(first) or first.f.startswith(("لت", "بت")) \
            or first.text.startswith(_PREFIXED):
        return None   # "طلب عدم ذكر اسمه", "بتنحيه", "لتحقيق": not a name
    if _addressee_name(text, first, lex):
        return None   # "وهو يقول لسامر:": whom he spoke to, a name the article writes bare
    n = _title_phrase_at(seg)
    if n or _person_word(first, lex):
        # "خادم الحرمين الشريفين الملك فلان", "محامي الدفاع عن المتهمين فلان علان": a
        # title phrase or a person noun, its complement, then the name. After a person noun
        # the complement holds a preposition: in "محامي المتهم فلان" the name is the
        # accused's
        late = _late_name(seg, n or 1, lex)
        if late and (n or any(is_prep(t) for t in seg[1:seg.index(late[0])])):
            return _span(text, late)
    # "محامٍ عن المتهمين", "جمعيات مدافعة عن حقوق الإنسان": whom the description stands for
    run = _with_complement(seg, _name_run(seg, lex), lex, bi=_group_word(seg[0], lex), an=an)
    if len(run) == 2 and _object_after_name(text, run, lex):
        run = run[:1]   # "وصف سامر حداد بأنه" where the article writes "علي حداد": two people
    elif len(run) >= 2 and _surname_object(text, run, lex):
        run = run[:1]   # "ودعا كيري المعارضة": the surname, then the verb's object
    return _span(text, run) if run else None

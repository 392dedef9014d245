"""Speaker word lists (``analysis/rules/speaker_*.txt``) and token-level lookups.

Every list is read once per process and normalised (أ/إ/آ -> ا, ة -> ه, ى/ئ -> ي, no
diacritics); entries are stored without a leading ال so "الناطق" and "ناطق" are one entry.
A token is looked up under its *bases*: itself, without a glued و/ف, and without ال / لل /
بال / ل, so "للتحالف" finds "تحالف" and "والعراق" finds "عراق".
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis import rules_io
from analysis.normalize import WRITTEN_FORM_MARKS, normalize

# A word: Arabic letters with their diacritics and tatweel, or Latin letters and digits.
WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u064B-\u065F\u0670\u0640\w]+")
# Words or single punctuation marks, for scanning the text around a name.
TOKEN = re.compile(WORD.pattern + r"|[^\s\w]")
COMMAS = frozenset("،,")


@lru_cache(maxsize=262144)
def norm(token: str) -> str:
    """A token's normalised form (for matching only)."""
    return normalize(token).strip()


def strip_al(n: str) -> str:
    """``n`` without a leading ال (when something remains)."""
    return n[2:] if n.startswith("ال") and len(n) > 3 else n


@lru_cache(maxsize=262144)
def bases(n: str) -> tuple[str, ...]:
    """The readings of a normalised token: with and without glued و/ف and ال/لل/بال/ل."""
    out = [n]
    if n[:1] in "وف" and len(n) > 3:
        out.append(n[1:])
    for v in tuple(out):
        for p in ("بال", "لل", "ال", "ل"):
            if v.startswith(p) and len(v) - len(p) >= 2:
                out.append(v[len(p):])
    if n.endswith("ا") and len(n) >= 5:   # accusative alef: "أصواتًا", "مسؤولا"
        out.append(n[:-1])
    return tuple(dict.fromkeys(out))


def _entries(name: str) -> frozenset[str]:
    return frozenset(strip_al(norm(x)) for x in rules_io.lines(name))


@lru_cache(maxsize=None)
def media_name_words() -> frozenset[str]:
    """Words that go on a newspaper's name ("تايمز" of "الصنداي تايمز"), normalised, without
    ال; the list the quote side reads too (``media_name_words.txt``)."""
    return _entries("media_name_words.txt")


@lru_cache(maxsize=None)
def media_heads() -> tuple[tuple[str, ...], ...]:
    """The lines of ``media_heads.txt``, each a head word and its synonyms ("صحيفة جريدة"),
    normalised; the list the quote side reads too."""
    return tuple(tuple(norm(w) for w in line.split()) for line in rules_io.lines("media_heads.txt"))


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """One ``speaker_<name>.txt`` list, normalised, without leading ال."""
    return _entries(f"speaker_{name}.txt")


@lru_cache(maxsize=None)
def stopwords() -> frozenset[str]:
    """Words never part of a name: our stopword list plus every speech-verb form."""
    # as written: "الجمعة" (Friday) is a stopword, "جمعة" (a family name) and "تقي" are not
    return frozenset({norm(x) for x in rules_io.lines("speaker_stopwords.txt")}) | speech_verb_forms()


@lru_cache(maxsize=None)
def speech_verb_forms() -> frozenset[str]:
    """Every form of the quote extractor's speech verbs, normalised, bare and with a glued
    و / ف ("قال", "وقال", "فقال")."""
    out: set[str] = set()
    try:  # the quote extractor's verb list, read-only; optional
        for line in rules_io.lines("speech_verbs.txt"):
            for form in line.split():
                f = norm(form)
                out.update((f, "و" + f, "ف" + f))
    except FileNotFoundError:
        pass
    return frozenset(out)


@lru_cache(maxsize=None)
def nationalities() -> dict[str, str]:
    """Nationality adjective (masculine singular, normalised, no ال) -> country name."""
    table = rules_io.table("speaker_nationalities.json")
    # the keys are written without ال; "ألماني" folds to "الماني", whose ال is no article
    return {strip_al(norm(k)) if k.startswith("ال") else norm(k): v for k, v in table.items()}


@lru_cache(maxsize=None)
def countries() -> frozenset[str]:
    """Country names (normalised, without ال): the values of the nationality table."""
    return frozenset(strip_al(norm(v)) for v in nationalities().values())


@lru_cache(maxsize=None)
def places() -> frozenset[str]:
    """Country and city names (normalised, without ال)."""
    return countries() | words("places")


# The lists of words that describe a speaker rather than name one (a title, a rank, an
# organisation's head or name, an unnamed-source word ...): a word in any of them is no
# plain name word.
DESCRIPTION_LISTS = ("titles", "ranks", "org_heads", "org_names", "anonymous", "descriptors",
                     "references", "quantifiers")

# The lists tokens are looked up in most: a token's memberships in all of them are found
# at once (one dictionary look-up per base), the first time any of them is asked.
_MASKED = ("titles", "ranks", "org_heads", "org_names", "anonymous", "descriptors",
           "references", "quantifiers", "name_particles", "org_generic")
_BIT = {name: 1 << k for k, name in enumerate(_MASKED)}


@lru_cache(maxsize=None)
def _memberships() -> dict[str, int]:
    """Every entry of the ``_MASKED`` lists -> the bits of the lists that hold it."""
    out: dict[str, int] = {}
    for name, bit in _BIT.items():
        for entry in words(name):
            out[entry] = out.get(entry, 0) | bit
    return out


@lru_cache(maxsize=262144)
def lists_of(token: str) -> int:
    """The bits (``_BIT``) of the ``_MASKED`` lists that hold a base of ``token``."""
    table, mask = _memberships(), 0
    for b in bases(norm(token)):
        mask |= table.get(b, 0)
    return mask


@lru_cache(maxsize=262144)
def is_in(token: str, name: str) -> bool:
    """Whether any base of ``token`` is in the ``speaker_<name>.txt`` list."""
    bit = _BIT.get(name)
    if bit is None:
        return not words(name).isdisjoint(bases(norm(token)))
    return bool(lists_of(token) & bit)


@lru_cache(maxsize=262144)
def is_in_any(token: str, names: tuple[str, ...]) -> bool:
    """Whether ``token`` is in any of the ``speaker_<name>.txt`` lists ``names``."""
    bits, others = _bits(names)
    if lists_of(token) & bits:
        return True
    return any(is_in(token, name) for name in others)


@lru_cache(maxsize=None)
def _bits(names: tuple[str, ...]) -> tuple[int, tuple[str, ...]]:
    """The bits of the ``_MASKED`` lists among ``names``, and the other names."""
    return (sum(_BIT[name] for name in set(names) if name in _BIT),
            tuple(name for name in names if name not in _BIT))


@lru_cache(maxsize=262144)
def nationality(token: str) -> str | None:
    """The country of a nationality adjective (الروسي، الروسية، إسرائيليون), else None."""
    table = nationalities()
    for b in bases(norm(token)):
        for cand in (b, b[:-1] if b.endswith("يه") else "",
                     b[:-2] if b.endswith(("ون", "ين")) else ""):
            if cand and cand in table:
                return table[cand]
    return None


@lru_cache(maxsize=262144)
def is_place(token: str) -> bool:
    return not places().isdisjoint(bases(norm(token)))


@lru_cache(maxsize=None)
def maqsura_stopwords() -> frozenset[str]:
    """Stopwords (normalised) that every list writes only with a final ى: the preposition
    "على" folds like the name "علي", "لدى" like "لدي"; a token written with a final ي is
    not one of them (``is_stopword``)."""
    written = list(rules_io.lines("speaker_stopwords.txt"))
    try:
        written += [f for line in rules_io.lines("speech_verbs.txt") for f in line.split()]
    except FileNotFoundError:
        pass
    bare = [_undiacritized(w) for w in written]
    with_ya = {norm(w) for w in bare if not w.endswith("ى")}
    return frozenset(n for w in bare if w.endswith("ى") and (n := norm(w)) not in with_ya)


_SHADDA_END = re.compile(r"\u0651[\u064B-\u0652]*\W*$")
DIACRITICS = re.compile(f"[{WRITTEN_FORM_MARKS}]")     # and tatweel


def _undiacritized(word: str) -> str:
    """``word`` without diacritics and tatweel, its letters as written."""
    return DIACRITICS.sub("", word).strip()


@lru_cache(maxsize=262144)
def is_stopword(token: str) -> bool:
    n = norm(token)
    hit = n if n in stopwords() else n[1:] if n[:1] in "وف" and n[1:] in stopwords() else None
    # "علي خامنئي": a final ي as written is the name, not the preposition "على"
    # ("عليّ" with a shadda is "on me", the preposition with a pronoun)
    return hit is not None and not (hit in maqsura_stopwords() and _undiacritized(token).endswith("ي")
                                    and not _SHADDA_END.search(token))


@lru_cache(maxsize=262144)
def is_definite(token: str) -> bool:
    """Starts with ال (possibly after و/ف/ب/ل): "الناطق", "والجيش", "للتحالف"."""
    n = norm(token)
    return n.startswith(("ال", "وال", "فال", "بال", "لل", "ولل"))

"""What a speaker mention is: a person's name, an organisation, or an unnamed source.

Decided on the mention's first word (after أحد / بعض), with the lists in
``analysis/rules/speaker_*.txt``:

- anonymous: a source word (مصدر عسكري، مسؤولون إسرائيليون، شهود عيان، ناشطون) or a plural
  nationality (الفلسطينيون);
- organisation: an organisation head (وزارة، الجيش، حكومة، حزب، حركة، قوات، البيان،
  الصحيفة، وكالة ...), a known organisation name (داعش، الغارديان) or a place standing for
  its government (إيران، صنعاء);
- a title with no name after it (المتحدث باسم الرئاسة، الوزير، الرئيس الأميركي) is a
  *description*: it may refer back to a speaker already named; alone it is anonymous;
- anything else is a person.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from analysis import rules_io
from analysis.speakers.lexicon import (DESCRIPTION_LISTS, WORD, bases, is_definite, is_in, is_in_any,
                                       is_place, is_stopword, media_name_words, nationality, norm,
                                       places, strip_al)
from analysis.speakers.lexicon import words as _words
from analysis.speakers.titles import org_name_part, strip_title

PERSON, ORGANIZATION, ANONYMOUS = "person", "organization", "anonymous"


class Parsed(NamedTuple):
    """A mention taken apart.

    ``name`` is the person's name part (title and reference words removed; "" when there is
    none), ``title`` a leading title phrase, ``head`` the description's first content word
    (normalised, no ال: "متحدث" for "المتحدث نفسه"), ``refers_back`` whether it is a
    description that points to a speaker named before (bare definite noun, نفسه / ذاته).
    """

    kind: str
    text: str
    name: str
    title: str | None
    head: str
    refers_back: bool


def _content_words(ws: list[str]) -> list[str]:
    """The words (reference words already out) without leading quantifiers (أحد، بعض)."""
    while ws and is_in(ws[0], "quantifiers") and len(ws) > 1:
        ws = ws[1:]
    return ws


def _bare(ws: list[str]) -> bool:
    """One word, or one qualified by nationalities and descriptors only ("مصدر أمني
    مصري"): asked only of the mentions that may refer back."""
    return len(ws) == 1 or all(nationality(w) or is_in(w, "descriptors") for w in ws[1:])


def _head(word: str) -> str:
    n = norm(word)
    for p in ("وال", "فال", "ال"):
        if n.startswith(p) and len(n) - len(p) >= 2:
            return n[len(p):]
    return n


@lru_cache(maxsize=262144)
def parse(text: str) -> Parsed:
    """Classify one mention and split it into name, title and head."""
    text = text.strip(" \t\n،,.:؛«»\"“”")
    all_words = WORD.findall(text)
    ws = [w for w in all_words if not is_in(w, "references")]      # no نفسه
    has_ref = len(ws) < len(all_words)
    ws = _content_words(ws)
    if not ws:
        return Parsed(ANONYMOUS, text, "", None, "", has_ref)
    first, head = ws[0], _head(ws[0])
    ours = _ours(first)
    if ours and len(ws) == 1:
        # "مراسلنا", "موفدنا": the paper's own correspondent, named before in the article
        return Parsed(ANONYMOUS, text, "", None, ours, True)
    definite = is_definite(first)
    # "متحدث باسم بان", "مسؤول حكومي كبير": an indefinite source word keeps the mention
    # anonymous even with a name in it; "مستشار الأمن القومي فلان" is a titled person
    # "مراسل بي بي سي في القاهرة فلان" is a titled person too
    indefinite_source = (is_in(first, "anonymous") and not definite and (
        len(ws) == 1 or not is_definite(ws[1]) and not _org_word(ws[1])
        or norm(ws[1]) == "باسم"))
    title, offset = (None, 0) if indefinite_source else strip_title(text)
    if title is not None and not has_ref:
        name = text[offset:].strip()
        if name and any(not is_in(w, "references") for w in WORD.findall(name)):
            return Parsed(PERSON, text, name, title, head, False)
    if is_in(first, "anonymous") or (len(ws) == 1 and _plural_nationality(first)):
        return Parsed(ANONYMOUS, text, "", None, head, definite and _bare(ws) or has_ref)
    if is_in(first, "org_heads") or _org_name(ws) or media_name(ws) or all(is_place(w) for w in ws) \
            or len(ws) > 1 and _place_name(ws):     # "الولايات المتحدة", "كوريا الشمالية"
        if _indefinite_org(ws):    # "منظمة حقوقية": an organisation left unnamed
            return Parsed(ANONYMOUS, text, "", None, head, False)
        # only a lone definite noun points back ("الصحيفة", "الحزب"); "الجيش الإسرائيلي" names
        return Parsed(ORGANIZATION, text, "", None, head, definite and len(ws) == 1 or has_ref)
    if _plural_group(ws) or is_in(all_words[0], "quantifiers"):
        # "المحققون", "منظمو التظاهرة", "أحد المحامين في القضية", "عدد من المتظاهرين":
        # a group or one of it, no person
        return Parsed(ANONYMOUS, text, "", None, head, False)
    if title is not None:          # a title with no name: a description
        return Parsed(ANONYMOUS, text, "", title, head, has_ref or _bare(ws))
    if has_ref and len(ws) <= 2:      # "المتحدث نفسه" with an unknown head word
        return Parsed(ANONYMOUS, text, "", None, head, True)
    return _no_person(ws, text, head, definite) or Parsed(PERSON, text, text, None, head, False)


_HEAD_LISTS = ("kind_documents", "kind_plurals", "kind_bare_titles", "titles")


def _no_person(ws: list[str], text: str, head: str, definite: bool) -> Parsed | None:
    """A mention left for a person whose first word names no one (rules/speaker_kind_*.txt):
    a body ("موقع الرصد الإخباري") or a document ("التصريح") as البيان is kinded, a group
    ("علماء الآثار", "المرشحين") or an occupation with no name after it ("المحامية")."""
    first = ws[0]
    if _glued_preposition(first):
        return None
    unnamed = all(map(_no_name_word, ws[1:]))      # "تصريحات فلان" is his
    body = _body(first)
    # "تصريحات لوزير ...": a document of someone named in a ل-phrase after it is his
    if body is not None or is_in(first, "kind_documents") and unnamed \
            and not (len(ws) > 1 and _glued_preposition(ws[1])):
        return Parsed(ORGANIZATION, text, "", None, head, definite and len(ws) == 1 and body is not False)
    if is_in(first, "kind_plurals") or _definite_plural(first) or _construct_plural(ws):
        return Parsed(ANONYMOUS, text, "", None, head, False)
    # a lone indefinite one may be a first name ("طالب")
    if is_in(first, "kind_bare_titles") and unnamed and (definite or len(ws) > 1):
        return Parsed(ANONYMOUS, text, "", None, head, _bare(ws))
    return None


@lru_cache(maxsize=65536)
def _body(word: str) -> bool | None:
    """Whether ``word`` heads a body (``speaker_kind_bodies.txt``) that a lone definite
    mention refers back to (True), one that names itself (False, marked !), or no body."""
    found = _bodies().keys() & set(bases(norm(word)))
    return None if not found else all(_bodies()[b] for b in found)


@lru_cache(maxsize=None)
def _body_entries() -> tuple[dict[str, bool], frozenset[str]]:
    """``speaker_kind_bodies.txt`` read once: body -> whether a lone definite mention of it
    refers back (not marked !), and the bodies every story has (marked ^)."""
    bodies: dict[str, bool] = {}
    story: set[str] = set()
    for x in rules_io.lines("speaker_kind_bodies.txt"):
        word = strip_al(norm(x.lstrip("!^")))
        bodies[word] = not x.startswith("!")
        if x.startswith("^"):
            story.add(word)
    return bodies, frozenset(story)


def _bodies() -> dict[str, bool]:
    return _body_entries()[0]


def _story_bodies() -> frozenset[str]:
    return _body_entries()[1]


@lru_cache(maxsize=65536)
def story_body(form: str) -> bool:
    """A body every story has (``speaker_kind_bodies.txt``, marked ^), written with no place
    or nationality: "بعثة الأمم المتحدة" in one article and another may be two missions;
    "بعثة الأمم المتحدة في بلدة النخيل" names one."""
    ws = WORD.findall(form)
    return bool(ws) and not _story_bodies().isdisjoint(bases(norm(ws[0]))) \
        and not any(is_place(w) or nationality(w) for w in ws[1:])


@lru_cache(maxsize=65536)
def _glued_preposition(word: str) -> bool:
    """A word with ل/ب glued on that no list holds as written ("لأبحاث", "لوزير"; not
    "بعثة", "لجان"): the object of a preposition, cut from a longer phrase ("الصندوق
    العالمي لأبحاث السرطان"), heads no mention."""
    n = norm(word)
    if n[:1] in "وف" and len(n) > 3:
        n = n[1:]
    if n[:1] not in "لب" or n.startswith("ال") or len(n) < 4 or _listed(n):
        return False
    return any(_listed(b) for b in bases(n) if b != n)


def _listed(n: str) -> bool:
    return n in _bodies() or any(n in _words(x) for x in _HEAD_LISTS)


def _definite_plural(word: str) -> bool:
    """A definite sound plural in ين ("المرشحين"); not "الحسين", "الياسين"."""
    return is_definite(word) and _head(word).endswith("ين") and len(_head(word)) >= 6


def _construct_plural(ws: list[str]) -> bool:
    """A participle plural in construct with a name: "محامو فلان" are his lawyers, no person.
    Not a name in و ("مورينو", "ماريو"): the second letter of مفعلو is no long vowel."""
    n = norm(ws[0])
    return (len(ws) > 1 and n.endswith("و") and n[:1] == "م" and n[1:2] not in ("ا", "و", "ي")
            and len(n) >= 5 and n not in _words("name_particles"))


def _no_name_word(word: str) -> bool:
    """A word after an occupation that is no name: a particle, a nationality, a description
    word, or a definite word that is no nisba ("الكاتبة في الصحيفة البريطانية"); a definite
    nisba may be a family name ("المحامي الخزرجي")."""
    if is_stopword(word) or nationality(word) or is_in_any(word, DESCRIPTION_LISTS):
        return True
    return is_definite(word) and not norm(word).endswith("ي")


def kind_of(text: str) -> str:
    """person | organization | anonymous for a mention's text."""
    return parse(text).kind


def is_description(text: str) -> bool:
    """A mention with no proper name in it (المتحدث نفسه، الصحيفة، مصدر عسكري)."""
    p = parse(text)
    return p.kind == ANONYMOUS or (p.kind == ORGANIZATION and p.refers_back)


def _org_name(ws: list[str]) -> bool:
    if is_in(ws[0], "org_names"):
        return True
    # entries are kept without ال
    return len(ws) > 1 and strip_al(" ".join(map(norm, ws))) in _multiword_org_names()


def media_name(ws: list[str]) -> bool:
    """Two or more words, the last one ending a newspaper's name ("الصنداي تايمز")."""
    return len(ws) >= 2 and strip_al(norm(ws[-1])) in media_name_words()


@lru_cache(maxsize=None)
def _multiword_org_names() -> frozenset[str]:
    return frozenset(x for x in _words("org_names") if " " in x)


def _plural_nationality(word: str) -> bool:
    n = norm(word)
    return n.endswith(("يون", "يين")) and nationality(word) is not None


@lru_cache(maxsize=65536)   # an organisation is named again in every article that quotes it
def unqualified(name: str) -> str:
    """An organisation's name without the describing word after it ("... المعارض")."""
    ws = list(WORD.finditer(name))
    # an adjective after a definite word; "ائتلاف المعارضة", "من المعارضة" name the opposition
    last, before = norm(ws[-1].group(0)) if ws else "", norm(ws[-2].group(0)) if len(ws) > 1 else ""
    if len(ws) > 2 and last.startswith("ال") and last[2:] in _words("org_qualifiers") \
            and before.startswith("ال"):
        return name[:ws[-1].start()].rstrip(" ،,")
    return name


def _place_name(ws: list[str]) -> bool:
    """A country or city written in several words stands for its government."""
    return strip_al(" ".join(map(norm, ws))) in places()


def _org_word(word: str) -> bool:
    return is_in(word, "org_names") or org_name_part(word)


def _ours(word: str) -> str:
    """The title in "مراسلنا" / "مراسلتنا" / "وموفدنا" (our correspondent), else ""."""
    n = norm(word)
    if not n.endswith("نا") or len(n) < 6:
        return ""
    base = n[:-2]
    if base[:1] in "وف" and (is_in(base[1:], "titles") or is_in(base[1:], "anonymous")):
        base = base[1:]         # "وموفدنا"
    for cand in (base, base[:-1] + "ه" if base.endswith("ت") else ""):
        if cand and (is_in(cand, "titles") or is_in(cand, "anonymous")):
            return _head(cand)
    return ""


def _plural_group(ws: list[str]) -> bool:
    """A masculine plural noun: definite in ون ("المحققون", "الجمهوريون") or in construct with
    a definite word ("منظمو التظاهرة", "مسؤولو الطيران"). A name never takes either form
    ("أبو مازن" is a particle, in ``speaker_name_particles.txt``)."""
    n = norm(ws[0])
    if n.startswith("ال") and n.endswith("ون") and len(n) >= 7:     # not "المدون" (blogger)
        return True
    # the participle plurals مفعلو: not "مادورو", "ماريو", "روبيو المتحدر"
    return (len(ws) > 1 and n.endswith("و") and n[:1] == "م" and n[1:2] != "ا" and len(n) >= 4
            and is_definite(ws[1]) and n not in _words("name_particles"))


def _indefinite_org(ws: list[str]) -> bool:
    return (len(ws) == 2 and not is_definite(ws[0]) and not is_definite(ws[1])
            and norm(ws[1]).endswith(("يه", "ي")) and nationality(ws[1]) is None
            and not is_in(ws[1], "org_names") and not is_place(ws[1]))

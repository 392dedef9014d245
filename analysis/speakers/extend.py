"""Complete a speaker mention from the words right after it in the text.

The quote side sometimes stops a mention one word early; the words that follow still
belong to the speaker and change who it is:

- a reflexive after a description makes it a back reference: "وتابع المصدر نفسه" is the
  speaker named before, not a new source (``speaker_reflexives.txt``);
- the rest of a newspaper's name: "صحيفة الصنداي" + "تايمز", "الإندبندنت" + "أون صنداي"
  (``media_name_words.txt``);
- a family name after a one-word name when a comma or a speech verb closes the two
  ("وقالت مايو موهانا، وهي ..."، "أما وديع الخازن فأعرب عن ..."): the first word alone is
  often a common word too (مايو is May), so a mention may stop before the family name;
- the name after a description that ends on a title, closed the same way or by أن / إن
  ("وحذر مصدر مقرب من رئيس الحكومة سامر نجيب من أن"، "وذكر متحدث باسم بان أن").

Only words in the same sentence count: nothing but spaces may stand between them.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from analysis.records import Mention
from analysis.speakers.kinds import ANONYMOUS, ORGANIZATION, PERSON, parse
from analysis.speakers import names
from analysis.speakers.lexicon import (DESCRIPTION_LISTS, WORD, is_definite, is_in, is_in_any, is_place, is_stopword,
                                       media_heads, media_name_words, nationality, norm, speech_verb_forms,
                                       strip_al)
from analysis.speakers.lexicon import words as _list

_NEXT = re.compile(r"[ \t]+(" + WORD.pattern + ")")
_LINKS = frozenset({"اون"})     # "الإندبندنت أون صنداي"
_CLOSE = re.compile(r"[ \t]*[،,:]")
# an attached pronoun or an accusative ending: "حديثه", "تأكيده", "مبتسما", not a family name
_NOT_FAMILY = re.compile(r"(ه|ها|هم|هما|ًا|اً)$")


def _next_word(text: str, pos: int) -> tuple[str, int] | None:
    m = _NEXT.match(text, pos)
    return (m.group(1), m.end()) if m else None


def _media_tail(text: str, pos: int) -> int:
    """The end of the newspaper-name words starting right after ``pos`` (``pos``: none)."""
    tails = media_name_words()
    end = pos
    while (nxt := _next_word(text, end)) is not None:
        w, e = nxt
        n = strip_al(norm(w))
        if n in tails:
            end = e
            continue
        if n in _LINKS and (after := _next_word(text, e)) and strip_al(norm(after[0])) in tails:
            end = after[1]
            continue
        break
    return end


@lru_cache(maxsize=65536)   # the words after a mention recur across articles
def _plain(word: str) -> bool:
    """A word that may be part of a name: no verb, particle, title or place."""
    if not word[:1].isalpha() or is_stopword(word) or is_in_any(word, DESCRIPTION_LISTS):
        return False
    return nationality(word) is None and not is_place(word)


@lru_cache(maxsize=65536)
def _first_name(word: str) -> bool:
    # "الخطيب" is a family name already; "دعمًا" is no name
    return _plain(word) and not is_definite(word) and not _NOT_FAMILY.search(word)


@lru_cache(maxsize=65536)
def _family_name(word: str) -> bool:
    n = norm(word)
    if not _plain(word) or _NOT_FAMILY.search(word):
        return False
    rest = n[1:]
    if is_definite(word) and not n.startswith("ال"):
        return False      # "للصحافيين", "بالقول"
    if n[:1] in "بلوفك" and (is_stopword(rest) or rest.startswith("ال") or rest in speech_verb_forms()):
        return False      # "بأن", "لبي", "بقوله": a glued particle, not a name
    return True


@lru_cache(maxsize=65536)
def _glued_family_name(word: str) -> bool:
    """A family name that reads like a glued particle or pronoun ("والاش", "بالمور",
    "عطيه"): taken only before an appositive title (see ``_name_tail``)."""
    n = norm(word)
    if n[:1] in "بلوف" and _NOT_FAMILY.search(n):
        return False      # "بدوره", "لزملائه": a particle and a pronoun both
    return _plain(word) and not n.startswith(("لل", "ولل", "فال", "فلل")) and len(n) > 3


@lru_cache(maxsize=65536)
def _appositive(word: str) -> bool:
    """A word that opens an appositive after a full name: a title or rank ("منسق ...",
    "المتحدث ...") or ل + a newspaper/agency head ("لوكالة ...")."""
    n = norm(word)
    if n[:1] in "وف" or is_stopword(word):
        return False      # "ومدير ...": a second person; "أمام" is before, not an imam
    if is_in(word, "titles") or is_in(word, "ranks"):
        return True
    return n[:1] == "ل" and n[1:] in _media_heads()


@cache
def _media_heads() -> frozenset[str]:
    """The head words of media names (``media_heads.txt``), normalised."""
    return frozenset(w for line in media_heads() for w in line)


def _name_tail(text: str, end: int) -> int:
    """The end of a family name right after a one-word name, closed by a comma, a colon,
    a speech verb or an appositive title ("محمد فلان منسق ..."); a family name that looks
    like a glued particle or pronoun only before the title; ``end`` when there is none."""
    nxt = _next_word(text, end)
    if nxt is None:
        return end
    strict = _family_name(nxt[0])
    if not strict and not _glued_family_name(nxt[0]):
        return end
    e = nxt[1]
    if strict and _CLOSE.match(text, e):
        return e
    after = _next_word(text, e)
    if after is None:
        return end
    if strict and norm(after[0]) in speech_verb_forms():
        return e
    return e if _appositive(after[0]) else end


_SAYS = re.compile(r"[ \t]*(?:(?:من|إلى|الى|على)[ \t]+)?[أإا]ن(?:ه|ها|هم)?(?!\w)")


def _description_tail(text: str, end: int, bare: bool = False) -> int:
    """The end of the one to three name words right after a description ("مصدر مقرب من
    رئيس الحكومة" + "سامر نجيب"), closed by a comma, a colon, a speech verb or أن / إن;
    after a ``bare`` title ("الكولونيل" + "سامر نجيب") also by a definite word, the start of
    an appositive ("المتحدث باسم ...", "المتخصص في ...")."""
    e, k = end, 0
    nxt = _next_word(text, e)
    named_for = nxt is not None and norm(nxt[0]) == "باسم"     # "متحدث" + "باسم بان"
    if named_for:
        e = nxt[1]
    while k < 3 and (nxt := _next_word(text, e)) is not None and len(norm(nxt[0])) > 2 \
            and not is_definite(nxt[0]) and (
                named_for and k == 0 and _plain(nxt[0])           # "باسم" + "بان"
                or bare and k == 0 and _plain(nxt[0]) and norm(nxt[0])[:1] not in "بلوف"  # "خوسيه"
                or _family_name(nxt[0]) and (norm(nxt[0])[:1] != "ب" or bare and k)  # "بتعز"
                and not norm(nxt[0]).startswith("وبال")):                  # "وبالمستشفيات"
        e, k = nxt[1], k + 1
    if k == 0 or bare and k < 2:
        return end
    if _CLOSE.match(text, e) or _SAYS.match(text, e):
        return e
    after = _next_word(text, e)
    return e if after is not None and (norm(after[0]) in speech_verb_forms()
                                       or bare and is_definite(after[0])) else end


# a short name in quotation marks: «فلان», "فلان" (no sentence mark inside)
_MARKED = re.compile(r'[ \t]+(?:«[^«»"\n.،,:؛]{2,40}»|"[^«»"\n.،,:؛]{2,40}")')
_MAX_MARKED_WORDS = 4


def _marked_tail(text: str, end: int) -> int:
    """The end of an outlet's name in quotation marks right after its head ("وكالة أنباء"
    + «فلان»); ``end`` when there is none."""
    m = _MARKED.match(text, end)
    if m is None or len(WORD.findall(m.group(0))) > _MAX_MARKED_WORDS:
        return end
    return m.end()


def _bare_title(ws: list[str]) -> bool:
    """One definite title or rank word ("الكولونيل", "الناشط"): a back reference when no
    name follows it in the same clause."""
    return len(ws) == 1 and is_definite(ws[0]) and (is_in(ws[0], "titles") or is_in(ws[0], "ranks"))


def complete(text: str, m: Mention | None) -> Mention | None:
    """``m`` with the words after it that still belong to it (itself when none do)."""
    if m is None:
        return None
    end = m.start + len(m.text)
    if text[m.start:end] != m.text or not text.startswith((" ", "\t"), end):
        return m    # every tail is a word after spaces: none after a mark or a line end
    reflexive, marked, media, particle, family, description, bare = _tails_to_try(m.text)
    new_end = end
    if reflexive and (nxt := _next_word(text, end)) is not None \
            and norm(nxt[0]) in _list("reflexives"):
        new_end = nxt[1]
    if new_end == end and marked:
        new_end = _marked_tail(text, end)
    if new_end == end and media:
        new_end = _media_tail(text, end)
    if new_end == end and particle and (nxt := _next_word(text, end)) is not None \
            and _plain(nxt[0]):
        # "عبد" + "ربه", "أبو" + "مازن": a particle is never the end of a name
        new_end = nxt[1]
        m, end = Mention(text[m.start:new_end], m.start, new_end), new_end
        _, _, _, _, family, description, bare = _tails_to_try(m.text)
    if new_end == end and family:
        new_end = _name_tail(text, end)
    if new_end == end and description:
        new_end = _description_tail(text, end)
    elif new_end == end and bare:
        new_end = _description_tail(text, end, bare=True)    # "وقال الكولونيل فلان الفلاني"
    if new_end == end:
        return m
    return Mention(text[m.start:new_end], m.start, new_end)


@lru_cache(maxsize=65536)   # a mention's text recurs: quote after quote, article after article
def _tails_to_try(mention: str) -> tuple[bool, bool, bool, bool, bool, bool, bool]:
    """Which tails ``complete`` looks for after a mention, from its text alone: a
    reflexive, an outlet's name in quotation marks, a newspaper's name, the word after a particle, a family name, a name after
    a description, a name after a bare title."""
    p = parse(mention)
    ws = WORD.findall(mention)
    # "المرصد والفرقة نفسها": the reflexive is the second noun's, not the mention's
    reflexive = p.kind != PERSON and not any(norm(w).startswith("وال") for w in ws[1:])
    # a lone definite word is a newspaper's first word too ("وقالت الصنداي" + "تايمز")
    media = p.kind == ORGANIZATION or len(ws) == 1 and ws[0].startswith("ال")
    particle = bool(p.kind == PERSON and ws and is_in(ws[-1], "name_particles")
                    and not is_stopword(ws[-1]) and not is_stopword(ws[0]))
    # a one-word name alone, or at the end of its description ("المتحدث باسم الوزارة سامر")
    family = p.kind == PERSON and (p.name == p.text or bool(ws) and ws[-1] == p.name) \
        and len(names.units(p.name)) == 1 and _first_name(ws[-1])
    # only after a definite word or a title: "مصدر طبي" + "طلب عدم" is a verb, no name
    description = bool(p.kind == ANONYMOUS and not p.refers_back and ws
                       and (is_definite(ws[-1]) or is_in(ws[-1], "titles")
                            or is_in(ws[-1], "anonymous") and len(ws) == 1))
    bare = p.refers_back and _bare_title(ws)
    # "وكالة أنباء" + «فلان» (speaker_marked_name_heads.txt)
    marked = bool(ws) and strip_al(norm(ws[-1])) in _list("marked_name_heads")
    return reflexive, marked, media, particle, family, description, bare

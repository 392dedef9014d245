"""Corpus step: which name keys are names, and the display name of a merged speaker.

A bad cue can glue a common word onto a name: "إقناع سالم" (*persuading* Salem) for
"سالم", "حتى الآن" for no one. Such words are listed by class in
``speaker_not_names.txt`` (with the speech verbs and ``speaker_documents.txt``; not the
stopword list, whose "على" folds like the name "علي"):
a person's key loses them at its start and is no name when one stands further on.

The display name is the fullest *attested* form. Of the group's name keys, in turn: for
a person the full names (2+ units) if there are any; of those, the ones seen in at least
``MIN_SUPPORT`` articles if there are any; of those, the ones with a spelling that leaves
no bracket or quotation mark open if there are any ("صحيفة «الأيام" is cut off); then the
most units, the most articles, the most letters. A run-on seen once ("سالم حداد في
حديث") never beats a form seen in two articles, and of the spellings of the winning key
the one used in most articles is shown, without stray marks (``clean``).
Organisations written only with describing words ("وزارة الخارجية") are descriptions
(``is_description``); spellings of one long word are ``similar``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from analysis import rules_io
from analysis.speakers import names
from analysis.speakers.kinds import PERSON, story_body
from analysis.speakers.lexicon import (WORD, countries, is_definite, is_in, is_in_any, is_place, media_heads,
                                       media_name_words, nationality, norm, speech_verb_forms,
                                       strip_al, words)

Key = tuple[str, ...]
MIN_SUPPORT = 2
_MARKS = ("()", "«»", "“”", "[]")
_NO_VOWELS = str.maketrans("", "", "اويى")
_SENTENCE_ENDS = ".!?؟:"
# an Arabic name in brackets after one head word: no digits, no Latin letters ("سالم (45)")
_HEAD_BRACKETED = re.compile(r"^(\w+) ?\(([^()«»0-9٠-٩A-Za-z]{2,})\)$")
_DASH_ASIDE = re.compile(r"\s[\-–][^\s\-–][^\-–]*[\-–]$")
# invisible direction controls a page may leave inside a name ("\u202cالنجم"): no reader sees them
_INVISIBLE = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@lru_cache(maxsize=None)
def _not_names() -> tuple[frozenset[str], frozenset[str]]:
    """(never a name unit, a name unit only as the first of a name): entries written
    ``~الآن`` fold like a first name ("آلان جونستون") and are no name elsewhere."""
    out: set[str] = set(names.fold(w) for w in speech_verb_forms())
    soft: set[str] = set()
    for w in set(rules_io.lines("speaker_not_names.txt")) | set(words("documents")):
        into = soft if w.startswith("~") else out
        w = w.lstrip("~")
        f = names.fold(w)
        into.add(f)
        if len(f) >= 3 and not f.startswith("ل"):   # ال + "له" / "لأن": "الله" / "آلان"
            into.add(names.fold("ال" + w))
    return frozenset(out), frozenset(soft)


def is_name_unit(unit: str, first: bool = False) -> bool:
    """A folded unit that may be part of a person's name (not "حتى", "إقناع", "تصريحات");
    ``first``: it starts a name of 2+ units (where "الان" is "آلان", not "الآن")."""
    never, soft = _not_names()
    return unit not in never and (first or unit not in soft)


@lru_cache(maxsize=262_144)
def person_key(key: Key) -> Key:
    """The name in a person's key: leading non-name units dropped; () when one stands
    further on ("إقناع سالم" -> (سالم,); "نص الرسالة", "سالم حسبما" -> ()).

    Only the start is cut: a word after a surname may fold like a word of the list
    ("التقي" / "التقى"), and a name cut short there would join someone else."""
    i = 0
    while i < len(key) and not is_name_unit(key[i], first=i < len(key) - 1):
        i += 1
    rest = key[i:]
    if len(rest) > 2 and rest[-1] in _countries():
        # the object of the verb before the name: "حث سالم حداد فرنسا على ..."
        rest = rest[:-1]
    return rest if all(is_name_unit(u, first=j == 0 and len(rest) > 1)
                       for j, u in enumerate(rest)) else ()


@lru_cache(maxsize=None)
def _countries() -> frozenset[str]:
    """Country names (folded, with and without ال): never the last unit of a full name."""
    out = {names.fold(c) for c in countries()}
    return frozenset(out | {names.fold("ال" + c) for c in out})


def is_country(units: Key) -> bool:
    """Whether ``units`` is one folded unit naming a country ("فرنسا")."""
    return len(units) == 1 and units[0] in _countries()


@lru_cache(maxsize=65_536)
def is_description(form: str) -> bool:
    """An organisation written only with describing words (``speaker_org_descriptions.txt``
    and the documents): "الصحيفة", "وزارة الخارجية", "بيان الرئاسة". Every country or story
    has one, so two articles' may be two bodies."""
    ws = WORD.findall(form)
    return bool(ws) and all((is_in(w, "org_descriptions") or is_in(w, "documents"))
                            and not nationality(w) and not is_place(w) for w in ws) \
        or story_body(form)     # "بعثة الأمم المتحدة": of each story its own


@lru_cache(maxsize=None)
def _media_words() -> tuple[frozenset[str], frozenset[str]]:
    # the first line of media_heads.txt: the newspaper's head words (صحيفة، جريدة)
    heads = {names.fold(w) for w in media_heads()[0]}
    return frozenset(names.fold(w) for w in media_name_words()), frozenset(heads)


def spelling_key(key: Key) -> Key:
    """What spellings of one name also compare on: for a newspaper (a unit of
    ``media_name_words.txt``), the name without "صحيفة" / "جريدة" and without ال, as the
    press writes it both ways ("صحيفة الصنداي نيوز" / "صنداي نيوز"); else the key.
    Other heads stay: "وكالة ستاندرد" is an agency, "صحيفة ستاندرد" a paper."""
    media, heads = _media_words()
    bare = tuple(strip_al(u) for u in key)
    if media.isdisjoint(bare):
        return key
    return tuple(u for u in bare if u not in heads) or key


def skeleton(key: Key) -> Key:
    """The key without its long vowels: spellings that :func:`similar` may join share it."""
    return tuple(u.translate(_NO_VOWELS) for u in key)


def similar(a: Key, b: Key) -> bool:
    """Two spellings of one long name: unit by unit equal, one long vowel apart
    (``names.near``: فاينانشال / فاينانشيال) or a long vowel swapped with the letter next to
    it, in units of 6+ letters (الأمريكية / الأميركية)."""
    return len(a) == len(b) and all(names.near(x, y) or _swapped(x, y) for x, y in zip(a, b))


def _swapped(a: str, b: str) -> bool:
    if len(a) != len(b) or len(a) < names.MIN_NEAR_LEN:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]] and bool(names.VOWELS & {a[diff[0]], a[diff[1]]}))


@lru_cache(maxsize=4096)
def _bracket_head(word: str) -> bool:
    """An organisation, media or title head word ("صحيفة", "حزب", "قائد"), whose
    organisation's name may follow in brackets."""
    return is_in_any(word, ("org_heads", "titles")) or names.fold(word) in _media_head_words()


@lru_cache(maxsize=None)
def _media_head_words() -> frozenset[str]:
    return frozenset(names.fold(w) for line in media_heads() for w in line)


def stray_marks(form: str) -> int:
    """How many brackets or quotation marks of ``form`` are left open or unopened."""
    n = sum(abs(form.count(a) - form.count(b)) for a, b in _MARKS)
    return n + form.count('"') % 2


def clean(form: str) -> str:
    """``form`` as shown: without invisible direction controls, on one line (cut at a
    sentence end before a line break), and without stray marks: cut at a bracket left
    open after a name of 2+ words ("سالم حداد (نائب" -> "سالم حداد"); any other stray
    mark dropped ("صحيفة «الأيام", "وكالة (النجم",
    "سالم) حداد" -> "صحيفة الأيام", "وكالة النجم", "سالم حداد")."""
    if _INVISIBLE.search(form) or "\n" in form:
        form = _INVISIBLE.sub("", form)
        head, _, rest = form.partition("\n")
        if rest and head.rstrip()[-1:] in _SENTENCE_ENDS and WORD.search(head):
            form = head          # ran past a paragraph end: "مصادر طبية.\nحصيلة جديدة"
        form = " ".join(form.split()).rstrip(_SENTENCE_ENDS)
    if form[-1:] in "-–" or form[:1] in "-–":
        # "الهيئة-": a dash that opened an aside after the name; "سكان البلدة -أكبر
        # المدن-": the aside itself, closed, after the name
        form = _DASH_ASIDE.sub("", form).strip(" -–")
    if form[-1:] == ")":
        # "صحيفة (النجم اليومي)", "قائد (القوة)": a name in brackets after one
        # organisation, media or title head word is shown bare, as one in «» is; not an
        # aside after a name ("حداد (مستقل)", "سالم (45)", "يونيسف (UNICEF)")
        m = _HEAD_BRACKETED.match(form)
        if m and _bracket_head(m.group(1)):
            form = f"{m.group(1)} {m.group(2)}"
    if not stray_marks(form):
        return form
    for a, b in _MARKS:
        if form.count(a) > form.count(b) and a in "([" \
                and len(WORD.findall(form[:form.rfind(a)])) > 1:
            form = form[:form.rfind(a)]
        if form.count(a) != form.count(b):
            form = form.replace(a, "").replace(b, "")
    if form.count('"') % 2:
        form = form.replace('"', "")
    return " ".join(form.split())


def choose(kind: str, seen: Iterable[tuple[str, Key, str]]) -> tuple[str, Key] | None:
    """The display name and its key from (article, key, surface) triples, or None when no
    triple has a key. See the module docstring for the order."""
    support: dict[Key, set[str]] = {}
    spelled: dict[tuple[Key, str], set[str]] = {}
    for aid, key, surface in seen:
        if key:
            support.setdefault(key, set()).add(aid)
            spelled.setdefault((key, surface), set()).add(aid)
    if not support:
        return None
    keys = list(support)
    if kind == PERSON:
        keys = [k for k in keys if len(k) > 1] or keys
    keys = [k for k in keys if len(support[k]) >= MIN_SUPPORT] or keys
    marks = {k: min(stray_marks(s) for (k2, s) in spelled if k2 == k) for k in keys}
    keys = [k for k in keys if not marks[k]] or keys      # "صحيفة «الأيام": cut off
    best = min(keys, key=lambda k: (-len(k), -len(support[k]), -sum(map(len, k)), k))
    surfaces = [(s, a) for (k, s), a in spelled.items() if k == best]
    surface = min(surfaces, key=lambda sa: (stray_marks(sa[0]), -len(sa[1]), sa[0]))[0]
    return clean(surface), best


_OFFICE_LISTS = ("titles", "ranks", "org_heads", "org_names", "descriptors")
_GLUED = (("بال", "ال"), ("لل", "ال"), ("ل", ""), ("ب", ""))


@lru_cache(maxsize=65_536)
def unglued(phrase: str) -> str:
    """A role or organisation without a preposition glued to its first word: "لمدير
    المعهد", "بالهيئة الوطنية" -> "مدير المعهد", "الهيئة الوطنية". Only when the word
    without it is listed as a title, rank or organisation word and the word with it is
    not ("لجنة" stays, "جنة" is no office)."""
    first, _, rest = phrase.partition(" ")
    if len(first) < 4 or first[0] not in "لب" or _listed(first):
        return phrase
    for glued, kept in _GLUED:
        if first.startswith(glued):
            bare = kept + first[len(glued):]
            if len(bare) > 2 and _listed(bare):
                return f"{bare} {rest}".strip()
            if glued != "لل":
                return phrase
            # "للجنة الانتخابات": ل + "لجنة", not لل + "جنة": try the bare ل next
    return phrase


def _listed(word: str) -> bool:
    """``word`` itself (or without ال) is an entry of an office or organisation list."""
    n = norm(word)
    return any(not {n, strip_al(n)}.isdisjoint(words(name)) for name in _OFFICE_LISTS)


@lru_cache(maxsize=None)
def _honorifics() -> frozenset[tuple[str, ...]]:
    """The honorifics, folded word by word, the first without ال ("آية الله" is two)."""
    out = set()
    for line in rules_io.lines("role_trailing_honorifics.txt"):
        ws = [names.fold(w) for w in line.split()]
        out.add((strip_al(ws[0]), *ws[1:]))
    return frozenset(out)


def _honorific_tail(ws: list[str]) -> int:
    """How many last words of ``ws`` are an honorific right after a nationality, a
    describing adjective, a definite word or a place (0 when none)."""
    for n in (2, 1):
        if len(ws) <= n + 1:
            continue
        tail = [names.fold(w) for w in ws[-n:]]
        if (strip_al(tail[0]), *tail[1:]) not in _honorifics():
            continue
        before = ws[-n - 1]
        if nationality(before) or is_in(before, "title_adjectives") \
                or is_in(before, "descriptors") or is_definite(before) or is_place(before):
            return n
    return 0


@lru_cache(maxsize=65_536)
def role_shown(role: str, name: str) -> str:
    """A role without a tail that belongs to the name after it: the speaker's first name
    ("وزير الخارجية الكندي سالم" of "سالم حداد" -> "وزير الخارجية الكندي"), or an
    honorific right after a nationality or a describing adjective (``_honorifics``:
    "وزير الداخلية الكندي الشيخ" -> "وزير الداخلية الكندي")."""
    ws = role.split()
    first = names.units(name)[:1]
    while len(ws) > 1:
        # after a definite word or a place the honorific is no possessor of the role
        # ("رئيس البعثة السفير", "أمير البلاد الشيخ"; not "مستشار الشيخ", "لحزب الله")
        drop = 1 if first and names.fold(ws[-1]) == first[0] else _honorific_tail(ws)
        if not drop:
            break
        del ws[-drop:]
    return " ".join(ws)

"""Within one article: cluster the quotes' speaker mentions into speakers.

1. Person names join when they are one name (``names.same_full_name``); a shorter form
   (كوبسي) joins the one full name in the article that ends with it; a surname whose full
   name never appears as a mention is looked up in front of its occurrences in the text
   ("الجنرال كيفين كوبسي" for "قال كوبسي").
2. Organisations join on their folded name, or when one is the start or the tail of a
   longer one ("المرصد السوري" / "المرصد السوري لحقوق الإنسان"); unnamed sources on their
   folded description.
3. Descriptions that refer back (المتحدث نفسه، الصحيفة، المصدر، الوزير، البيان) join the
   latest speaker named before them whose words or role share their head word (a
   document, البيان / التقرير, the latest organisation); alone they
   form a speaker of their own (anonymous, or an organisation for الصحيفة / البيان).
4. Role and organisation come from the titles around every occurrence of the speaker's
   name forms in the text (``titles.TitleFinder``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from operator import itemgetter

import numpy as np

from analysis import rules_io
from analysis.normalize import normalize
from analysis.records import LocalSpeaker, Mention
from analysis.speakers import canonical, names, scan
from analysis.speakers.antecedent import named_antecedent
from analysis.speakers.extend import complete
from analysis.speakers.issuer import issuer
from analysis.speakers.kinds import ANONYMOUS, ORGANIZATION, PERSON, Parsed, parse, unqualified
from analysis.speakers.lexicon import (DESCRIPTION_LISTS, WORD, is_definite, is_in, is_in_any, is_place,
                                       is_stopword, nationality, norm, speech_verb_forms, strip_al,
                                       words)
from analysis.speakers.tails import cut_clause, cut_manner, drop_tail
from analysis.speakers.titles import (Title, TitleFinder, org_name_part, split, strip_title,
                                      title_word)



class _Cluster:
    """One speaker being built (a plain class with slots: made for every speaker)."""

    __slots__ = ("kind", "forms", "units", "anchors", "titles", "first", "heads", "mentions",
                 "named")

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.forms: list[tuple[int, str]] = []           # (position, surface)
        self.units: dict[names.Units, None] = {}         # distinct, in order
        self.anchors: set[int] = set()
        self.named: str | None = None   # an organisation's name, not yet looked up (anchors)
        self.titles: list[tuple[int, Title]] = []
        self.first = 10**9          # index of the first mention that made it a speaker
        self.heads: tuple[tuple[int, int, bool], set[str]] | None = None   # see _heads
        self.mentions: list[int] = []                    # indexes of its mentions

    def add(self, pos: int, surface: str, mention_index: int | None = None) -> None:
        self.forms.append((pos, surface))
        self.anchors.add(pos)
        if mention_index is not None:
            self.first = min(self.first, mention_index)
            self.mentions.append(mention_index)


@lru_cache(maxsize=None)
def _synonyms() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in rules_io.lines("speaker_head_synonyms.txt"):
        group = frozenset(names.fold(w) for w in line.split())
        for w in group:
            out[w] = group
    return out


def _head_group(head: str) -> frozenset[str]:
    h = names.fold(head)
    return _synonyms().get(h, frozenset({h}))


_GLUED = "وفب"


class _Text:
    """One article's text with its normalised copy and fold string (each made on first
    use: an article without quoted names needs neither), tokens read on demand."""

    def __init__(self, text: str):
        self.text = text
        self.titles = TitleFinder(text)
        self.tokens = self.titles.tokens
        self._spans: dict[tuple[str, str], list[tuple[int, int]]] = {}   # (how, surface)
        # made on first use (plain attributes: functools.cached_property takes a lock)
        self._points_: np.ndarray | None = None
        self._normalised_: tuple[str, np.ndarray] | None = None
        self._folded_: tuple[str, np.ndarray] | None = None

    @property
    def _points(self) -> np.ndarray:
        if self._points_ is None:
            self._points_ = scan.codes(self.text)
        return self._points_

    @property
    def _normalised(self) -> tuple[str, np.ndarray]:
        if self._normalised_ is None:
            self._normalised_ = scan.normalised(self.text, self._points)
        return self._normalised_

    @property
    def _folded(self) -> tuple[str, np.ndarray]:
        """The fold string with a ``SEP`` added before and after it (so every word stands
        between two), and the text index of each character of the fold string itself:
        position ``h + 1`` of the padded string is ``index[h]``."""
        if self._folded_ is None:
            fold, index = scan.folded(self.text, self._points)
            self._folded_ = (scan.SEP + fold + scan.SEP, index)
        return self._folded_

    def occurrences(self, surface: str) -> list[tuple[int, int]]:
        """:meth:`_occurrences`, once per surface form (a name is quoted many times)."""
        key = ("occurrences", surface)
        if key not in self._spans:
            self._spans[key] = self._occurrences(surface)
        return self._spans[key]

    def _occurrences(self, surface: str) -> list[tuple[int, int]]:
        """Spans of ``surface`` as whole words in the text (a glued و/ف/ب allowed).

        The same spans, in the same order, as scanning the normalised text with
        ``(?<!\\w)[وفب]?(<words>)(?!\\w)``: at each position the glued letter is tried
        first. The scan goes from one occurrence of the words to the next instead.
        """
        pat = scan.form_matcher(surface)
        if pat is None:
            return []
        norm, index = self._normalised
        out = []
        pos = 0
        while (m := pat.search(norm, pos)) is not None:
            s, e = m
            hit = None
            if s - 1 >= pos and norm[s - 1] in _GLUED and self._free(norm, s - 1):
                hit = (s, e)                          # و + name, found one letter before
            elif norm[s] in _GLUED and self._free(norm, s) \
                    and (e2 := pat.match(norm, s + 1)) is not None:
                hit = (s + 1, e2)                     # the name's own first letter is glued
            elif self._free(norm, s):
                hit = (s, e)
            if hit is None:
                pos = s + 1
                continue
            out.append((int(index[hit[0]]), int(index[hit[1] - 1]) + 1))
            pos = hit[1]
        return out

    @staticmethod
    def _free(norm: str, p: int) -> bool:
        """No word character right before position ``p`` (a word start); ``\\w`` is what
        ``str.isalnum`` is true of, and "_"."""
        return p == 0 or not (norm[p - 1].isalnum() or norm[p - 1] == "_")

    def spellings(self, surface: str) -> list[tuple[int, int]]:
        """:meth:`_spellings`, once per surface form."""
        key = ("spellings", surface)
        if key not in self._spans:
            self._spans[key] = self._spellings(surface)
        return self._spans[key]

    def _spellings(self, surface: str) -> list[tuple[int, int]]:
        """Spans of every spelling of a name of two words or more in the text
        (كينو كبرئيل / كينو كبرييل): as many tokens as the name has words, from a word
        that folds like its first one."""
        target = names.units(surface)
        ws = WORD.findall(surface)
        n, first = len(ws), names.fold(ws[0])
        first_norm = normalize(ws[0])
        glued = ("و" + first_norm, "ف" + first_norm, "ب" + first_norm)
        out = []
        for s, e in self._folding_to(first):
            if normalize(self.text[s:e]).startswith(glued):
                continue    # "ووليد" is "و" + "وليد", not a spelling of it
            e = self.tokens.end_of(s, n)
            if e is not None and names.units(self.text[s:e]) == target:
                out.append((s, e))
        return out

    def _folding_to(self, word: str) -> Iterator[tuple[int, int]]:
        """Spans of the tokens whose ``names.fold`` is ``word``, in text order: where
        ``word`` stands between two separators of the fold string."""
        if not word:        # a first word of diacritics only: any token may fold to ""
            yield from ((s, e) for t, s, e in self.tokens.after(0) if names.fold(t) == "")
            return
        fold, index = self._folded
        key = scan.SEP + word + scan.SEP       # the fold string has a SEP at each end
        h = fold.find(key)
        while h >= 0:
            yield self.tokens.word_at(int(index[h]))    # the word starts at h + 1
            h = fold.find(key, h + 1)

    def full_name_before(self, surface: str) -> str | None:
        """The one full name that stands in front of ``surface`` somewhere in the text.

        "... الجنرال كيفين كوبسي" gives "كيفين كوبسي" for "كوبسي". The words in front must
        look like names (no ال, not a verb, not a title) and be preceded by a title or a
        rank word, never by a verb or a sentence start ("ونوه كوبسي" names nobody); only
        when no title does, a speech verb right before them ("وقال كيفين كوبسي") does.
        """
        found: dict[names.Units, str] = {}
        after_verb: dict[names.Units, str] = {}
        verb_ok = not _plural_noun(surface)
        for start, end in self.occurrences(surface):
            if is_stopword(self.text[start:end]):
                continue    # "على" (a preposition as written) for the name "علي"
            # up to two names in front (a particle and its word are one), then the word
            # that must vouch for them; tokens read one by one: most stop at the first
            before = self.tokens.before(start)
            toks = [t] if (t := next(before, None)) is not None else []   # nearest first
            if toks and is_in(toks[0][0], "lineage_particles") and _son_before(toks, before):
                continue    # "سامر بن فهد" names سامر, never the bare "فهد" (his father)
            k, taken = 0, 0
            while k < len(toks) and taken < 2:
                w = toks[k][0]
                if not _name_like(w, True):
                    break       # no name, after a particle or not: the next token is not read
                if _name_like(w) and self._glued_preposition(w):
                    # "مقالا لسامر داود": the name starts at the glued ل/ب, the word in
                    # front of it is no first name (and vouches for nothing)
                    k, taken = k + 1, taken + 1
                    _read_on(toks, before, k + 1)
                    break
                _read_on(toks, before, k + 2)
                if k + 1 < len(toks) and is_in(toks[k + 1][0], "name_particles") \
                        and _name_like(w, True):
                    k += 2
                elif _name_like(w):
                    k += 1
                else:
                    break
                taken += 1
                _read_on(toks, before, k + 1)
            how = self._boundary(toks[k], toks[k - 1], verb_ok) if taken and k < len(toks) else 0
            if not how and taken and k < len(toks) and toks[k][0] == "»" \
                    and "\n" not in self.text[toks[k][2]:toks[k - 1][1]]:
                how = self._marked_title(toks, before, k)
            if not how:
                continue
            full = self.text[toks[k - 1][1]:end]
            (found if how == 1 else after_verb).setdefault(names.units(full), full)
        found = found or after_verb     # a title vouches better than a speech verb
        if len(found) > 1:   # keep the shortest one that ends every other one
            core = min(found, key=len)
            if len(core) < 2 or not all(u[-len(core):] == core for u in found):
                return None
            return found[core]
        return next(iter(found.values()), None)

    def _marked_title(self, toks: list[tuple[str, int, int]],
                      before: Iterator[tuple[str, int, int]], k: int) -> int:
        """1 when the «...» closing at ``toks[k]`` ends a title: "نائب «محافظ المدينة
        الحرة» سامر داود", "الناطق باسم «تجمع الثوار» سامر داود" (a title word before
        the marks, or before the ل glued to them); not an outlet's name ("قال لـ«الشرق
        الأوسط» ..."), whose next words may be a verb."""
        _read_on(toks, before, k + MAX_MARKED_TITLE + 3)
        opening = next((j for j in range(k + 1, min(len(toks), k + MAX_MARKED_TITLE + 2))
                        if toks[j][0] == "«"), None)
        if opening is None or opening + 1 >= len(toks):
            return 0
        inner = " ".join(t[0] for t in reversed(toks[k + 1:opening]))
        if strip_al(norm(inner)) in words("org_names"):
            return 0
        j = opening + 1
        if toks[j][0] in ("لـ", "ل", "بـ", "ب") and j + 1 < len(toks):
            j += 1
        w = toks[j][0]
        return 1 if w[:1].isalpha() and not is_stopword(w) and title_word(w) else 0

    def _glued_preposition(self, word: str) -> bool:
        """``word`` is a name behind a glued ل/ب ("لسامر"): before a hamza always, else
        when the article uses it more often without (see ``_drop_glued_conj``)."""
        return word[:1] in "لب" and len(word) > 3 and (
            word[1] in "أإآ" or len(self.occurrences(word[1:])) > len(self.occurrences(word)))

    def _boundary(self, tok: tuple[str, int, int], nxt: tuple[str, int, int],
                  verb_ok: bool = False) -> int:
        """1: a title before the first name, 2: a speech verb (``verb_ok``), 0: neither."""
        if "\n" in self.text[tok[2]:nxt[1]]:
            return 0
        # only a title or a rank vouches for the words after it being a first name:
        # "الجنرال كيفين كوبسي" yes; "زيارة أوباما", "عليها أوباما", "أدان كيري" no
        w = tok[0]
        # "وقال سامي كوهين": a speech verb right before the first name (not for a plural:
        # "ودعا فلان الجمهوريين" names the verb's object)
        if not w[:1].isalpha():
            return 0
        if not is_stopword(w) and title_word(w) and not _hamza_al(w):
            return 1
        return 2 if verb_ok and norm(w) in speech_verb_forms() else 0


MAX_MARKED_TITLE = 8     # words of a title or organisation inside «» before a name


def _hamza_al(word: str) -> bool:
    """A word that starts with أل/إل and reads as definite only once the hamza is folded
    away ("ألهمه", "إلغاء"): the article's alef carries no hamza. A place or a listed word
    ("ألمانيا") still stands for itself, and so does إلى with a pronoun ("أشار إليه
    سامر داود": the verb's subject follows)."""
    return word.startswith(("أل", "إل")) and not word.startswith("إلي") \
        and not is_place(word) and nationality(word) is None \
        and not is_in_any(word, DESCRIPTION_LISTS)


def _son_before(toks: list[tuple[str, int, int]], more: Iterator[tuple[str, int, int]]) -> bool:
    """A first name stands before the lineage particle ``toks[0]`` ("سامر بن فهد", also a
    compound one: "عبد الرحمن بن فهد"), not a title or a verb: "الممثل بن داود" is Ben, a
    first name, and "داود" is his surname. ``toks`` runs backwards from the particle."""
    _read_on(toks, more, 3)
    if len(toks) < 2:
        return False
    if _name_like(toks[1][0]):
        return True
    # "عبد الرحمن": a definite word after a name particle (عبد، أبو) ends a first name
    return len(toks) > 2 and is_definite(toks[1][0]) and is_in(toks[2][0], "name_particles")


def _plural_noun(surface: str) -> bool:
    """A definite plural ("الجمهوريين", "التحليلات"): no family name."""
    n = norm(surface)
    return " " not in n and is_definite(surface) and n.endswith(("ين", "ون", "ات"))


def _read_on(toks: list[tuple[str, int, int]], more: Iterator[tuple[str, int, int]],
             k: int) -> None:
    """Read ``toks`` (the tokens read so far) on from ``more`` to ``k`` tokens."""
    while len(toks) < k and (t := next(more, None)) is not None:
        toks.append(t)


_TANWEEN = re.compile("[\u064B-\u064D]")


@lru_cache(maxsize=262144)
def _name_like(word: str, after_particle: bool = False) -> bool:
    if not word[:1].isalpha() or is_stopword(word) or _TANWEEN.search(word):
        return False        # "مقالاً لسامر داود": a word with tanween is no name
    # "أليس", "ألبرت": a hamza on the alef makes it part of the name, not the article
    # ("إليه" is a preposition with a pronoun)
    if is_definite(word) and not after_particle and not (
            word.startswith(("أل", "إل")) and not word.endswith(("ه", "ها", "هم", "هما"))):
        return False
    n = norm(word)
    if n[:1] in "وف" and len(n) > 3:
        return False
    if is_in_any(word, DESCRIPTION_LISTS) or org_name_part(word):
        return False      # "بي بي سي نيك روبنسون": "سي" is no first name
    return nationality(word) is None and not is_place(word)


def resolve_speakers(text: str, mentions: list[Mention | None]
                     ) -> tuple[list[LocalSpeaker], list[int | None]]:
    """The article's speakers and, per quote, the index of its speaker.

    ``mentions[i]`` is the name or description attributed to quote ``i`` (None: unknown).
    Speakers are listed in the order of their first quote.
    """
    art = _Text(text)
    done: dict[Mention, Mention | None] = {}     # a quote's mention repeats for the next ones
    issued: dict[Mention, str] = {}     # an issuer's mention -> its document's
    for m in mentions:
        if m is not None and m not in done:
            # "المصدر" + "نفسه"; no "إن ..."; "بيان لوزارة الدفاع" is the ministry's
            whole = cut_clause(complete(text, m))
            done[m] = issuer(whole)
            if done[m] is not whole and _construct(whole.text, done[m].text):
                # without the document's adjective: "بيان الهيئة" of "بيان الهيئة الأخير"
                issued[done[m]] = _up_to(whole, done[m])
    mentions = [done[m] if m is not None else None for m in mentions]
    parsed = [parse(m.text) if m is not None else None for m in mentions]
    # "تقرير الصحيفة" whose "الصحيفة" points back to no one keeps its document
    documents = {i: issued[m] for i, m in enumerate(mentions) if m is not None and m in issued}
    clusters: list[_Cluster] = []
    of: dict[int, _Cluster] = {}

    _people(art, mentions, parsed, clusters, of)
    _named_groups(art, mentions, parsed, clusters, of)
    for c in clusters:
        if c.kind == PERSON:
            _collect_titles(art, c, mentions, parsed)
    _descriptions(art, mentions, parsed, clusters, of, documents)

    used = sorted({id(c): c for c in of.values()}.values(), key=lambda c: c.first)
    index = {id(c): k for k, c in enumerate(used)}
    keys = [index[id(of[i])] if i in of else None for i in range(len(mentions))]
    return [_speaker(c) for c in used], keys


def _up_to(whole: Mention, part: Mention) -> str:
    """The text of ``whole`` up to the end of ``part``, a span inside it (by offsets: the
    part's words may come earlier too, "بيان بيان الهيئة")."""
    return whole.text[:part.end - whole.start]


def _construct(document: str, author: str) -> bool:
    """Whether ``author`` is the word right after the document ("بيان المجلس"), not one
    joined by ل or a link ("بيان للمجلس", "بيان صادر عن المجلس")."""
    d, a = WORD.findall(document), WORD.findall(author)
    return len(d) > 1 and len(a) == 1 and d[1] == a[0]


def _name_span(m: Mention, p: Parsed) -> tuple[int, str]:
    off = m.text.find(p.name) if p.name else -1
    return (m.start + max(off, 0), p.name.strip())


def _people(art: _Text, mentions, parsed, clusters: list[_Cluster], of: dict) -> None:
    forms = []
    spans: dict[Mention, tuple[int, str]] = {}    # a quote's mention repeats for the next ones
    for i, (m, p) in enumerate(zip(mentions, parsed)):
        if p is None or p.kind != PERSON:
            continue
        if m not in spans:
            pos, surface = _drop_stopwords(*_name_span(m, p))
            # "فلان بهدوء", "فلان البرلمان": no part of the name
            surface = drop_tail(cut_manner(surface), lambda s: len(art.occurrences(s)))
            # "إلى", "لكنه": not a name; the quote keeps no speaker
            surface = _drop_glued_conj(art, surface) if surface else ""
            spans[m] = (pos, "" if _fragment(surface) else surface)
        pos, surface = spans[m]
        if surface:
            forms.append((-len(names.units(surface)), pos, i, surface))
    people: list[_Cluster] = []
    for _, pos, i, surface in sorted(forms):
        u = names.units(surface)
        if not u:
            continue
        # the full name the text writes in front of a lone word is looked up before the
        # word is read as the first unit of a longer form ("بان" of "بان كي مون"): else
        # "فلان" joins the run-on "فلان المطالبة" and "سامر حسن فلان" is never seen
        target, unmatched = _match_name(people, u)
        extra = written = None
        if target is None and len(u) == 1 and not any(u in c.units for c in people):
            written = art.full_name_before(surface)
            if written is not None:
                extra = _drop_glued_conj(art, written)      # "مقال لإيمان نجيب"
                target = _match(people, names.units(extra))
        if target is None and unmatched:    # what ``_match(people, u)`` adds: a first name
            target = _first_name_match(people, u)
        if target is None:
            target = _Cluster(PERSON)
            people.append(target)
            clusters.append(target)
        if extra is not None:
            for s, e in art.occurrences(written or extra)[:1]:
                s += len(written) - len(extra)
                target.add(s, art.text[s:e])
            target.units[names.units(extra)] = None
        target.add(pos, surface, i)
        target.units[u] = None
        of[i] = target


@lru_cache(maxsize=65536)
def _fragment(surface: str) -> bool:
    """"كيف", "حتى الآن", "نحو الأسباب": a word that starts no name (``speaker_no_name_
    starts.txt``, as written: "كييف" is no "كيف") and no name unit at all; "آلان سامي"
    (folds like "الآن") is a name."""
    units, ws = names.units(surface), WORD.findall(surface)
    return not units or norm(ws[0]) in _no_name_starts() and not canonical.person_key(units)


@lru_cache(maxsize=None)
def _no_name_starts() -> frozenset[str]:
    return frozenset(norm(w) for w in rules_io.lines("speaker_no_name_starts.txt"))


def _drop_stopwords(pos: int, surface: str) -> tuple[int, str]:
    """Leading verbs and particles are not part of a name ("أدان كيري" -> "كيري")."""
    offset, rest = _name_start(surface)
    return pos + offset, rest


@lru_cache(maxsize=65536)   # a name is quoted many times
def _name_start(surface: str) -> tuple[int, str]:
    words = list(WORD.finditer(surface))
    for k, m in enumerate(words):
        if not is_stopword(m.group(0)) or k + 1 < len(words) and (
                names.fold(m.group(0)), names.fold(words[k + 1].group(0))) in _wa_titles():
            rest = surface[m.start():]
            return (m.start(), rest) if len(rest) >= 2 else (0, "")   # "آي" is a name
    return 0, ""


@lru_cache(maxsize=1)
def _wa_titles() -> frozenset[tuple[str, str]]:
    """A title word that looks like و + a stopword, and its complement ("ولي العهد";
    rules/name_wa_titles.txt), folded."""
    return frozenset(tuple(names.fold(w) for w in line.split())
                     for line in rules_io.lines("name_wa_titles.txt"))


def _match(people: list[_Cluster], u: names.Units) -> _Cluster | None:
    """The one person cluster that name units ``u`` belong to, if exactly one; a one-unit
    ``u`` that no name equals or ends with may be the first unit of a cluster's name."""
    target, unmatched = _match_name(people, u)
    if unmatched:
        return _first_name_match(people, u)
    return target


def _match_name(people: list[_Cluster], u: names.Units) -> tuple[_Cluster | None, bool]:
    """``_match`` without first names: the cluster, and whether no cluster came near (a
    one-unit ``u`` no name equals or ends with: only then is a first name looked for).
    Split so ``_people`` scans the clusters once for a name it then looks up in the text."""
    exact = [c for c in people if u in c.units]
    if exact:   # what the rules below come to: every hit list holds these, and they decide
        return (exact[0] if len(exact) == 1 else None), False
    # a full name's hits do not depend on ``loose`` (only a one-unit form's tail may differ);
    # several hits: none is exact (no cluster holds ``u``), so none is chosen
    for loose in (False, True) if len(u) == 1 else (False,):
        hits = [c for c in people if any(
            names.same_full_name(x, u) if len(u) > 1 and len(x) > 1 else
            (x == u or names.ends_with(x, u, loose)) for x in c.units)]
        if hits:
            return (hits[0] if len(hits) == 1 else None), False
    return None, len(u) == 1


def _first_name_match(people: list[_Cluster], u: names.Units) -> _Cluster | None:
    """The one cluster whose name starts with the one unit ``u`` ("بان" of "بان كي مون")."""
    hits = [c for c in people if any(names.starts_with(x, u) for x in c.units)]
    return hits[0] if len(hits) == 1 else None


def _drop_glued_conj(art: _Text, surface: str) -> str:
    """"وكوبسي" -> "كوبسي" when the name occurs without the و elsewhere ("وليد" stays);
    the same for a glued ل ("مقال لسامي داود" then "وقال سامي داود"; "ليلى" stays), and a
    glued ل before a hamza always ("لإيمان نجيب": no name starts with لأ/لإ/لآ)."""
    if surface[:1] in "وفل" and len(surface.split()[0]) > 3:
        rest = surface[1:]
        if surface[:1] == "ل" and rest[:1] in "أإآ" or \
                len(art.occurrences(rest)) > len(art.occurrences(surface)):
            return rest
    return surface


def _named_groups(art: _Text, mentions, parsed, clusters: list[_Cluster], of: dict) -> None:
    """Organisations and unnamed sources that name themselves (no back reference)."""
    groups: list[_Cluster] = []
    for i, (m, p) in enumerate(zip(mentions, parsed)):
        if p is None or p.kind == PERSON or p.refers_back:
            continue
        surface = _group_name(p.text, p.kind)
        u = names.units(surface)
        target = next((c for c in groups if c.kind == p.kind and any(
            _same_group(x, u, p.kind) for x in c.units)), None)
        if target is None:
            target = _Cluster(p.kind)
            groups.append(target)
            clusters.append(target)
            if p.kind == ORGANIZATION:
                target.named = surface     # its occurrences are anchors too (see _anchors)
        target.add(m.start, surface, i)
        target.units[u] = None
        of[i] = target


@lru_cache(maxsize=65536)   # a source is quoted many times
def _group_name(surface: str, kind: str) -> str:
    """An organisation's or a source's name without a glued و/ف, ل or ب."""
    lex = "org_heads" if kind == ORGANIZATION else "anonymous"
    first = surface.split()[0]
    if first[:1] in "وف" and len(first) > 3 and norm(first) not in words(lex) \
            and is_in(first[1:], lex):
        surface = surface[1:]     # "والجيش" -> "الجيش"; "وزارة" stays
    return _drop_preposition(surface, lex)


def _drop_preposition(surface: str, lex: str) -> str:
    """"لمكتب العبادي" -> "مكتب العبادي", "للجيش" -> "الجيش", "بالائتلاف" -> "الائتلاف":
    a glued ل/ب is not part of an organisation's name."""
    first = surface.split()[0] if surface.split() else ""
    n = norm(first)
    if n.startswith(("لل", "بال")) and len(n) > 4 and is_in(first, lex):
        return "ال" + surface[2:] if n.startswith("لل") else surface[1:]
    if n[:1] in "لب" and not n.startswith(("لل", "بال")) and len(n) > 3 \
            and norm(first[1:]) in words(lex):
        return surface[1:]
    return surface


def _same_group(a: names.Units, b: names.Units, kind: str) -> bool:
    if a == b:
        return True
    if kind != ORGANIZATION or min(len(a), len(b)) < 2:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return long_[:len(short)] == short or long_[-len(short):] == short


def _collect_titles(art: _Text, c: _Cluster, mentions, parsed) -> None:
    spans = set()
    starts = {p for p, _ in c.forms}
    spelt: set[str] = set()     # a form quoted again adds no spelling the first did not
    for pos, surface in list(c.forms):
        spans.add((pos, pos + len(surface)))
        if surface not in spelt and len(names.units(surface)) > 1:
            spelt.add(surface)
            for s, e in art.spellings(surface):
                spans.add((s, e))
                if s not in starts:
                    starts.add(s)
                    c.forms.append((s, art.text[s:e]))
    for i in sorted(c.mentions):
        if parsed[i].title:
            c.titles.append((mentions[i].start, split(parsed[i].title.split())))
    for s, e in sorted(spans):
        c.anchors.add(s)
        for t in art.titles.around(s, e):
            c.titles.append((s, t))
    c.titles.sort(key=lambda x: x[0])


def _descriptions(art: _Text, mentions, parsed, clusters: list[_Cluster], of: dict,
                  documents: dict[int, str]) -> None:
    """Back references: join the latest earlier speaker with the same head word. A body
    read out of its document ("الصحيفة" of "تقرير الصحيفة", ``documents``) that refers to
    no one is named by the document as written."""
    own: list[_Cluster] = []
    for i, (m, p) in enumerate(zip(mentions, parsed)):
        if p is None or i in of or p.kind == PERSON:
            continue        # a person mention left out by _people is not a name at all
        target = _antecedent(art, m.start, p, clusters) or _named_in_text(art, m, clusters, mentions, parsed)
        if target is None and i in documents and p.kind == ORGANIZATION and p.refers_back \
                and not is_in(p.text, "org_names"):     # "البنتاغون" names itself
            p = parse(documents[i])
        if target is None:
            k = names.units(p.text)
            target = next((c for c in own if k in c.units), None)
            if target is None:
                target = _Cluster(p.kind)
                own.append(target)
                clusters.append(target)
            target.units[k] = None
        target.add(m.start, p.text.strip(), i)
        of[i] = target


def _anchors(art: _Text, c: _Cluster) -> set[int]:
    """Where the cluster's names stand in the text. An organisation's name is looked up
    only here, the first time: only a back reference reads anchors, and most articles
    have none (its occurrences join the anchors whenever they are added: a set)."""
    if c.named is not None:
        c.anchors.update(s for s, _ in art.occurrences(c.named))
        c.named = None
    return c.anchors


def _named_in_text(art: _Text, m: Mention, clusters: list[_Cluster], mentions, parsed
                   ) -> _Cluster | None:
    """The person a bare title stands for when the text names him beside the same title
    and he quoted nothing ("وقال المراسل" after "... سامر نجيب مراسل الإذاعة")."""
    found = named_antecedent(art.text, m)
    if found is None:
        return None
    u = names.units(found.text)
    target = _match([c for c in clusters if c.kind == PERSON], u)
    if target is None:
        target = _Cluster(PERSON)
        clusters.append(target)
        target.add(found.start, found.text)
        target.units[u] = None
        _collect_titles(art, target, mentions, parsed)
    return target


def _antecedent(art: _Text, pos: int, p: Parsed, clusters: list[_Cluster]) -> _Cluster | None:
    # a description that is one of a person's own titles ("قائد الحرس الثوري" written
    # beside "محمد علي جعفري") is that person, wherever it stands
    desc = p.title is not None and names.key(
        " ".join(w for w in WORD.findall(p.text) if not is_in(w, "references")))
    if desc:
        own = [c for c in clusters if c.kind == PERSON and any(
            desc in names.key(t.phrase) for _, t in c.titles)]
        if len(own) == 1:
            return own[0]
    # each speaker named before the description, with where it was named last before it
    before = [(last, c) for c in clusters if c.units
              and (last := max((a for a in _anchors(art, c) if a < pos), default=None)) is not None]
    if not before:
        return None
    group = _head_group(p.head) if p.head else frozenset()
    # an unnamed source names an organisation only by its head word: "وتفيد الأنباء" (the
    # news) is not "وكالة الأنباء الفرنسية"
    same = [(a, c) for a, c in before
            if group & _heads(c, first_only=p.kind == ANONYMOUS and c.kind == ORGANIZATION)]
    if same and p.title is not None and (mine := _countries(WORD.findall(p.title))):
        # "وزير الخارجية الألماني" is not the Saudi foreign minister named before
        same = [(a, c) for a, c in same
                if not (theirs := _cluster_countries(c)) or theirs & mine]
    if same:
        return max(same, key=lambda x: x[0])[1]
    if names.fold(p.head) in _documents():
        # the latest organisation that spoke; one only named in its words ("... على
        # تنظيم داعش") issued no statement
        spoke = [(max(f for f, _ in c.forms if f < pos), c) for _, c in before
                 if c.kind == ORGANIZATION and any(f < pos for f, _ in c.forms)]
        named = spoke or [(a, c) for a, c in before if c.kind == ORGANIZATION]
        return max(named, key=lambda x: x[0])[1] if named else None
    if p.refers_back and any(is_in(w, "references") for w in WORD.findall(p.text)):
        return max(before, key=lambda x: x[0])[1]
    return None


def _countries(words: list[str]) -> set[str]:
    """The countries of the nationality adjectives among ``words``."""
    return {c for w in words if (c := nationality(w)) is not None}


def _cluster_countries(c: _Cluster) -> set[str]:
    """The countries a cluster's titles and descriptions give it ("وزير الخارجية
    السعودي" beside the name, or as a later mention of it): from title phrases only, as a
    family name may read as one ("سامر المصري" is no Egyptian)."""
    return {k for _, t in c.titles for k in _countries(WORD.findall(t.phrase))} \
        | {k for _, surface in c.forms
           if (title := strip_title(surface)[0]) for k in _countries(WORD.findall(title))}


def _heads(c: _Cluster, first_only: bool = False) -> set[str]:
    """The head words of a cluster's names (``first_only``: each name's first word only)
    and titles, kept on the cluster until it gets another form or title: every later
    description asks again."""
    size = (len(c.forms), len(c.titles), first_only)
    if c.heads is None or c.heads[0] != size:
        out = set()
        if c.kind != PERSON:
            for _, surface in c.forms:
                out.update(map(_head_key, _own_words(surface)[:1 if first_only else 3]))
        else:   # "المحامية فلانة": an occupation kept in the name is what "المحامية" refers to
            out.update(_head_key(w[0]) for _, surface in c.forms
                       if (w := WORD.findall(surface)) and is_in(w[0], "kind_bare_titles"))
        for _, t in c.titles:
            if t.role:
                out.update(map(_head_key, t.role.split()[:2]))
            if t.organization and not (c.kind == PERSON and is_place(t.organization)):
                # a minister's country ("الوزير الأرجنتيني") is no head of his: "وقالت
                # الأرجنتين" is the country speaking
                out.add(_head_key(t.organization.split()[0]))
        c.heads = (size, out)
    return c.heads[1]


@lru_cache(maxsize=65536)
def _own_words(surface: str) -> tuple[str, ...]:
    """A name's words up to a particle: a run-on of two mentions ("الصحيفة في المقالة")
    is headed by its first, not by the document after في."""
    ws = tuple(WORD.findall(surface))
    return next((ws[:i] for i, w in enumerate(ws) if i and is_stopword(w)), ws)


@lru_cache(maxsize=65536)
def _head_key(word: str) -> str:
    return names.fold(_strip(word))


@lru_cache(maxsize=None)
def _documents() -> frozenset[str]:
    return frozenset(names.fold(d) for d in words("documents"))


def _refers(surface: str) -> bool:
    return any(is_in(w, "references") for w in WORD.findall(surface))


def _strip(word: str) -> str:
    n = norm(word)
    for p in ("وال", "فال", "بال", "لل", "ال"):
        if n.startswith(p) and len(n) - len(p) >= 2:
            return n[len(p):]
    return n


def _runs_on(surface: str, forms: list[tuple[int, str]]) -> bool:
    """A longer form that first appears after its own first word stood alone: the words
    after the name ("كيري" ... "وجدد كيري التأكيد"), not a full name introduced first
    ("بان كي مون" ... "بان")."""
    u = names.units(surface)
    if len(u) < 2:
        return False
    first = min(p for p, s in forms if s == surface)
    return any(p < first and names.units(s) == u[:1] for p, s in forms)


def _speaker(c: _Cluster) -> LocalSpeaker:
    forms = sorted(c.forms)
    surfaces = list(dict.fromkeys(map(itemgetter(1), forms)))
    if len(surfaces) == 1:      # the one form is the name, whatever it is
        name = surfaces[0]
    elif c.kind == PERSON:
        named = [s for s in surfaces if parse(s).kind == PERSON]
        named = [s for s in named if not _runs_on(s, forms)] or named
        name = max(named or surfaces, key=lambda s: (names.fullness(s), -surfaces.index(s)))
    else:
        # "مصدر" rather than "المصادر نفسها": a reflexive adds nothing to the name
        name = max(surfaces, key=lambda s: (not _refers(s), len(WORD.findall(s)),
                                             -surfaces.index(s)))
    if c.kind == ORGANIZATION:
        name = unqualified(name)
    if not c.titles:
        return LocalSpeaker(name=name, kind=c.kind, forms=surfaces)
    roles = list(dict.fromkeys(t.role for _, t in c.titles if t.role))
    # "الناطق" adds nothing to "الناطق الرسمي"
    roles = [r for r in roles if not any(o != r and o.startswith(r + " ") for o in roles)]
    orgs = Counter(t.organization for _, t in c.titles if t.organization)
    org = None
    if orgs:
        order = [t.organization for _, t in c.titles if t.organization]
        org = max(orgs, key=lambda o: (orgs[o], -order.index(o)))
    return LocalSpeaker(name=name, kind=c.kind, forms=surfaces,
                        role="؛ ".join(roles) or None, organization=org)

"""Corpus step: what ties mentions of one person across articles, beyond the name.

A name says less than it seems: a surname is shared by many people, a son's full name
holds his father's ("أحمد علي صالح" / "علي صالح"), and a cue can glue a verb before a
name ("أمهل سالم حداد"). These rules weigh the name against what the articles say of the
bearer (organisation, office) and against the rest of the corpus (which words start
names). Each takes and returns plain data, so the merge stays order-free.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from analysis import rules_io
from analysis.records import LocalSpeaker
from analysis.speakers import canonical, names
from analysis.speakers.kinds import PERSON
from analysis.speakers.lexicon import WORD, is_in_any, nationality, strip_al

Key = tuple[str, ...]
Ref = tuple[str, int]          # (article_id, local key)
MIN_RUN_ON_REST = 2            # see run_ons
_NOT_CONTEXT = ("titles", "ranks")


class UnionFind:
    """Union-find whose root is the smallest node, so the groups do not depend on order."""

    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)   # smallest node is the root: order-free


def surname_nodes(untied: dict[Ref, Key], by_ref: dict[Ref, LocalSpeaker]) -> dict[Ref, tuple]:
    """Nodes for surname-only speakers that no full name claims ("الأحمدي").

    A surname is shared by many people, and with no full name in the corpus nothing says
    that two articles' "الأحمدي" are one man; they are one only when both articles give
    him the same organisation or the same title with its complement ("نائب وزير
    الخارجية", not a bare "الرئيس"). Everything else stays per article, like an unnamed
    source: a wrong merge would pool two people's quotes, a missed one only leaves two
    rows. A group's node is (person, its first article in sort order, surname), so it
    depends on content only.
    """
    uf = UnionFind()
    first: dict[tuple, tuple[str, int]] = {}
    for ref in sorted(untied):
        uf.find(ref)
        for tie in ties(by_ref[ref]):
            other = first.setdefault((untied[ref], tie), ref)
            uf.union(other, ref)
    return {ref: (PERSON, uf.find(ref)[0], " ".join(untied[ref])) for ref in untied}


def ties(sp: LocalSpeaker) -> set[tuple[str, str]]:
    """What can tie two mentions of one surname: the organisation, a role of 2+ words."""
    out = set()
    if sp.organization and (org := names.key(sp.organization)):
        out.add(("org", org))
    for role in (sp.role or "").split("؛"):
        if len(units := names.units(role)) > 1:
            out.add(("role", " ".join(units)))
    return out


@lru_cache(maxsize=65_536)
def _words_of(text: str) -> frozenset[str]:
    out = set()
    for t in WORD.findall(text):
        if is_in_any(t, _NOT_CONTEXT) or not canonical.is_name_unit(names.fold(t)):
            continue
        country = nationality(t)      # "الإسرائيلية" and "إسرائيل" say the same
        w = strip_al(names.fold(country or t))
        if len(w) > 2:
            out.add(w)
    return frozenset(out)


def context_words(sp: LocalSpeaker) -> frozenset[str]:
    """The content words of a speaker's organisation and roles, titles left out and a
    nationality read as its country: "وزير النقل" -> {نقل}, "رئيس المجلس البلدي" ->
    {مجلس, بلدي}, "الحكومة الإسرائيلية" -> {حكومه, اسرايل}. (Generic words such as
    "مجلس" stay: without them "مدير الأمن" would say nothing and join anyone.) A surname mention whose words
    share none with those of the full name it would join names someone else: "حداد"
    the head of a town council is not "سمير حداد" the army spokesman. (A man who changed
    office is missed that way; two rows are the lesser error.)"""
    return _words_of(" ".join(filter(None, [sp.organization, sp.role])))


def run_ons(keys_of: dict[Ref, set[Key]], people: set[Ref]) -> dict[Key, Key]:
    """Person keys of 3+ units whose first unit is a word glued on, mapped to the rest:
    "أمهل سالم حداد" (*gave Salem Haddad a deadline*) -> "سالم حداد". The first unit is
    glued on when it starts no other name in the corpus and the rest is a name seen in
    more articles (and in two at least); "رامي سالم حداد" stays whole where "رامي" starts
    another name, and so does a rare full name seen as often as its short form."""
    arts: dict[Key, set[str]] = defaultdict(set)
    for ref, keys in keys_of.items():
        if ref in people:
            for u in keys:
                if len(u) > 1:
                    arts[u].add(ref[0])
    rests: dict[str, set[Key]] = defaultdict(set)
    for u in arts:
        rests[u[0]].add(u[1:])
    return {u: u[1:] for u in arts
            if len(u) > 2 and rests[u[0]] == {u[1:]}
            and len(arts.get(u[1:], ())) >= MIN_RUN_ON_REST and len(arts[u[1:]]) > len(arts[u])}


def join_name_tails(uf: UnionFind, full_keys: set[Key], node_of: dict[Ref, tuple],
                    by_ref: dict[Ref, LocalSpeaker]) -> None:
    """"سالم حداد" joins "رامي سالم حداد" when that is the one fuller name ending with it
    and the two share an organisation or a 2+-word role (``ties``) somewhere. The name
    alone is not enough: a son's full name holds his father's ("أحمد علي صالح" /
    "علي صالح"), and so does a man known by his middle name."""
    tied: dict[tuple, set] = defaultdict(set)
    for ref, node in node_of.items():
        if node[0] == PERSON and len(node) == 2:
            tied[uf.find(node)] |= ties(by_ref[ref])
    by_tail: dict[Key, set[tuple]] = defaultdict(set)
    for u in full_keys:
        for n in range(2, len(u)):
            by_tail[u[-n:]].add(uf.find((PERSON, u)))
    for u in sorted(full_keys):
        root = uf.find((PERSON, u))
        longer = by_tail.get(u, set()) - {root}
        if len(longer) == 1 and tied[root] & tied[next(iter(longer))]:
            other = next(iter(longer))
            uf.union(root, other)
            tied[uf.find(root)] = tied[root] | tied[other]


@lru_cache(maxsize=None)
def _surname_suffixes() -> frozenset[str]:
    return frozenset(names.fold(w) for w in rules_io.lines("name_surname_suffixes.txt"))


def join_compound_surnames(uf: UnionFind, full_keys: set[Key], node_of: dict[Ref, tuple],
                           by_ref: dict[Ref, LocalSpeaker]) -> None:
    """"قره أوغلو" joins "نادر قره أوغلو": a two-unit key ending in a surname suffix word
    (``name_surname_suffixes.txt``) is a family name of two words, and joins the one fuller
    name that ends with it, unless the two name different offices (``context_words``), as
    a one-word surname does in the merge. Two fuller names ending with it (two brothers)
    leave it alone."""
    suffixes = _surname_suffixes()
    short = sorted(u for u in full_keys if len(u) == 2 and u[-1] in suffixes)
    if not short:
        return
    context: dict[tuple, set[str]] = defaultdict(set)
    for ref, node in node_of.items():
        if node[0] == PERSON and len(node) == 2:
            context[uf.find(node)] |= context_words(by_ref[ref])
    by_tail: dict[Key, set[tuple]] = defaultdict(set)
    for u in full_keys:
        if len(u) > 2 and u[-1] in suffixes:
            by_tail[u[-2:]].add(uf.find((PERSON, u)))
    for u in short:
        root = uf.find((PERSON, u))
        longer = {uf.find(r) for r in by_tail.get(u, ())} - {root}
        if len(longer) != 1:
            continue
        other = next(iter(longer))
        own, theirs = context[root], context[other]
        if not own or not theirs or own & theirs:
            uf.union(root, other)
            context[uf.find(root)] = own | theirs

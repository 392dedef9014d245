"""Corpus step: merge the article-local speakers into corpus speakers with stable ids.

- Persons: a name's key leaves out common words a cue glued on (``canonical.person_key``:
  "إقناع سالم" -> سالم; "حتى الآن" is no name at all). Full names (2+ units, see
  ``names``) are one person when one article used them for one speaker (كينو كبرئيل /
  كينو كبرييل), when the same first and last unit hold the other's middle units and no
  second fuller name competes (جورج بوش / جورج دبليو بوش), or when one ends the other
  and both bear the same organisation or office (``links.join_name_tails``). A family
  name of two words ("قره أوغلو") joins the one full name ending with it unless their
  offices differ (``links.join_compound_surnames``).
  A surname-only speaker (أوباما) joins the one person in the corpus whose full name ends
  with it, unless its article gives it an office that person never has
  (``links.context_words``); when two full names compete (بشار الأسد، حافظ الأسد), or
  none exists, it joins other articles' only on a shared organisation or office
  (``links.surname_nodes``), else it stays per article: a surname is no identity.
- Organisations: merged on their folded name, also without a describing adjective
  (... المعارض) and across spellings of one long word (الأمريكية / الأميركية).
- Unnamed sources (مصدر عسكري) and organisations known only by a description (الصحيفة،
  وزارة الخارجية: ``canonical.is_description``) stay per article: two articles'
  "military source" are not one person.
- The display name is the fullest form seen in two articles (``canonical.choose``). A
  person's aliases are the name as written in each form, without title or glued words
  ("أمهل سالم حداد" -> "سالم حداد"); a form with a non-name word further on ("نادر
  تصريحات حداد") is no alias of a named person. Every form is shown without stray marks,
  and roles and organisations without a glued preposition ("بالهيئة" -> "الهيئة"); a
  person's role without the honorific or first name it ran on into (``canonical.role_shown``).

``speaker_id`` is a hash of the kind and the merged group's fullest folded key (plus the
article for per-article speakers), never of the run order. Everything chosen from a group
(name, role, organisation) is chosen by counts, then by sort order, so the result does not
depend on the order of the input.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from functools import lru_cache

from analysis.records import LocalSpeaker, Speaker
from analysis.speakers import canonical, names
from analysis.speakers.kinds import ANONYMOUS, ORGANIZATION, PERSON, parse, unqualified
from analysis.speakers.lexicon import DESCRIPTION_LISTS, WORD, is_in_any, is_place, nationality
from analysis.speakers.links import (UnionFind, context_words, join_compound_surnames,
                                     join_name_tails, run_ons, surname_nodes)
from analysis.speakers.titles import title_word

MAX_ROLES = 3
DOMINANCE = 4       # see _dominant
Key = tuple[str, ...]




@lru_cache(maxsize=262_144)
def _plain_word(word: str) -> bool:
    """A word in no speaker list: a name never needs the full parse for it."""
    return not is_in_any(word, DESCRIPTION_LISTS) and nationality(word) is None \
        and not is_place(word)


@lru_cache(maxsize=262_144)
def _name_key(form: str, kind: str) -> Key:
    """The folded name units of a form, or () when the form is a description."""
    if kind == PERSON and all(_plain_word(w) for w in WORD.findall(form)):
        return names.units(form)
    p = parse(form)
    if kind == PERSON:
        return names.units(p.name) if p.kind == PERSON else ()
    if kind == ORGANIZATION and p.kind == ORGANIZATION and not p.refers_back:
        return names.units(form)
    return ()


@lru_cache(maxsize=262_144)
def _keys(form: str, kind: str) -> tuple[Key, ...]:
    """The keys a form merges on: a person's name without glued non-name words
    (``canonical.person_key``); an organisation's name, also without its describing
    adjective, and none for a description ("الصحيفة", "وزارة الخارجية")."""
    u = _name_key(form, kind)
    if not u:
        return ()
    if kind == PERSON:
        u = canonical.person_key(u)
        return (u,) if u else ()
    if kind == ORGANIZATION:
        if canonical.is_description(form):
            return ()
        short = unqualified(form)
        if short == form or canonical.is_description(short):
            return (u,)
        return (u, names.units(short))
    return (u,)


@lru_cache(maxsize=262_144)
def _surface(form: str, kind: str) -> str:
    """The name as written, without a title ("الرئيس باراك أوباما" -> "باراك أوباما")."""
    if kind != PERSON or all(_plain_word(w) for w in WORD.findall(form)):
        return form
    p = parse(form)
    return p.name if kind == PERSON and p.kind == PERSON and p.name else form


def merge_speakers(local: list[tuple[str, list[LocalSpeaker]]]
                   ) -> tuple[dict[tuple[str, int], str], list[Speaker]]:
    """Map (article_id, local key) -> speaker_id, and the corpus speaker rows (n_quotes 0)."""
    uf = UnionFind()
    node_of: dict[tuple[str, int], tuple] = {}
    people_short: dict[tuple[str, int], Key] = {}
    full_keys: set[Key] = set()
    count: Counter = Counter()

    keys_of = {(aid, k): {u for f in _forms(sp) + [sp.name] for u in _keys(f, sp.kind)}
               for aid, speakers in local for k, sp in enumerate(speakers)}
    run_on = run_ons(keys_of, {(aid, k) for aid, sps in local for k, sp in enumerate(sps)
                               if sp.kind == PERSON})
    for aid, speakers in local:
        for k, sp in enumerate(speakers):
            keys = sorted({run_on.get(u, u) for u in keys_of[(aid, k)]})
            if sp.kind == PERSON and keys:
                fulls = [u for u in keys if len(u) > 1]
                if fulls:
                    for u in fulls:
                        uf.union((PERSON, fulls[0]), (PERSON, u))
                        count[u] += 1
                    full_keys.update(fulls)
                    node_of[(aid, k)] = (PERSON, fulls[0])
                else:
                    people_short[(aid, k)] = keys[0]
                    count[keys[0]] += 1
            elif sp.kind == ORGANIZATION and keys:
                for u in keys:
                    uf.union((ORGANIZATION, keys[0]), (ORGANIZATION, u))
                    count[u] += 1
                node_of[(aid, k)] = (ORGANIZATION, keys[0])
            else:   # unnamed sources and bare descriptions: per article
                node_of[(aid, k)] = (ANONYMOUS if sp.kind != ORGANIZATION else ORGANIZATION,
                                     aid, names.key(sp.name))

    _join_short_full_names(uf, full_keys)
    by_ref = {(aid, k): sp for aid, sps in local for k, sp in enumerate(sps)}
    join_name_tails(uf, full_keys, node_of, by_ref)
    join_compound_surnames(uf, full_keys, node_of, by_ref)
    _join_spellings(uf, [k for k in count if (ORGANIZATION, k) in uf.parent])
    node_of.update(_place_surnames(uf, full_keys, count, node_of, people_short, by_ref))

    groups: dict[tuple, list[tuple[tuple[str, int], LocalSpeaker]]] = defaultdict(list)
    for ref, node in node_of.items():
        root = uf.find(node) if node[0] in (PERSON, ORGANIZATION) and len(node) == 2 else node
        groups[root].append((ref, by_ref[ref]))

    mapping: dict[tuple[str, int], str] = {}
    rows: list[Speaker] = []
    members_of: dict[tuple, list[Key]] = defaultdict(list)
    for node in list(uf.parent):
        members_of[uf.find(node)].append(node[1])
    for root, members in groups.items():
        row = _row(root, members, members_of.get(root, []), count, run_on)
        rows.append(row)
        for ref, _ in members:
            mapping[ref] = row.speaker_id
    rows.sort(key=lambda r: r.speaker_id)
    return mapping, rows


def _place_surnames(uf: UnionFind, full_keys: set[Key], count: Counter,
                    node_of: dict[tuple[str, int], tuple], people_short: dict[tuple[str, int], Key],
                    by_ref: dict[tuple[str, int], LocalSpeaker]) -> dict[tuple[str, int], tuple]:
    """The node of each surname-only speaker: the dominant full name ending with it
    (``_dominant``) unless the two name different offices (``links.context_words``), else
    a group of the articles that tie it (``links.surname_nodes``)."""
    by_tail: dict[str, Counter] = defaultdict(Counter)
    for u in full_keys:
        by_tail[u[-1]][uf.find((PERSON, u))] += count[u]
    context: dict[tuple, set[str]] = defaultdict(set)
    for ref, node in node_of.items():
        if node[0] == PERSON and len(node) == 2:
            context[uf.find(node)] |= context_words(by_ref[ref])
    out: dict[tuple[str, int], tuple] = {}
    untied: dict[tuple[str, int], Key] = {}
    for ref, u in people_short.items():
        node = _dominant(by_tail.get(u[-1], Counter()))
        own, theirs = context_words(by_ref[ref]), context[uf.find(node)] if node else set()
        if node and (not own or not theirs or own & theirs):
            out[ref] = node
        else:
            untied[ref] = u
    out.update(surname_nodes(untied, by_ref))
    return out


def _dominant(roots: Counter) -> tuple | None:
    """The one full name a surname stands for: the only one, or one used at least four
    times as often as all the others together ("باراك أوباما" 71 times against
    "مستشاري أوباما" twice); two comparable ones (بشار / حافظ الأسد) leave it alone."""
    if not roots:
        return None
    (best, n), *rest = roots.most_common()
    others = sum(m for _, m in rest)
    if not rest or n >= DOMINANCE * others and n > others:
        return min(r for r, m in roots.items() if m == n)    # order-free on ties
    return None


def _join_short_full_names(uf: UnionFind, full_keys: set[Key]) -> None:
    """"جورج بوش" joins "جورج دبليو بوش" when every fuller match is one person."""
    bucket: dict[tuple[str, str], list[Key]] = defaultdict(list)
    for u in full_keys:
        bucket[(u[0], u[-1])].append(u)
    for keys in bucket.values():
        if len(keys) < 2:
            continue
        for short in keys:
            fuller = [u for u in keys if len(u) > len(short) and names.same_full_name(short, u)]
            roots = {uf.find((PERSON, u)) for u in fuller}
            if len(roots) == 1:
                uf.union((PERSON, short), (PERSON, fuller[0]))
    # "فرانسوا هولاند" / "فرنسوا هولاند": one long vowel apart in a long word (names.near)
    by_last: dict[tuple[str, int], list[Key]] = defaultdict(list)
    for u in full_keys:
        by_last[(u[-1], len(u))].append(u)
    for keys in by_last.values():
        keys.sort()
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                if all(names.near(x, y) for x, y in zip(a, b)):
                    uf.union((PERSON, a), (PERSON, b))


def _join_spellings(uf: UnionFind, org_keys: list[Key]) -> None:
    """Organisations whose names are spellings of one another join: "وزارة الخارجية
    الأمريكية" / "... الأميركية", "صحيفة الصنداي نيوز" / "صنداي نيوز"
    (``canonical.similar`` on ``canonical.spelling_key``)."""
    for spell in (lambda u: u, canonical.spelling_key):   # "الدايلي" / "الديلي": near with ال
        bucket: dict[Key, list[tuple[Key, Key]]] = defaultdict(list)
        for u in org_keys:
            s = spell(u)
            bucket[canonical.skeleton(s)].append((s, u))
        for pairs in bucket.values():
            pairs.sort()
            for i, (sa, a) in enumerate(pairs):
                for sb, b in pairs[i + 1:]:
                    if canonical.similar(sa, sb):
                        uf.union((ORGANIZATION, a), (ORGANIZATION, b))


def _row(root: tuple, members, keys: list[Key], count: Counter,
         run_on: dict[Key, Key]) -> Speaker:
    kind = members[0][1].kind if len(root) == 3 else root[0]
    if len(root) == 3:          # per-article speaker
        ident = f"{kind}|{root[1]}|{root[2]}"
    else:
        keys = keys or [root[1]]
        best = min(keys, key=lambda u: (-len(u), -count[u], u))
        ident = f"{kind}|{' '.join(best)}"
    sid = "s-" + hashlib.sha256(ident.encode("utf-8")).hexdigest()[:12]
    forms: Counter = Counter()
    seen: list[tuple[str, Key, str]] = []
    for (aid, _), sp in members:
        for f in dict.fromkeys(_forms(sp) or [sp.name]):
            shown = [(aid, run_on.get(u, u), _display(f, run_on.get(u, u), kind))
                     for u in _keys(f, kind)]
            if kind == PERSON and shown:     # "أمهل سالم حداد" -> "سالم حداد"
                forms.update({s for _, _, s in shown})
            elif kind == PERSON and len(root) == 2:
                continue                     # no name further on: "سالم تصريحات حداد"
            elif _name_key(f, kind) or len(root) == 3:
                forms[_surface(f, kind)] += 1
            seen.extend(shown)
    if not forms:
        forms.update(sp.name for _, sp in members)
    chosen = canonical.choose(kind, seen)
    if chosen and kind != PERSON and _document_headed(chosen[0]) \
            and not all(map(_document_headed, forms)):
        chosen = None       # a statement's name loses to its issuer's, named or not
    # the body rather than its statement: "وزارة الزراعة", not "بيان صحفي من وزارة الزراعة"
    name = chosen[0] if chosen else \
        canonical.clean(min(forms, key=lambda f: (kind != PERSON and _document_headed(f),
                                                  _neg_fullness(f), -forms[f], f)))
    if kind == ORGANIZATION:
        name = unqualified(name)      # "المرصد السوري لحقوق الإنسان المعارض" -> "... الإنسان"
    if kind != PERSON:
        name = canonical.unglued(name)    # "كلمة للوزير": "للوزير" -> "الوزير"
    roles: Counter = Counter()
    orgs: Counter = Counter()
    for _, sp in members:
        if sp.role:     # "لمدير المعهد" -> "مدير المعهد"; no name run on (role_shown)
            roles.update(set(_role(r.strip(), name, kind) for r in sp.role.split("؛")
                             if r.strip() and not _owned_title(r.strip())))
        if sp.organization:
            orgs[canonical.unglued(sp.organization)] += 1
    role = None
    if roles:
        top = max(roles.values())
        tied = [r for r, n in roles.items() if n == top]
        tied = [r for r in tied if not any(o != r and o.startswith(r + " ") for o in tied)]
        role = "؛ ".join(sorted(tied)[:MAX_ROLES])
    org = min(orgs, key=lambda o: (-orgs[o], o)) if orgs else None
    aliases = sorted({canonical.clean(f) if kind == PERSON else canonical.unglued(canonical.clean(f))
                      for f in forms})    # "صحيفة «الأيام" -> "صحيفة الأيام"; "للوزير" -> "الوزير"
    return Speaker(sid, name, kind, aliases, role, org, 0)


_OWNER_SUFFIXES = ("هما", "هم", "ها", "ه")


def _owned_title(role: str) -> bool:
    """A one-word role with a pronoun for its owner ("رئيسها", "مديرهم"): whose office it is
    was named elsewhere, so the word alone says nothing of the speaker's office."""
    if " " in role or role.startswith("ال"):
        return False    # "المديره" (ة written ه) is definite: no pronoun owner
    for suffix in _OWNER_SUFFIXES:
        if role.endswith(suffix) and len(role) - len(suffix) >= 3:
            stem = role[:-len(suffix)]
            return title_word(stem[:-1] + "ة" if stem.endswith("ت") else stem)
    return False


def _role(role: str, name: str, kind: str) -> str:
    role = canonical.unglued(role)
    return canonical.role_shown(role, name) if kind == PERSON else role


def _forms(sp: LocalSpeaker) -> list[str]:
    """A speaker's forms without those that run on after its full name: a person's form
    of 2+ units that starts with the surname ("سالم حداد" named, "حداد المطالبة" a
    form: the words after the surname that the article did not take for the name either,
    see ``resolve._runs_on``). A one-word name keeps its forms ("سالم", "سالم حداد")."""
    if sp.kind != PERSON:
        return sp.forms
    own = _keys(sp.name, PERSON)
    if not own or len(own[0]) < 2:
        return sp.forms
    return [f for f in sp.forms if not any(
        u != own[0] and len(u) > 1 and u[0] == own[0][-1] for u in _keys(f, PERSON))]


@lru_cache(maxsize=262_144)
def _display(form: str, key: Key, kind: str) -> str:
    """The written form of ``key`` in ``form``: title and glued non-name words left out
    ("الرئيس إقناع سالم" -> "سالم"); an organisation without its describing adjective."""
    if kind == ORGANIZATION:
        short = unqualified(form)
        return short if names.units(short) == key else form
    surface = _surface(form, kind)
    words = surface.split()
    if len(words) > 2 and names.units(" ".join(words[:-1]))[-len(key):] == key \
            and canonical.is_country(names.units(words[-1])[-1:]):
        words.pop()     # a country after the name ("سالم حداد فرنسا"): see person_key
    while len(words) > 1 and names.units(" ".join(words)) != key:
        words.pop(0)
    return " ".join(words) if names.units(" ".join(words)) == key else surface


@lru_cache(maxsize=65_536)
def _document_headed(form: str) -> bool:
    """A form headed by a document word ("بيان صحفي ...", "التقرير")."""
    first = WORD.search(form)
    return first is not None and is_in_any(first.group(0), ("documents", "kind_documents"))


@lru_cache(maxsize=262_144)
def _neg_fullness(form: str) -> tuple[int, int]:
    units, letters = names.fullness(form)
    return (-units, -letters)

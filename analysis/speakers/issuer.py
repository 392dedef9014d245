"""A document mention that names its issuer: the issuer is the speaker.

"وقال بيان لوزارة الدفاع إن ..." and "وأفاد تقرير صادر عن الهيئة بأن ..." are quoted
by the ministry and the commission (ANNOTATION.md: a statement is a form of its speaker),
and the issuer then merges with the same body quoted elsewhere. Only when the issuer reads
as an organisation or a person ("وثيقة تخطيط لتلك الجولة" names no one).
"""

from __future__ import annotations

from functools import lru_cache

from analysis import rules_io
from analysis.records import Mention
from analysis.speakers.kinds import ORGANIZATION, PERSON, parse
from analysis.speakers.lexicon import WORD, is_in, is_in_any, norm

MAX_BETWEEN = 2     # adjectives between the document and its issuer ("بيان صحفي جديد")
_PRONOUNS = frozenset({"له", "لها", "لهم", "لهما", "لنا"})


@lru_cache(maxsize=None)
def _links() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for line in rules_io.lines("speaker_issuer_links.txt"):
        link, *preps = line.split()
        out[norm(link)] = frozenset(norm(p) for p in preps)
    return out


def _issuer_start(ws: list) -> int | None:
    """Where the issuer starts in a mention's words ``ws`` (a text offset), else None."""
    if not is_in(ws[0].group(0), "documents"):
        return None
    links = _links()
    definite = _definite(norm(ws[0].group(0)))     # its adjectives agree with it
    for k in range(1, min(len(ws), MAX_BETWEEN + 2)):
        w = norm(ws[k].group(0))
        if w in links and k + 1 < len(ws) and norm(ws[k + 1].group(0)) in links[w]:
            return ws[k + 2].start() if k + 2 < len(ws) else None
        if w == "لـ" or w == "ل":
            return ws[k + 1].start()
        if w.startswith("ل") and len(w) > 3 and w not in _PRONOUNS:
            return ws[k].start() + 1
        if _definite(w) != definite:
            return None     # "بيان اللجنة المنظمة لـ...": the document's own complement
    return None


def _definite(w: str) -> bool:
    return w.startswith(("ال", "وال", "فال"))


def issuer(m: Mention) -> Mention:
    """The issuer named in a document mention ("بيان لوزارة الدفاع" -> "وزارة الدفاع"),
    else ``m``. After a glued ل + ال the issuer is written with its ال back ("للجيش" ->
    "الجيش"), not a substring of the text; its span starts after the ل."""
    found = _issuer_of(m.text)
    if found is None:
        return m
    rest, at = found
    return Mention(rest, m.start + at, m.end)


@lru_cache(maxsize=65536)   # a mention's text recurs: quote after quote, article after article
def _issuer_of(text: str) -> tuple[str, int] | None:
    """The issuer's name in a mention's text and its offset there, else None."""
    first = WORD.search(text)
    if first is None or not is_in(first.group(0), "documents"):
        return None     # most mentions start with no document word: no need to read on
    ws = list(WORD.finditer(text))
    if len(ws) < 2:
        return None
    at = _issuer_start(ws)
    if at is None:
        return None
    rest = text[at:]
    if text[at - 1:at] == "ل" and rest.startswith("ل"):
        # ل + ال: "للبيت" is "البيت"; ل + ال + ل: "للجنة" is "اللجنة" (a body's head)
        rest = "ال" + rest if is_in_any("ال" + WORD.findall(rest)[0],
                                        ("org_heads", "org_names")) else "ا" + rest
    if parse(rest).kind not in (ORGANIZATION, PERSON):
        return None
    return rest, at

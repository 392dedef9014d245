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
from analysis.speakers.kinds import ORGANIZATION, PERSON, Parsed, parse
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


def _issuer_start(ws: list) -> tuple[int, bool] | None:
    """Where the issuer starts in a mention's words ``ws`` (a text offset) and whether it
    is in construct with the document ("بيان الشرطة"), else None."""
    if not is_in(ws[0].group(0), "documents"):
        return None
    links = _links()
    definite = _definite(norm(ws[0].group(0)))     # its adjectives agree with it
    for k in range(1, min(len(ws), MAX_BETWEEN + 2)):
        w = norm(ws[k].group(0))
        if w in links and k + 1 < len(ws) and norm(ws[k + 1].group(0)) in links[w]:
            return (ws[k + 2].start(), False) if k + 2 < len(ws) else None
        if w == "لـ" or w == "ل":
            return ws[k + 1].start(), False
        if w.startswith("ل") and len(w) > 3 and w not in _PRONOUNS:
            return ws[k].start() + 1, False
        if k == 1 and not definite and (_definite(w) or _body_head(ws[1].group(0))):
            # "بيان الشرطة", "بيان ائتلاف المعارضة": a document in construct with its author
            return ws[1].start(), True
        if _definite(w) != definite:
            return None
    return None


def _body_head(word: str) -> bool:
    return is_in_any(word, ("org_heads", "org_names"))


def _definite(w: str) -> bool:
    return w.startswith(("ال", "وال", "فال"))


def issuer(m: Mention) -> Mention:
    """The issuer named in a document mention ("بيان لوزارة الدفاع" -> "وزارة الدفاع"),
    else ``m``. After a glued ل + ال the issuer is written with its ال back ("للجيش" ->
    "الجيش"), not a substring of the text; its span starts after the ل. A document's own
    adjective after its author ("بيان الهيئة الأخير") ends the span before it."""
    found = _issuer_of(m.text)
    if found is None:
        return m
    rest, at = found
    tail = m.text[at:]
    end = m.start + at + len(rest) if tail != rest and tail.startswith(rest) else m.end
    return Mention(rest, m.start + at, end)


@lru_cache(maxsize=65536)   # a mention's text recurs: quote after quote, article after article
def _issuer_of(text: str) -> tuple[str, int] | None:
    """The issuer's name in a mention's text and its offset there, else None."""
    first = WORD.search(text)
    if first is None or not is_in(first.group(0), "documents"):
        return None     # most mentions start with no document word: no need to read on
    ws = list(WORD.finditer(text))
    if len(ws) < 2:
        return None
    start = _issuer_start(ws)
    if start is None:
        return None
    at, construct = start
    rest = text[at:]
    if text[at - 1:at] == "ل" and rest.startswith("ل"):
        # ل + ال: "للبيت" is "البيت"; ل + ال + ل: "للجنة" is "اللجنة" (a body's head)
        rest = "ال" + rest if is_in_any("ال" + WORD.findall(rest)[0],
                                        ("org_heads", "org_names")) else "ا" + rest
    if construct:       # "بيان الشرطة"
        rest = _no_document_adjective(rest)
        return (rest, at) if _author(parse(rest), ws[1].group(0)) else None
    if parse(rest).kind not in (ORGANIZATION, PERSON):
        return None
    return rest, at


def _no_document_adjective(author: str) -> str:
    """The author without the document's own adjective at its end ("المنظمة الأخير")."""
    ws = list(WORD.finditer(author))
    if len(ws) > 1 and is_in(ws[-1].group(0), "document_adjectives"):
        return author[:ws[-1].start()].rstrip(" ،,")
    return author


def _author(p: Parsed, first: str) -> bool:
    """Whether the possessor of an indefinite document ("بيان الشرطة", "تقرير المقرر
    الخاص") is its author: a body, a group or source, or a titled person -- not another
    document ("نتائج التحقيق") nor a common noun that parses as a name ("تقرير العمل")."""
    if is_in_any(first, ("documents", "kind_documents")):
        return False
    if p.kind == PERSON:
        return p.title is not None or is_in_any(first, ("titles", "kind_bare_titles"))
    return True

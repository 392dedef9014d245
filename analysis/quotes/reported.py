"""Speech cues and reported-speech clauses ("قال إن ...", "أشار إلى أن ...", "مضيفا أن ...").

A cue is a speech verb, the subject phrase after it, and what introduces the speech: a
complementizer (إن / أن / بأن / إلى أن / على أن, pronoun suffix included), a colon, or an
opening quotation mark. A reported clause runs from after the complementizer to the end
of its sentence, or to an earlier stop (ANNOTATION.md, settled cases):
- a new attribution after a comma ("، مضيفا أن", "، وقال إن") starts a new quote;
- a coordinated "، وأن ..." starts a new clause of the same verb;
- a direct quote of three or more words that ends the sentence is not part of it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from analysis.quotes.lexicon import Lexicon, find_verbs
from analysis.quotes.marks import Marked
from analysis.records import Paragraph

MAX_SUBJECT_WORDS = 14
_BLOCKERS = frozenset({"بعد", "قبل", "منذ", "دون", "يجب", "يمكن", "بد", "لابد", "حتى", "شان",
                       "ما", "يريد", "تريد", "يحاول", "مجرد", "رغم", "بامكان", "بوسع", "كما", "لو"})
_WORD = re.compile(r"\w+")
_SENT_END = re.compile(r"(?<!\d)[.؟?!](?!\d)|\n")
_COORD = re.compile(r"[،,]\s*و(?:ب)?ان(?:ه|ها|هم|هما|نا)?(?!\w)")
_ENDTRIM = " \t.،,؛;:-–"


class Cue(NamedTuple):
    para: int
    vstart: int          # the verb, without its و/ف prefix
    vend: int
    verb: str            # lemma
    comma_before: bool   # "، مضيفا" / "، وقال": a new attribution inside a sentence
    subj_start: int      # the subject phrase between verb and what introduces the speech
    subj_end: int
    intro: str           # "comp", "colon", "mark" or "" (nothing found)
    clause_start: int    # after the complementizer / colon (-1 when intro is "" / "mark")


class Clause(NamedTuple):
    cue: int             # index into the cue list
    start: int
    end: int


def _para_of(paras: list[Paragraph], pos: int, hint: int) -> int:
    i = hint
    while i + 1 < len(paras) and paras[i].end < pos:
        i += 1
    return i


def find_cues(text: str, folded: str, paras: list[Paragraph], lex: Lexicon) -> list[Cue]:
    """Every speech verb of the article with what follows it."""
    cues: list[Cue] = []
    pi = 0
    matches = find_verbs(folded, lex)
    for k, m in enumerate(matches):
        pi = _para_of(paras, m.start, pi)
        if not paras or not paras[pi].start <= m.start < paras[pi].end:
            continue
        p = paras[pi]
        vstart, vend = m.vstart, m.end
        limit = p.end
        if k + 1 < len(matches) and matches[k + 1].start < limit:
            limit = matches[k + 1].start
        before = text[max(p.start, m.start - 3):m.start].rstrip()
        comma_before = before.endswith(("،", ","))
        intro, subj_end, clause_start = "", limit, -1
        words = 0
        pos = vend
        for w in re.finditer(r"\w+|[:«“”\"‘]|[.؟?!]", folded[vend:limit]):
            tok = w.group()
            at = vend + w.start()
            if tok in ".؟?!":
                subj_end = at
                break
            if tok == ":":
                intro, subj_end, clause_start = "colon", at, at + 1
                break
            if tok in "«“”\"‘":
                intro, subj_end = "mark", at
                break
            cm = lex.comp_re.match(folded, at)
            if cm:
                prev = folded[pos:at].split()
                if prev and prev[-1] in _BLOCKERS:
                    break
                intro, subj_end, clause_start = "comp", at, cm.end()
                break
            words += 1
            pos = at
            if words > MAX_SUBJECT_WORDS:
                subj_end = at
                break
        cues.append(Cue(pi, vstart, vend, lex.lemma[m.form], comma_before, vend, subj_end,
                        intro, clause_start))
    return cues


def _inside(pos: int, spans: list[Marked]) -> bool:
    return any(s.open < pos < s.close for s in spans)


def find_clauses(text: str, folded: str, paras: list[Paragraph], cues: list[Cue], marked: list[Marked]
                 ) -> list[Clause]:
    """The reported clauses of the cues introduced by a complementizer or a colon."""
    out: list[Clause] = []
    for ci, cue in enumerate(cues):
        if cue.intro not in ("comp", "colon"):
            continue
        p = paras[cue.para]
        para_marks = [s for s in marked if s.para == cue.para]
        start = cue.clause_start
        while start < p.end and text[start] in " \t،,":
            start += 1
        if start >= p.end or text[start] in "«“”\"‘" and cue.intro == "colon":
            continue   # "قال: «...»" is a direct quote, not reported speech
        end = p.end
        for m in _SENT_END.finditer(text, start, p.end):
            if not _inside(m.start(), para_marks):
                end = m.start()
                break
        # a new attribution after a comma ends this clause
        for other in cues[ci + 1:]:
            if other.para != cue.para or other.vstart >= end:
                break
            if other.comma_before and other.vstart > start and not _inside(other.vstart, para_marks):
                end = text.rfind("،", start, other.vstart) if "،" in text[start:other.vstart] \
                    else text.rfind(",", start, other.vstart)
                break
        starts = [start]
        for m in _COORD.finditer(folded, start, end):
            if not _inside(m.start(), para_marks):
                starts.append(m.end())
        bounds = list(zip(starts, [s for s in starts[1:]] + [end]))
        for a, b in bounds:
            if b != end:
                b = text.rfind("،", a, b) if "،" in text[a:b] else text.rfind(",", a, b)
            while a < b and text[a] in " \t،,":
                a += 1
            # a direct quote that closes the clause is not part of it
            for s in para_marks:
                if s.is_quote and a <= s.open < b and not text[s.close + 1:b].strip(_ENDTRIM + "\"”»"):
                    b = s.open
            while b > a and text[b - 1] in _ENDTRIM:
                b -= 1
            if b > a and _WORD.search(text, a, b):
                out.append(Clause(ci, a, b))
    return out


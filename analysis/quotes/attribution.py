"""Who said it: the speaker mention of each quote.

In order of preference, for a quote introduced by a cue (verb + subject + إن/أن/:/mark):
1. the subject after the verb ("قال كوبسي، إن", "أكد وزير الخارجية جون كيري أن");
2. the subject of an earlier verb in the same sentence ("أشاد نائب القائد ...، كيفين
   كوبسي، بجهود ... وأكد أن"; "تحدث الناطق ... كينو كبرييل وقال");
3. a title-led phrase opening the sentence ("الناطق باسم ... واين ماروتو تحدث ... وقال");
4. otherwise the speaker of the preceding quote (continuations: وأضاف، وتابع، مضيفا).
A direct quote with no cue before it takes the cue right after it ("«...»، قال فلان").
"""

from __future__ import annotations

import re

from analysis.quotes.lexicon import Lexicon, fold
from analysis.quotes.marks import Marked
from analysis.quotes.names import find_mention, tokens
from analysis.quotes.reported import Cue
from analysis.records import Mention, Paragraph

_SENT_END = re.compile(r"(?<!\d)[.؟?!](?!\d)")
_AFTER_QUOTE = re.compile(r"[\s،,\"”»’]*[وف]?$")
_CONNECTORS = frozenset({"و", "ومن", "من", "جانبه", "جانبها", "جهته", "جهتها", "بدوره", "بدورها",
                         "وخلال", "خلال", "وفي", "في", "اما", "واما", "لكن", "ولكن", "لكنّ", "وكان",
                         "كان", "وكانت", "كانت", "كما", "فيما", "بينما", "وقد", "اذ"})
_SELF = frozenset({"نفسه", "نفسها", "ذاته", "ذاتها"})


def sentence_start(text: str, para: Paragraph, pos: int, marked: list[Marked]) -> int:
    """Start of the sentence holding ``pos`` (terminators inside marks do not count)."""
    start = para.start
    for m in _SENT_END.finditer(text, para.start, pos):
        if not any(s.open < m.start() < s.close for s in marked if s.para == para.para):
            start = m.end()
    return start


class Attributor:
    """Finds speaker mentions for cues; one instance per article (holds its caches)."""

    def __init__(self, text: str, paras: list[Paragraph], cues: list[Cue],
                 marked: list[Marked], lex: Lexicon) -> None:
        self.text, self.paras, self.cues, self.marked, self.lex = text, paras, cues, marked, lex
        self._cache: dict[int, Mention | None] = {}
        self._own: dict[int, Mention | None] = {}
        self.context: dict[int, set[str]] = {}   # mention start -> words of its title phrase

    def own_subject(self, ci: int) -> Mention | None:
        """The mention right after the verb of cue ``ci`` ("قال كوبسي")."""
        if ci not in self._own:
            cue = self.cues[ci]
            m = find_mention(self.text, cue.subj_start, cue.subj_end, self.lex,
                             relay=cue.verb in ("نقل", "روى"))
            if m is not None:
                self._remember(m, cue.subj_start)
            self._own[ci] = m
        return self._own[ci]

    def _remember(self, m: Mention, phrase_start: int) -> None:
        keys = {t.key for t in tokens(self.text, phrase_start, m.end)}
        self.context.setdefault(m.start, set()).update(keys)

    def subject(self, ci: int) -> Mention | None:
        """The mention named by cue ``ci`` itself or earlier in its sentence (None: none)."""
        if ci in self._cache:
            return self._cache[ci]
        cue = self.cues[ci]
        found = self.own_subject(ci)
        if found is None:
            p = self.paras[cue.para]
            s0 = sentence_start(self.text, p, cue.vstart, self.marked)
            for cj in range(ci - 1, -1, -1):
                other = self.cues[cj]
                if other.para != cue.para or other.vstart < s0:
                    break
                found = find_mention(self.text, other.subj_start,
                                     min(other.subj_end, cue.vstart), self.lex)
                if found is not None:
                    self._remember(found, other.subj_start)
                if found is not None:
                    break
            if found is None:
                found = self._sentence_opening(s0, cue.vstart)
        self._cache[ci] = found
        return found

    def _sentence_opening(self, s0: int, verb_start: int) -> Mention | None:
        """A title-, organisation- or source-led phrase that opens the sentence."""
        if verb_start - s0 > 240:    # a long sentence: its opening is not the subject
            return None
        toks = tokens(self.text, s0, verb_start)
        i = 0
        while i < len(toks) and fold(toks[i].text) in _CONNECTORS:
            i += 1
        if i >= len(toks):
            return None
        head = toks[i].key
        end = verb_start
        while len(toks) > i + 1 and fold(toks[-1].text) in ("قد", "لقد"):
            end = toks[-1].start
            toks = toks[:-1]
        headed = head in self.lex.titles or head in self.lex.org_heads or head in self.lex.anon_heads
        if headed or len(toks) - i <= 3:
            found = find_mention(self.text, toks[i].start, end, self.lex)
            # a bare name must reach the verb ("لافروف قال"); a title-led phrase may not
            # ("الناطق ... واين ماروتو تحدث خلال المؤتمر ... وقال")
            if found is not None and (headed or found.end >= toks[-1].end):
                self._remember(found, toks[i].start)
                return found
        return None

    def refers_back(self, m: Mention, earlier: list[Mention]) -> Mention | None:
        """"الحركة", "المتحدث نفسه", "الوزير": the earlier mention it describes, if clear."""
        words = [w for w in tokens(self.text, m.start, m.end)]
        if not words or not fold(words[0].text).startswith("ال") or len(words) > 3:
            return None
        if any(not fold(w.text).startswith("ال") and fold(w.text) not in _SELF for w in words):
            return None
        head = words[0].key
        if head not in self.lex.titles and head not in self.lex.org_heads \
                and head not in self.lex.anon_heads:
            return None
        for e in reversed(earlier):
            if e.start == m.start:
                continue
            first = tokens(self.text, e.start, e.end)
            if (first and first[0].key == head and len(first) > len(words)) \
                    or head in self.context.get(e.start, set()):
                return e
        return None

    def cue_before(self, q: Marked) -> int | None:
        """The cue of the sentence that a direct quote stands in, before its opening mark."""
        p = self.paras[q.para]
        s0 = sentence_start(self.text, p, q.open, self.marked)
        best = None
        for ci, cue in enumerate(self.cues):
            if cue.para == q.para and s0 <= cue.vstart < q.open:
                best = ci
        return best

    def cue_after(self, q: Marked) -> int | None:
        """"«...»، قال فلان": a speech verb right after the closing mark."""
        for ci, cue in enumerate(self.cues):
            if cue.para != q.para or cue.vstart <= q.close:
                continue
            if _AFTER_QUOTE.match(self.text[q.close:cue.vstart]) and \
                    self.text[q.close:cue.vstart].count(" ") <= 3:
                return ci
            return None
        return None

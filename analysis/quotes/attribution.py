"""Who said it: the speaker mention of each quote.

In order of preference, for a quote introduced by a cue (verb + subject + إن/أن/:/mark):
1. the subject after the verb ("قال كوبسي، إن", "أكد وزير الخارجية جون كيري أن"); a verb
   whose form carries its subject has none after it: participles ("مؤكدا تأييد ..."),
   plural and dual forms ("طالبوا بتنحيه"), "قالت فيه", "نقلت الوكالة عنه";
2. the subject of an earlier verb in the same sentence ("أشاد نائب القائد ...، كيفين
   كوبسي، بجهود ... وأكد أن"), or of the report the verb stands in ("ذكر لافروف أن
   الرئيس الأميركي باراك أوباما ... عندما قال إن");
3. the subject before the verb in its own clause ("لكن بوستول، أستاذ ...، قال إن",
   "مصادر قالت إن", "الناطق باسم ... واين ماروتو تحدث ... وقال");
4. for participles, pronoun forms and "، وقال": the subject of the sentence's first verb
   ("أصدرت سفارة تايلاند بيانا قالت فيه", "وشن المتمردون تمردا ...، قائلين إن");
5. otherwise the speaker of the preceding quote (continuations: وأضاف، وتابع، مضيفا), or,
   for a feminine verb after a masculine name ("وقالت" after "قال فلان"), the latest
   organisation or feminine mention.
A direct quote with no cue before it takes the cue right after it ("«...»، قال فلان").
Speech verbs inside another quote ("قال إن الجيش يقول إن ...") do not change who is
speaking for the quotes that follow.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from analysis import rules_io
from analysis.quotes.lexicon import (Lexicon, _trie, fold, folded_key, rule_keys, rule_phrases, rule_words,
                                     strip_diacritics)
from analysis.quotes.marks import Marked
from analysis.quotes.names import (EDGE, NO_MARKS, SEPARATORS, TokenIndex, Tok, _CLOSE_MARKS, _definite,
                                   has_pronoun_suffix, is_head, is_prep, is_title, media_word, mention_in,
                                   relay_source, tokens)
from analysis.quotes.reported import Cue
from analysis.speakers.lexicon import is_in, nationality
from analysis.records import Mention, Paragraph

MAX_SUBJECT_CHARS = 120
MEDIA_NEAR_CHARS = 500     # media_antecedent reads these characters first
# the end character first, the digit test before it after: the regex engine then skips to
# the few end characters instead of trying a lookbehind at every position
_SENT_END = re.compile(r"[.؟?!](?<!\d.)(?!\d)")
_SENT_MARK = re.compile(r"[.؟?!](?<!\d.)")     # _SENT_END without the test after it
_AFTER_QUOTE = re.compile(r"[\s،,\"”»’]*[وف]?$")
_CONNECTORS = frozenset({"و", "ومن", "من", "جانبه", "جانبها", "جهته", "جهتها", "بدوره", "بدورها",
                         "وخلال", "خلال", "وفي", "في", "اما", "واما", "لكن", "ولكن", "لكنّ", "وكان",
                         "كان", "وكانت", "كانت", "كما", "فيما", "بينما", "وقد", "اذ", "قد", "وحتي",
                         "حتي", "الان", "لم", "ولم", "لن", "ولن", "ثم", "كذلك", "وكذلك", "وفيما"})
# words after which a new clause starts with its own subject ("لكن بوستول قال")
_OPENERS = frozenset({"لكن", "ولكن", "لكنّ", "لكنَّ", "بينما", "فيما", "وفيما", "وبينما", "حين", "عن"})
# "لكن", "بينما": a new clause with its own subject (not "وفيما يشبه الاعتذار قال": in what)
_CONTRAST = _OPENERS - {"عن", "حين", "فيما", "وفيما"}
_SUBORDINATORS = frozenset({"عندما", "حينما", "بعدما", "لما", "كلما", "حيث", "اذ", "اذا", "كما", "حين",
                            "عند", "بعد", "قبل", "بعدها"})
_HE_SHE = frozenset({"هو", "وهو", "فهو", "هي", "وهي", "فهي", "هم", "وهم", "فهم"})
# two-word openers of a main clause (rules/clause_opener_pairs.txt: "إلا أن", "في حين");
# after those marked ^ ("بيد أن", "بل إن") the subject speaks only when a lexicon or the
# article makes it a speaker ("بيد أن محللين يقولون"; not "بيد أن هذا الحل يؤكد")
_OPENER_PAIRS = frozenset(tuple(fold(w) for w in line.split())
                          for line in rules_io.marked("clause_opener_pairs.txt")[0])
_STRICT_OPENER_PAIRS = frozenset(tuple(fold(w) for w in line.split())
                                 for line in rules_io.marked("clause_opener_pairs.txt")[1])
_PRONOUN_OPENERS = frozenset({"لكنه", "ولكنه", "لكنها", "ولكنها", "انه", "انها", "فانه", "فانها"})
_PREP_BEFORE = re.compile(r"(?<!\w)(?:في|من|عن)\s+[وف]?$")
_NAME_STOP = frozenset({"في", "باسم", "لدي", "الي", "من", "عن", "مع", "ان", "انه", "قد"})
_RELAY_VERBS = frozenset({"نقل", "روى"})
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان"})
# the word ان / وان / بان between what may stand around a token: every such token is one
_COMPLEMENT_WORD = re.compile(rf"(?:^|(?<=[{SEPARATORS}{EDGE}]))[وب]?ان(?=[{SEPARATORS}{EDGE}]|$)")
# the word-start test after each first letter, not before it: a pattern that starts with
# letters lets the regex engine skip to them (twice as fast as a leading lookbehind)
# (sources() looks for its words with str searches first: keep the two in step)
_SOURCE_RE = re.compile(r"(?:ب(?<!\w.)حسب|ح(?<!\w.)سب|و(?<!\w.)فق(?:ا\s+ل)?|ن(?<!\w.)قلا\s+عن)\s+", re.S)
_COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "بان", "لان", "لانه", "لانها"})
_INNA_SISTERS = frozenset({"لكن", "ولكن", "ان", "وان", "بان", "لان", "لعل", "ليت"})
_DEMONSTRATIVES = frozenset({"هذه", "هذا", "هؤلاء", "تلك", "ذلك"})
# "فلان (27 عاما)", "(٥٣ سنة)": an age in brackets right after a name
_AGE_RE = re.compile(r"\s*\(\d+\s*(?:عاما|عامًا|عاماً|عام|سنة)\)")
_SELF = frozenset({"نفسه", "نفسها", "ذاته", "ذاتها"})
_SAME = frozenset({"نفس", "ذات"})      # "نفس المتحدث": the same one, no name
_REFER_BACK = frozenset({"عنه", "عنها", "عنهم"})
_WHICH_PRONOUNS = frozenset({"وهو", "وهي", "وهذا"})     # "وهو ما نفاه فلان"
_IN_IT = frozenset({"فيه", "فيها", "فيهما", "فيهم"})
_TITLE_PHRASE_WORDS = 24     # "فلان الباحث في ... والرئيس السابق لمكتب ... الذي": reach back
_NEARER_REACH = 300    # characters before "المصادر" where a nearer "مصادر ..." is looked for
_TIME_NOUNS = frozenset({"وقت", "حين", "يوم", "لحظه", "ساعه"})


def sentence_start(text: str, para: Paragraph, pos: int, marked: list[Marked]) -> int:
    """Start of the sentence holding ``pos`` (terminators inside marks do not count, but
    those inside the mark that holds ``pos`` do: «نعم. الحكومة أوضحت أننا ...»)."""
    start = para.start
    spans = None
    for m in _SENT_END.finditer(text, para.start, pos):
        if spans is None:
            spans = [(s.open, s.close) for s in marked if s.para == para.para]
        at = m.start()
        if not any(o < at < c and not o < pos < c for o, c in spans):
            start = m.end()
    return start


def verb_form(text: str, cue: Cue, lex: Lexicon) -> str:
    """How the verb's own form points at its subject: 'participle' (مؤكدا، قائلين),
    'plural' (قالوا، أكدا، يقولون), 'feminine' (قالت، تقول) or '' (قال، يقول)."""
    return _verb_form(text[cue.vstart:cue.vend], cue.verb)


@lru_cache(maxsize=1 << 12)
def _verb_form(surface: str, verb: str) -> str:
    """:func:`verb_form` of a verb as written and its lemma (a few hundred pairs repeat)."""
    form = strip_diacritics(fold(surface))
    lemma = fold(verb)
    if form.startswith("بال"):
        return "masdar"     # "ردّ فلان بالقول": the subject of the clause's verb
    if form.endswith(("وا", "ون", "ين")) or (form == lemma + "ا") or \
            (form.startswith("ي") and form.endswith("ان")):
        return "participle" if form.startswith("م") or form[1:2] == "ا" and form.endswith("ين") \
            else "plural"
    if len(form) >= 5 and form[0] == "م" and form.endswith(("ا", "ه")) and not lemma.startswith("م"):
        return "participle"
    if form[1:2] == "ا" and len(form) == 5 and (form.endswith("ا") or surface.endswith("ة") and lemma == "قال"):
        return "participle"     # قائلا، لافتا، قائلة (not "طالبه": demanded him; not the nouns
        # "لافتة تقول" (a banner), "داعية" (a preacher))
    if (form.endswith("ت") and not lemma.endswith("ت")) or (form.startswith("ت") and not lemma.startswith("ت")) \
            or (lemma.endswith("ت") and form.endswith(lemma + "ت")):     # "لفتت": لفت + ت
        return "feminine"
    return ""


class Attributor:
    """Finds speaker mentions for cues; one instance per article (holds its caches)."""

    def __init__(self, text: str, paras: list[Paragraph], cues: list[Cue],
                 marked: list[Marked], lex: Lexicon, folded: str | None = None) -> None:
        self.text, self.paras, self.cues, self.marked, self.lex = text, paras, cues, marked, lex
        self.index = TokenIndex(text, folded)     # folded: fold(text), when the caller has it
        self._names: NameBook | None = None
        self._cache: dict[int, Mention | None] = {}
        self._own: dict[int, Mention | None] = {}
        self._thing: set[int] = set()     # cues whose words after the verb are its object
        self._told: set[int] = set()      # cues whose outlet after the verb was told (أبلغ «النجم» أن)
        self._inner: set[int] = set()     # cues of a reported clause whose object follows the verb
        # (start, end) of the reports assign() has met, outermost only: a cue inside one is
        # the reported words' ("قال فلان إن تقارير تفيد بأن ...، مضيفا": not the reports)
        self._reports: list[tuple[int, int]] = []
        self._bare: list[tuple[str, ...]] | None = None
        self._sent: dict[int, int] = {}
        self._scene: dict[int, Mention | None] = {}     # cue index -> scene_actor
        # paragraph (number, start, end) -> (its terminators' offsets, its marks' spans)
        self._ends: dict[tuple[int, int, int], tuple[list[int], list[tuple[int, int]]]] = {}
        self._why: dict[int, str] = {}             # cue index -> pronoun_subject
        # cues whose speaker owns a document cited behind a preposition ("مستندا إلى خطاب
        # لفلان قال فيه"): the citing speaker (the sentence's), not he, speaks on after it
        self._cited: set[int] = set()
        self._rep: dict[str, bool] = {}            # word -> _repeated
        # mention start -> (start, end) of its title phrases, and their words once asked for
        self._phrases: dict[int, list[tuple[int, int]]] = {}
        self._context: dict[int, set[str]] = {}
        # (relay, tokens) -> mention_in: the cues of a sentence ask for the same phrases
        self._mentions: dict[tuple[bool, tuple[Tok, ...]], Mention | None] = {}
        self.forms = [verb_form(text, c, lex) for c in cues]
        self._para_cues: dict[int, list[int]] = {}     # paragraph -> its cues, in order
        for ci, c in enumerate(cues):
            self._para_cues.setdefault(c.para, []).append(ci)
        quotes = [m for m in marked if m.is_quote]
        self._quote_opens = [m.open for m in quotes]
        self._quote_closes = [m.close for m in quotes]
        # a "verb" right after another cue's إن / أن is a noun ("قال إن وصف فلان ...")
        comp_ends = {c.clause_start for c in cues if c.intro == "comp"}
        self.noun = [self._after_comp(c, comp_ends) or self._after_prep(c) for c in cues]
        for ci in range(1, len(cues)):
            if not self.noun[ci] and self._aside(ci):
                self.noun[ci] = True

    # ---------------------------------------------------------------- helpers

    @property
    def names(self) -> "NameBook":
        if self._names is None:
            self._names = NameBook(self.text, self.index, self.lex)
            # and the bare names that follow speech verbs ("وقال ظريف")
            for ci in range(len(self.cues)):
                m = self.own_subject(ci)
                toks = self.index.slice(m.start, m.end) if m is not None else []
                if toks and not _definite(toks[0]) and not is_head(toks[0], self.lex):
                    self._names.words.update(t.f for t in toks)
        return self._names

    def trim(self, m: Mention) -> Mention:
        """A bare subject cut after the words the article uses as a name ("خامنئي حكما
        صريحا" -> "خامنئي"); its first word must be one, or stand twice in the article."""
        toks = self.index.slice(m.start, m.end)
        if len(toks) < 2:
            return m
        first, lex = toks[0], self.lex
        if _definite(first) or is_head(first, lex) or first.f == "بعض":
            return m
        words = self.names.words
        if not (first.f in words or self._repeated(first.f)):
            return m
        k = 1
        particles = _name_particles()
        while k < len(toks) and (toks[k].f in words or toks[k - 1].f in particles or (
                not _definite(toks[k]) and self._repeated(toks[k].f)
                and not (k + 1 < len(toks) and toks[k + 1].f in words))):
            k += 1     # "واين ماروتو تحدث"; not "ظريف موقف روحاني" (a noun before a name)
        e = toks[k - 1].end
        return Mention(m.text[:e - m.start], m.start, e)

    def _after_comp(self, cue: Cue, comp_ends: set[int]) -> bool:
        k = cue.vstart
        while k > 0 and self.text[k - 1] in " \u00a0\t":
            k -= 1
        return k < cue.vstart and k in comp_ends

    def _aside(self, ci: int) -> bool:
        """"وقالت متحدثة كما جاء في تقارير ...: «", "أوضح فلان حسبما نقل عنه التلفزيون
        أن": the verb of a source aside (rules/source_asides.txt) inside the subject phrase
        of the cue before; the statement is that cue's, and this verb introduces nothing."""
        cue, prev = self.cues[ci], self.cues[ci - 1]
        if prev.para != cue.para or not prev.subj_start <= cue.vstart <= prev.subj_end + 2 \
                or prev.intro or not cue.intro or self.noun[ci - 1]:
            return False    # "..., حسبما أفاد المجلس.": the aside's verb has its own subject
        before = self.text[max(prev.subj_start, cue.vstart - 12):cue.vstart].split()
        if not before:
            return False
        one, two = _asides()
        w = fold(before[-1])
        verb = fold(self.text[cue.vstart:cue.vend].split()[0])     # "جاء في": جاء
        return (w, verb) in two or (w == "ما" and len(before) >= 2 and fold(before[-2]) in one) \
            or (w.endswith("ما") and w in one)

    def _after_prep(self, cue: Cue) -> bool:
        """"في لفت انتباه": a verbal noun after a preposition, not a verb."""
        return bool(_PREP_BEFORE.search(self.text, max(0, cue.vstart - 8), cue.vstart))

    def inside_quote(self, pos: int) -> bool:
        i = bisect_right(self._quote_opens, pos) - 1
        return i >= 0 and self._quote_opens[i] < pos < self._quote_closes[i]

    def _sentence(self, ci: int) -> int:
        if ci not in self._sent:
            cue = self.cues[ci]
            self._sent[ci] = self._sentence_start(self.paras[cue.para], cue.vstart)
        return self._sent[ci]

    def _sentence_start(self, para: Paragraph, pos: int) -> int:
        """:func:`sentence_start` from the paragraph's terminators, found once per paragraph
        (each cue and quote of a paragraph scanned it again from its start)."""
        if pos > para.end:
            return sentence_start(self.text, para, pos, self.marked)
        key = (para.para, para.start, para.end)
        got = self._ends.get(key)
        if got is None:
            got = self._ends[key] = (
                [m.start() for m in _SENT_MARK.finditer(self.text, para.start, para.end)],
                [(s.open, s.close) for s in self.marked if s.para == para.para])
        ats, spans = got
        text = self.text
        for i in range(bisect_left(ats, pos) - 1, -1, -1):     # the latest that counts
            at = ats[i]
            if at + 1 < pos and text[at + 1].isdecimal():
                continue    # _SENT_END's (?!\d): a scan that stops at pos sees no digit after it
            if not any(o < at < c and not o < pos < c for o, c in spans):
                return at + 1
        return para.start

    def _mention(self, toks: list[Tok], relay: bool = False) -> Mention | None:
        """:func:`mention_in` of the article's tokens ``toks``, memoised (a token holds its
        offsets, so equal tokens are the same words of this text)."""
        key = (relay, tuple(toks))
        got = self._mentions.get(key, self)
        if got is self:
            got = self._mentions[key] = mention_in(self.text, toks, self.lex, relay=relay)
        return got

    def _subject_toks(self, cue: Cue) -> list[Tok]:
        # the speaker is named in the phrase's first MAX_SUBJECT_CHARS characters
        return self.index.slice(cue.subj_start, min(cue.subj_end, cue.subj_start + MAX_SUBJECT_CHARS))

    def _remember(self, m: Mention, phrase_start: int) -> None:
        """Keep the phrase of mention ``m`` (from ``phrase_start``): :meth:`context` reads
        its words (only back-references ask, so they are not tokenised before)."""
        self._phrases.setdefault(m.start, []).append((phrase_start, m.end))
        self._context.pop(m.start, None)

    def context(self, start: int) -> set[str]:
        """The words (keys) of the title phrases of the mention that starts at ``start``."""
        got = self._context.get(start)
        if got is None:
            got = self._context[start] = {t.key for a, b in self._phrases.get(start, ())
                                          for t in self.index.slice(a, b)}
        return got

    # ---------------------------------------------------------------- subjects

    def pronoun_subject(self, ci: int) -> str:
        """Why cue ``ci`` has no subject of its own: its form ('participle', 'plural'),
        "عنه" (the speaker already named), "فيه" (the subject of the sentence) or ''."""
        why = self._why.get(ci)
        if why is None:
            why = self._why[ci] = self._pronoun_subject(ci)
        return why

    def _pronoun_subject(self, ci: int) -> str:
        form = self.forms[ci]
        if form in ("participle", "plural"):
            return form
        if form == "masdar":
            return "participle"
        cue = self.cues[ci]
        toks = self._subject_toks(cue)
        if toks and toks[0].f in _REFER_BACK and not self._named_after(toks):
            return "back"
        if len(toks) >= 2 and toks[0].f in _DEMONSTRATIVES and _definite(toks[1]):
            return "back"      # "وأشارت هذه التقارير": the source just quoted
        if cue.verb in _RELAY_VERBS and relay_source(toks) == -1:
            return "back"      # "نقلت وكالة «فارس» عنه القول"
        if toks and toks[0].f in _IN_IT and not (self._after_time(cue) and self._named_after(toks)):
            return "in-it"
        return ""

    def _named_after(self, toks: list[Tok]) -> bool:
        """"ويقول عنه فلان", "الذي دعا فيه خطيب المسجد": a subject after the pronoun."""
        if len(toks) < 2 or toks[1].text in ",،" or is_prep(toks[1]):
            return False
        t, lex = toks[1], self.lex
        return is_head(t, lex) or t.f in self.names.words or self._repeated(t.f)

    def _after_time(self, cue: Cue) -> bool:
        """"في الوقت الذي قال فيه فلان", "في وقت قال فيه فلان": a time clause, whose "فيه"
        is no document ("أصدرت بيانا دعا فيه الحكومة إلى": the object follows)."""
        before = self.index.slice(max(0, cue.vstart - 16), cue.vstart)
        return bool(before) and (before[-1].f in _RELATIVES or before[-1].key in _TIME_NOUNS)

    def own_subject(self, ci: int) -> Mention | None:
        """The mention right after the verb of cue ``ci`` ("قال كوبسي"); for the
        pluperfect "وكان فلان قد قال" the one between كان and قد."""
        if ci not in self._own:
            cue = self.cues[ci]
            m = None
            plu = self._pluperfect(ci) if not self.noun[ci] else None
            if plu is not None:
                m = self._mention(plu) if plu else None
                if m is not None:
                    m = self.trim(m) if not is_head(plu[0], self.lex) else m
                    self._remember(m, plu[0].start)
            elif not self.pronoun_subject(ci) and not self.noun[ci]:
                toks = self._subject_toks(cue)
                verb = fold(cue.verb)
                addressed = False
                if toks and (toks[0].f in _REFER_BACK or toks[0].f in _IN_IT):
                    toks = toks[1:]     # "ويقول عنه فلان", "الذي قال فيه فلان"
                elif toks and toks[0].f in _addressees():
                    # "قال له الرئيس إن": the subject after whom it was said to; not a manner
                    # ("قالت له بغيظ"), a quote's first word ("قالت لي «...»") or the object
                    # of a verb that introduces nothing ("روى لي القصة، فقال")
                    nxt = toks[1] if len(toks) > 1 else None
                    ok = nxt is not None and bool(cue.intro) and cue.verb not in _RELAY_VERBS \
                        and not is_prep(nxt) and nxt.f not in self.lex.stops and nxt.text[0].isalpha() and not self.inside_quote(nxt.start) \
                        and not (nxt.f[:1] == "ب" and not _definite(nxt))
                    toks = toks[1:] if ok else []
                    addressed = True
                elif toks and not toks[0].text[0].isalnum() or len(toks) > 1 and toks[0].key in _media():
                    toks = self._past_outlet(ci, verb, toks)
                toks = _before_aside(toks, self.text)
                # "ويرى كثيرون أن", "يزعم البعض أن": a group, not the word "كثير" as a name
                m = (self._kin_subject(toks) if toks and cue.verb not in _RELAY_VERBS
                     and _kin_suffixed(toks[0].f, toks[0].text) else None) \
                    or (self._group_at(toks, 0) if toks else None) \
                    or self._mention(toks, relay=cue.verb in _RELAY_VERBS)
                if m is not None and toks and m.start > toks[0].start and is_title(toks[0], self.lex) \
                        and verb in _object_first():
                    # "ووصف الناطق باسم الحكومة اغتيال فلان بأنه": the name is the object's
                    # ("اغتيال" is a common noun: the article has "الاغتيال" too; not "ووصف
                    # العميد فلان الفلاني ...": a name after the title or its comma speaks)
                    head_toks = [t for t in toks if t.end <= m.start]
                    named = self.index.slice(m.start, m.end)
                    if named and not _definite(named[0]) and named[0].f not in self.names.words \
                            and not is_head(named[0], self.lex) and next(_word_starts(self.index.folded, "ال" + named[0].f), None) is not None \
                            and not any(t.text in ",،" for t in head_toks):
                        head = self._mention(head_toks)
                        m = head if head is not None and head.start == toks[0].start else m
                if m is not None and verb in _object_first() and self._thing_object(cue, toks, m):
                    m = None    # "ووصف الاتفاق بأنه": the thing described, not who describes it
                    self._thing.add(ci)
                if m is not None and self._complement_subject_first(ci):
                    m = None    # "وأن واشنطن تعتبر إيران الدولة ...": the object of a reported verb
                    self._inner.add(ci)
                if m is not None and self._considered_as(cue, m):
                    m = None    # "أن التوقيع ...، يعتبر خطوة كبيرة نحو الحل": "is considered"
                    self._inner.add(ci)
                if m is not None and self._relative_object(cue, m):
                    m = None    # "فلان، مراسل الإذاعة الذي يتابع التطورات في ..., إن": an object
                if m is not None and addressed and not self._named_word(m):
                    m = None    # one word after "قال لي": a name the article uses, not "إحساسي"
                if m is not None and verb in _informing() and self._informs(cue):
                    m = self._before_addressee(m)
                if m is not None and self.forms[ci] == "feminine" and cue.verb not in _RELAY_VERBS \
                        and self._masculine_title(m):
                    m = None    # "أبلغت رئيس المجلس": a masculine object after a feminine verb
                if m is not None:
                    self._remember(m, cue.subj_start)
            self._own[ci] = m
        return self._own[ci]

    def _past_outlet(self, ci: int, verb: str, toks: list[Tok]) -> list[Tok]:
        """The subject words past an outlet right after the verb: "وأبلغ «النجم» فلان أن"
        (the outlet is told; the name after it, or else the subject before the verb,
        speaks) and "وعلمت «النجم» من مصادر مطلعة أن" (the source after من speaks)."""
        cue = self.cues[ci]
        informs = verb in _informing() and self._informs(cue)
        learns = verb in _learned_from()
        if not (informs or learns):
            return toks
        k = self._outlet_end(toks)
        if not k:
            return toks
        while k < len(toks) and toks[k].text in ",،":
            k += 1      # "وأبلغ «النجم»، فلان، أن": the comma after the outlet
        if informs:
            if k == len(toks) or toks[k].f in _COMPLEMENTIZERS or self._mention(toks[k:]) is None:
                self._told.add(ci)    # the subject opens the clause before the verb
            return toks[k:]
        if k < len(toks) and toks[k].f == "من" and self._mention(toks[k + 1:]) is not None:
            return toks[k + 1:]
        return toks     # "وعلمت «النجم» من مصادرها": no source named, the outlet stays

    def _told_by(self, ci: int) -> Mention | None:
        """Who told the outlet after the verb of cue ``ci``: the first mention after the
        sentence's last أن/لكن before the verb (rules/told_openers.txt; not the إن that
        opens another verb's speech) ("إلا أن فلان الذي يسكن قربه قال إنه رأى ما جرى وأبلغ
        «النجم» أن"), else the clause's opening subject."""
        cue = self.cues[ci]
        before = self.index.slice(self._sentence(ci), cue.vstart)
        # "قال إن الشرطة تأخرت وأبلغ «النجم» أن": that إن opens what was said, not a subject
        said = {c.clause_start for c in self.cues if c.intro == "comp" and c.vstart < cue.vstart}
        k = next((k for k in range(len(before) - 1, -1, -1) if before[k].f in _told_openers()
                  and not said.intersection(range(before[k].end, before[k].end + 2))), None)
        if k is not None:
            m = self._mention(before[k + 1:])
            if m is not None and not self._junk(m):
                return m
        return self._clause_opening(before, cue.vstart)

    def _outlet_end(self, toks: list[Tok]) -> int:
        """The index past a marked outlet name at the start of ``toks`` ("«النجم»", "صحيفة
        «النجم»"), 0 when none stands there (not "«منظمة العفو»": not an outlet)."""
        i = 1 if toks[0].key in _media() and not _definite(toks[0]) else 0
        if i >= len(toks) or toks[i].text[0].isalnum():
            return 0
        k = next((k for k in range(i + 1, min(len(toks), i + 7)) if not toks[k].text[0].isalnum()), None)
        if k is None or k == i + 1 or toks[k].text[0] in ",،":
            return 0
        if not i and tuple(t.f for t in toks[i + 1:k]) not in rule_phrases("outlet_names.txt"):
            return 0
        return k + 1

    def _kin_subject(self, toks: list[Tok]) -> Mention:
        """"وقال محاميه إن": his lawyer speaks, not the man named before; a name right
        after it (past a comma or "السابق") is the lawyer's ("وقال محاميه السابق كريم
        فتوحي")."""
        k = 1
        while k < len(toks) and k <= 3 and (toks[k].text in ",،" or (
                _definite(toks[k]) and not is_head(toks[k], self.lex))):
            k += 1      # "ابنه الآخر", "والده، فلان"
        e = k
        while e < len(toks) and e < k + 4 and self._name_word(toks[e]) \
                and (e > k or not _definite(toks[e])) and toks[e].f not in _RELATIVES:
            e += 1      # "ديبيش مهيتا", "محسن العلوي": the name however little known
        if e > k:
            return Mention(self.text[toks[k].start:toks[e - 1].end], toks[k].start, toks[e - 1].end)
        return Mention(toks[0].text, toks[0].start, toks[0].end)

    def _complement_subject_first(self, ci: int) -> bool:
        """"أن الولايات المتحدة تعتبر الجماعة منظمة": a present verb right after a definite
        subject that opens a reported clause (after أن / إن): the words after the verb are
        its object, and the verb speaks for no one of the sentence."""
        cue = self.cues[ci]
        surface = fold(self.text[cue.vstart:cue.vend])
        if surface[:1] not in "يت":
            return False
        near = self.index.folded[max(0, cue.vstart - 40):cue.vstart].translate(NO_MARKS)
        if _COMPLEMENT_WORD.search(near) is None:
            return False    # no word ان/وان/بان in reach: no tokenising of a new span
        before = self.index.slice(max(0, cue.vstart - 40), cue.vstart)
        if not before or cue.vstart - before[-1].end > 1 or self.inside_quote(before[-1].start) \
                or before[-1].f in _RELATIVES:
            return False    # (not "إن الشركة التي يقول المنتقدون إنها": a relative's verb)
        k = len(before) - 1
        if before[k].f.startswith("فال"):
            return False    # "فالحكومة تقول": a word with فال is not a complement's subject
        if _definite(before[k]):
            while k >= 0 and len(before) - k <= 3 and _definite(before[k]):
                k -= 1
        elif _is_place(before[k:]) or before[k].f in self.names.words:
            k -= 1      # "وأن واشنطن تعتبر"
        return 0 <= k < len(before) - 1 and before[k].f in ("ان", "وان", "بان")

    def _considered_as(self, cue: Cue, m: Mention) -> bool:
        """"يعتبر خطوة كبيرة", "تعتبر فكرة سخيفة": the present of اعتبر before an
        indefinite noun that no lexicon or article makes a speaker is the passive "is
        considered", whose predicate follows; not "يعتبر مشجعو الفريق أن", "ويعتبر فلان"."""
        if cue.verb != "اعتبر" or fold(self.text[cue.vstart:cue.vend]).lstrip("وف")[:1] not in "يت":
            return False
        toks = self.index.slice(m.start, m.end)
        if not toks or self.index.slice(cue.vend, m.start):
            return False    # (not "ويعتبر كل من فلان وفلان")
        first = toks[0]
        return not _definite(first) and not is_head(first, self.lex) and first.f != "كل" \
            and not any(t.f in self.names.words for t in toks) \
            and not self._repeated(first.f) and not _person_noun(first.key) \
            and first.key not in _plural_heads() and self._group_at(toks, 0) is None \
            and not _is_place(toks[:1]) and not first.f.endswith(("و", "ون", "ين")) \
            and not fold(self.text[m.end:m.end + 8]).lstrip(" ،,").startswith(("ان", "بان"))

    def _relative_object(self, cue: Cue, m: Mention) -> bool:
        """"الذي يتابع التطورات في المدينة", "التي أعلنت التضامن مع": after a relative
        pronoun, a definite noun outside the lexicons that no complement follows is the
        verb's object (the relative's antecedent speaks); not "التي تشير التقديرات إلى أن",
        "التي قالت الحكومة إنها"."""
        # a word of the slice is a substring of its folded text without marks: most verbs
        # have no relative before them, and are let go without tokenising a new span
        near = self.index.folded[max(0, cue.vstart - 10):cue.vstart]
        if "ل" not in near:
            return False    # every relative has a ل (a cheaper test than the marks' removal)
        near = near.translate(NO_MARKS)
        if not any(r in near for r in _RELATIVES):
            return False
        prev = self.index.slice(max(0, cue.vstart - 10), cue.vstart)[-1:]
        if not prev or (prev[0].f[1:] if prev[0].f[:1] == "و" else prev[0].f) not in _RELATIVES:
            return False
        toks = self.index.slice(m.start, m.end)
        if not toks or not _definite(toks[0]) or self._speaker_like(m) or _person_noun(toks[0].key) \
                or toks[0].key in _plural_heads() or self._repeated(toks[0].f) or toks[0].f.endswith("ون"):
            return False    # (not "التي توقع الكثيرون من أنها": people)
        after = fold(self.text[m.end:m.end + 12]).lstrip()
        return not after.startswith(("ان", "بان", "الي ان", "لان"))

    def _thing_object(self, cue: Cue, toks: list[Tok], m: Mention) -> bool:
        """"ووصف الاتفاق النووي بأنه", "اتهم النظام السابق بأنه": after an object-first verb,
        one definite noun phrase that no lexicon makes a speaker (no title, organisation,
        source, person noun or name the article uses), then "بأن": the verb's object."""
        if not toks or m.start != toks[0].start or len(toks) > 6:
            return False
        prev = self.index.slice(max(0, cue.vstart - 12), cue.vstart)[-1:]
        if prev and (is_prep(prev[0]) or prev[0].f in ("علي", "وعلي")):
            return False    # "ردا على وصف الحوثيين للمقاومة بأنها": a verbal noun, its subject
        first = toks[0]
        # "ووصف قرار رحيله بأنه": a common noun (rules/thing_owned_heads.txt) made definite
        # by the next word's pronoun; not "ووصف سعيد زيارته بأنها" (a first name, even
        # where the article also has "اليوم السعيد")
        owned = not _definite(first) and first.f in _owned_heads() and len(toks) > 1 \
            and has_pronoun_suffix(toks[1]) and not is_prep(toks[1]) and toks[1].f not in _DEMONSTRATIVES
        if not (_definite(first) or owned) or is_head(first, self.lex) or _person_noun(first.key) \
                or first.f in self.names.words or first.key in _plural_heads() \
                or any(t.text in ",،" or not t.text[0].isalpha() for t in toks):
            return False
        if any(is_head(t, self.lex) for t in toks[1:] if t.end <= m.end):
            return False    # "اتهمت المعارضة الحكومة": subject and object run together
        rest = [t for t in toks if t.start >= m.end]
        if rest and not (is_prep(rest[0]) or (owned and rest[0] is toks[1]) or _prep_pronoun(rest[0])):
            return False    # "واتهمت المعارضة الحكومة بأنها": a second noun is the object
        return fold(self.text[cue.subj_end:cue.subj_end + 8]).lstrip().startswith("بان")

    def _named_word(self, m: Mention) -> bool:
        """Two words or more, or one that is a title, organisation, definite noun, or a
        name the article uses (after a title, or twice)."""
        toks = self.index.slice(m.start, m.end)
        if len(toks) != 1:
            return bool(toks)
        t = toks[0]
        return is_head(t, self.lex) or _definite(t) or t.f in self.names.words or self._repeated(t.f)

    def _informs(self, cue: Cue) -> bool:
        """"أبلغ", "وأخبرت": the past form of أفعل, not "بلغ سعر ..." (reached)."""
        form = fold(self.text[cue.vstart:cue.vend])
        return form.lstrip("وف").startswith("ا")

    def _before_addressee(self, m: Mention) -> Mention:
        """"أبلغ فلان مجلس الوزراء أن": a bare name ends before the addressee."""
        toks = self.index.slice(m.start, m.end)
        if len(toks) < 2 or _definite(toks[0]) or is_head(toks[0], self.lex):
            return m
        particles = _name_particles()
        # an addressee: a title, organisation or source word, or a definite plural
        # ("الصحفيين"); not a family name ("وليد المعلم", "عبد القادر")
        k = next((k for k in range(1, len(toks)) if (is_head(toks[k], self.lex) or (
            _definite(toks[k]) and toks[k].f.endswith(("ين", "ون")) and len(toks[k].f) > 5))
                  and toks[k - 1].f not in particles), len(toks))
        e = toks[k - 1].end
        return Mention(m.text[:e - m.start], m.start, e)

    def _pluperfect(self, ci: int) -> list[Tok] | None:
        """"وكانت إيران قد أبلغت الوكالة أنها": the words between كان and قد (the
        subject; [] when none stands there), None when the verb is no pluperfect."""
        cue = self.cues[ci]
        s0 = self._sentence(ci)
        # most verbs have no قد before them: a look at the last characters (diacritics
        # left out) spares tokenising the 200 before the verb (callgrind: 5% of load + quotes)
        tail = self.index.folded[max(s0, cue.vstart - 200):cue.vstart].rstrip()[-40:]
        # (translate only what has a ق: taking marks out joins letters, it splits none)
        if "قد" not in tail and ("ق" not in tail or "قد" not in tail.translate(NO_MARKS)):
            return None
        before = self.index.slice(max(s0, cue.vstart - 200), cue.vstart)
        if len(before) < 2 or before[-1].f != "قد":
            return None
        for k in range(len(before) - 2, max(-1, len(before) - 26), -1):
            t = before[k]
            if t.text in ",،" and k < len(before) - 2 and before[k + 1].text not in ",،":
                continue     # "وكان فلان، رئيس الحزب، قد قال"
            if _no_conj(t.f) in _auxiliaries():
                if k and (before[k - 1].f in _RELATIVES or before[k - 1].f in ("ما", "مما")):
                    return None     # "الدول التي كانت طرفا في المفاوضات ... قد": no auxiliary
                words = before[k + 1:-1]
                while words and words[-1].text in ",،":
                    words = words[:-1]
                if any(w.f in _COMPLEMENTIZERS for w in words):
                    return None     # "كانت ... على الرغم من أن وكالة الأنباء قد ذكرت"
                cut = next((i for i, w in enumerate(words) if w.f in _RELATIVES), len(words))
                return words[:cut]     # "وكان فلان الذي استقال ... قد قال": up to الذي
        return None

    def subject(self, ci: int) -> Mention | None:
        """The mention named by cue ``ci`` itself or earlier in its sentence (None: none)."""
        if ci in self._cache:
            return self._cache[ci]
        found = self.own_subject(ci) or self._what_said(ci)
        if found is not None:
            found = self._shorter_name(found)
        why = self.pronoun_subject(ci)
        if found is None and ci in self._inner:
            found = self._reporter(ci)
        elif found is None and ci in self._told:
            # "فإن فلان الذي كان ... أبلغ «النجم» أن": the clause's subject before the verb
            found = self._told_by(ci) or self._from_sentence(ci, why)
        elif found is None and why != "back":
            found = (self._document_owner(ci) if why == "in-it" else None) or self._from_sentence(ci, why)
            if found is not None and ci in self._thing and not self._subject_like(found):
                found = None    # "وصف الوضع بأنه" after "...بأنه بلد تراجع": no speaker
        elif found is None and self._demonstrative_object(ci):
            # "لكن زعيم الحركة، فلان، وصف هذه الاتهامات بأنها": the subject stands before
            # the verb, and "هذه الاتهامات" is its object, not the source just quoted
            cue = self.cues[ci]
            found = self._clause_opening(self.index.slice(self._sentence(ci), cue.vstart), cue.vstart)
        if found is not None and (self._junk(found) or self._quoted_words(found, ci)):
            found = None
        self._cache[ci] = found
        return found

    def _reporter(self, ci: int) -> Mention | None:
        """"وقال فلان إن الولايات المتحدة تعتبر الجماعة «منظمة محظورة»": a verb of a reported
        clause speaks for the one who reports it, the subject of the sentence's latest
        earlier verb (None: no such verb)."""
        cue = self.cues[ci]
        s0 = self._sentence(ci)
        for cj in range(ci - 1, -1, -1):
            other = self.cues[cj]
            if other.para != cue.para or other.vstart < s0:
                break
            if not self.noun[cj] and cj not in self._inner:
                return self.subject(cj)
        return None

    def _quoted_words(self, m: Mention, ci: int) -> bool:
        """"ويوضح: «ركبنا القطار»، لكنه يضيف أنه": a mention inside an earlier quote, for a
        cue outside every quote (not a name of 1-3 words in marks: "أعلنت «الفرقة الأولى»")."""
        i = bisect_right(self._quote_opens, m.start) - 1
        if i < 0 or not self._quote_opens[i] < m.start < self._quote_closes[i]:
            return False
        if m.start - self._quote_opens[i] <= 2 and self._quote_closes[i] - m.end <= 2 \
                and len(self.index.slice(m.start, m.end)) <= 3:
            return False
        return not self.inside_quote(self.cues[ci].vstart)

    def _junk(self, m: Mention) -> bool:
        """A mention that is no speaker at all: it opens with a preposition, adverbial or
        particle ("دون الخوض", "تحت القصف"; rules/speaker_junk_starts.txt), an indefinite
        accusative ("تماماً") or a speech verb ("يقول الشيء"), or it is the topic a sentence
        opens on ("وعن الأزمة المالية، قال الوزير": :meth:`_topic`)."""
        toks = self.index.slice(m.start, m.end)
        if not toks:
            return False
        first = toks[0]
        if first.f in _junk_starts() or self._topic(m, first):
            return True
        if not first.text.endswith(("اً", "ًا")):
            return False
        # "لكنَّ أصواتًا معارضة أكدوا": the accusative subject of إنّ and its sisters
        prev = self.index.slice(max(0, m.start - 12), m.start)[-1:]
        return not (prev and prev[0].f in _INNA_SISTERS)

    def _topic(self, m: Mention, first: Tok) -> bool:
        """"وعن الأزمة المالية، قال الوزير", "أما عن الانتخابات فقال": a mention that starts
        with, or right after, a preposition opening its sentence on a topic
        (rules/topic_prepositions.txt); not "ونقلت الوكالة عن المتحدث"."""
        topics = _topic_preps()
        if first.f.translate(NO_MARKS) in topics:
            return True     # the mention "وعن الأزمة"
        head = self.index.folded[max(0, m.start - 24):m.start]     # folded: punctuation as written
        cut = max(head.rfind(c) for c in "\n.!?؟:")
        if cut < 0 and m.start > 24:
            return False
        words = head[cut + 1:].translate(NO_MARKS).split()
        if words[:1] in (["اما"], ["واما"]):
            words = words[1:]
        return len(words) == 1 and words[0] in topics

    def _demonstrative_object(self, ci: int) -> bool:
        """"وصف هذه الاتهامات": a demonstrative and a definite noun after the verb."""
        toks = self._subject_toks(self.cues[ci])
        return len(toks) >= 2 and toks[0].f in _DEMONSTRATIVES and _definite(toks[1])

    def _what_said(self, ci: int) -> Mention | None:
        """"لفت ما أعلنه فلان عن أن", "وبدا لافتا ما قاله فلان": the subject of the speech
        verb whose object is ما (the verb carries it as ه)."""
        toks = self._subject_toks(self.cues[ci])
        if len(toks) < 3 or toks[0].f not in ("ما", "وما") or toks[1].f[-1:] != "ه" \
                or toks[1].f[:-1] not in self.lex.verb_forms:
            return None
        found = self._mention(toks[2:])
        if found is not None:
            self._remember(found, toks[2].start)
        return found

    def _from_sentence(self, ci: int, why: str) -> Mention | None:
        cue = self.cues[ci]
        s0 = self._sentence(ci)
        before = self.index.slice(s0, cue.vstart)
        if self.forms[ci] == "masdar":
            # "وردّ الوزير فلان على ... بالقول": the subject of its clause's first verb, if
            # any; "مكتفيا بالقول": the speaker already quoted (None: the one before)
            if before and before[-1].f[:1] == "م" and before[-1].f[-1:] in "اه" and len(before[-1].f) >= 5:
                return None
            c = max((i for i, t in enumerate(before) if t.text in ",،"), default=-1)
            for clause in (before[c + 1:], before) if c >= 0 else (before,):
                i = _skip_adverbials(clause, 0)
                verb = clause[i] if i < len(clause) else None
                if verb is not None and not _definite(verb) and not is_prep(verb) and (
                        (verb.f[:1] in "وف" and verb.f not in _CONNECTORS
                         and verb.f[1:] not in ("عن", "في", "من", "علي", "الي", "مع", "بعد", "قبل"))
                        or (i > 0 and clause[i - 1].f in _CONNECTORS)):
                    return self._first_verb_subject(clause)     # "وردّ الوزير ... بالقول"
            return None
        found = self._group_subject(before, ci, why)
        if found is not None:
            return found
        if before and before[-1].f in _RELATIVES and why in ("", "plural"):
            # "الوزير الذي قال", "الأسلحة التي قالت الحكومة إنها": decided by the relative
            found = self._relative_speaker(before, ci) or self._relative_person(before, ci)
            if found is not None:
                return found
        if not why and self._opened_clause(before, ci):
            # "قالت الحكومة إن ...، لكن الولايات المتحدة والدول المجاورة تقول إنه": a
            # subject between لكن and the verb, not the earlier verb's
            found = self._clause_opening(before, cue.vstart, why)
            first = self.index.slice(found.start, found.end)[:1] if found is not None else []
            if first and (self._speaker_like(found) or is_head(first[0], self.lex)
                          or self._plural(found) or _is_place(self.index.slice(found.start, found.end))):
                return found     # (not "ولكن الأدلة تشير": a noun outside the lexicons)
        # an earlier verb of the sentence with its own subject, or the report it stands in
        for cj in range(ci - 1, -1, -1):
            other = self.cues[cj]
            if other.para != cue.para or other.vstart < s0:
                break
            if self.noun[cj] or cj in self._inner:
                continue    # (nor "وأن واشنطن تعتبر إيران ...، لكنه قال": a reported clause)
            if why == "participle" and any(a < other.vstart < b <= cue.vstart
                                           for a, b in self._reports[-3:]):
                continue
            if 0 <= other.clause_start <= cue.vstart and not why \
                    and not _coordinated(self.text, s0, cue.vstart):
                # "ذكر لافروف أن الرئيس الأميركي باراك أوباما ... عندما قال إن"
                inner_toks = self.index.slice(other.clause_start, cue.vstart)
                inner = self._mention(inner_toks[:8])
                # "أن الرئيس الأميركي باراك أوباما ... عندما قال", "إن الجيش يقول إن"
                # "إن الجيش يقول": a subject right before the verb; a verb joined by و
                # ("وصفت الوزارة الخطة بأنها «ناقصة» وقالت") takes a sure speaker only,
                # not the report's words
                if inner is not None and (self._sure_speaker(inner, self.forms[ci]) if self._joined(ci)
                                          else _is_titled(inner, self.index, self.lex)
                                          or inner.end >= inner_toks[-1].end):
                    return inner
            if self.pronoun_subject(cj):
                found = self.subject(cj)      # "طالبوا برحيله قائلين": the same subject
            else:
                found = self.own_subject(cj)
                if found is None:
                    toks = self.index.slice(other.subj_start, min(other.subj_end, cue.vstart))
                    # "وأضاف: «سيتم ...»، مشيرا": no subject inside the quote
                    cut = next((k for k, t in enumerate(toks) if self.inside_quote(t.start)), len(toks))
                    toks = toks[:cut]
                    found = self._mention(toks)
                    if found is not None:
                        self._remember(found, other.subj_start)
                    elif why == "participle" and toks and toks[0].text[:1] == "ل" \
                            and not _definite(toks[0]):
                        # "إلا أن فلان صرح لقناة محلية قائلا": the subject before that verb
                        found = self._clause_opening(self.index.slice(s0, other.vstart), other.vstart)
            if found is not None:
                return found
        before = self.index.slice(s0, cue.vstart)
        if why == "participle":
            # "...، وأعلنها وزير الخارجية جون كيري داعيا": the subject of the nearest clause
            c = max((i for i, t in enumerate(before) if t.text in ",،"), default=-1)
            clause = before[c + 1:]
            if c >= 0 and len(clause) >= 2 and clause[0].f[:1] in "وف" and not _definite(clause[0]):
                found = self._first_verb_subject(clause)
                if found is not None:
                    return found
            if c >= 1 and not clause:
                # "ومع تعاظم النقمة ...، عبّر فلان عن تفهمه لغضب الناس، قائلا": the verb
                # that opens the clause before the comma, with a sure speaker
                b = max((i for i in range(c) if before[i].text in ",،"), default=-1)
                seg = before[b + 1:c]
                if b >= 0 and len(seg) >= 2 and not _definite(seg[0]) and not is_prep(seg[0]) \
                        and seg[0].f not in _CONNECTORS and not has_pronoun_suffix(seg[0]):
                    found = self._first_verb_subject(seg)
                    if found is not None and self._sure_speaker(found, ""):
                        return found
        if before and before[-1].f in _RELATIVES:
            found = self._relative_antecedent(before[:-1])
            if found is not None:
                return found
        if before and before[-1].f in ("ما", "مما", "فيما") and len(before) >= 2:
            # "نشرت الصحف الإيطالية ما قالت إنه": the subject of the verb before "ما"
            c = max((i for i, t in enumerate(before[:-1]) if t.text in ",،"), default=-1)
            found = self._first_verb_subject(before[c + 1:-1])
            if found is not None:
                return found
        if before and before[-1].f in _PRONOUN_OPENERS:
            # "لم يصدر خامنئي حكما ...، لكنه قال": the subject of the clause before
            return self._first_verb_subject(before[:-1])
        if before and before[-1].f in ("حيث", "اذ") and why in ("", "participle") \
                and self._no_noun_after(cue):
            # "مقترح قدمه رئيس الوزراء حيدر العبادي ...، حيث دعا": the latest name before
            found = self._latest_name(before[:-1])
            if found is not None:
                return found
        found = self._clause_opening(before, cue.vstart, why)
        if found is None and why == "plural" and not before:
            found = self._previous_plural(ci, s0)
        # "وندد الوزير فلان بالهجوم وقال إن": a verb joined by و shares the subject of
        # the sentence's first verb, as one after a comma does (a sure speaker only)
        if found is None and (why in ("participle", "plural", "in-it") or _comma_and(before)
                              or (before and before[0].f in _PRONOUN_OPENERS)):
            found = self._first_verb_subject(before)
            if found is not None and why in ("participle", "plural"):
                found = self._object_cut(found, before)
            if found is not None and not why and self._follows(ci) \
                    and not self._pronoun_speaker(found, self.forms[ci]):
                found = None    # "انهارت الآمال التي بنتها، فقالت له": no speaker
            elif found is not None and not why and _after_auxiliary(before) \
                    and not self._pronoun_speaker(found, self.forms[ci]):
                found = None    # "وتراجعت الأسعار، وكان يقول": no speaker
        elif found is None and self._joined(ci) and not why:
            found = self._first_verb_subject(before)
            found = self._object_cut(found, before) if found is not None else None
            if found is not None and not self._sure_speaker(found, self.forms[ci]):
                found = None
        return found

    def _object_cut(self, m: Mention, before: list[Tok]) -> Mention:
        """The subject of "وامتدح بعض الطلاب الرئيس التونسي قائلين", "وانتقد الحزب الحاكم
        الرئيس الأمريكي قائلا" without the object the mention ran on to: the rightmost
        definite title (rules/titles) after a definite word (not a title when it is the
        first), with only definite words after it up to the cue (no name: "المتحدث باسم
        الوزارة السفير فلان" is one subject)."""
        words = self.index.slice(m.start, m.end)
        if len(words) < 2 or not before or m.end < before[-1].end:
            return m
        for k in range(len(words) - 1, 0, -1):     # the rightmost title: "الحزب الحاكم الرئيس"
            t = words[k]
            if _definite(t) and is_title(t, self.lex) and _definite(words[k - 1]) \
                    and (k > 1 or not is_title(words[0], self.lex)) \
                    and all(_definite(w) for w in words[k + 1:]):
                cut = self._mention(words[:k])
                if cut is not None and cut.end == words[k - 1].end:
                    return cut
                return m
        return m

    def _opened_clause(self, before: list[Tok], ci: int) -> bool:
        """An opener ("لكن", "بينما") after the latest earlier verb of the sentence, and
        words between it and verb ``ci``."""
        k = _last_opener(before)
        if k is None:
            return False
        if any(t.f in _PRONOUN_OPENERS or t.f in _HE_SHE or t.f in _SUBORDINATORS
               or t.f in _COMPLEMENTIZERS for t in before[k + 1:]):
            # "لكنه من جهة أخرى يؤكد", "لكن ...، فهو يؤكد": he, the one before; "لكن التاجر
            # أغضب الحضور حين صرح": the verb's subject is the clause's, before حين/عندما
            return False
        at = before[k].end
        return not any(at <= self.cues[cj].vstart < self.cues[ci].vstart and not self.noun[cj]
                       for cj in self._para_cues.get(self.cues[ci].para, ()))

    def _passive(self, ci: int) -> bool:
        """"اعتُبرت كتابات فلان أول ...": a past verb written with a damma in its first
        letters is passive; its subject speaks no more than an object (not "يُضيف", whose
        damma is that of the present)."""
        cue = self.cues[ci]
        w = self.text[cue.vstart:cue.vend].split()
        if not w:
            return False
        w = w[0]
        w = w[1:] if w[:1] in "وف" and len(w) > 3 else w
        return "\u064f" in w[:5] and w[:1] not in "يتنأ"

    def _one_person(self, m: Mention) -> bool:
        """A bare name the article uses ("سليمان"), no group ("علماء الآثار") nor pair."""
        toks = self.index.slice(m.start, m.end)
        return bool(toks) and " و" not in m.text and not any(_definite(t) for t in toks) \
            and not is_head(toks[0], self.lex) and toks[0].f in self.names.words \
            and not self._plural(m)

    def _plural_verb(self, ci: int) -> bool:
        """"أعلنوا", "يقولون": a plural, not a dual ("وطالبا")."""
        cue = self.cues[ci]
        if ci and 0 <= cue.vstart - self.cues[ci - 1].vend <= 2:
            return False    # "ويضيف فيرون:": a name right after a verb, read as "ف+يرون"
        w = fold(self.text[cue.vstart:cue.vend].split()[0]) if cue.vend > cue.vstart else ""
        return w.endswith(("وا", "ون"))

    def _unnamed_subject(self, ci: int) -> bool:
        """"لكن ظنون عدد من المحللين تشير إلى أن": words between لكن / بينما and a
        verb not joined by و / ف are its subject, though no speaker; the speaker before
        does not go on."""
        cue = self.cues[ci]
        if self.forms[ci] not in ("", "feminine") or self.pronoun_subject(ci) or self.noun[ci] \
                or self.text[cue.vstart - 1:cue.vstart] in ("و", "ف"):
            return False
        s0 = self._sentence(ci)
        if any(s0 <= self.cues[cj].vstart < cue.vstart and not self.noun[cj]
               for cj in self._para_cues.get(cue.para, ())):
            return False     # "مضيفا أنه «...»، ولكن الأدلة تشير إلى": his words go on
        before = self.index.slice(s0, cue.vstart)
        if not before or before[-1].text in ",،" or before[-1].f in ("قد", "لقد") \
                or before[-1].f in _CONTRAST or before[-1].f in _RELATIVES:
            return False
        return self._opened_clause(before, ci)

    def _opened_subject(self, ci: int) -> Mention | None:
        """The mention right after لكن / بينما before verb ``ci``, if a title, a group or
        a name the article uses opens it (``_unnamed_subject`` holds)."""
        cue = self.cues[ci]
        before = self.index.slice(self._sentence(ci), cue.vstart)
        k = _last_opener(before)
        if k is None:
            return None
        toks = before[k + 1:]
        marked = False
        while toks and not toks[0].text[0].isalnum():
            toks, marked = toks[1:], True      # "لكن «فلان» يرى"
        found = self._mention(toks) if toks else None
        if found is None or found.start > toks[0].start + 1:
            return None
        first = toks[0]
        after = self.index.slice(found.end, found.end + 30)[:1]
        if is_head(first, self.lex) or self._plural(found) or first.key in self.lex.anon_heads \
                or (first.f in self.names.words and (marked or not _definite(first))) or (
                    not _definite(first) and len(self.index.slice(found.start, found.end)) >= 2
                    and bool(after) and is_title(after[0], self.lex)):
            # a title or group, a name the article uses, or one with a title after it
            # ("لكن فلان الفلاني كبير المهندسين قال")
            self._remember(found, first.start)
            return found
        return None

    def _title_before(self, m: Mention) -> bool:
        """"المدير العام فلان": a title, then definite words only, right before ``m``."""
        before = self.index.slice(max(0, m.start - 50), m.start)
        for t in reversed(before[-4:]):
            if is_title(t, self.lex):
                return True
            if not _definite(t):
                return False
        return False

    def _joined(self, ci: int) -> bool:
        """The verb carries the conjunction و/ف ("وقال", "فأكد"; not "وصف", "وعد")."""
        v = self.cues[ci].vstart
        return v > 0 and self.text[v - 1] in "وف" and (v < 2 or self.text[v - 2].isspace())

    def _follows(self, ci: int) -> bool:
        """The verb continues what came before: "وقال", "فقالت", "ثم قال"."""
        if self._joined(ci):
            return True
        v = self.cues[ci].vstart
        return self.text[max(0, v - 4):v].rstrip().endswith("ثم")

    def _group_at(self, toks: list[Tok], k: int) -> Mention | None:
        """A quantified group at ``toks[k]`` (rules/speaker_groups.txt): "البعض",
        "كثيرون من سكان الحي", "الكثير من أنصار الفريق"; after من up to four words, to a
        comma, preposition, complementizer or verb."""
        words, need = _groups()
        t = toks[k]
        f = t.f[1:] if t.f[:1] in "وف" and t.f[1:] in words else t.f
        if f not in words:
            return None
        end = k + 1
        if end < len(toks) and toks[end].f == "من":
            j = end + 1
            while j < min(len(toks), end + 5) and toks[j].text[:1].isalpha() \
                    and toks[j].f not in _COMPLEMENTIZERS and toks[j].f not in _IN_IT \
                    and not is_prep(toks[j]) and toks[j].f not in self.lex.verb_forms \
                    and not (j > end + 1 and has_pronoun_suffix(toks[j])):
                j += 1
            end = j if j > end + 1 else end
        elif f in need:
            return None
        start = t.start + (1 if f != t.f else 0)
        return Mention(self.text[start:toks[end - 1].end], start, toks[end - 1].end)

    def _group_subject(self, before: list[Tok], ci: int, why: str) -> Mention | None:
        """A group that speaks: right before the verb in its clause ("لكن البعض يقول إن",
        "أن كثيرا من الحاضرين فيها يرون أن"), or, for a plural verb or participle, the
        subject of an earlier verb of the sentence ("انتقده خصومه قائلين", "وأبدى كثيرون
        من السكان قلقهم، ورجحوا أن")."""
        n = len(before)
        if why in ("", "plural"):
            for k in range(n - 1, max(-1, n - 8), -1):
                if before[k].text in ",،":
                    break
                g = self._group_at(before, k)
                if g is None:
                    continue
                rest = self.index.slice(g.end, before[-1].end)
                prev = before[k - 1].f if k else ""
                if (len(rest) <= 2 and (not rest or is_prep(rest[0]) or rest[0].f in _IN_IT)) and (
                        k == 0 or prev in _OPENERS or prev in _COMPLEMENTIZERS or prev in _CONNECTORS
                        or prev in ("فان", "وان", "اذ", "حيث") or before[k - 1].text in ",،"):
                    return g
                break
        surface = fold(self.text[self.cues[ci].vstart:self.cues[ci].vend])
        if why == "plural" or (why == "participle" and surface.endswith(("ين", "ون"))):
            for k in range(n - 1, 0, -1):
                g = self._group_at(before, k)
                p = before[k - 1]
                if g is not None and p.text[:1].isalpha() and not _definite(p) and not is_prep(p) \
                        and p.f not in _COMPLEMENTIZERS and p.f not in _CONNECTORS \
                        and self._group_at(before, k - 1) is None \
                        and (k == 1 or before[k - 2].text in ",،" or before[k - 2].f in _CONNECTORS):
                    return g     # the group follows the verb that opens its clause
        return None

    def _clause_opening(self, toks: list[Tok], verb_start: int, why: str = "") -> Mention | None:
        """The subject before the verb in its clause: "لكن بوستول، أستاذ ...، قال",
        "مصادر قالت", "الناطق باسم ... واين ماروتو تحدث ... وقال"; after an opener marked
        ^ in rules/clause_opener_pairs.txt ("بيد أن", "بل إن"), only a sure speaker: a
        title, organisation or source, بعض, a name the article uses or a full
        name of bare words, a place or a plural group (not "بيد أن هذا الحل يؤكد", "بيد أن
        شعبنا يرى")."""
        found = self._clause_opening_any(toks, verb_start, why)
        if found is None:
            return None
        last = next((i for i in range(len(toks) - 1, 0, -1) if toks[i].f in _OPENERS or toks[i].f == "فان"
                     or (toks[i - 1].f, toks[i].f) in _OPENER_PAIRS), None)
        if last is None or (toks[last - 1].f, toks[last].f) not in _STRICT_OPENER_PAIRS:
            return found
        words = self.index.slice(found.start, found.end)
        first = words[:1]
        verb = fold(self.text[verb_start:verb_start + 12].split()[0]) if self.text[verb_start:verb_start + 1].strip() else ""
        if first and (is_head(first[0], self.lex) or first[0].f in self.names.words
                      or first[0].f == "بعض"
                      # "بيد أن سامي داود أكد": a full name of bare words, new to the article
                      or (2 <= len(words) <= 4 and all(self._bare_name(t) and t.key not in self.lex.stops
                                                       and t.text not in ",،" for t in words)
                          # not a noun and its adjective ("دراسة حديثة", "أرقام رسمية")
                          and not any(t.f.endswith(("ه", "ي")) or is_in(t.text, "descriptors")
                                      for t in words[1:]))
                      or (self._plural(found) and first[0].f[:1] not in "لب")
                      # "بيد أن محللين يقولون": a sound plural before a plural verb
                      or (first[0].f.endswith(("ين", "ون")) and len(first[0].f) > 4
                          and first[0].f[:1] not in "لب" and verb.endswith(("ون", "وا")))
                      or _is_place(self.index.slice(found.start, found.end))):
            return found
        return None

    def _clause_opening_any(self, toks: list[Tok], verb_start: int, why: str = "") -> Mention | None:
        k = 0
        # "ودافع فلان عن قوات الأمن ...، وقال": a verb joined after a comma shares the
        # sentence's subject; the noun after عن is an object ("نقلا عن مصادر قالت": not joined)
        joined = verb_start > 0 and self.text[verb_start - 1] in "وف" and bool(toks) \
            and toks[-1].text in ",،"
        if joined and any(t.f == "عن" for t in toks):
            return None     # the sentence's first verb decides (_first_verb_subject)
        for i, t in enumerate(toks):
            if t.f == "عن" and verb_start > 0 and self.text[verb_start - 1] in "وف":
                continue    # "سألها عن تفاصيل الخطة فقالت": عن opens no clause of a joined verb
            if t.f in _OPENERS or (i and (toks[i - 1].f, t.f) in _OPENER_PAIRS):
                k = i + 1
            elif t.f == "فان" and why != "participle" and len(toks) - i <= 10:
                k = i + 1       # "ورغم ...، فإن مصادر في التيار أكدت"
        toks, opened = toks[k:], k > 0
        i = _skip_adverbials(toks, 0)
        while len(toks) > i + 1 and toks[-1].f in ("قد", "لقد"):
            toks = toks[:-1]
        if i >= len(toks) or toks[i].text in ",،":
            return None
        if toks[-1].end < verb_start - 2 and toks[-1].text not in ",،":
            gap = self.text[toks[-1].end:verb_start].strip()
            if gap and gap[0] not in "وف" and fold(gap.split()[0]) not in ("قد", "لقد"):
                return None
        first, lex = toks[i], self.lex
        headed = is_head(first, lex)
        commas = [j for j in range(i, len(toks)) if toks[j].text in ",،"]
        if commas:
            # "بوستول، أستاذ بمعهد ...، قال": a short subject and an appositive that closes
            # right before the verb
            if len(commas) == 1 and not headed and commas[0] - i <= 4 and toks[-1].text not in ",،" \
                    and len(toks) - commas[0] <= 10 and is_title(toks[commas[0] + 1], lex) \
                    and not any(t.f in _COMPLEMENTIZERS or t.f in self.lex.verb_forms
                                for t in toks[commas[0] + 1:]):
                # "سامي داود، مدير جمعية المزارعين في الريف قال": the appositive runs to the
                # verb with no closing comma; the name before it speaks
                seg = toks[i:commas[0]]
                found = self._mention(seg)
                if found is not None and found.end >= seg[-1].end:
                    self._remember(found, first.start)
                    return found
            if toks[-1].text not in ",،" or commas[0] - i > 6 or len(commas) < 2:
                return None if not headed else self._headed(toks, i, headed)
            seg = toks[i:commas[0]]
            if is_title(first, lex) and commas[1] - commas[0] <= 4:
                # "وزير الدفاع السابق، فلان الفلاني، قال": the name in the appositive
                seg = toks[i:commas[1]]
            found = self._mention(seg)
            if found is not None and (headed or found.end >= seg[-1].end):
                self._remember(found, first.start)
                return found
            # "لكن منظمات أخرى للمهاجرين، مثل ...، تقول": a noun opens the clause after لكن;
            # "اهتمت بهذا الملف، أيضا، صحيفة ...", "أصدر المجلس ...، فتوى": a verb first
            return found if opened else None
        if opened and not headed and len(toks) - i > 4:
            # "لكن وكيل وزارة الداخلية فلان الفلاني قال", "إلا أن مصدرا بالسفارة أكد":
            # after لكن a longer subject, when it is a sure speaker or reaches the verb
            found = self._mention(toks[i:])
            if found is not None and (found.end >= toks[-1].end or self._sure_speaker(found, "")):
                self._remember(found, first.start)
                return found
        if headed or len(toks) - i <= 4:
            found = self._mention(toks[i:])
            found = found if headed and found is not None and is_title(first, lex) else found and self.trim(found)
            # a bare name must reach the verb ("لافروف قال"); a title-led phrase may not
            if found is not None and (headed or found.end >= toks[-1].end):
                self._remember(found, first.start)
                return found
        return None

    def _latest_name(self, toks: list[Tok]) -> Mention | None:
        """The last run of words the article uses as a name ("تصريحات خامنئي" -> "خامنئي")."""
        words = self.names.words
        for i in range(len(toks) - 1, -1, -1):
            if toks[i].f in words and not _definite(toks[i]):
                j = i
                while j > 0 and i - j < 3 and toks[j - 1].f in words and not _definite(toks[j - 1]):
                    j -= 1
                k = j
                while k > 0 and j - k < 4 and (is_title(toks[k - 1], self.lex) or _definite(toks[k - 1])):
                    k -= 1
                if k < j and is_title(toks[k], self.lex):
                    found = self._mention(toks[k:i + 2])   # "رئيس الوزراء حيدر العبادي"
                    if found is not None and found.start >= toks[j].start:
                        return found
                return Mention(self.text[toks[j].start:toks[i].end], toks[j].start, toks[i].end)
        return None

    def _no_noun_after(self, cue: Cue) -> bool:
        """The verb is followed by its complementizer, a preposition or an adverb only."""
        toks = self._subject_toks(cue)
        return not toks or is_prep(toks[0]) or toks[0].f in self.lex.stops

    def _previous_plural(self, ci: int, s0: int) -> Mention | None:
        """"ويرغب الفلسطينيون في ... . ويقولون إنهم": a plural subject of the sentence before."""
        p = self.paras[self.cues[ci].para]
        start = p.start
        if s0 <= p.start + 1 and self.cues[ci].para > 0:
            p = self.paras[self.cues[ci].para - 1]
            start = p.start
        prev0 = self._sentence_start(p, max(start, s0 - 2))
        found = self._first_verb_subject(self.index.slice(prev0, max(prev0, s0 - 1)))
        return found if found is not None and self._plural(found) else None

    def scene_actor(self, ci: int, after: int) -> Mention | None:
        """"عبّر الوزير فلان عن استيائه ... . وقال": a verb that opens its sentence with no
        subject continues the sentence before (if it starts after ``after``, the end of the
        latest quote, and holds no speech verb): the subject of its latest main verb (the
        first verb's, or one after "، الذي" / "، و"), a sure speaker of the verb's gender."""
        if ci in self._scene:
            # "وشددت على أن ...، وأنها ...": the cue's later clauses have its first one's actor
            return self._scene[ci]
        found = self._scene[ci] = self._scene_actor(ci, after)
        return found

    def _scene_actor(self, ci: int, after: int) -> Mention | None:
        cue, form = self.cues[ci], self.forms[ci]
        if form not in ("", "feminine", "participle") or self.pronoun_subject(ci) not in ("", "participle"):
            return None
        s0 = self._sentence(ci)
        before = self.index.slice(s0, cue.vstart)
        if _skip_adverbials(before, 0) < len(before):
            return None
        p = self.paras[cue.para]
        if s0 <= p.start + 1:
            if cue.para == 0:
                return None
            p = self.paras[cue.para - 1]
        end = min(s0, p.end)
        while end > p.start and not self.text[end - 1].isalnum() and self.text[end - 1] not in "»\"”":
            end -= 1
        prev0 = self._sentence_start(p, max(p.start, end - 1))
        if prev0 < after or prev0 >= end or any(
                prev0 <= self.cues[cj].vstart < end and not self.noun[cj]
                for cj in self._para_cues.get(p.para, ())):
            return None
        toks = self.index.slice(prev0, end)
        found = None
        cands = [self._contrast_subject(toks)]
        if cands[0] is None:
            cands = [self._first_verb_subject(toks)]
        i = _skip_adverbials(toks, 0)
        if cands[0] is not None and i + 1 < len(toks) and toks[i].f[:1] == "و" \
                and toks[i].f[1:] in self.names.words and cands[0].start == toks[i + 1].start:
            # "وفلان الفلاني قريب من ...": a name after و, no verb
            s = toks[i].start + 1
            cands[0] = Mention(self.text[s:cands[0].end], s, cands[0].end)
        for i, t in enumerate(toks[1:-1], 1):
            if toks[i - 1].text not in ",،":
                continue
            if t.f in ("الذي", "التي") and i >= 2:
                cands.append(self._relative_antecedent(toks[:i - 1]))
            elif t.f[:1] == "و" and not _definite(t) and t.f not in _CONNECTORS \
                    and not is_head(t, self.lex) and t.key not in _role_words():
                # "، وكيل الوزارة،": a title after the comma, no verb joined by و
                cands.append(self._first_verb_subject(toks[i:]))
        form = "" if form == "participle" else form
        cands = [self._place_cut(m) for m in cands]
        j = _skip_adverbials(toks, 0)
        verb = toks[j] if j < len(toks) else None
        stance = verb is not None and _no_conj(verb.f) in _stance_verbs()
        for k, m in reversed(list(enumerate(cands))):
            # "أدانت الكويت الهجوم": a country subject of a stance verb speaks for its government
            if m is not None and k == 0 and stance and _is_place(self.index.slice(m.start, m.end)):
                found = m
                break
            if m is not None and (self._sure_speaker(m, form) or self._headed_agrees(m, form)
                                  or (form == "" and self._titled_appositive(m))
                                  or (form == "" and self._aged(m))):
                found = m
                break
        if found is not None:
            self._remember(found, found.start)
        return found

    def _contrast_subject(self, toks: list[Tok]) -> Mention | None:
        """"لكن الناطق باسم الرئاسة، فلان الفلاني، ندد بالعملية": the subject between a
        sentence-opening لكن / إلا أن / بينما and its verb (a word with no ال right after
        the subject, or after its closing comma); None: no such opening."""
        i = 0
        while i < len(toks) and toks[i].f in ("و", "ف"):
            i += 1
        if i + 2 < len(toks) and (toks[i].f, toks[i + 1].f) in _OPENER_PAIRS:
            i += 2
        elif i + 1 < len(toks) and toks[i].f in _CONTRAST:
            i += 1
        else:
            return None
        found = self._mention(toks[i:])
        if found is None:
            return None
        gap = [t for t in toks[i:] if t.end <= found.start]
        # the mention opens the clause, or is the name in the appositive after a title
        # phrase ("الناطق باسم الرئاسة، فلان الفلاني،")
        if gap and not (is_head(gap[0], self.lex) and len(gap) <= 8 and gap[-1].text in ",،"
                        and sum(t.text in ",،" for t in gap) == 1):
            return None
        found = self.trim(found)
        rest = self.index.slice(found.end, found.end + 40)
        k = 0
        if rest and rest[0].text in ",،":
            k = 1
        if k >= len(rest) or rest[k].start - found.end > 3:
            return None
        if not self._verb_like(rest[k]):
            return None
        self._remember(found, toks[i].start)
        return found

    def _verb_like(self, t: Tok) -> bool:
        """A word that may be the verb after its subject: a plain word with no ال, not a
        preposition, title, connector, complementizer, relative, stop word or name."""
        return t.text[0].isalpha() and not _definite(t) and not is_prep(t) and not is_head(t, self.lex) \
            and t.f not in _CONNECTORS and t.f not in _COMPLEMENTIZERS and t.f not in self.names.words \
            and t.f not in _RELATIVES and t.f not in self.lex.stops

    def _place_cut(self, m: Mention | None) -> Mention | None:
        """"أدانت البحرين التفجير الإرهابي": a place name (rules/speaker_places.txt) that
        opens a longer phrase is the subject alone; the words after it are the object."""
        if m is None:
            return None
        toks = self.index.slice(m.start, m.end)
        for n in (1, 2):
            if len(toks) > n and tuple(t.f for t in toks[:n]) in _places():
                e = toks[n - 1].end
                return Mention(self.text[m.start:e], m.start, e)
        return m

    def _titled_appositive(self, m: Mention) -> bool:
        """"فلان الفلاني، وكيل وزارة المالية، ...": a bare name of two words or more and a
        comma, then a role word (rules/speaker_titles.txt): a person."""
        toks = self.index.slice(m.start, m.end)
        after = [t for t in self.index.slice(m.end, min(len(self.text), m.end + 30))
                 if t.text not in ",،"][:1]
        return len(toks) >= 2 and self._bare_name(toks[0]) and len(after) == 1 \
            and self.text[m.end:after[0].start].strip() in ("،", ",") \
            and (is_title(after[0], self.lex) or after[0].key in _role_words())

    def _aged(self, m: Mention) -> bool:
        """"يعيش فلان الفلاني (27 عاما)، ...": a bare name with an age in brackets, a person."""
        return _AGE_RE.match(self.text, m.end, min(len(self.text), m.end + 16)) is not None \
            and self._bare_name(self.index.slice(m.start, m.end)[0])

    def _headed_agrees(self, m: Mention, form: str) -> bool:
        """The phrase of ``m`` is led by a title, organisation or source word of the verb's
        gender ("رئيس مجلس النواب فلان" for "وقال", "الحركة ..." for "وقالت")."""
        a = min((a for a, _ in self._phrases.get(m.start, ())), default=m.start)
        head = self.index.slice(a, m.end)[:1]
        if not head or not is_head(head[0], self.lex):
            return False
        f = head[0].f
        return (form == "feminine") == (f.endswith("ه") or f.endswith("ات"))

    def _relative_speaker(self, before: list[Tok], ci: int) -> Mention | None:
        """The speaker of a verb right after a relative pronoun, where the pronoun decides.
        A verb that does not agree with the pronoun has the sentence's subject ("انتقد
        الوزير الدول التي قال إنها"), and so has one whose antecedent is a thing ("عرضت
        الوزارة الصور التي قالت إنها"); "فلان، مراسل الصحيفة، الذي قال": the name before
        the appositive. None: the antecedent rules decide later."""
        rel, form, toks = before[-1].f, self.forms[ci], before[:-1]
        if not toks:
            return None
        agrees = form == {"الذي": "", "التي": "feminine"}.get(rel, form)
        surface = fold(self.text[self.cues[ci].vstart:self.cues[ci].vend])
        after = self.index.slice(self.cues[ci].vend, self.cues[ci].vend + 12)[:1]
        # "الوثائق التي قالت إنها تثبت": إنها refers back to the thing, which someone
        # else describes; "النتائج التي أوردت أن": the thing reports
        if rel == "التي" and (agrees or surface.endswith("ت") or surface.startswith("ت")) \
                and not (after and after[0].f in ("انها", "بانها", "انهن")):
            found = self._source_document(toks)
            if found is not None:
                return found
        if agrees:
            found = self._appositive_antecedent(toks) or self._named_title_antecedent(toks) \
                or (self._name_then_title(toks) if rel == "الذي" else None) \
                or (self._media_right_before(before[-1].start)
                    if rel == "التي" and not toks[-1].text[0].isalnum() else None)
            last = toks[-1]
            if found is not None or not _definite(last) or last.text in ",،" \
                    or is_head(last, self.lex) or _person_noun(last.key) \
                    or self._relative_antecedent(toks) is not None:
                return found
        c = max((i for i, t in enumerate(toks) if t.text in ",،"), default=-1)
        for clause in (toks[c + 1:], toks) if c >= 0 else (toks,):
            found = self._first_verb_subject(clause)
            if found is not None and self._sure_speaker(found, form):
                return found
        return None

    def _document_owner(self, ci: int) -> Mention | None:
        """The owner of the document or speech a subjectless "قال فيه" speaks from: the
        nearest noun of rules/owned_speech_nouns.txt or rules/in_it_documents.txt within
        the 15 words before the verb, then :meth:`_owner_after` ("بعد تصريح لنائب
        الرئيس فلان قال فيه", "تصريحا من فلان") or :meth:`_issuer_before` ("أصدرت الهيئة
        بيانا قالت فيه"). None: no such noun or owner ("تصريحا للصحفيين": addressees,
        and not the subject of the verb that aired it)."""
        cue = self.cues[ci]
        before = self.index.slice(max(self._sentence(ci), cue.vstart - 200), cue.vstart)
        owned, docs = _owned_speech(), _in_it_documents()
        for d in range(len(before) - 1, max(-1, len(before) - 16), -1):
            t = before[d]
            if t.f in self.lex.verb_forms or t.f in _COMPLEMENTIZERS:
                return None
            w = t.f[1:] if t.f[:1] == "ب" and t.f[1:] in docs else t.key if t.key in docs else t.f
            if t.key not in owned and w not in owned and w not in docs:
                continue
            found = self._owner_after(before, d)
            # cited behind ب ("بتصريحات", "بالتصريحات") or a preposition ("إلى خطاب")
            if found is not None and (w in (t.f[1:], t.f[3:] if t.f[:3] == "بال" else "")
                                      or d and is_prep(before[d - 1])):
                self._cited.add(ci)
            if found is not None or w not in docs:
                return found
            after = before[d + 1:d + 3]
            if any(a.f in ("من", "عن") or a.f[:1] == "ل" and a.f[:2] != "ال" for a in after):
                return None     # "بث التلفزيون تصريحا للصحفيين": not the channel's
            return self._issuer_before(before, d)
        return None

    def _owner_after(self, before: list[Tok], d: int) -> Mention | None:
        """The owner right after the noun ``before[d]``: a title or a name the article uses
        behind ل ("تصريح لنائب الرئيس فلان", "مقالا تحليليا لفلان"), a person or body
        after من ("تصريحا من فلان"), a title in construct ("تعليق الكاهن فلان"), or the
        subject of a relative's verb that carries the noun ("برقية العزاء التي وجهها الرئيس
        فلان", "التصريحات التي أدلى بها فلان")."""
        t, lex, n = before[d], self.lex, len(before)
        j = d + 1
        if j + 1 < n and not _definite(before[j]) and not is_prep(before[j]) \
                and before[j].text[0].isalpha() and before[j + 1].f[:1] == "ل" and before[j + 1].f[:2] != "ال":
            j += 1      # "مقالا تحليليا لفلان": an adjective first
        if j >= n:
            return None
        nxt = before[j]
        if nxt.f[:1] == "ل" and nxt.f[:2] not in ("ال", "لل") and len(nxt.f) > 3 and (
                nxt.f[1:] in lex.titles or nxt.f[1:] in self.names.words):
            s = nxt.start + 1       # "لنائب الرئيس": the title after ل
            return self._titled(before[j + 1:], self._mention(tokens(self.text, s, nxt.end) + before[j + 1:]), s)
        if nxt.f[:2] == "لل" and is_title(nxt, lex) and j + 1 == n:
            # "كلمة للوزير قال فيها": the bare title (not "تصريحا للصحفيين": addressees);
            # its span is "للوزير", no span of the text spells "الوزير"
            bare = Mention(nxt.text, nxt.start, nxt.end)
            return None if self._plural(bare) else bare
        if nxt.f[:2] == "لل" and is_title(nxt, lex) and j + 1 < n:
            # "خطاب للأمين العام للحزب السيد فلان": the name after the title's words
            k = next((i for i in range(j + 1, n) if not (_definite(before[i]) or before[i].f[:1] == "ل")), n)
            if k == n or k == j + 1 or is_prep(before[k]) or not before[k].text[0].isalpha():
                return None
            starts = {before[k].start}
            if is_title(before[k - 1], lex):
                k -= 1      # "السيد فلان"
                starts.add(before[k].start)
            found = self._mention(before[k:])
            return found if found is not None and found.start in starts else None
        if _definite(nxt) and is_head(nxt, lex) and not _definite(t):
            # "تعليق الكاهن فلان": in construct
            return self._titled(before[j + 1:], self._mention(before[j:]), nxt.start)
        if nxt.f == "من" and j + 1 < n:
            return self._sure_owner(before[j + 1:])     # "تصريحا من فلان"
        k = d + 1
        while k < min(n, d + 3) and _definite(before[k]) and not is_head(before[k], lex) \
                and before[k].f not in _RELATIVES and not _issuer_with_pronoun(before[k].f):
            k += 1      # "برقية العزاء التي"
        if k < n and (before[k].f[1:] if before[k].f[:1] == "و" else before[k].f) in _RELATIVES:
            k += 1
        if k + 1 < n:
            v = before[k]
            if v.f in _in_it_issuers_with_b():
                # "التصريحات التي أدلى بها فلان", "بتصريحات أدلى بها فلان"
                return self._sure_owner(before[k + 2:]) if before[k + 1].f in ("به", "بها") else None
            if _issuer_with_pronoun(v.f):
                return self._sure_owner(before[k + 1:])     # "التي وجهها الرئيس فلان"
        return None

    def _titled(self, rest: list[Tok], found: Mention | None, s: int) -> Mention | None:
        """``found`` when it starts at the title (at ``s``) or right after the title's
        definite words ("لنائب الرئيس الأمريكي فلان": فلان); else None."""
        if found is None or found.start == s:
            return found
        words = [t for t in rest if t.end <= found.start]
        ok = len(words) == sum(1 for t in rest if t.start < found.start) \
            and all(not is_prep(t) and (_definite(t) or is_head(t, self.lex) or t.f[:1] == "ل")
                    for t in words)     # "للأمين العام لحزب الله السيد فلان"
        return found if ok else None

    def _sure_owner(self, toks: list[Tok]) -> Mention | None:
        """The mention that starts ``toks`` when it is led by a title, a body or a name the
        article uses (not "من جهته", "من أجل")."""
        if not toks or not (is_head(toks[0], self.lex) or toks[0].f in self.names.words
                            or not _definite(toks[0]) and toks[0].text[0].isalpha()):
            return None
        found = self._mention(toks)
        if found is not None and found.start != toks[0].start and is_head(toks[0], self.lex):
            return self._titled(toks[1:], found, -1)     # "الرئيس فلان": فلان
        return found if found is not None and found.start == toks[0].start else None

    def _issuer_before(self, before: list[Tok], d: int) -> Mention | None:
        """"وأصدر اللواء فلان بيانا", "وكانت الهيئة قد أصدرت بيانا": the subject of the
        verb of rules/in_it_issuers.txt whose object the document ``before[d]`` is, within
        the 12 words before it (None: none, or one with no subject of its own)."""
        issuers = _in_it_issuers()
        for v in range(d - 1, max(-1, d - 13), -1):
            t = before[v]
            if t.f not in issuers and not (t.f[:1] in "وف" and t.f[1:] in issuers) \
                    or v and is_prep(before[v - 1]):    # "على وجه السرعة": the noun "face"
                if t.f in _COMPLEMENTIZERS or t.f in self.lex.verb_forms or t.f in _RELATIVES \
                        or not t.text[0].isalnum() and t.text not in ",،":
                    return None
                continue
            toks = before[v + 1:d]
            if not toks and v >= 2 and before[v - 1].f == "قد":
                # "وكانت الهيئة قد أصدرت بيانا": the words between كان and قد
                for k in range(v - 2, max(-1, v - 14), -1):
                    if _no_conj(before[k].f) in _auxiliaries():
                        toks = before[k + 1:v - 1]
                        break
            if not toks or toks[0].f in _IN_IT or toks[0].f in _REFER_BACK:
                return None
            if v + 1 < d:
                return self._sure_owner(toks)      # "اللواء فلان": فلان; not "وجه السرعة"
            # the words between كان and قد are the subject whatever opens them
            found = self._mention(toks)
            return found if found is not None and found.start == toks[0].start else None
        return None

    def _relative_person(self, before: list[Tok], ci: int) -> Mention | None:
        """"ويعتبر الحزب حليفا لحزب المؤتمر الذي قال إن": a verb that agrees with الذي /
        التي and has no subject after it speaks for the antecedent when that is led by a
        title, an organisation, a source or a name the article uses (not the earlier verb's
        subject); "انتقد الوزير القرار الذي قال إنه": a thing, left to the sentence."""
        rel, toks = before[-1].f, before[:-1]
        if rel not in ("الذي", "التي") or not toks or toks[-1].text in ",،" \
                or self.forms[ci] != {"الذي": "", "التي": "feminine"}[rel]:
            return None
        cue = self.cues[ci]
        words = self.index.slice(cue.subj_start, cue.subj_end) if cue.subj_end > cue.subj_start else []
        if len(words) > (3 if cue.verb in _object_first() else 1) or any(t.text in ",،" for t in words) \
                or (words and cue.verb not in _object_first() and not _prep_pronoun(words[0])):
            # "فلان، مراسل الإذاعة الذي يتابع التطورات ...، إن", "عضو لجنة ... التي أعلنت
            # التضامن مع فلان إنه": the verb's object, and the speech another verb's
            return None
        found = self._relative_antecedent(toks)
        got = self.index.slice(found.start, found.end) if found is not None else []
        if got and (is_head(got[0], self.lex) or got[0].f in self.names.words) \
                and found.end >= toks[-1].end:
            if any(is_prep(t) or t.f[:2] in ("لل", "بال") for t in got[1:]):
                return None     # "انتقد الوزير للقرار الذي": a thing after ل
            k = next(i for i, t in enumerate(toks) if t.start == got[0].start) if \
                any(t.start == got[0].start for t in toks) else 0
            if len(got) == 1 and _definite(got[0]) and k > 0 and _definite(toks[k - 1]) \
                    and not is_prep(toks[k - 1]):
                return None     # "في المؤتمر الصحفي الذي": an adjective, not a title
            if rel == "التي" and not self._feminine(found):
                return None     # "المبادرة التي أطلقها الرئيس فلان التي تدعو": not him
            return found
        # "حليفا للحزب الوطني الذي", "حليفا لزعيم المعارضة محمد سالم الذي": a head behind
        # ل / ب, then definite words or names, right before the relative
        for j in range(len(toks) - 1, max(-1, len(toks) - 6), -1):
            t = toks[j]
            if not t.text[0].isalpha() or t.f in self.lex.verb_forms or t.f in _COMPLEMENTIZERS:
                return None
            if t.f[:1] in "لب" and len(t.f) >= 4 and t.text[1:2].isalpha() and (
                    (t.f[1:3] == "ال" or t.f[:2] == "لل") and is_head(t, self.lex)
                    or t.f[1:] in self.lex.org_heads or t.f[1:] in self.lex.titles):
                # (not "لجنة": a head that starts with ل)
                if j > 0 and (_definite(toks[j - 1]) or is_head(toks[j - 1], self.lex)):
                    return None     # "مكتب المنسق العام لشؤون ... الذي": the office speaks
                s = t.start + (2 if t.f[:2] == "لل" else 1)     # "للحزب": "حزب"
                return Mention(self.text[s:toks[-1].end], s, toks[-1].end)
            if is_prep(t):
                return None
        return None

    def _name_then_title(self, toks: list[Tok]) -> Mention | None:
        """"ووافقه الدكتور فلان الفلاني عضو مجمع البحوث، الذي أكد", "فلان الباحث في
        مركز ... والرئيس السابق لمكتب ... في وزارة الخارجية الذي أوضح": a name the article
        uses (or one after a title), then its title phrase, right before "الذي" (at most one
        comma, just before it): the person, not the last organisation of the phrase."""
        end = len(toks) - 1 if toks and toks[-1].text in ",،" else len(toks)
        lex = self.lex
        for h in range(end - 1, max(0, end - _TITLE_PHRASE_WORDS), -1):
            t = toks[h]
            if not t.text[0].isalpha() or t.f in lex.verb_forms or t.f in _COMPLEMENTIZERS:
                return None
            if not is_title(t, lex) or h == 0 or (h == end - 1 and not _definite(t)):
                continue    # "السفير لدى تونس فلان مشرفة الذي": a last bare word is a name
            j = h
            # "محمد الشحات الجندي": a family name may carry ال, a first name does not
            while j > 0 and h - j < 4 and self._name_word(toks[j - 1]):
                j -= 1
            while j < h and _definite(toks[j]):
                j += 1
            if j == h:
                continue
            if not (any(toks[k].f in self.names.words or self._repeated(toks[k].f) for k in range(j, h))
                    or (j > 0 and is_title(toks[j - 1], lex))):
                continue    # "واستعاد المقال خطب الزعيم الذي": a noun, no name
            m = Mention(self.text[toks[j].start:toks[h - 1].end], toks[j].start, toks[h - 1].end)
            self._remember(m, m.start)
            return m
        return None

    def _plain_word(self, t: Tok) -> bool:
        """A word of letters, of three or more, that no list keeps out of a name: no
        preposition, verb form, stop word, connector, "نفس" or word with a pronoun suffix."""
        return t.text[0].isalpha() and not is_prep(t) and not has_pronoun_suffix(t) \
            and t.f not in self.lex.verb_forms and t.f not in self.lex.stops \
            and t.f not in _not_names() and t.f not in _SAME and t.f not in _CONNECTORS \
            and len(t.f) > 2

    def _name_word(self, t: Tok) -> bool:
        """A word that may belong to a person's name: a plain word (:meth:`_plain_word`)
        that is no title or head, no demonstrative or reflexive, and no word glued to
        و/ف/ب + ا or to لل (a glued ل only on a name the article uses)."""
        return self._plain_word(t) and not is_head(t, self.lex) \
            and t.f[:2] not in ("وا", "فا", "با", "لل") and t.f not in _SELF \
            and t.f not in _DEMONSTRATIVES and (t.f[:1] != "ل" or t.f in self.names.words)

    def _named_title_antecedent(self, toks: list[Tok]) -> Mention | None:
        """"على لسان فلان الفلاني المتحدث باسم الحركة الذي": a name the article uses, then
        its definite title phrase (no comma) right before the relative: the name."""
        lex = self.lex
        lo = max(0, len(toks) - 7)
        for h in range(len(toks) - 1, lo, -1):
            t = toks[h]
            if t.text in ",،" or not t.text[0].isalpha():
                return None
            if not (_definite(t) and is_title(t, lex)):
                continue
            if any(not _definite(w) and not is_prep(w) and not is_prep(toks[k - 1])
                   for k, w in enumerate(toks[h + 1:], h + 1)):
                return None     # "الدكتور فلان الفلاني الذي": the name after the title
            j = h
            while j > 0 and h - j < 4 and (self._bare_name(toks[j - 1]) or toks[j - 1].f == "الله") \
                    and self._plain_word(toks[j - 1]) and toks[j - 1].f not in _COMPLEMENTIZERS \
                    and toks[j - 1].f not in _asides()[0]:
                j -= 1
            if j == h or (j > 0 and is_title(toks[j - 1], lex)) or toks[j].f in _name_particles() \
                    and j + 1 == h or (j + 1 == h and not (toks[j].f in self.names.words
                                                           or self._repeated(toks[j].f))):
                # "خطب الزعيم الذي": one word, no name the article uses, is a noun
                return None     # "التقى الوزير فلان السفير الذي": the name is the verb's subject
            m = Mention(self.text[toks[j].start:toks[h - 1].end], toks[j].start, toks[h - 1].end)
            self._remember(m, m.start)
            return m
        return None

    def _source_document(self, toks: list[Tok]) -> Mention | None:
        """"وفق النتائج الرسمية التي أوردت": the reporting thing right before the relative
        (a definite noun of rules/source_documents.txt and its definite adjectives)."""
        j = len(toks)
        while j > 0 and len(toks) - j < 4 and _definite(toks[j - 1]) and not is_prep(toks[j - 1]):
            j -= 1
        if j == len(toks) or toks[j].key not in _source_documents():
            return None
        s = toks[j].start + (1 if toks[j].f[:3] in ("بال", "وال", "فال") else 0)
        e = toks[-1].end
        return Mention(self.text[s:e], s, e)

    def _sure_speaker(self, m: Mention, form: str) -> bool:
        """Led by a title, an organisation, a source or a name the article uses ("كتاب
        فلان" is none), and of the verb's gender ("وقالت" is no "الوزير")."""
        first = self.index.slice(m.start, m.end)[:1]
        if not first:
            return False
        t, lex = first[0], self.lex
        if not (is_head(t, lex) or t.f in self.names.words or self._title_before(m)):
            return False
        return form not in ("", "feminine") or (form == "feminine") == self._feminine(m) \
            or t.f in self.names.words

    def _appositive_antecedent(self, toks: list[Tok]) -> Mention | None:
        """"فلان الفلاني، مراسل الصحيفة في المدينة، الذي": the bare name right before the
        appositive (a title-led phrase between two commas)."""
        if len(toks) < 4 or toks[-1].text not in ",،":
            return None
        c = max((i for i in range(len(toks) - 1) if toks[i].text in ",،"), default=-1)
        if c < 1 or len(toks) - c > 12 or not is_title(toks[c + 1], self.lex):
            return None
        j = c
        while j > 0 and c - j < 4 and self._bare_name(toks[j - 1]) and not is_prep(toks[j - 1]) \
                and toks[j - 1].text[0].isalpha() and toks[j - 1].f not in self.lex.verb_forms \
                and (toks[j - 1].f in self.names.words or self._repeated(toks[j - 1].f)):
            j -= 1
        if j == c:
            return None
        m = Mention(self.text[toks[j].start:toks[c - 1].end], toks[j].start, toks[c - 1].end)
        self._remember(m, m.start)
        return m

    def _relative_antecedent(self, toks: list[Tok]) -> Mention | None:
        """"كاسترو الذي قال", "الزعيم الذي قال", "بعض النواب في المجلس البلدي الذين
        قالوا": a name the article uses, a headed phrase back to a preposition or comma, or
        the definite noun right before the relative pronoun."""
        k = len(toks)
        j = k
        while j > 0 and k - j < 2 and _definite(toks[j - 1]) and not is_prep(toks[j - 1]):
            j -= 1
        if 0 < j < k and self._prefixed_head(toks[j - 1]):
            # "فاشتكى لإدارة المدرسة التي قالت": the body after its ل / ب speaks
            s = toks[j - 1].start + 1
            return Mention(self.text[s:toks[k - 1].end], s, toks[k - 1].end)
        if k >= 2 and _definite(toks[-1]) and toks[-1].f.endswith("ه") and not _definite(toks[-2]):
            k -= 1     # "تشافيز الاستعراضية الذي": the adjective of the noun before
        j = k
        while j > 0 and k - j < 4 and toks[j - 1].text[0].isalnum() and (
                toks[j - 1].f in self.names.words or (
                    j == k and not _definite(toks[j - 1]) and not is_prep(toks[j - 1])
                    and self._repeated(toks[j - 1].f))):
            j -= 1
        if j < k:
            return Mention(self.text[toks[j].start:toks[k - 1].end], toks[j].start, toks[k - 1].end)
        j = k
        while j > 0 and k - j < 6:
            t = toks[j - 1]
            if t.text in ",،" or (is_prep(t) and t.f not in ("في", "من")) \
                    or (t.text[:1] in "بل" and not _definite(t) and len(t.text) > 3 and j < k):
                break
            j -= 1
        if j < k:
            head = toks[j]
            if head.f == "بعض" or is_head(head, self.lex):
                return self._mention(toks[j:k])
            # "ما أثار غضب المعارضين في الحزب الذين قالوا": a definite plural group
            g = next((m for m in range(j, k) if _definite(toks[m]) and len(toks[m].key) > 4
                      and toks[m].key.endswith(("ين", "ون"))), None)
            if g is not None and all(_definite(t) or is_prep(t) for t in toks[g:k]):
                s = toks[g].start + (1 if toks[g].f[:3] in ("بال", "وال") else 0)   # "بالمسؤولين"
                if g > j and toks[g - 1].f in ("احد", "احدي", "بعض", "معظم", "اغلب"):
                    s = toks[g - 1].start       # "أحد المشاركين الذي قال"
                e = toks[k].end if is_prep(toks[k - 1]) and k < len(toks) else toks[k - 1].end
                return Mention(self.text[s:e], s, e)
            # "ما لمح إليه وزير الداخلية فلان الذي", "لإطلاق سراح بعض رجال العشائر الذين":
            # a title or "بعض" later in the phrase, with no preposition after it
            h = next((h for h in range(j + 1, k) if (toks[h].f == "بعض" or is_head(toks[h], self.lex))
                      and not any(is_prep(t) for t in toks[h + 1:k])), None)
            if h is not None and h + 1 < k and toks[h].f == "بعض":
                h += 1      # "بعض رجال العشائر": the group itself
            if h is not None:
                found = self._mention(toks[h:k])
                if found is not None:
                    return found
        j = k
        while j > 0 and k - j < 3 and _definite(toks[j - 1]) and not is_prep(toks[j - 1]):
            j -= 1
        if j < k and is_head(toks[j], self.lex):
            return self._mention(toks[j:k])
        return None

    def _prefixed_head(self, t: Tok) -> bool:
        """"لإدارة", "بوزارة": an indefinite organisation head or title behind ل / ب."""
        f = t.f
        return len(f) > 4 and f[0] in "لب" and f[1:3] != "ال" and t.text[1:2].isalpha() \
            and (f[1:] in self.lex.org_heads or f[1:] in self.lex.titles)

    def _headed(self, toks: list[Tok], i: int, headed: bool) -> Mention | None:
        if toks[-1].start - toks[i].start > 240:
            return None
        found = self._mention(toks[i:])
        if found is not None:
            self._remember(found, toks[i].start)
        return found

    def _first_verb_subject(self, toks: list[Tok]) -> Mention | None:
        """The subject after the sentence's first verb ("وأصدرت سفارة تايلاند ... بيانا",
        "وشن المتمردون تمردا", "لم يصدر خامنئي حكما")."""
        i = _skip_adverbials(toks, 0)
        while i < len(toks) and toks[i].f in _PRONOUN_OPENERS:
            i += 1
        if i < len(toks) and toks[i].text in ",،":
            return None
        if i + 1 >= len(toks):
            return None
        verb = toks[i]
        aux = toks[i - 1].f if i else ""
        if aux and _no_conj(aux) in _auxiliaries() and _definite(verb):
            # "وكان الوزير اشترط ...، وأبدى": the subject right after the auxiliary
            found = self._mention(toks[i:])
            if found is not None and found.start == verb.start \
                    and (self._speaker_like(found) or self._family_name(found, any_end=True)):
                found = self.trim(found)
                nxt = self.index.slice(found.end, found.end + 20)[:2]
                if nxt and nxt[0].f == "قد":
                    nxt = nxt[1:]
                # a verb follows ("وكان فلان اشترط"; not "وكانت الدقيقة 117 أكثر")
                if nxt and self._verb_like(nxt[0]):
                    self._remember(found, verb.start)
                    return found
            return None
        if verb.f.startswith("ال") or is_prep(verb) or is_head(verb, self.lex) \
                or (has_pronoun_suffix(verb) and verb.f[:1] not in "وف"):
            return None
        w = next((t for t in toks[i + 1:i + 3] if t.text[0].isalnum()), None)
        if w is not None and self.inside_quote(w.start):
            return None     # "وأضاف: «سيتم تعيين ...»": the quote's words are no subject
        j = self._past_complement(toks, i + 1)
        if j is not None:
            # "رحبت بالقرار، أمس، صحيفة «الأفق»": the subject after the verb's complement
            found = self._mention(toks[j:])
            if found is not None:
                cut = found.text.find(" (")
                if cut > 0:     # "صحيفة «الأفق» (المستقلة)": without the bracket
                    found = Mention(found.text[:cut], found.start, found.start + cut)
                self._remember(found, toks[j].start)
            return found
        found = self._mention(toks[i + 1:])
        if found is not None:
            found = self.trim(found)
            # "عبّر رئيس مجلس الشورى فلان": a name right after a title phrase is a subject
            if not self._subject_like(found) and not self._after_title(toks[i + 1:], found):
                return None     # "فما زال النظام", "شرح تصور لندن": an object, not a subject
            self._remember(found, toks[i + 1].start)
        return found

    def _past_complement(self, toks: list[Tok], i: int) -> int | None:
        """Index of a title, organisation or source word that follows a verb's short
        prepositional complement at ``toks[i]`` ("بالقرار", "بهذا الملف"), with a one-word
        adverb between commas ("، أيضا،"): the subject placed after it. None: no such."""
        if i >= len(toks):
            return None
        t = toks[i]
        if is_prep(t) and t.text[:1] not in "بل":
            if i + 1 >= len(toks) or not toks[i + 1].f.startswith("ال"):
                return None    # "في مؤتمر صحافي": the adjective is no subject
            j = i + 2          # "عن الخبر"
        elif t.f[:1] in "بل" and (t.f[1:3] == "ال" or t.f[:2] == "لل" or t.f[1:] in _DEMONSTRATIVES):
            j = i + 1          # "بالخبر", "بهذا"
        else:
            return None
        if j < len(toks) and _definite(toks[j]) and not is_head(toks[j], self.lex):
            j += 1             # "بهذا الموضوع"
        if j < len(toks) and toks[j].text in ",،":
            j += 3 if j + 2 < len(toks) and toks[j + 2].text in ",،" else 1
        if j < len(toks) and is_head(toks[j], self.lex) and not has_pronoun_suffix(toks[j]) \
                and not _definite(toks[j]):     # "بالمؤتمر الصحافي": an adjective
            return j
        return None

    def _after_title(self, toks: list[Tok], m: Mention) -> bool:
        """``toks`` open with a title and up to three more words of its phrase (no
        preposition, comma or mark), and ``m`` starts right after them."""
        if not toks or not is_title(toks[0], self.lex) or m.start <= toks[0].start:
            return False
        first = self.index.slice(m.start, m.end)[:1]
        f = first[0].f if first else ""
        if not f or f in self.lex.verb_forms or f[:2] in ("لي", "لت", "سي", "ست"):
            return False     # "ويعود رئيس الحزب ليعلق": a verb, no name
        for k in range(1, min(len(toks), 5)):
            if toks[k].start >= m.start:
                return True
            if toks[k].f == "في":
                # "زعيم الحزب الحاكم في البلاد فلان", "مديرة المنظمة في الشرق الأوسط،
                # فلانة،": a place of one or two words inside the title phrase
                return self._place_then(toks, k + 1, m)
            if is_prep(toks[k]) or not toks[k].text[0].isalpha() or has_pronoun_suffix(toks[k]):
                return False
        return False

    @staticmethod
    def _place_then(toks: list[Tok], j: int, m: Mention) -> bool:
        """``toks[j:]`` hold one or two plain words, maybe a comma, then ``m``."""
        for k in range(j, min(len(toks), j + 3)):
            t = toks[k]
            if t.start >= m.start:
                return k > j and t.start == m.start
            if t.text in ",،":
                return k > j and k + 1 < len(toks) and toks[k + 1].start == m.start
            if not t.text[0].isalpha() or is_prep(t) or has_pronoun_suffix(t):
                return False
        return False

    def _speaker_like(self, m: Mention) -> bool:
        """Not a bare definite noun outside the lexicons ("ذكرت الحصيلة الرسمية")."""
        toks = self.index.slice(m.start, m.end)
        if not toks or not _definite(toks[0]):
            return True
        k, lex = toks[0].key, self.lex
        return k in lex.titles or k in lex.org_heads or k in lex.anon_heads or is_title(toks[0], lex)

    def _family_name(self, m: Mention, any_end: bool = False) -> bool:
        """"دعا الجبوري إلى ...": one definite word in ي (any word, ``any_end``: "الخطيب")
        that the article repeats, a family name (not a nationality: "أكد العراقي")."""
        toks = self.index.slice(m.start, m.end)
        if not (len(toks) == 1 and _definite(toks[0]) and (any_end or toks[0].f.endswith("ي"))
                and nationality(toks[0].text) is None and self._repeated(toks[0].f)):
            return False
        # the article gives it after a first name ("رئيس البرلمان سليم الجبوري"; not "النبي")
        folded, words = self.index.folded, self.names.words
        for h in _word_starts(folded, toks[0].f):
            prev = folded[max(0, h - 20):h].split()[-1:]
            if prev and prev[0] in words:
                return True
        return False

    def _pronoun_speaker(self, m: Mention, form: str) -> bool:
        """``m``, found in an earlier clause, may be the subject of a verb whose form
        (``form``: '' or 'feminine') carries it: speaker-like (not one definite noun outside the
        lexicons: "الآمال" is none) and of the verb's gender when headed
        ("وقالت" is no "الوزير", "وقال" no "الوزارة")."""
        toks = self.index.slice(m.start, m.end)
        if not toks:
            return False
        first = toks[0]
        if len(toks) == 1 and _definite(first) and not self._speaker_like(m) \
                and not _person_noun(first.key) and not first.f.endswith("ي") \
                and not is_title(first, self.lex) and not self._repeated(first.f):
            return False    # "الآمال"; not "السلطات المصرية", "الشيشاني" (who)
        if form == "feminine":
            return not self._masculine_title(m)     # "وقالت" is no "الوزير"
        return not (form == "" and is_head(first, self.lex) and first.f.endswith("ه"))

    def _subject_like(self, m: Mention) -> bool:
        """A title-, organisation- or source-led phrase, a definite description or a
        word the article uses as a name."""
        toks = self.index.slice(m.start, m.end)
        if not toks:
            return False
        first, lex = toks[0], self.lex
        before = self.index.slice(max(0, m.start - 30), m.start)
        return (first.f.startswith("ال") or is_head(first, lex) or first.f in self.names.words
                or self._aged(m)
                or (bool(before) and is_title(before[-1], lex))
                or any(self._repeated(t.f) for t in toks if not t.f.startswith("ال")))

    def _bare_subjects(self) -> list[tuple[str, ...]]:
        """The words of every bare name after a speech verb in the article ("وقال بن عيسى")."""
        if self._bare is None:
            for ci in range(len(self.cues)):
                self.own_subject(ci)
            out = []
            for m in self._own.values():
                toks = self.index.slice(m.start, m.end) if m is not None else []
                if toks and self._bare_name(toks[0]):
                    out.append(tuple(t.f for t in toks))
            self._bare = out
        return self._bare

    def _bare_name(self, first: Tok) -> bool:
        lex = self.lex
        return not (_definite(first) or is_head(first, lex))

    def _shorter_name(self, m: Mention) -> Mention:
        """A bare name of three words or more cut to a shorter subject the article uses
        elsewhere: "ووصف بن عيسى حفل تسليم الجائزة" -> "بن عيسى" (from "وقال بن عيسى")."""
        toks = self.index.slice(m.start, m.end)
        if len(toks) < 3 or not self._bare_name(toks[0]):
            return m
        fs = tuple(t.f for t in toks)
        k = max((len(b) for b in self._bare_subjects() if len(b) < len(fs) and fs[:len(b)] == b),
                default=0)
        # a first name alone ("منير" for "منير حداد الربيعي") is no reason to cut
        if k < 2:
            return m
        e = toks[k - 1].end
        return Mention(m.text[:e - m.start], m.start, e)

    def _repeated(self, word: str) -> bool:
        """The word stands at least twice in the article (names are repeated; the object
        after a verb mostly is not)."""
        got = self._rep.get(word)
        if got is None:
            hits = _word_starts(self.index.folded, word)
            got = self._rep[word] = next(hits, None) is not None and next(hits, None) is not None
        return got

    # ---------------------------------------------------------------- back-references

    def refers_back(self, m: Mention, earlier: list[Mention]) -> Mention | None:
        """"الحركة", "المتحدث نفسه", "الوزير": the earlier mention it describes, if clear."""
        words = self.index.slice(m.start, m.end)
        # "ووفقا للمسؤول الإيراني، فإن ...": the definite noun after ل refers back too
        if not words or not words[0].f.startswith(("ال", "لل")) or len(words) > 3:
            return None
        if any(not w.f.startswith("ال") and w.f not in _SELF for w in words[1:]):
            return None
        head = words[0].key
        if head not in self.lex.titles and head not in self.lex.org_heads \
                and head not in self.lex.anon_heads:
            return None
        lands = {nationality(w.text) for w in words[1:]} - {None}
        for k in range(len(earlier) - 1, -1, -1):
            e = earlier[k]
            if e.start == m.start:
                continue
            first = self.index.slice(e.start, e.end)
            if lands and len(first) == 1 and _definite(first[0]):
                # a bare "الخارجية" before: the body it stands for, if it names one
                e = self._bare_stands_for(e, earlier[:k])
                if e is None:
                    continue
                first = self.index.slice(e.start, e.end)
            if lands and self._other_nation(e, first, lands):
                continue    # "الخارجية القطرية" is not the "وزارة الخارجية التركية" before
            if head in self.lex.org_heads and head not in self.lex.titles and first \
                    and first[0].key != head and self._spoke_for(e, head):
                return None     # "وتقول الشرطة" is not "المتحدث باسم الشرطة فلان" before,
                # nor anyone named before him: the body speaks as itself
            if (first and first[0].key == head
                    and (len(first) > len(words) or not _definite(first[0]))) \
                    or head in self.context(e.start):
                # "المصدر" after "مصدر تابع لها" / "بحسب مصدر"; unless a nearer one is
                # named outside any speech verb ("اتصال وصفته مصادر رسمية بأنه ...")
                nearer = self._nearer_head(head, e.end, m.start) if head in self.lex.anon_heads else None
                if nearer is not None and {t.key for t in self.index.slice(nearer.start, nearer.end)} \
                        <= {t.key for t in first}:
                    nearer = None   # "مصادر فرنسية" after "مصادر فرنسية رسمية": the same ones
                return nearer or e
        # "الزعيم الأعلى" for "المرشد الأعلى ... خامنئي": a title with the same adjective
        rest = {w.key for w in words[1:] if w.f not in _SELF}
        if head in self.lex.titles and rest:
            for e in reversed(earlier):
                if e.start != m.start and rest & self.context(e.start):
                    return e
        return None

    def _spoke_for(self, e: Mention, head: str) -> bool:
        """Mention ``e``'s title phrase names the body ``head`` only after باسم ("الناطق
        باسم الجيش فلان"): he speaks for it, and a later "الجيش" is the body itself."""
        toks = [t for a, b in self._phrases.get(e.start, ()) for t in self.index.slice(a, b)]
        at = [i for i, t in enumerate(toks) if t.key == head]
        return bool(at) and all(i > 0 and toks[i - 1].f in _spokesman_links() for i in at)

    def _other_nation(self, e: Mention, first: list[Tok], lands: set[str]) -> bool:
        """The phrase of ``e`` names a country (by its adjective) and none of ``lands``."""
        keys = self.context(e.start) | {t.key for t in first}
        theirs = {_nationalities().get(k) for k in keys} - {None}
        return bool(theirs) and not theirs & lands

    def _bare_stands_for(self, e: Mention, before: list[Mention]) -> Mention | None:
        """The named body (two words or more) a bare "الخارجية", "الصحيفة" refers back to,
        or None: a bare word adds nothing to "الخارجية التركية"."""
        back = self.media_antecedent(e) or self.refers_back(e, [b for b in before if b.start < e.start])
        if back is None or back.start >= e.start or len(self.index.slice(back.start, back.end)) < 2:
            return None
        return back

    def _nearer_head(self, head: str, after: int, before: int) -> Mention | None:
        """The latest indefinite phrase led by ``head`` ("مصادر رسمية تركية") between
        ``after`` and ``before`` (at most _NEARER_REACH characters back), outside quotes
        (not "إن العشرات من سكان المدينة خرجوا": the words of a report)."""
        toks = self.index.slice(max(after, before - _NEARER_REACH), before)
        for k in range(len(toks) - 1, -1, -1):
            t = toks[k]
            if t.key == head and not _definite(t) and not self.inside_quote(t.start) \
                    and not any(a <= t.start < b for a, b in self._reports[-3:]):
                found = self._mention(toks[k:k + 6])
                if found is not None and found.start == t.start and " " in found.text:
                    return found
        return None

    def media_antecedent(self, m: Mention) -> Mention | None:
        """"وقالت الجريدة" with no newspaper quoted before: the latest "صحيفة/جريدة +
        name" or known newspaper name in the text before it ("أما جريدة الإندبندنت فنشرت")."""
        if " " in m.text or not m.text.startswith(("ال", "وال")):
            return None
        words = self.index.slice(m.start, m.end)
        if len(words) != 1:
            return None
        group = _media().get(words[0].key)
        if group is None:
            return None
        lo = max(0, m.start - 3000)
        # the newspaper is mostly named in the last few hundred characters: read those first
        # (from a space, so their tokens are the last tokens of the whole window) and the
        # whole window only when the scan reaches their first word
        near = self.text.find(" ", max(lo, m.start - MEDIA_NEAR_CHARS), m.start)
        if near > lo:
            found = self._media_scan(self.index.slice(near, m.start), group, last=1)
            if found is not None:
                return found
        return self._media_scan(self.index.slice(lo, m.start), group, last=0)

    def _media_right_before(self, pos: int) -> Mention | None:
        """'ونبدأ من صحيفة "النجم" التي قالت': a newspaper named right before the relative
        at ``pos`` (rules/media_heads.txt and media_names.txt), which speaks. Read across a
        line break: press reviews put the marked name on its own line ('صحيفة "\\nالنجم\\n"')."""
        toks = self.index.slice(max(0, pos - 80), pos)[-7:]
        found = self._media_scan(toks, frozenset(_media()), last=0) if toks else None
        if found is None or any(t.text[0].isalnum() for t in toks if t.start >= found.end):
            return None     # 'صحيفة "النجم" ومجلتها التي': not right before
        return found

    def _media_scan(self, toks: list[Tok], group: frozenset[str], last: int) -> Mention | None:
        """The latest newspaper named in ``toks``, scanning back to index ``last``."""
        names = _media_names()
        for i in range(len(toks) - 1, last - 1, -1):
            t = toks[i]
            if t.key in group and not _definite(t) and i + 1 < len(toks):     # not "والصحيفة"
                found = self._media_named(toks, i)
                if found is not None:
                    return found
                if not toks[i + 1].text[0].isalnum():
                    continue
            if t.f in names:
                s0 = toks[i - 1].start if i and toks[i - 1].f.startswith("ال") \
                    and toks[i - 1].f not in names and toks[i - 1].key not in group else t.start
                if s0 == t.start and i and media_word(t) and toks[i - 1].text[0].isalpha() \
                        and not is_prep(toks[i - 1]) and toks[i - 1].key not in group:
                    s0 = toks[i - 1].start      # "نيويورك تايمز", "واشنطن بوست"
                e = i
                while e + 1 < len(toks) and e < i + 2 and media_word(toks[e + 1]):
                    e += 1      # "الإندبندنت أون صنداي"
                return Mention(self.text[s0:toks[e].end], s0, toks[e].end)
        return None

    def _media_named(self, toks: list[Tok], i: int) -> Mention | None:
        """The head word ``toks[i]`` ("صحيفة") and the name after it, or None."""
        t = toks[i]
        if not toks[i + 1].text[0].isalnum():
            # 'صحيفة "النجم"': the name in marks, up to the closing one
            k = next((k for k in range(i + 2, min(len(toks), i + 7))
                      if not toks[k].text[0].isalnum()), None)
            if k is not None and k > i + 2 and toks[k].text[0] not in ",،":
                return Mention(self.text[t.start:toks[k].end], t.start, toks[k].end)
            return None
        j = i + 1
        while j < len(toks) and j < i + 4 and toks[j].text not in ",،" \
                and not is_prep(toks[j]) and toks[j].f not in _media_name_ends() \
                and (j == i + 1 or toks[j].f.startswith("ال") or media_word(toks[j])):
            j += 1
        return Mention(self.text[t.start:toks[j - 1].end], t.start, toks[j - 1].end) if j > i + 1 else None

    def document_issuer(self, m: Mention) -> Mention | None:
        """"وخلص البيان إلى أن", "وجاء في المرسوم أن": whoever issued it before in the text
        ("أصدر المجلس الإسلامي ... فتوى", "الأسد أصدر المرسوم")."""
        if " " in m.text or not m.text.startswith(("ال", "وال")):
            return None
        words = self.index.slice(m.start, m.end)
        if len(words) != 1 or words[0].key not in rule_keys("document_heads.txt"):
            return None
        lo = max(0, m.start - 3000)
        hits = list(_issuer_re().finditer(self.index.folded, lo, m.start))
        for hit in reversed(hits):
            after = self.index.slice(hit.end(), min(m.start, hit.end() + 100))
            found = self._mention(after)
            if found is not None and self._subject_like(found) and not found.text.startswith("ال" + "مرسوم"):
                return found
            before = self.index.slice(max(lo, hit.start() - 40), hit.start())[-3:]
            cut = max((i + 1 for i, t in enumerate(before)
                       if is_prep(t) or t.f in ("ان", "انه", "بان") or t.text in ",،."), default=0)
            before = before[cut:]
            found = self._mention(before) if before else None
            if found is not None and found.end >= before[-1].end and self._subject_like(found):
                return found
        return None

    def feminine_antecedent(self, seen: list[Mention], spoke: set[int] | frozenset[int] = frozenset(),
                            women: set[int] | frozenset[int] = frozenset()) -> Mention | None:
        """For "وقالت" after a man was quoted: the latest organisation, source or woman
        (a one-word name only if it spoke before: ``spoke`` holds the speakers' starts;
        ``women`` those named by a feminine verb, "قالت نايانتارا")."""
        for e in reversed(seen):
            if e.start in women and self._speaker_like(e):
                return e    # (not "الأحلام" of "تبددت الأحلام")
            toks = self.index.slice(e.start, e.end)
            if toks and toks[0].f.endswith(("ون", "ين")) and len(toks[0].f) > 4:
                continue    # "دعا آخرون": men, who take a masculine verb
            if toks and (toks[0].key in self.lex.org_heads or toks[0].key in self.lex.anon_heads
                         # a woman or a feminine noun of two words; one word only if it
                         # spoke before ("سامية"; not "سلسلة")
                         or (toks[0].f.endswith("ه") and (len(toks) > 1 or _definite(toks[0])
                                                          or e.start in spoke)
                             # a definite one from the lexicons ("الحكومة"), not "الأغطية المبعثرة"
                             and (not _definite(toks[0]) or self._speaker_like(e)))):
                return e
        return None

    # ---------------------------------------------------------------- the article

    def assign(self, items: list[tuple[int, int, str, int, int | None, str]]) -> list[Mention | None]:
        """The speaker mention of every quote item (kind != ''); items of kind '' are cues
        that introduce no quote but name who speaks next."""
        out: list[Mention | None] = []
        seen: list[Mention] = []
        last: Mention | None = None
        outer_end = -1        # end of the latest quote: cues inside it are reports in a report
        # starts of mentions named as the subject of a feminine verb ("وقالت نايانتارا"): a
        # woman whatever her name ends in, so a later bare "وأضافت" stays with her
        women: set[int] = set()
        spoke: set[int] = set()     # starts of the mentions given to the quotes so far
        sources = self.sources()
        for start, end, kind, para, ci, how in items:
            while sources and sources[0][0].start < start:
                source, intro = sources.pop(0)
                if not intro:
                    seen.append(source)     # "بحسب مصدر تابع لها": a later "المصدر"
                elif source.start >= outer_end:
                    # "ومن صحيفة النجم، نقرأ ... . وتضيف": the newspaper speaks next (kept out
                    # of ``seen``: "نقرأ في صحيفة النجم مقالا لسلمى ... . وتقول سلمى ... وتضيف")
                    last = source
            nested = ci is not None and (self.cues[ci].vstart < outer_end
                                         or self.inside_quote(self.cues[ci].vstart))
            if not kind:
                if self.noun[ci] or nested:
                    continue
                m = self.own_subject(ci) or self._name_right_before(ci)
                if m is not None and (self._speaker_like(m) or self._family_name(m)) and not self._passive(ci) \
                        and not self._junk(m) and not self._subject_first(ci):
                    last = self.refers_back(m, seen) or m
                    seen.append(m)
                continue
            mention = self.subject(ci) if ci is not None else None
            # "مديرها سامر حداد، وهو يقول إن": the name right before the pronoun;
            # "وهو ما نفاه العامل وقال إنه": the denier speaks on
            pron = self._pronoun_antecedent(ci) if mention is None and ci is not None \
                and not nested else None
            scene = self.scene_actor(ci, outer_end) if mention is None and pron is None \
                and ci is not None and not nested else None
            if mention is None and pron is not None:
                mention = pron
                seen.append(pron)
            elif mention is not None:
                seen.append(mention)
                if self.forms[ci] == "feminine":
                    women.add(mention.start)
                mention = (self.media_antecedent(mention) or self.refers_back(mention, seen)
                           or self.document_issuer(mention) or mention)
                if self.forms[ci] == "feminine":
                    women.add(mention.start)
            elif scene is not None:
                # "عبّر الوزير فلان عن استيائه ... . وقال": the sentence before names him
                seen.append(scene)
                # "وأضافت الصحيفة أن ... . وقالت إن": the newspaper named before
                mention = self.media_antecedent(scene) or self.refers_back(scene, seen) or scene
                if self.forms[ci] == "feminine":
                    women.add(mention.start)    # "أدانت البحرين ... . وشددت": she speaks on
            elif ci is not None and not nested and self._unnamed_subject(ci):
                # "ولكن تخمينات الخبراء تشير إلى أن": the words before the verb, when a
                # name or title opens them; else no one named speaks
                mention = self._opened_subject(ci)
                if mention is not None:
                    seen.append(mention)
            elif ci is not None and self.forms[ci] == "plural" and last is not None \
                    and self._one_person(last) and self._plural_verb(ci) \
                    and self.pronoun_subject(ci) == "plural":
                # "فقد أعلنوا أن" after one person was quoted: the latest group, or no one
                mention = next((e for e in reversed(seen) if self._plural(e)), None)
            elif ci is not None and self.forms[ci] == "feminine" and last is not None \
                    and not self._feminine(last) and last.start not in women \
                    and self.pronoun_subject(ci) != "back":
                mention = self.feminine_antecedent(seen, spoke, women) or last
            elif ci is not None and last is not None and self._plural(last) \
                    and (self.forms[ci] == "" or self.pronoun_subject(ci) == "back") \
                    and self._singular_pronoun(ci):
                # "وقال" / "نقلت الوكالة عنه" after a group was quoted: the latest one person
                mention = next((e for e in reversed(seen) if not self._plural(e)
                                and not self._feminine(e)), last)
            else:
                mention = last
            out.append(mention)
            if mention is not None:
                spoke.add(mention.start)
            if mention is not None and not nested and ci in self._cited:
                # "يرى مصدر ...، مستندا إلى خطاب لفلان قال فيه «...». ويقول": the citer
                outer = self._from_sentence(ci, self.pronoun_subject(ci))
                if outer is not None and not self._junk(outer):
                    last = self.refers_back(outer, seen) or outer
                else:
                    last = mention     # no citer read: the owner, not an older speaker
            elif mention is not None and not nested:
                last = mention
            if not nested:
                outer_end = max(outer_end, end)
                self._reports.append((start, end))
        return out

    def _pronoun_antecedent(self, ci: int) -> Mention | None:
        """A verb without a subject of its own whose subject the words right before it name
        in the same sentence: "مديرها سامر حداد، وهو يقول إن" (a name, then "، وهو" and a
        masculine verb) or "وهو ما نفاه العامل الهندي وقال إن" (the subject of the
        verb after "وهو ما", joined by و to this one); None: neither."""
        cue, form = self.cues[ci], self.forms[ci]
        if form not in ("", "feminine"):
            return None
        v = cue.vstart
        pre = self.index.folded[max(0, v - 8):v]
        verb = self.text[v:v + 1]
        joined = self.text[max(0, v - 1):v] == "و"    # "وقال": the cue starts after its و
        if "هو" not in pre and not joined:
            return None     # cheap test: neither shape can hold
        s0 = self._sentence(ci)
        before = self.index.slice(s0, v)
        # "وهو" only: no person name here tells a woman ("وهي تقول" after a man's name)
        if len(before) >= 3 and before[-1].f == "وهو" and form == "" and verb != "ت" \
                and before[-2].text in ",،":
            # the mention of the last few words that ends at the comma and holds a name the
            # article uses ("مديرها سامر الحداد،": a surname in ال too)
            words = self.names.words
            for k in range(max(0, len(before) - 7), len(before) - 2):
                m = self._mention(before[k:-2])
                if m is None or m.end != before[-3].end:
                    continue
                toks = self.index.slice(m.start, m.end)
                if toks and not self._plural(m) and " و" not in m.text \
                        and (toks[0].f in words or (is_title(toks[0], self.lex)
                                                    and any(t.f in words for t in toks[1:]))):
                    return m
            return None
        if not joined or " ما " not in self.index.folded[s0:v] or self.pronoun_subject(ci) \
                or not self._no_noun_after(cue):
            return None     # (a str test before the token loop: most sentences hold no "ما")
        for i in range(len(before) - 3, -1, -1):
            if before[i].f in _WHICH_PRONOUNS and before[i + 1].f == "ما":
                m = self._mention(before[i + 3:])
                if m is not None and m.start == before[i + 3].start and m.end == before[-1].end \
                        and not self._junk(m):
                    return m
                return None
        return None

    def _name_right_before(self, ci: int) -> Mention | None:
        """"لكن الناطقة باسم الوزارة سلمى فلان أكدت على ... . وقالت": a name the article
        uses, or a titled one, right before a verb without a subject of its own (None: none).
        Asked by :meth:`assign` of verbs only (it skips verbal nouns before asking)."""
        if self.pronoun_subject(ci):
            return None
        v = self.cues[ci].vstart
        # cheap test first, rejecting only what the test below rejects too: a word ending in
        # a letter right before the verb that is definite (_definite), a connector or a stop
        # word (a closing mark, a digit or a diacritic there is left to the test below)
        pre = self.index.folded[max(0, v - 24):v]
        if not pre[-1:].isspace() and pre[-1:] not in _CLOSE_MARKS:
            return None
        word = (pre.split() or [""])[-1]
        if word[-1:].isalpha() and (word.startswith(("ال", "وال", "بال", "لل")) or word in _CONNECTORS
                                    or word in self.lex.stops):
            return None
        m = self.subject(ci)
        if m is None or m.end > v or self.text[m.end:v].strip():
            return None
        toks = self.index.slice(m.start, m.end)
        if not toks or _definite(toks[-1]) or not (toks[0].f in self.names.words or is_head(toks[0], self.lex)
                                                   or _is_titled(m, self.index, self.lex)):
            return None
        return m

    def _subject_first(self, ci: int) -> bool:
        """"فالفكرة تؤكد علاقة فريدة": a definite noun right before the verb is its
        subject, and the words after the verb its object."""
        v = self.cues[ci].vstart
        before = self.index.slice(max(0, v - 24), v)
        if not before or v - before[-1].end > 1:
            return False
        last = before[-1]
        # (not "التي قالت الحكومة": a relative, whose verb's subject follows it)
        return (_definite(last) or last.f.startswith("فال")) and last.f not in _RELATIVES \
            and last.f not in _CONNECTORS and not self.inside_quote(last.start)

    def _masculine_title(self, m: Mention) -> bool:
        toks = self.index.slice(m.start, m.end)
        return bool(toks) and toks[0].key in self.lex.titles and not toks[0].key.endswith("ه")

    def sources(self) -> list[tuple[Mention, bool]]:
        """Speakers named without a speech verb, in text order, each with True for a press
        review's intro: unnamed sources ("بحسب مصدر عسكري", "نقلا عن مصادر مطلعة"), which a
        later "المصدر" may refer back to, and newspapers a review moves on to ("ومن صحيفة
        النجم، نقرأ", "ننتقل إلى صحيفة النجم", "انفردت صحيفة النجم بتقرير",
        rules/press_review_intros.txt), which speak for the feminine verbs after them."""
        out = []
        folded = self.index.folded
        # most articles have none of the words: str searches are cheaper than the regex scan
        sourced = "حسب" in folded or "وفق" in folded or "نقلا" in folded
        for m in _SOURCE_RE.finditer(folded) if sourced else ():
            toks = self.index.slice(m.end(), min(len(self.text), m.end() + 80))
            if toks and toks[0].key in self.lex.anon_heads:
                found = self._mention(toks)
                if found is not None:
                    out.append((found, False))
        # most articles name no newspaper word: the intro pattern is tried only just before
        # one (a scan of the whole text with it cost 2 M instructions per article)
        heads = any(w in folded for w in _intro_words()["head"])
        for head in _intro_head_re().finditer(folded) if heads else ():
            at = head.start()
            m = next((m for m in _intro_re().finditer(folded, max(0, at - _INTRO_REACH), head.end())
                      if m.end() == at), None)
            if m is None:
                continue
            toks = self.index.slice(at, min(len(self.text), at + 100))
            found = self._media_named(toks, 0) if len(toks) > 1 else None
            if found is not None:
                out.append((found, True))
        return sorted(out, key=lambda s: s[0].start)

    def _singular_pronoun(self, ci: int) -> bool:
        toks = self._subject_toks(self.cues[ci])
        return not any(t.f in ("عنها", "عنهم", "فيها", "فيهم") for t in toks[:6])

    def _plural(self, m: Mention) -> bool:
        """"بعض المتشددين", "المتمردون", "مسؤولون أميركيون", "مصادر": a group."""
        toks = self.index.slice(m.start, m.end)
        if not toks:
            return False
        first = toks[0]
        return first.f in ("بعض", "مصادر", "اوساط") or first.f in _plural_heads() \
            or self._group_at(toks, 0) is not None or (
            # (not "الأمين العام": a singular title in ين)
            first.f.endswith(("ون", "ين")) and len(first.f) > 4 and first.key not in self.lex.titles
            and (first.f.startswith("ال") or first.key in self.lex.anon_heads)) or (
            # "مسؤولو الهجرة": a plural in construct (its ن dropped)
            first.f.endswith("و") and len(first.f) > 4 and first.key + "ن" in self.lex.anon_heads)

    def _feminine(self, m: Mention) -> bool:
        """An organisation, source or word in ة; a newspaper by its name ("الغارديان")."""
        toks = self.index.slice(m.start, m.end)
        return bool(toks) and (toks[0].key in self.lex.org_heads or toks[0].f.endswith("ه")
                               or toks[0].key in self.lex.anon_heads
                               or toks[-1].f in _media_names())

    # ---------------------------------------------------------------- direct quotes

    def cue_before(self, q: Marked) -> int | None:
        """The cue of the sentence that a direct quote stands in, before its opening mark."""
        p = self.paras[q.para]
        s0 = self._sentence_start(p, q.open)
        best = None
        for ci in self._para_cues.get(q.para, ()):
            if s0 <= self.cues[ci].vstart < q.open and not self.noun[ci]:
                best = ci
        return best

    def cue_after(self, q: Marked) -> int | None:
        """"«...»، قال فلان": a speech verb right after the closing mark."""
        for ci in self._para_cues.get(q.para, ()):
            cue = self.cues[ci]
            if cue.vstart <= q.close:
                continue
            if _AFTER_QUOTE.match(self.text[q.close:cue.vstart]) and \
                    self.text[q.close:cue.vstart].count(" ") <= 3:
                return ci
            return None
        return None


_PP_OPENERS = frozenset({"في", "وفي", "من", "ومن", "خلال", "وخلال", "علي", "وعلي", "عقب", "وعقب", "بعد",
                         "وبعد", "قبل", "وقبل", "امام", "وامام", "مع", "ومع"})


def _no_conj(f: str) -> str:
    """A folded word without a glued و/ف ("وكانت" -> "كانت", "فأدانت" -> "ادانت")."""
    return f[1:] if f[:1] in "وف" else f


def _skip_adverbials(toks: list[Tok], i: int) -> int:
    """Past the connectors and an opening adverbial phrase up to its comma ("وفي كلمة
    ألقاها أمام الطلاب، كرر الوزير")."""
    while i < len(toks) and (toks[i].f in _CONNECTORS or toks[i].f in _PP_OPENERS or toks[i].f == "ففي"
                             or toks[i].f in ("الي", "والي")):
        f = toks[i].f
        if f in ("الي", "والي"):
            if i + 2 < len(toks) and toks[i + 1].f == "ذلك" and toks[i + 2].text in ",،":
                i += 3      # "إلى ذلك، أدانت الوزارة ...": "besides", no verb's complement
                continue
            break
        if f in ("في", "وفي", "ففي") and i + 2 < len(toks) and (toks[i + 1].f,) in _places() \
                and toks[i + 2].text not in ",،":
            # "وفي باريس وجه الرئيس فلان تهانيه ... وقال": a place with no comma, then the verb
            i += 2
            continue
        if f == "ففي":
            break
        if f in _PP_OPENERS:
            comma = next((j for j in range(i + 1, min(len(toks), i + 12)) if toks[j].text in ",،"), None)
            # (not "ومع أن الدولة كبيرة، إنها": "although", a clause of its own)
            concessive = f in ("مع", "ومع") and i + 1 < len(toks) and toks[i + 1].f == "ان"
            if comma is not None and comma + 1 < len(toks) and not concessive:
                i = comma + 1
                continue
            if f not in _CONNECTORS:
                break   # "قبل أن يقول": no adverbial phrase to skip
        i += 1
    return i


@lru_cache(maxsize=1)
def _spokesman_links() -> frozenset[str]:
    """Words between a spokesman's title and the body he speaks for ("باسم")."""
    return rule_words("spokesman_links.txt")


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """Words for a person ("رجل", "امرأة"): a relative after one has it as its subject."""
    return rule_keys("speaker_anonymous.txt")


def _person_noun(key: str) -> bool:
    return key in _person_nouns() or "ا" + key in _person_nouns()     # "المرأة" / "امرأة"


@lru_cache(maxsize=1)
def _kin_stems() -> frozenset[str]:
    """Relatives and representatives before a possessive pronoun (rules/speaker_kin_suffixed.txt)."""
    return rule_words("speaker_kin_suffixed.txt")


@lru_cache(maxsize=1 << 12)
def _kin_suffixed(f: str, text: str) -> bool:
    """"محاميه", "والدتها" (folded ``f``, as written ``text``): a relative with a possessive
    pronoun (not "والدة", which folds to "والده")."""
    return not text.endswith("ة") and _pronoun_stem(f, _THIRD_PERSON, 2) in _kin_stems()


# pronouns attached to a word, folded; no one of them ends another, so the order is free
_THIRD_PERSON = ("هما", "هم", "ها", "ه")
_ANY_PERSON = ("هما", "هم", "هن", "ها", "ه", "كما", "كم", "كن", "نا")


def _pronoun_stem(f: str, suffixes: tuple[str, ...], shortest: int) -> str | None:
    """The folded word ``f`` without the pronoun in ``suffixes`` it ends with, when at
    least ``shortest`` letters stay ("محاميه" -> "محامي", "له" -> "ل"); else None."""
    for suffix in suffixes:
        if f.endswith(suffix) and len(f) - len(suffix) >= shortest:
            return f[:-len(suffix)]
    return None


def _last_opener(before: list[Tok]) -> int | None:
    """The position of the latest "لكن" / "بينما" / "إلا أن" in ``before`` that has a word
    after it (None: none)."""
    return next((i for i in range(len(before) - 2, -1, -1) if before[i].f in _CONTRAST
                 or (i and (before[i - 1].f, before[i].f) in _OPENER_PAIRS)), None)


@lru_cache(maxsize=1)
def _owned_speech() -> frozenset[str]:
    """"تصريح", "كلمة": nouns of what someone said (rules/owned_speech_nouns.txt)."""
    return rule_words("owned_speech_nouns.txt")


@lru_cache(maxsize=1)
def _in_it_documents() -> frozenset[str]:
    """"بيانا", "مؤتمرا": documents and speech events (rules/in_it_documents.txt)."""
    return rule_words("in_it_documents.txt")


@lru_cache(maxsize=1)
def _in_it_issuers() -> frozenset[str]:
    """"أصدر", "ألقى": verbs whose subject issues them (rules/in_it_issuers.txt)."""
    return frozenset(fold(w) for w in rules_io.marked("in_it_issuers.txt")[0])


@lru_cache(maxsize=1)
def _in_it_issuers_with_b() -> frozenset[str]:
    """"أدلى": issuer verbs that take the document behind بـ (marked ^ in
    rules/in_it_issuers.txt)."""
    return frozenset(fold(w) for w in rules_io.marked("in_it_issuers.txt")[1])


def _issuer_with_pronoun(f: str) -> bool:
    """A folded verb of rules/in_it_issuers.txt with an object pronoun: "وجهها", "كتبه", and
    "ألقاها" (القا + ها: the ى of ألقى written ا before the pronoun; folded, it opens
    like a definite word)."""
    if f[-1:] not in "اه":
        return False
    stem = f[:-2] if f.endswith("ها") else f[:-1]
    return stem in _in_it_issuers() or stem[-1:] == "ا" and stem[:-1] + "ي" in _in_it_issuers()


@lru_cache(maxsize=1)
def _junk_starts() -> frozenset[str]:
    """Words that open no speaker mention (rules/speaker_junk_starts.txt)."""
    return rule_words("speaker_junk_starts.txt")


def _prep_pronoun(t: Tok) -> bool:
    """"ضده", "عليها", "لهم", "لديه", "ضدنا": a preposition with a pronoun (after an object:
    "وصف القضية المرفوعة ضده بأنها"; rules/prep_pronoun_stems.txt)."""
    return _pronoun_stem(t.f, _ANY_PERSON, 1) in _prep_stems()


@lru_cache(maxsize=1)
def _prep_stems() -> frozenset[str]:
    """Prepositions before an attached pronoun (rules/prep_pronoun_stems.txt)."""
    return rule_words("prep_pronoun_stems.txt")


@lru_cache(maxsize=1)
def _owned_heads() -> frozenset[str]:
    """Common nouns heading an object owned by the next word's pronoun ("قرار رحيله";
    rules/thing_owned_heads.txt)."""
    return rule_words("thing_owned_heads.txt")


@lru_cache(maxsize=1)
def _topic_preps() -> frozenset[str]:
    """"وعن", "وحول": prepositions that open a sentence on its topic (rules/topic_prepositions.txt)."""
    return rule_words("topic_prepositions.txt")


@lru_cache(maxsize=1)
def _name_particles() -> frozenset[str]:
    """"عبد", "أبو", "بن": the next word belongs to the same name ("عبد الرحمن")."""
    return rule_words("speaker_name_particles.txt")


@lru_cache(maxsize=1)
def _asides() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """rules/source_asides.txt: one-word and two-word openers of a source aside."""
    one, two = set(), set()
    for line in rules_io.lines("source_asides.txt"):
        words = tuple(fold(w) for w in line.split())
        (one.add(words[0]) if len(words) == 1 else two.add(words[:2]))
    return frozenset(one), frozenset(two)


@lru_cache(maxsize=1)
def _aside_firsts() -> frozenset[str]:
    """The first words of the two-word asides of :func:`_asides`."""
    return frozenset(w for w, _ in _asides()[1])


def _before_aside(toks: list[Tok], text: str) -> list[Tok]:
    """The subject phrase up to a source aside ("متحدث باسم البلدية كما جاء في نشرة
    الأخبار" -> "متحدث باسم البلدية"); the phrase may end before the aside's verb (a
    speech verb of its own: "فلان كما | ورد في")."""
    one, two = _asides()
    firsts = _aside_firsts()
    for i, t in enumerate(toks):
        if t.f in one:
            return toks[:i]
        if t.f not in firsts:
            continue    # no two-word aside opens here: the next word is not looked up
        if i + 1 < len(toks):
            nxt = toks[i + 1].f
        else:
            words = text[t.end:t.end + 16].split()
            nxt = fold(words[0]) if words else ""
        if (t.f, nxt) in two:
            return toks[:i]
    return toks


@lru_cache(maxsize=1)
def _groups() -> tuple[frozenset[str], frozenset[str]]:
    """rules/speaker_groups.txt: group words, and those that need "من" after them."""
    lines = rules_io.lines("speaker_groups.txt")
    return (frozenset(fold(w.lstrip("~")) for w in lines),
            frozenset(fold(w[1:]) for w in lines if w.startswith("~")))


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words that are no unit of a name ("تصريحات", "لسان"; rules/speaker_not_names.txt)."""
    return frozenset(fold(w.lstrip("~")) for w in rules_io.lines("speaker_not_names.txt"))


@lru_cache(maxsize=1)
def _addressees() -> frozenset[str]:
    """"له", "لي": whom a verb was said to, before its subject (rules/addressee_pronouns.txt)."""
    return rule_words("addressee_pronouns.txt")


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Role head words of rules/speaker_titles.txt ("وكيل", "نائب"), as token keys."""
    return rule_keys("speaker_titles.txt")


@lru_cache(maxsize=1)
def _stance_verbs() -> frozenset[str]:
    return rule_words("stance_verbs.txt")


@lru_cache(maxsize=1)
def _source_documents() -> frozenset[str]:
    return rule_keys("source_documents.txt")


@lru_cache(maxsize=1)
def _places() -> frozenset[tuple[str, ...]]:
    """Place names that speak as their government (rules/speaker_places.txt), as folded
    word tuples."""
    return rule_phrases("speaker_places.txt")


def _is_place(toks: list[Tok]) -> bool:
    """"الولايات المتحدة والدول ...": the phrase opens with a place name."""
    words = tuple(t.f for t in toks)
    return bool(words) and (words[:1] in _places() or (len(words) >= 2 and words[:2] in _place_starts()))


@lru_cache(maxsize=1)
def _place_starts() -> frozenset[tuple[str, ...]]:
    """The first two words of the place names of two words or more ("الولايات المتحده")."""
    return frozenset(p[:2] for p in _places() if len(p) >= 2)


@lru_cache(maxsize=1)
def _nationalities() -> dict[str, str]:
    """Nationality adjective keys, masculine and feminine ("تركي", "تركيه") -> country
    (rules/speaker_nationalities.json), for :meth:`Attributor._other_nation` only: its
    words are keys, and :func:`analysis.speakers.lexicon.nationality` would also read
    plurals ("سوريون"), و-forms ("وأفغانية") and country names ending in ا ("روسيا" as
    روسي), which changes the speakers and claims tables."""
    out: dict[str, str] = {}
    for k, v in rules_io.table("speaker_nationalities.json").items():
        key = folded_key(fold(k))
        out[key] = out[key + "ه"] = v
    return out


@lru_cache(maxsize=1)
def _plural_heads() -> frozenset[str]:
    """ذوو، أهالي: group heads with no plural ending (rules file)."""
    return rule_words("plural_heads.txt")


@lru_cache(maxsize=1)
def _object_first() -> frozenset[str]:
    """وصف، اتهم: verbs with an object between the subject and what was said (rules file)."""
    return rule_words("object_first_verbs.txt")


@lru_cache(maxsize=1)
def _informing() -> frozenset[str]:
    """أبلغ، أخبر: verbs whose subject is followed by whom it was told to (rules file)."""
    return rule_words("informing_verbs.txt")


@lru_cache(maxsize=1)
def _learned_from() -> frozenset[str]:
    return rule_words("learned_from_verbs.txt")


@lru_cache(maxsize=1)
def _told_openers() -> frozenset[str]:
    """Folded words after which the subject that told an outlet stands (rules/told_openers.txt)."""
    return rule_words("told_openers.txt")


@lru_cache(maxsize=1)
def _auxiliaries() -> frozenset[str]:
    """كان and its forms, which open a pluperfect "وكان فلان قد قال" (rules file)."""
    return rule_words("pluperfect_auxiliaries.txt")


@lru_cache(maxsize=1)
def _media() -> dict[str, frozenset[str]]:
    """Media head word (folded, without ال) -> its synonyms (rules/media_heads.txt)."""
    out: dict[str, frozenset[str]] = {}
    for line in rules_io.lines("media_heads.txt"):
        group = frozenset(folded_key(fold(w)) for w in line.split())
        for w in group:
            out[w] = group
    return out


@lru_cache(maxsize=1)
def _media_names() -> frozenset[str]:
    return rule_words("media_names.txt")


@lru_cache(maxsize=1)
def _media_name_ends() -> frozenset[str]:
    """Words that end a newspaper's name: "صحيفة النجم التي", "صحيفة النجم الصادرة اليوم"."""
    return frozenset(_intro_words()["name_end"])


_INTRO_REACH = 80      # characters before a newspaper word that an intro may take


@lru_cache(maxsize=1)
def _intro_words() -> dict[str, tuple[str, ...]]:
    """rules/press_review_intros.txt, read once: kind -> folded words."""
    return {line.split()[0]: tuple(fold(w) for w in line.split()[1:])
            for line in rules_io.lines("press_review_intros.txt")}


@lru_cache(maxsize=1)
def _intro_head_re() -> re.Pattern[str]:
    """A newspaper word of a press review's intro ("صحيفة", "جريدة"), over folded text."""
    return re.compile(rf"(?:{'|'.join(_intro_words()['head'])})\s")


@lru_cache(maxsize=1)
def _intro_re() -> re.Pattern[str]:
    """A press review's intro up to its newspaper word (rules/press_review_intros.txt),
    over folded text: an opening preposition, the reviewer's verb and a preposition, or an
    opening non-speech verb."""
    alt = {k: "|".join(sorted(ws, key=len, reverse=True)) for k, ws in _intro_words().items()}
    opening = r"(?:^|(?<=[.!؟?\n]))[ \t]*"
    return re.compile(
        rf"(?:{opening}[وف]?(?:{alt['opener']}|{alt['subject']})"
        rf"|(?<!\w)[وف]?(?:{alt['reader']})(?:\s+\w+)?\s+(?:من|في|الي|مع|عند|علي))"
        rf"\s+(?=(?:{alt['head']})\s)")


@lru_cache(maxsize=1)
def _issuer_re() -> re.Pattern[str]:
    verbs = "|".join(re.escape(fold(w)) for w in rules_io.lines("issuer_verbs.txt"))
    return re.compile(rf"(?<!\w)[وف]?(?:{verbs})(?!\w)")


_TITLE_RE: dict[int, re.Pattern[str]] = {}


def _title_re(lex: Lexicon) -> re.Pattern[str]:
    """Any title word as a whole folded word, with ال / و / ب / ل in front (built once)."""
    got = _TITLE_RE.get(id(lex))
    if got is not None:
        return got
    alts = _trie({w for t in lex.titles for w in (t, t + "ه")})
    # the title, up to three definite words after it, then up to four words of a name; the
    # prefix as a branch with an empty last choice, tried in the order of "(?:[وفبل]?ال|لل|[وفب])?"
    # (the same matches; the optional group's repeat machinery cost ~15% of the scan)
    got = _TITLE_RE[id(lex)] = re.compile(
        rf"(?<!\w)(?:[وفبل]ال|ال|لل|[وفب]|)(?:{alts})(?!\w)(?:\s+ال\w+){{0,3}}(?:\s*[،,])?"
        rf"(?P<name>(?:\s+[^\s،,؛;:()«»“”\"]+){{0,4}})")
    return got


_NAME_TITLE_RE: dict[int, re.Pattern[str]] = {}


def _name_title_re(lex: Lexicon) -> re.Pattern[str]:
    """A comma, then a title: the words before it are a name (built once)."""
    got = _NAME_TITLE_RE.get(id(lex))
    if got is None:
        alts = _trie({w for t in lex.titles for w in (t, t + "ه")})
        got = _NAME_TITLE_RE[id(lex)] = re.compile(rf"[،,]\s*(?:ال)?(?:{alts})(?!\w)")
    return got


class NameBook:
    """Words that the article uses as names: the words after a title ("وزير الخارجية
    الإيراني محمد جواد ظريف"). A bare subject found by its position ("كرر ظريف موقف روحاني")
    is cut after its last such word."""

    def __init__(self, text: str, index: TokenIndex, lex: Lexicon) -> None:
        words: set[str] = set()
        for m in _title_re(lex).finditer(index.folded):
            for w in m.group("name").split():
                w = w.strip("ـ.!?؟")
                if not w or (w.startswith(("ال", "وال", "بال", "لل")) and w != "الله") or w in _NAME_STOP or w[-1:] == "ه" and len(w) > 3:
                    break
                words.add(w)
        # "محمد جواد ظريف، وزير الخارجية": a name before a comma and a title
        folded = index.folded
        for m in _name_title_re(lex).finditer(folded):
            before = folded[max(0, m.start() - 60):m.start()].split()[-3:]
            words.update(w for w in before
                         if not w.startswith(("ال", "وال", "بال", "لل")) and w not in _NAME_STOP)
        self.words = words


def _after_auxiliary(toks: list[Tok]) -> bool:
    """"...، وكان يقول": the verb's phrase opens with و + an auxiliary after a comma."""
    return len(toks) >= 3 and toks[-1].f[:1] == "و" and toks[-1].f[1:] in _auxiliaries() \
        and toks[-2].text in ",،"


def _comma_and(toks: list[Tok]) -> bool:
    """"...، وقال": a verb coordinated after a comma shares the sentence's subject; so does
    one after "، وكان" ("أحب الممثل فلان المسرح منذ صغره، وكان يقول لأصدقائه")."""
    return len(toks) >= 2 and toks[-1].text in ",،" or _after_auxiliary(toks)


def _coordinated(text: str, s0: int, verb_start: int) -> bool:
    """The verb follows a comma or is the sentence's first word: not a subordinate clause."""
    j = verb_start
    while j > s0 and text[j - 1] in "وف":
        j -= 1
    while j > s0 and text[j - 1].isspace():
        j -= 1
    return j <= s0 or text[j - 1] in ",،"


def _is_titled(m: Mention, index: TokenIndex, lex: Lexicon) -> bool:
    """A title-led phrase or a name of two words or more (not "روسيا", "الاتفاق")."""
    before = index.slice(max(0, m.start - 40), m.start)
    toks = index.slice(m.start, m.end)
    if not toks:
        return False
    return (bool(before) and is_title(before[-1], lex)) or is_title(toks[0], lex) \
        or (len(toks) >= 2 and not toks[0].f.startswith("ال"))


def _word_starts(folded: str, word: str) -> Iterator[int]:
    """Where ``word`` stands as a whole word in ``folded`` (no word character, as ``\\w``
    has it, on either side), left to right and not overlapping, as a regex finditer would
    give them. str.find instead of a pattern per word: a first pass compiled ~330 of them
    per 700 articles, each costing more than the searches it served."""
    if not word:
        yield from (m.start() for m in re.finditer(r"(?<!\w)(?!\w)", folded))
        return
    n, size, find = len(word), len(folded), folded.find
    at = find(word)
    while at >= 0:
        end = at + n
        if (at == 0 or not _is_word_char(folded[at - 1])) and (end == size or not _is_word_char(folded[end])):
            yield at
            at = find(word, end)
        else:
            at = find(word, at + 1)


def _is_word_char(ch: str) -> bool:
    """What the regex ``\\w`` matches (str patterns): a letter, digit or numeral, or ``_``."""
    return ch.isalnum() or ch == "_"

"""Speech cues and reported-speech clauses ("قال إن ...", "أشار إلى أن ...", "مضيفا أن ...").

A cue is a speech verb, the subject phrase after it, and what introduces the speech: a
complementizer (إن / أن / بأن / فإن, pronoun suffix included; of "إلى أن" / "على أن" only
أن: rules/complementizers.txt), a colon, or an opening quotation mark. Marked names inside
the subject are part of it ("وقال سامي داود في تصريحات لـ«الجريدة اليومية» إن", "وقال «مكتب
أخبار سوريا» إن"). A reported clause runs from after the complementizer to the end of its
sentence, or to an earlier stop (ANNOTATION.md, settled cases):
- a new attribution starts a new quote: after a comma ("، مضيفا أن", "، وقال إن", "، حيث
  توقع أن"), a participle ("... قائلا: «»"), or "كما زعم" / "حسب ما أكد";
- a source tail ("، بحسب ما نقلت عنه الوكالة", "، وفق ...") is not part of the words;
- a coordinated "وأن ..." (with or without a comma) starts a new clause of the same verb,
  except before a present-tense speech verb ("أن توقف العمليات وأن تعلن ...": it
  coordinates an inner أن);
- marked words of three or more words are a direct quote; the unmarked rest of the clause
  is an indirect quote only where it is a clause of its own (MIN_REST_WORDS words).
A present-tense verb with no subject before its complementizer is impersonal ("يذكر أن",
"ويعتقد أن": it is mentioned / believed) and starts no clause (rules/impersonal_verbs.txt).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from analysis import rules_io
from analysis.quotes.lexicon import (
    NEXT_WORD,
    WORD_CHARS,
    Lexicon,
    VerbHit,
    find_verbs,
    fold,
    folded_key,
    is_participle,
    rule_keys,
    rule_phrases,
    rule_words,
    strip_diacritics,
    told_object_forms,
)
from analysis.quotes.marks import Marked
from analysis.records import Paragraph

MAX_SUBJECT_WORDS = 24
MAX_LONG_SUBJECT_WORDS = 40  # a longer subject only before a clear "، إن" (_long_subject_ends)
MAX_WORDS_AFTER_MARK = 4    # "قال «مكتب أخبار سوريا» إن": the marked words name the subject
MAX_WORDS_AFTER_VAN = 8     # "يوهان فان دايك رئيس البعثة الأوروبية إن"
MAX_FA_SUBJECT = 3          # "فإن خبيرا قانونيا أكد أن": the words name the next speaker
MAX_FRONT_CHARS = 300       # how far back "فإن" looks for a fronting word of its sentence
MIN_UNTIL_WORDS = 4         # subject words before "إلى أن" + verb read as "until"
MIN_REST_WORDS = 5          # the unmarked rest of a mixed clause that still counts as a quote
# a subordinate clause starts: the speech verb's subject cannot run past it
# ("تفاؤل حذر ... لأن النظام على قناعة بأنه", "ردا على سؤال عما إذا كان يمكن ... أن")
_SUBJECT_BREAKS = frozenset({"لان", "لكن", "ولكن", "اذا", "عندما", "حين", "بينما", "لكي", "كي"})
_WORD = re.compile(rf"[{WORD_CHARS}]+")     # \w+
# "(أ.ف.ب)": a dot after a one-letter word is an abbreviation, not a sentence end. The end
# character comes first, the lookbehinds after it: the regex engine then tries them at the
# few end characters instead of at every position of the text
_STOP = r"[.؟?!](?<![\s.(][\u0621-\u064A][.؟?!])(?<!\d[.؟?!])(?!\d)"
_SUBJ_TOKEN = re.compile(r"\w+|[:«“”\"‘]|" + _STOP)
# _STOP or a newline; the character class first (the lookbehinds after it): the regex
# engine then skips to the few end characters instead of trying every position of a clause
_SENT_END = re.compile(r"[.؟?!\n](?:(?<=\n)|(?<![\s.(][\u0621-\u064A].)(?<!\d.)(?!\d))")
_COORD = re.compile(r"(?:[،,]\s*|\s)و(?:ب)?ان[\u064B-\u0652]*(?:ه|ها|هم|هما|نا)?[\u064B-\u0652]*(?!\w)")
# "، بحسب ما نقلت عنه الوكالة", "، وفق ما ذكرت", "، نقلا عن": the source, not the words
_SOURCE_TAIL = re.compile(r"[،,]\s*(?:و?(?:ب?حسب|وفق|وفقا\s+ل|طبقا\s+ل|نقلا\s+عن|على\s+حد)\S*)")
# words right before a verb that make it a new attribution even with no comma
_NEW_ATTRIBUTION = re.compile(r"(?:[،,]\s*(?:\S+\s+)?\S*|(?<!\w)(?:كما|حسبما|حسب\s+ما|بحسب\s+ما|وفق\s+ما|حيث"
                              r"|و?لكن\S*(?:\s+لم)?))\s*[وف]?$")
# "وكما يقول الخبير، فإن ...", "وحسب ما ذكر البيان، فإن ...": the verb of an aside
_AS_SAID = re.compile(r"(?<!\w)و?(?:كما|حسبما|حسب\s+ما|بحسب\s+ما|وفق\s+ما)\s*[وف]?$")
# a told thing right after a telling verb with an object pronoun ("أخبرته بذلك"، "أبلغه بالقرار");
# not a بال adverb right before the complementizer ("أبلغه بالأمس أن": a report)
_TOLD_THING = re.compile(r"\s+ب(?:ال\w*|ذلك|هذا|هذه|ذاك)(?!\w)(?!\s+ب?ان\w{0,2}(?!\w))")
_ENDTRIM = " \t.،,؛;:-–"
_MARKS = "«“”\"‘"


@lru_cache(maxsize=1)
def _impersonal() -> frozenset[str]:
    return rule_words("impersonal_verbs.txt")


@lru_cache(maxsize=256)
def _folded(lemma: str) -> str:
    return fold(lemma)


def _blockers() -> frozenset[str]:
    """Last words of a subject that take the complementizer away from the verb
    (rules/subject_blockers.txt: "يجب أن", "إلا أن", "بالإضافة إلى أن")."""
    return rule_words("subject_blockers.txt")


def _inner_verbs() -> frozenset[str]:
    """Last words of a subject that take the complementizer themselves, the subject reading
    on past it (rules/subject_inner_verbs.txt: "يتوجب أن", "سبق أن", "يعتقد أن")."""
    return rule_words("subject_inner_verbs.txt")


class Cue(NamedTuple):
    para: int
    vstart: int          # the verb, without its و/ف prefix
    vend: int
    verb: str            # lemma
    comma_before: bool   # "، مضيفا" / "، وقال" / "كما زعم": a new attribution inside a sentence
    subj_start: int      # the subject phrase between verb and what introduces the speech
    subj_end: int
    intro: str           # "comp", "colon", "mark" or "" (nothing found)
    clause_start: int    # after the complementizer / colon (-1 when intro is "" / "mark")
    held: bool = False   # intro "": a complementizer ends the subject but is not the verb's
                         # ("ونفى الوزير علاقته بالحادث، إلا أنهم ..."); marks inside still name


class Clause(NamedTuple):
    cue: int             # index into the cue list
    start: int
    end: int


def _para_of(paras: list[Paragraph], pos: int, hint: int) -> int:
    i = hint
    while i + 1 < len(paras) and paras[i].end < pos:
        i += 1
    return i


@lru_cache(maxsize=4)
def _events(comp: str) -> re.Pattern[str]:
    """What can end a subject phrase, in one pass: a complementizer, a colon, a mark, a
    sentence end, a subordinating word."""
    word_start = rf"(?<![{WORD_CHARS}\u064B-\u0652])"
    breaks = "|".join(sorted(_SUBJECT_BREAKS, key=len, reverse=True))
    # every event starts at a word start or at one of its characters: one test, asked
    # first, turns away the positions inside words (most of them) before the five
    # alternatives are tried
    where = rf"(?:{word_start}|(?=[:{_MARKS}.؟?!]))"
    return re.compile(rf"{where}(?:(?P<comp>{word_start}{comp})|(?P<colon>:)|(?P<mark>[{_MARKS}])"
                      rf"|(?P<stop>{_STOP})|(?P<brk>{word_start}(?:{breaks})(?![{WORD_CHARS}\u064B-\u0652])))")


def _nth_word_start(folded: str, pos: int, limit: int, n: int) -> int:
    for i, w in enumerate(_WORD.finditer(folded, pos, limit)):
        if i == n:
            return w.start()
    return limit


def _clock_colon(folded: str, at: int) -> bool:
    """A colon between two numbers is a clock time ("الساعة 11:59", or "59: 11" as some
    text turns it round), not what introduces speech."""
    return folded[at - 1:at].isdigit() and folded[at + 1:at + 3].strip()[:1].isdigit()


def _until(folded: str, comp_end: int, lemma: str, words: int) -> bool:
    """"إلى أن" + a present verb after a long subject is "until", not a reported clause:
    "وطالب الناشط الحكومة بالاعتصام إلى أن تتغير الأوضاع". The verbs that take إلى
    (أشار، لفت، دعا ...; rules/ila_verbs.txt) and a short subject ("وقال المسؤول إلى أن",
    a common slip for "إن") keep it."""
    if words < MIN_UNTIL_WORDS or lemma in rule_words("ila_verbs.txt"):
        return False
    nxt = folded[comp_end:comp_end + 6].lstrip()
    # a present verb: يصدر، تتغير، تستمر، تكون (not a noun such as تقرير or تنظيم)
    return nxt.startswith(("ي", "تت", "تست", "تكون"))


def _fa_answers(folded: str, vstart: int, lemma: str, next_verb: bool, limit: int,
                comp_end: int) -> bool:
    """"فإن" after a verb and its subject answers a fronted clause ("ورغم أن الدعوى لم تعد
    معلنة، فإنها ..."): narration, not the verb's words. It stays the verb's after "برأي"
    (rules/fa_comp_verbs.txt), in an aside ("وكما يقول الخبير، فإن"), and where a speech
    verb follows within a few words ("فإن خبيرا قانونيا أكد أن": the clause names the next
    speaker). Only then may a bare "فان" be a name particle; the caller holds the clause
    only where a fronting word stands before it (:func:`_fronted`)."""
    if lemma in rule_words("fa_comp_verbs.txt") or _AS_SAID.search(folded, max(0, vstart - 12), vstart):
        return False
    return not (next_verb and len(_WORD.findall(folded, comp_end, limit)) <= MAX_FA_SUBJECT)


def _fronted(folded: str, vstart: int, comp_end: int) -> bool:
    """Whether a word that fronts a clause answered by "فإن" (rules/fa_fronting.txt) stands
    in the sentence before the "فإن" ending at ``comp_end``."""
    lo = max(0, vstart - MAX_FRONT_CHARS)
    start = lo
    for m in _SENT_END.finditer(folded, lo, vstart):
        start = m.end()     # the last sentence end before the verb ("د." and "3.5" are none)
    front = rule_phrases("fa_fronting.txt")
    words = _WORD.findall(folded, start, comp_end)
    for i, w in enumerate(words):
        for k in (w, w[1:] if w[:1] in "وفبل" else ""):
            if (k,) in front or i + 1 < len(words) and (k, words[i + 1]) in front:
                return True
    return False


def _long_subject_ends(text: str, folded: str, at: int) -> bool:
    """Whether a bare إن / أن at ``at``, after a subject longer than MAX_SUBJECT_WORDS, still
    ends it: right after a comma ("وقال الوزير، ... في مؤتمر صحافي عقده أمس، إن"), written
    إن ("وقال ظريف في مؤتمر صحافي ... الجاري إن"), or right after a definite noun or a closing
    mark ("قائلا في حديثه للصحافيين ... التي يسكنها الأكراد أن"). Not after a verb or a
    particle of the subject's own clause ("لا يبدو أن", "سبق أن", "بل إنه";
    rules/long_subject_stops.txt)."""
    if folded[at] != "ا":
        return False      # بأن، فإن، إلى أن ...
    before = text[max(0, at - 30):at].rstrip()
    if before.endswith(("،", ",")):
        return True
    prev = _PREV_WORD.search(folded, max(0, at - 30), at)
    if prev is None:
        return before.endswith(tuple(_MARKS) + (")",))
    w = prev.group(1)
    if w in rule_words("long_subject_stops.txt"):
        return False
    return text[at] == "إ" or w.startswith(("ال", "وال", "بال", "لل"))


def _no_intro(inner: tuple[int, int] | None, at: int, n: int) -> tuple[str, int, int, int]:
    """No complementizer of the verb's own: the subject ends at ``at``, or, where an inner
    verb took one ("على الدور الذي يتوجب أن ..."), it ends there, held."""
    return ("held", inner[0], -1, inner[1]) if inner is not None else ("", at, -1, n)


def _subject(text: str, folded: str, vstart: int, vend: int, limit: int, lex: Lexicon,
             spans: dict[int, Marked], lemma: str, next_verb: bool) -> tuple[str, int, int, int]:
    """(intro, subject end, clause start, subject words) of the phrase after a verb;
    intro "held": a complementizer ends the subject but introduces no clause of the verb.
    ``vstart``: the verb with its و/ف prefix; ``lemma``: the verb's lemma, folded;
    ``next_verb``: ``limit`` is the start of the next speech verb."""
    events = _events(lex.comp_re.pattern)
    pos, words = vend, 0
    pending: tuple[int, int] | None = None   # a marked span read as part of the subject
    van = -1    # the words before a "فان" read as a name particle ("هيرمان فان رومبوي")
    inner: tuple[int, int] | None = None    # the first complementizer an inner verb took
    while True:
        ev = events.search(folded, pos, limit)
        at = ev.start() if ev else limit
        n = words + len(_WORD.findall(folded, pos, at))
        if pending is not None and (n - pending[1] > MAX_WORDS_AFTER_MARK or ev is None
                                    or ev.lastgroup in ("stop", "colon")):
            return "mark", pending[0], -1, pending[1]
        if n > MAX_SUBJECT_WORDS and not (n <= MAX_LONG_SUBJECT_WORDS and ev is not None
                                          and ev.lastgroup == "comp" and _long_subject_ends(text, folded, at)):
            return _no_intro(inner, _nth_word_start(folded, pos, limit, MAX_SUBJECT_WORDS + 1 - words), n)
        if ev is None or ev.lastgroup == "brk":
            return _no_intro(inner, at, n)
        kind = ev.lastgroup
        if kind == "stop":
            return _no_intro(inner, at, n)
        if kind == "colon":
            if _clock_colon(folded, at):
                pos, words = at + 1, n
                continue
            return "colon", at, at + 1, n
        if kind == "mark":
            span = spans.get(at)
            if span is None or span.left_open:
                return "mark", at, -1, n
            if span.is_quote:
                pending = (at, n)
            pos = span.close + 1
            while pos < limit and folded[pos] in _MARKS:
                pos += 1
            words = n + 1
            continue
        prev = folded[pos:at].split()
        if n and prev and prev[-1] in _inner_verbs():
            # "وقال المتحدث، الذي يعتقد أنه ...، للصحيفة إن": the أن is يعتقد's; read on
            if inner is None:
                inner = (at, n)
            pos, words = ev.end(), n + 1
            continue
        if n and prev and prev[-1] in _blockers():
            # "وقال الوزير «...» بعد أن": the marked words stay quotes
            return "" if pending is not None else "held", at, -1, n
        comp = folded[at:ev.end()]
        if n and comp[0] == "ف" and text[at:ev.end()] == "فان" and prev \
                and folded_key(prev[-1]) in rule_keys("place_heads.txt"):
            pos, words = ev.end(), n + 1     # "في مدينة فان": the Turkish city Van
            continue
        if n and comp[0] == "ف" and _fa_answers(folded, vstart, lemma, next_verb, limit, ev.end()):
            # a bare "فان" may be a name particle ("وقال هيرمان فان رومبوي إن"): read on,
            # a few words only
            if van < 0 and text[at:ev.end()] == "فان":
                van, pos, words = n, ev.end(), n + 1
                continue
            if _fronted(folded, vstart, ev.end()):
                return "held", at, -1, n
        if van >= 0 and n - van > MAX_WORDS_AFTER_VAN:
            return _no_intro(inner, at, n)
        if prev[-1:] == ["الي"] and (prev[-2:-1] and prev[-2] in rule_words("ila_nouns.txt")
                                     or comp == "ان" and _until(folded, ev.end(), lemma, n)):
            return "held", at, -1, n
        return "comp", at, ev.end(), n


def find_cues(text: str, folded: str, paras: list[Paragraph], lex: Lexicon,
              marked: list[Marked] = ()) -> list[Cue]:
    """Every speech verb of the article with what follows it."""
    spans: dict[int, Marked] = {}
    for s in marked:
        if not s.continued:
            a = s.open   # a run of marks ("””") opens at its first character
            while a >= 0 and text[a] in _MARKS and s.open - a < 3:
                spans[a] = s
                a -= 1
    impersonal = _impersonal()
    told = told_object_forms()
    quotes = sorted((s.start, s.end) for s in marked if s.is_quote)
    cues: list[Cue] = []
    pi = 0
    # "إبان فترة بوش": the preposition (during), not the verb أبان
    matches = [m for m in find_verbs(folded, lex)
               if not (m.form == "ابان" and text[m.vstart] == "إ") and not _not_verb(text, folded, m)]
    for k, m in enumerate(matches):
        pi = _para_of(paras, m.start, pi)
        if not paras or not paras[pi].start <= m.start < paras[pi].end:
            continue
        p = paras[pi]
        vstart, vend = m.vstart, m.end
        if quotes and _thing_subject_inside(folded, vstart, quotes, lex):
            continue
        limit, next_verb = p.end, False
        if k + 1 < len(matches) and matches[k + 1].start < limit:
            limit, next_verb = matches[k + 1].start, True
        new_attr = is_participle(m.form) or \
            _NEW_ATTRIBUTION.search(folded, max(p.start, m.start - 20), m.start) is not None
        intro, subj_end, clause_start, words = _subject(text, folded, m.start, vend, limit, lex,
                                                       spans, _folded(lex.lemma[m.form]), next_verb)
        if intro == "comp" and words == 0 and m.form in impersonal:
            intro, clause_start = "", -1
        elif intro == "comp" and (_thing_subject(folded, vend, subj_end)
                                  or m.start == m.vstart and not is_participle(m.form)
                                  and _thing_before(folded, m.start, vend, subj_end)):
            intro, clause_start = "", -1
        if m.form in told and (intro != "comp" or _TOLD_THING.match(folded, vend, subj_end)
                               or words == 0 and m.start < m.vstart and _in_clause(folded, cues, pi, m.start)):
            # "وأبلغهم وعودا بـ«...»", "أخبرته بذلك فكيف له أن": the words after it are
            # what was told, no clause of the teller; "وقال إن الشركة رفضت طلبه وأخبرته
            # أنه ...": the teller is the outer clause's subject, unnamed here
            continue
        held = intro == "held"
        if held:
            intro = ""
        # tuple.__new__: what Cue(...) does, without its Python frame
        cues.append(tuple.__new__(Cue, (pi, vstart, vend, lex.lemma[m.form], new_attr, vend, subj_end,
                                        intro, clause_start, held)))
    return cues


def _in_clause(folded: str, cues: list[Cue], pi: int, at: int) -> bool:
    """``at`` stands in the sentence of the last cue's reported clause (same paragraph)."""
    last = cues[-1] if cues else None
    return last is not None and last.para == pi and last.intro == "comp" and 0 <= last.clause_start <= at \
        and _SENT_END.search(folded, last.clause_start, at) is None


_PREV_WORD = re.compile(r"(\w+)[\s\u064B-\u0652]*$")


def _thing_subject(folded: str, a: int, b: int) -> bool:
    """The subject phrase folded[a:b] is headed by an idea or a detail, not a speaker
    ("وترى إحدى النظريات أن", "وتكشف تفاصيل جديدة عن أن"; rules/thing_subjects.txt, after
    a quantifier of rules/speaker_quantifiers.txt)."""
    heads = _thing_subjects()
    seg = folded[a:min(b, a + 40)]
    if not any(h in seg for h in heads):     # most subjects: a few substring tests
        return False
    first = _WORD.findall(seg)[:2]
    if first and first[0] in rule_words("speaker_quantifiers.txt"):
        first = first[1:]
    return bool(first) and folded_key(first[0]) in heads


# what may stand between a verb and its complementizer when its subject stands before it
_BARE_PREPS = frozenset({"", "الي", "علي", "عن", "من"})


def _thing_before(folded: str, start: int, vend: int, subj_end: int) -> bool:
    """The subject stands BEFORE the verb and is an idea, not a speaker: "فإن الواقع
    يؤكد أن ...", "والأدلة تشير إلى أن ..." (rules/thing_subjects.txt). Only where
    nothing but a preposition stands between verb and complementizer; the caller asks it
    of no participle ("قلقه حيال الفرضية معتبرا أن": his words) and of no verb with a
    glued و/ف, which starts a new clause: in "وعرض الوزير الأدلة وقال إن" the idea before
    it is the object of the verb before."""
    if folded[vend:subj_end].strip() not in _BARE_PREPS:
        return False
    prev = _PREV_WORD.search(folded, max(0, start - 20), start)
    return prev is not None and folded_key(prev.group(1)) in _thing_subjects()


@lru_cache(maxsize=1)
def _thing_subjects() -> frozenset[str]:
    return rule_keys("thing_subjects.txt")


def _not_verb(text: str, folded: str, m: VerbHit) -> bool:
    """A speech-verb form that is a noun, an adverb or a passive here: after "تم" / "وسيلة"
    a verbal noun ("تم نقل المصابين", rules/masdar_heads.txt); "مجددا" away from a comma is
    "again" ("عادت مجددا", rules/adverb_participles.txt); "يدعى" is "is called" ("لطفل
    يدعى فلان", rules/naming_passives.txt)."""
    if text[m.end - 1:m.end] == "ى" and strip_diacritics(text[m.vstart:m.end]) in _naming_passives():
        return True
    nouns = _noun_pairs().get(m.form)
    if nouns is not None:      # "رد فعل": a noun (rules/verb_noun_pairs.txt)
        nxt = NEXT_WORD.match(folded, m.end)
        if nxt is not None and nxt.group(1) in nouns:
            return True
    if m.form in rule_words("adverb_participles.txt"):
        before = folded[max(0, m.start - 3):m.start].rstrip()
        return not before.endswith(("،", ","))
    if m.start == m.vstart:      # "ونقل": a و in front is a verb's
        prev = _PREV_WORD.search(folded, max(0, m.start - 12), m.start)
        return prev is not None and prev.group(1) in rule_words("masdar_heads.txt")
    return False




@lru_cache(maxsize=1)
def _noun_pairs() -> dict[str, frozenset[str]]:
    """{verb form: the next words that make it a noun} (rules/verb_noun_pairs.txt)."""
    pairs: dict[str, set[str]] = {}
    for a, b in rule_phrases("verb_noun_pairs.txt"):
        pairs.setdefault(a, set()).add(b)
    return {a: frozenset(b) for a, b in pairs.items()}


@lru_cache(maxsize=1)
def _naming_passives() -> frozenset[str]:
    """"يدعى", "تدعى": rules/naming_passives.txt, exact surfaces."""
    return frozenset(rules_io.lines("naming_passives.txt"))


_THING_LEAD = re.compile(r"(?:(?<!\w)(?:كل|جميع|معظم)\s+)?(?<!\w)(\w+)\s+$")


def _thing_subject_inside(folded: str, vstart: int, quotes: list[tuple[int, int]],
                          lex: Lexicon) -> bool:
    """A verb inside a direct quote whose subject before it is a thing, not a speaker:
    «كل المؤشرات تؤكد أنه ...» is one quote, not a second one said by "المؤشرات"."""
    i = bisect_right(quotes, (vstart, len(folded))) - 1
    if i < 0 or not quotes[i][0] <= vstart < quotes[i][1]:
        return False
    m = _THING_LEAD.search(folded, max(quotes[i][0], vstart - 40), vstart)
    if m is None:
        return False
    w = m.group(1)
    if not w.startswith("ال") or len(w) < 5:
        return False
    key = w[2:]
    return not (key in lex.anon_heads or key in lex.org_heads or key in lex.titles
                or (key.endswith("ه") and key[:-1] in lex.titles)) and key.endswith("ات")


def subject_marks(marked: list[Marked], cues: list[Cue]) -> list[Marked]:
    """Marked spans inside a cue's subject ("قال مدير «المرصد السوري» رامي عبد الرحمن إن")
    name the speaker: they are not quotes."""
    bounds = sorted((c.subj_start, c.subj_end) for c in cues if c.intro == "comp" or c.held)
    if not bounds:
        return marked
    starts = [a for a, _ in bounds]
    reach = list(accumulate((b for _, b in bounds), max))   # the furthest end of bounds[:k+1]
    out = []
    for s in marked:
        k = bisect_right(starts, s.open)      # the subjects that start at or before the mark
        if s.is_quote and k and s.close < reach[k - 1]:
            s = s._replace(is_quote=False)
        out.append(s)
    return out


def _inside(pos: int, spans: list[Marked]) -> bool:
    return any(s.open < pos < s.close for s in spans)


def find_clauses(text: str, folded: str, paras: list[Paragraph], cues: list[Cue], marked: list[Marked]
                 ) -> list[Clause]:
    """The reported clauses of the cues introduced by a complementizer or a colon."""
    out: list[Clause] = []
    by_para: dict[int, list[Marked]] = {}
    quotes_by_para: dict[int, list[Marked]] = {}     # the quotes of by_para, in order
    for s in marked:
        by_para.setdefault(s.para, []).append(s)
        if s.is_quote:
            quotes_by_para.setdefault(s.para, []).append(s)
    # the present-tense speech verbs (يعلن، تؤكد): their starts
    present_verbs = {c.vstart for c in cues if text[c.vstart] in "يتن"}
    for ci, cue in enumerate(cues):
        if cue.intro not in ("comp", "colon"):
            continue
        p = paras[cue.para]
        para_marks = by_para.get(cue.para, [])
        para_quotes = quotes_by_para.get(cue.para, [])
        start = cue.clause_start
        while start < p.end and text[start] in " \t،,\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652":
            start += 1
        if start >= p.end or text[start] in _MARKS and cue.intro == "colon":
            continue   # "قال: «...»" is a direct quote, not reported speech
        end = p.end
        for m in _SENT_END.finditer(text, start, p.end):
            if not _inside(m.start(), para_marks):
                end = m.start()
                break
        # a new attribution ends this clause
        for cj in range(ci + 1, len(cues)):
            other = cues[cj]
            if other.para != cue.para or other.vstart >= end:
                break
            if other.comma_before and other.vstart > start and not _inside(other.vstart, para_marks):
                w0 = max(start, other.vstart - 20)
                m = _NEW_ATTRIBUTION.search(folded, w0, other.vstart)
                end = m.start() if m else other.vstart
                break
        for m in _SOURCE_TAIL.finditer(folded, start, end):
            if not _inside(m.start(), para_marks):
                end = m.start()
                break
        # "وأن" + a present speech verb is a subjunctive ("أن توقف العمليات وأن تعلن ..."):
        # it coordinates an inner "أن", not the reported clause
        cuts = [m for m in _COORD.finditer(folded, start, end) if not _inside(m.start(), para_marks)
                and _next_non_space(text, m.end()) not in present_verbs]
        starts = [start] + [m.end() for m in cuts]
        ends = [m.start() for m in cuts] + [end]
        for a, b in zip(starts, ends):
            while a < b and text[a] in " \t،,":
                a += 1
            # a direct quote that closes the clause is not part of it
            inner = [s for s in para_quotes if a <= s.open < b]
            for s in inner:
                if not text[s.close + 1:b].strip(_ENDTRIM + "\"”»"):
                    b = s.open
            while b > a and text[b - 1] in _ENDTRIM:
                b -= 1
            if b <= a or not _WORD.search(text, a, b):
                continue
            if inner and _rest_words(text, a, b, inner) < MIN_REST_WORDS:
                continue   # "أن المسلحين «أطلقوا النار ...»": the marked words are the quote
            out.append(Clause(ci, a, b))
    return out


def _next_non_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _rest_words(text: str, a: int, b: int, inner: list[Marked]) -> int:
    """Words of text[a:b] outside the marked quotes in it."""
    n = len(_WORD.findall(text, a, b))
    for s in inner:
        if s.close <= b:
            n -= len(_WORD.findall(text, s.open, s.close))
    return n


def clause_cue(text: str, cues: list[Cue], q: Marked) -> int | None:
    """The cue whose reported sentence holds the direct quote ``q`` (None: none).

    A fallback for quotes whose sentence start is misread elsewhere, e.g. after "(أ.ف.ب)":
    "نقلت الوكالة (أ.ف.ب) عن مصدر أن المرسوم يشمل «...»".
    """
    for ci in range(len(cues) - 1, -1, -1):
        cue = cues[ci]
        if cue.para < q.para:
            break
        if cue.para > q.para or cue.vstart >= q.open:
            continue
        if cue.intro != "comp":
            return None
        between = _SENT_END.search(text, cue.clause_start, q.open)
        return ci if between is None else None
    return None

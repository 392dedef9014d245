"""Numbers stated as counts, amounts, money or percentages, normalised to one value.

Reads Western, Arabic-Indic and Persian digits (folded by :mod:`analysis.normalize`),
separators (``12.500`` / ``12,500`` / ``١٢٬٥٠٠`` thousands; ``1,5`` / ``3.5`` / ``٣٫٥``
decimals), scale words after digits (١٢٠ ألفًا -> 120000, ٨ مليون -> 8000000), number words
(ثلاثة، مئة وعشرون ألفا، عشرين مليون), compounds (44 ألفا و500 -> 44500), ranges
(ما بين 5 و12 مليون -> 5000000 and 12000000) and percentages (% ٪ في المئة بالمئة).

What is *not* a statistic (ANNOTATION.md "Numbers"): years and dates, times, durations and
ages (a time unit follows: 3 أيام، 50 عاما), ordinals (الـ23، السادس عشر), resolution, article
or model numbers (القرار 2254، المادة رقم 100، جنيف 3، سام-2), vague amounts (عشرات، مئات،
آلاف alone), and bare digits with no counted noun unless a quantity cue precedes them
(ارتفع إلى 600). All word lists are in ``analysis/rules/number_words.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from analysis import rules_io
from analysis.arabic_tokens import (Span, TermIndex, Token, WordTest, ordered_readings, readings,
                                    span_tokens, term_key)
from analysis.normalize import normalize

RULES_FILE = "number_words.json"
_DIGITS = re.compile(r"^[0-9]+(?:[.,\u066b\u066c][0-9]+)*$")
_ARABIC = re.compile(r"^[\u0621-\u064a]+$")
_WORD_CLITICS = ("وبال", "وال", "بال", "فال", "لل", "ولل", "ال", "وب", "ول", "و", "ف", "ب", "ل", "ك")
_CONNECTORS = frozenset(normalize(w) for w in ("و", "إلى", "الى", "او", "أو", "-", "حتى", "–"))
PERSON_UNITS = frozenset({"people", "troops", "civilians", "children", "women", "refugees",
                          "detainees", "fighters"})


class NumberMention(NamedTuple):
    """One statistic: its value, what it counts, and the phrase's offsets in the text."""

    value: float
    unit: str | None
    start: int
    end: int


@dataclass(frozen=True)
class _Rules:
    words: dict[str, tuple[int, str]]          # normalised word -> (value, class)
    plural_scales: frozenset[str]
    needs_noun: frozenset[str]
    only_before_ten: frozenset[str]
    fixed: TermIndex
    ordinals: frozenset[str]
    percent: tuple[tuple[str, ...], ...]
    time_units: frozenset[str]
    months: frozenset[str]
    before_exclude: frozenset[str]
    cues: tuple[tuple[str, ...], ...]
    stop_after: frozenset[str]
    count_after: frozenset[str]
    units: dict[str, str]
    events: dict[str, str]


def _n(words) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


@lru_cache(maxsize=None)
def rules() -> _Rules:
    """The number rules, normalised once per process."""
    r = rules_io.table(RULES_FILE)
    words: dict[str, tuple[int, str]] = {}
    for cls in ("ones", "tens", "hundreds", "scales", "duals"):
        for w, v in r[cls].items():
            words[normalize(w)] = (v, cls)
    units = {term_key(w)[0]: unit for unit, ws in r["units"].items() for w in ws}
    events = {term_key(w)[0]: ev for ev, ws in r["events"].items() for w in ws}
    return _Rules(words, _n(r["plural_scales"]), _n(r["needs_noun"]), _n(r["only_before_ten"]),
                  TermIndex((f, None) for f in r["fixed_expressions"]), _n(r["ordinals"]),
                  tuple(tuple(normalize(p).split()) for p in r["percent_after"]),
                  _n(r["time_units"]), _n(r["months"]), _n(r["before_exclude"]),
                  tuple(tuple(normalize(p).split()) for p in r["quantity_cues"]),
                  _n(r["stop_after"]), _n(r["count_after"]), units, events)


def parse_digits(raw: str, scaled: bool = False) -> Decimal:
    """A digit group's value; ``raw`` already has ASCII digits.

    ٫ is always decimal and ٬ always thousands. With "." or ",": before a scale word a
    single separator is decimal (2.142 مليار); otherwise groups of exactly three digits
    are thousands (12.500 جندي -> 12500) and anything else is decimal (1,5 -> 1.5).
    """
    s = raw.replace("\u066c", "").replace("\u066b", ".")
    parts = re.split(r"[.,]", s)
    if len(parts) == 1:
        return Decimal(s)
    if not scaled and all(len(p) == 3 for p in parts[1:]):
        return Decimal("".join(parts))
    if len(parts) == 2:
        return Decimal(parts[0] + "." + parts[1])
    return Decimal("".join(parts[:-1]) + "." + parts[-1])


@lru_cache(maxsize=100_000)
def _word(norm: str, first: bool) -> tuple[str, int, str] | None:
    """(number word, value, class) of a token, clitics stripped (only و when not first)."""
    R = rules()
    if norm in R.words:
        return (norm, *R.words[norm])
    for c in (_WORD_CLITICS if first else ("و",)):
        w = norm[len(c):]
        # لست (I am not) is not ل + ست: short number words take no ل / ك
        if norm.startswith(c) and w in R.words and (w not in R.needs_noun or c[-1] not in "لك" or c.endswith("ال")):
            return (w, *R.words[w])
    return None


# Can a phrase start at this token (a digit group or a number word)?
_may_start = WordTest(lambda norm: bool(_DIGITS.match(norm)) or _word(norm, True) is not None)


@dataclass
class _Phrase:
    start: int            # token indexes [start, end)
    end: int
    value: Decimal
    scaled: bool
    words: bool
    lead: str             # the first token's normalised form
    unit: str | None = None
    status: str = "bare"  # bare | count | excluded
    span_start: int = -1  # token index where the reported span starts
    span_end: int = -1


def _parse_at(toks: list[Token], i: int) -> _Phrase | None:
    R = rules()
    tok = toks[i].norm
    if _DIGITS.match(tok):
        j = i + 1
        scale = R.words.get(toks[j].norm) if j < len(toks) else None
        scaled = scale is not None and scale[1] == "scales"
        value = parse_digits(tok, scaled) * (scale[0] if scaled else 1)
        j += scaled
        # 44 ألفا و500 حالة -> 44500
        if scaled and j + 1 < len(toks) and toks[j].norm == "و" and _DIGITS.match(toks[j + 1].norm):
            nxt = parse_digits(toks[j + 1].norm)
            after = toks[j + 2].norm if j + 2 < len(toks) else ""
            if nxt < scale[0] and R.words.get(after, (0, ""))[1] != "scales":
                value += nxt
                j += 2
        return _Phrase(i, j, value, scaled, False, tok)
    first = _word(tok, True)
    if first is None or first[0] in R.plural_scales:
        return None                          # آلاف / ملايين alone: vague
    if i > 0 and toks[i - 1].norm in R.ordinals:
        return None                          # السادس عشر، الحادية والعشرين: ordinals
    if tok in ("الاثنين", "الاثنان"):
        return None                          # يوم الاثنين: Monday
    total, cur, prev_cls, j = Decimal(0), Decimal(0), None, i
    w, v, cls = first
    scaled = False
    while True:
        conj = j > i and toks[j].norm.startswith("و")
        if cls in ("scales", "duals"):
            total += (cur or 1) * v if cls == "scales" else v
            cur, scaled = Decimal(0), True
        elif cls == "hundreds" and prev_cls == "ones" and not conj and 0 < cur < 10:
            cur *= 100                       # ثلاث مئة
        elif w in ("عشر", "عشره") and prev_cls == "ones" and not conj:
            cur += 10                        # ثلاثة عشر
        else:
            cur += v
        prev_cls, j = cls, j + 1
        if j >= len(toks):
            break
        nxt = _word(toks[j].norm, False)
        if nxt is None:
            break
        w, v, cls = nxt
        if cls in ("ones", "tens") and not toks[j].norm.startswith("و") and prev_cls != "ones":
            break                            # two numbers in a row, not a compound
        if cls == "ones" and prev_cls == "ones" and w not in ("عشر", "عشره"):
            break
    if j == i + 1 and first[0] in R.only_before_ten:
        return None                          # وأثنى (praised), not اثنا عشر
    return _Phrase(i, j, total + cur, scaled, True, first[0])


def _matches(toks: list[Token], k: int, seq: tuple[str, ...]) -> bool:
    return k + len(seq) <= len(toks) and all(toks[k + n].norm == s for n, s in enumerate(seq))


def _cue_before(toks: list[Token], i: int) -> bool:
    return any(i - len(c) >= 0 and _matches(toks, i - len(c), c) for c in rules().cues)


def _context(text: str, toks: list[Token], ph: _Phrase) -> None:
    """Set the phrase's unit, status and span from the words around it."""
    R = rules()
    ph.span_start, ph.span_end = ph.start, ph.end
    k = ph.end
    for seq in R.percent:
        if _matches(toks, k, seq):
            ph.unit, ph.status, ph.span_end = "percent", "count", k + len(seq)
            break
    else:
        if k < len(toks) and _ARABIC.match(toks[k].norm):
            noun_at = k + 1 if toks[k].norm == "من" and k + 1 < len(toks) else k
            noun = toks[noun_at].norm
            rd = ordered_readings(noun)
            if noun in R.count_after or toks[k].norm in R.count_after:
                ph.status, ph.span_end = "count", k + 1
            elif R.time_units.intersection(rd) or R.months.intersection(rd):
                ph.status = "excluded"
            elif noun_at == k and noun in R.stop_after:
                pass
            elif _ARABIC.match(noun):
                unit = next((R.units[r] for r in rd if r in R.units), None)
                t = toks[noun_at]
                ph.unit = unit or text[t.start:t.end]
                ph.status, ph.span_end = "count", noun_at + 1
        elif ph.scaled:
            ph.status = "count"
    if ph.scaled and ph.status == "bare":
        ph.status = "count"
    prev = toks[ph.start - 1].norm if ph.start > 0 else ""
    if not ph.words:
        if readings(prev) & R.before_exclude and prev not in R.cues:
            ph.status = "excluded"
        elif _time_or_code(toks, ph):
            ph.status = "excluded"
        elif (ph.unit not in R.units.values() and not ph.scaled and "." not in toks[ph.start].norm
              and ph.value == int(ph.value) and 1000 <= ph.value <= 2100):
            ph.status = "excluded"           # a year: في 2011 قالت الحكومة (1066 شخصا stays)
    else:
        definite = toks[ph.start].norm.startswith(("ال", "لل")) and prev.startswith(("ال", "لل"))
        if definite and readings(prev) & R.time_units:
            ph.status = "excluded"           # الشهور الستة القادمة: a duration
        # الولايات الثلاث / المتهمون الأربعة: a definite cardinal counts the noun before it
        elif definite and _ARABIC.match(prev) and ph.unit is None and ph.status != "excluded":
            rd = ordered_readings(prev)
            p = toks[ph.start - 1]
            ph.unit = next((R.units[r] for r in rd if r in R.units), text[p.start:p.end])
            ph.status, ph.span_start = "count", ph.start - 1
        if ph.status == "bare" and ph.lead not in R.needs_noun:
            ph.status = "count"


def _time_or_code(toks: list[Token], ph: _Phrase) -> bool:
    """7:15 (a time), سام-2 / F-16 (a model), 2012/2013 (a season), 0501234567 (a phone)."""
    raw = toks[ph.start].norm
    if raw.isdigit() and ((raw[0] == "0" and len(raw) > 1) or len(raw) >= 7):
        return True
    nxt = toks[ph.end].norm if ph.end < len(toks) else ""
    prev = toks[ph.start - 1].norm if ph.start > 0 else ""
    if nxt in (":", "/") or prev in (":", "/"):
        return True
    if nxt in ("-", "–") and ph.end + 1 < len(toks) and _DIGITS.match(toks[ph.end + 1].norm) \
            and toks[ph.end].end == toks[ph.end + 1].start:
        return True                          # a score or a code: هامبورغ 1-4
    adjacent = ph.start > 0 and toks[ph.start - 1].end == toks[ph.start].start
    return prev in ("-", "–") and adjacent


def _event(toks: list[Token], ph: _Phrase) -> str | None:
    R = rules()
    for k in range(ph.span_start - 1, max(-1, ph.span_start - 4), -1):
        hit = next((R.events[r] for r in ordered_readings(toks[k].norm) if r in R.events), None)
        if hit:
            return hit
    return None


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
    """The statistics stated in ``text[start:end]``, in order."""
    return numbers_in(text, span_tokens(text, start, end))


def numbers_in(text: str, span: Span) -> list[NumberMention]:
    """:func:`find_numbers` on a span's tokens."""
    may_start = span.where(_may_start)   # only a digit group or a number word starts one
    if not may_start:
        return []
    toks = span.tokens
    phrases: list[_Phrase] = []
    names = {k for a, b, _, _ in rules().fixed.find(span) for k in range(a, b)}
    i = 0
    for k in may_start:
        if k < i or k in names:
            continue
        ph = _parse_at(toks, k)
        if ph is None:
            continue
        _context(text, toks, ph)
        phrases.append(ph)
        i = max(ph.end, ph.span_end)
    _ranges(toks, phrases)
    out = []
    for ph in phrases:
        if ph.status == "bare" and not ph.words and _cue_before(toks, ph.start):
            ph.status = "count"
        if ph.status != "count":
            continue
        unit = ph.unit
        event = _event(toks, ph)
        if event and (unit is None or unit in PERSON_UNITS):
            unit = f"{unit or 'people'} {event}"
        out.append(NumberMention(float(ph.value), unit, toks[ph.span_start].start,
                                 toks[ph.span_end - 1].end))
    return out


def _ranges(toks: list[Token], phrases: list[_Phrase]) -> None:
    """5 و12 مليون / من 5 إلى 10 في المئة: the first number takes the second's scale and unit."""
    for a, b in zip(phrases, phrases[1:]):
        between = [t.norm for t in toks[a.end:b.start]]
        joined = b.start == a.end and b.words and toks[b.start].norm.startswith("و")
        if not (joined or (len(between) == 1 and between[0] in _CONNECTORS)):
            continue
        if a.status != "bare" or a.scaled:
            continue
        if b.status == "excluded":
            a.status = "excluded"
            continue
        if b.scaled and not b.words:
            scale = rules().words.get(toks[b.start + 1].norm, (1, ""))[0]
            a.value *= scale
            a.scaled = True
        a.unit, a.status = b.unit, b.status

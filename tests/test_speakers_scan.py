"""The article text as resolution searches it (analysis.speakers.scan), checked against
the plain definitions: normalize, names.fold word by word, the whole token list."""

from __future__ import annotations

import pytest

from analysis.normalize import normalize, normalize_with_map
from analysis.speakers import names, scan
from analysis.speakers.lexicon import TOKEN, WORD

TEXTS = [
    "قال الجنرال كيفين كوبسي إن القوات باقية.",
    "وأكّد مُحمّد ـ المتحدث ـ أنّ «الوضع» هادئ جداً",        # diacritics, tatweel
    "\u200fقال\u200c كبرئيل، وكبرييل: نعم!",                  # bidi marks, a glued و
    "ﻭﻗﺎﻝ ﺍﻟﻤﺘﺤﺪﺙ إنه ماء وسماء",                           # presentation forms, hamza
    "عبدالله عبداللله 𝐀𝐁 😀 name_x ١٢٣",                      # doubles, beyond the BMP
    "",
    "ـ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_normalised_is_normalize_with_its_map(text):
    norm, index = scan.normalised(text)
    expected, full_index = normalize_with_map(text)
    assert norm == normalize(text) == expected
    assert index.tolist() == full_index[:-1]


def _fold_string(text: str) -> str:
    """The definition: each word character normalised without hamza, every other
    character a separator, repeated characters written once."""
    out = []
    for ch in text:
        n = normalize(ch).replace("ء", "") if WORD.fullmatch(ch) else scan.SEP
        if n and not (out and out[-1] == n):
            out.append(n)
    return "".join(out)


@pytest.mark.parametrize("text", TEXTS)
def test_folded_holds_every_word_fold_between_separators(text):
    fold, index = scan.folded(text)
    assert fold == _fold_string(text)
    assert len(index) == len(fold)
    for m in WORD.finditer(text):
        f = names.fold(m.group())
        if not f:
            continue
        at = [k for k, i in enumerate(index) if m.start() <= i < m.end()]
        assert fold[at[0]:at[0] + len(f)] == f
        assert at[0] + len(f) == len(fold) or fold[at[0] + len(f)] == scan.SEP
        assert at[0] == 0 or fold[at[0] - 1] == scan.SEP


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_before_and_after_every_position(text):
    tokens = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
    reader = scan.Tokens(text)
    for p in range(len(text) + 1):
        assert list(reader.after(p)) == [t for t in tokens if t[1] >= p]
        assert list(reader.before(p)) == [t for t in tokens if t[1] < p][::-1]


def _spellings_by_definition(text: str, surface: str) -> list[tuple[int, int]]:
    """Every token whose fold is the first word's, and the tokens after it: as many as
    the name has words, with the name's units (the whole token list, folded)."""
    tokens = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
    first = WORD.findall(surface)[0]
    n, out = len(WORD.findall(surface)), []
    glued = tuple(c + normalize(first) for c in "وفب")
    for i, (w, s, _) in enumerate(tokens):
        if names.fold(w) != names.fold(first) or normalize(w).startswith(glued):
            continue
        if i + n <= len(tokens):
            e = tokens[i + n - 1][2]
            if names.units(text[s:e]) == names.units(surface):
                out.append((s, e))
    return out


@pytest.mark.parametrize("text, surface, expected", [
    ("قال كينو كبرئيل ثم كينو كبرييل وكينو كبرئيل.", "كينو كبرئيل",
     ["كينو كبرئيل", "كينو كبرييل"]),                       # not the glued و
    ("قال داوود راويش إن داود راويش وداوود", "داود راويش", ["داوود راويش", "داود راويش"]),
    ("زار وليد خالد ثم ووليد خالد", "وليد خالد", ["وليد خالد"]),     # "و" + "وليد"
    ("قال كيفين، كوبسي ثم كيفين كُوبسـي", "كيفين كوبسي", ["كيفين كُوبسـي"]),   # a comma between
    ("سامر\u200cخليل قال إن سامر خليل", "سامر خليل", ["سامر خليل"]),  # a mark joins nothing
    ("قال كوبسيات كيفين كوبسي", "كيفين كوبسي", ["كيفين كوبسي"]),
    ("قال كيفين", "كيفين كوبسي", []),                                  # too few words left
])
def test_spellings(text, surface, expected):
    from analysis.speakers.resolve import _Text

    got = _Text(text).spellings(surface)
    assert [text[s:e] for s, e in got] == expected
    assert got == _spellings_by_definition(text, surface)


def test_fold_table_marks_exactly_the_word_characters():
    # the table is made in one pass over the BMP; the definition: a character of WORD
    fold = scan._tables()[1]
    for ch in "ا ـ ً _ 9 \u200f \u00a0 ، . a ء ﻭ".split(" ") + ["\0", "\ud800"]:
        is_word = WORD.fullmatch(ch) is not None
        assert (fold[ord(ch)] != ord(scan.SEP)) == is_word, ch

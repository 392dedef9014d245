"""subject_marks: a marked span inside a cue's subject phrase names the speaker
("قال مدير «المرصد السوري» رامي عبد الرحمن إن"), so it is no quote."""

from __future__ import annotations

import pytest

from analysis.quotes.marks import Marked
from analysis.quotes.reported import Cue, subject_marks


def _cue(subj_start: int, subj_end: int, intro: str = "comp") -> Cue:
    return Cue(0, subj_start - 4, subj_start, "قال", False, subj_start, subj_end, intro,
               subj_end + 3 if intro == "comp" else -1)


def _mark(open_: int, close: int, is_quote: bool = True) -> Marked:
    return Marked(0, open_, close, open_ + 1, close, 3, is_quote, False, False)


# a long subject (10-100) and a short one inside it (20-30), a colon cue (200-300)
CUES = [_cue(20, 30), _cue(10, 100), _cue(200, 300, intro="colon")]


@pytest.mark.parametrize("open_,close,quote", [
    (25, 50, False),     # inside the long subject, past the end of the short one
    (10, 99, False),     # from the subject's first character
    (22, 28, False),     # inside both
    (25, 100, True),     # closes where the subject ends: not inside
    (5, 50, True),       # opens before every subject
    (150, 160, True),    # between the subjects
    (210, 220, True),    # inside a colon cue's phrase: only complementizer cues count
])
def test_marks_inside_a_subject_are_no_quotes(open_, close, quote):
    [got] = subject_marks([_mark(open_, close)], CUES)
    assert got.is_quote is quote
    assert got._replace(is_quote=True) == _mark(open_, close)


def test_a_name_stays_a_name_and_no_cues_change_nothing():
    name = _mark(150, 160, is_quote=False)
    assert subject_marks([name], CUES) == [name]
    marked = [_mark(25, 50)]
    assert subject_marks(marked, [_cue(200, 300, intro="colon")]) is marked

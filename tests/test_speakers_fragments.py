"""A person mention that is a fragment, not a name (speakers.resolve._fragment,
speaker_no_name_starts.txt). Invented phrases."""

from __future__ import annotations

import pytest

from analysis.records import Mention
from analysis.speakers.resolve import _fragment, resolve_speakers


@pytest.mark.parametrize("surface, expected", [
    ("كيف", True),
    ("حتى الآن", True),
    ("نحو الأسباب", True),
    ("هؤلاء", True),
    # names, also ones written or folded like a listed word
    ("آلان سامي", False),
    ("كييف", False),
    ("سامر نجيب", False),
    # a listed word not first: not this rule's
    ("سامر حتى", False),
])
def test_fragment(surface, expected):
    assert _fragment(surface) is expected


def test_fragment_quote_keeps_no_speaker():
    t = "وقال سامر نجيب إن الطريق مقطوع. حتى الآن قال إن العمل متوقف."
    i = t.index("حتى")
    speakers, keys = resolve_speakers(t, [Mention("سامر نجيب", 5, 14),
                                          Mention("حتى الآن", i, i + 8)])
    assert keys == [0, None] and [s.name for s in speakers] == ["سامر نجيب"]

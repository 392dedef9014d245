"""Speakers-table rows (round s10): a lone name after a lineage particle ("بن", "أبو") is
the father's name, so the name in front of it is another person's. Invented sentences."""

from __future__ import annotations

import pytest

from analysis.records import Mention
from analysis.speakers.resolve import resolve_speakers


def _speaker(text: str, name: str, after: str):
    i = text.index(name, text.index(after))
    speakers, keys = resolve_speakers(text, [Mention(name, i, i + len(name))])
    assert keys == [0]
    return speakers[0]


@pytest.mark.parametrize("text, name, expected", [
    # "الأمير سامر بن فهد": فهد is his father; "الملك فهد" is someone else
    ("واستقبل الأمير سامر بن فهد الوفد. وقال الملك فهد إن البلاد بخير.", "فهد", "فهد"),
    ("وحضر الشيخ داود أبو رامي الحفل. وقال رامي إن الحفل ناجح.", "رامي", "رامي"),
    # no particle: the title still vouches for the full name in front of the surname
    ("واستقبل الأمير سامر فهد الوفد. وقال فهد إن البلاد بخير.", "فهد", "سامر فهد"),
])
def test_father_name_is_not_the_son(text, name, expected):
    sp = _speaker(text, name, "وقال")
    assert sp.name == expected
    assert "سامر بن فهد" not in sp.forms and "داود أبو رامي" not in sp.forms

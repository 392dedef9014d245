"""A bare title mention followed by the person's name in the text (speakers.extend.complete).
Invented sentences."""

from __future__ import annotations

import pytest

from analysis.records import Mention
from analysis.speakers.extend import complete


def _m(text: str, span: str) -> Mention:
    i = text.index(span)
    return Mention(span, i, i + len(span))


@pytest.mark.parametrize("text, title, expected", [
    # the name is closed by an appositive's definite word, by أن, or by a comma
    ("وقال الكولونيل سامي بوكار المتحدث باسم الجيش إن الهجوم صد.", "الكولونيل",
     "الكولونيل سامي بوكار"),
    ("وأوضح الجنرال خوسيه مارين أن الوضع هادئ.", "الجنرال", "الجنرال خوسيه مارين"),
    ("وقال الناشط أبو كريم، إن القصف مستمر.", "الناشط", "الناشط أبو كريم"),
])
def test_bare_title_takes_the_name_after_it(text, title, expected):
    assert complete(text, _m(text, title)).text == expected


@pytest.mark.parametrize("text, title", [
    # no name after the title: a back reference, left alone
    ("وقال الكولونيل إن الهجوم صد.", "الكولونيل"),
    # one word is not enough after a bare title ("الخبير" + a common noun)
    ("وأكد الخبير ضرورة الحوار.", "الخبير"),
    # not closed: the words run on
    ("وقال الجنرال خوسيه مارين بسرعة كبيرة جدا.", "الجنرال"),
])
def test_bare_title_stays_alone(text, title):
    assert complete(text, _m(text, title)).text == title

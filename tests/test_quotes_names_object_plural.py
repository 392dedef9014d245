"""A plural right after a singular person title that follows دعا/طالب is the verb's object,
not part of the speaker's title. Invented sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import mentions as _mentions


@pytest.mark.parametrize("text, expected", [
    ("ودعا الوزير المنظمات الدولية إلى العمل. وكان الوزير قد قال إن سفينة وصلت.", "الوزير"),
    ("وطالب الوزير الحكومات الغربية بأن تساعد. وقال الوزير إن سفينة وصلت.", "الوزير"),
    ("ودعا الرئيس الفلسطينيين إلى الهدوء. وقال الرئيس إن سفينة وصلت.", "الرئيس"),
])
def test_plural_after_title_and_object_verb_is_the_object(text: str, expected: str) -> None:
    assert set(_mentions(text)) == {expected}


@pytest.mark.parametrize("text, expected", [
    # no object verb before the title: a family name in -ات stays
    ("وقال الرئيس السادات إن سفينة وصلت.", "الرئيس السادات"),
    # a singular title's adjective is no plural
    ("ودعا الوزير المفوض إلى العمل. وقال الوزير المفوض إن سفينة وصلت.", "الوزير المفوض"),
])
def test_title_without_object_plural_is_kept(text: str, expected: str) -> None:
    assert expected in _mentions(text)


def test_family_name_in_ha_is_no_pronoun_suffix() -> None:
    text = "وقال سالم باسلمه وزير النقل إن الزيارة مهمة. وأضاف باسلمه أن الوزارة تعمل."
    assert _mentions(text) == ["سالم باسلمه", "باسلمه"]
    # a noun with a pronoun suffix is still no name
    assert _mentions("وقال باعتباره وزيرا إن الزيارة مهمة.") != ["باعتباره"]

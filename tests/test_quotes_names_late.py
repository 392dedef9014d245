"""A person's name after a title and its description, and run-ons after a name
(invented phrases, no corpus text)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import mention


@pytest.mark.parametrize("phrase, expected", [
    # a title, its description, then the name: the name speaks
    ("المحامي سامر حداد المتخصص في قضايا الهجرة", "سامر حداد"),
    ("الباحث والكاتب الناشط في الحملة سامر حداد", "سامر حداد"),
    ("مدير شرطة المدينة العميد سامر حداد", "سامر حداد"),
    ("المسؤول في الـ«منظمة» سامر حداد في جنيف", "سامر حداد"),
    ("المسؤول الإعلامي بمؤسسة موانئ البحر الأحمر سامر حداد", "سامر حداد"),
    ("مراسل «الوكالة» المختص بالشؤون العربية سامر حداد", "سامر حداد"),
    ("وزير الدفاع، الفريق أول سامر حداد،", "سامر حداد"),
    # a participle with its preposition ends the name
    ("الناشط سامر حداد المقيم في باريس", "سامر حداد"),
])
def test_name_after_description(phrase: str, expected: str) -> None:
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # the name of a title inside the description is not the speaker's
    ("مسؤول في مكتب رئيس الوزراء سامر حداد", "مسؤول في مكتب رئيس الوزراء سامر حداد"),
    # no person word before: the definite description stays
    ("وسائل الاعلام المحلية آنذاك قصة الزواج", "وسائل الاعلام المحلية"),
    # a one-word name after the description is not taken
    ("الناشط والصحافي حداد المقيم بالعاصمة", "الناشط والصحافي"),
])
def test_no_late_name(phrase: str, expected: str) -> None:
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("وزير المالية سامر حداد مرة أخرى الأحد", "سامر حداد"),
    ("وزير المالية سامر حداد وخلال كلمته في الجلسة", "سامر حداد"),
    ("مصادر أمنية مقتل ثلاثة مسلحين في الاشتباك", "مصادر أمنية"),
    ("رفض أي تسوية", None),
    ("ضرورة الحوار", None),
])
def test_run_ons_end(phrase: str, expected: str | None) -> None:
    assert mention(phrase) == expected


def test_nationality_is_no_late_name() -> None:
    assert mention("مسؤول دفاع أميركي كبير") == "مسؤول دفاع أميركي كبير"

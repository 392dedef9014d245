"""Run-on objects after a subject (عن / ب + verbal noun), surnames ending in ه, and titles
with a long complement before the name (invented phrases, no corpus text)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import mention


@pytest.mark.parametrize("phrase, expected", [
    # عن + a verbal noun after the subject is the verb's object
    ("الوزارة الزراعية عن إطلاق برنامج جديد للري", "الوزارة الزراعية"),
    ("ناشطون عن سماع أصوات إطلاق نار", "ناشطون"),
    # عن inside a description stays
    ("بيان صادر عن مكتب النقابة", "بيان صادر عن مكتب النقابة"),
    ("المنظمة المدافعة عن حقوق العمال", "المنظمة المدافعة عن حقوق العمال"),
    # عن before a cited source is no object
    ("الصحيفة عن مصدر أمني", "الصحيفة عن مصدر أمني"),
])
def test_an_object(phrase: str, expected: str) -> None:
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("الرئيس الغاني سامر حداد بوجود مخاطر كبيرة", "سامر حداد"),
    ("مصادر محلية شمالية بسقوط أمطار غزيرة", "مصادر محلية شمالية"),
    # a surname that begins with ب before a title, and a place head, stay
    ("سامر باحداد الناطق باسم الحزب", "سامر باحداد"),
    ("مصادر في بلدة كفرنا بمحافظة الجوف", "مصادر في بلدة كفرنا بمحافظة الجوف"),
])
def test_bi_object(phrase: str, expected: str) -> None:
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("سامر توتاه الخبير في شؤون الطاقة", "سامر توتاه"),
    ("سامر كوستيله، المحلل في البنك", "سامر كوستيله"),
    ("سامر نعمت زاده", "سامر نعمت زاده"),
    ("سامر عبدالله", "سامر عبدالله"),
    # nouns with a pronoun suffix still end the name
    ("سامر حداد قلقه من التصعيد", "سامر حداد"),
    ("سامر حداد استقالته من المنصب", "سامر حداد"),
    ("سامر حداد تأكيده على الموقف", "سامر حداد"),
    ("سامر حداد حديثه", "سامر حداد"),
])
def test_surname_in_h(phrase: str, expected: str) -> None:
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("محامي الدفاع عن الطلاب جان بيير لوران", "جان بيير لوران"),
    ("خادم الحرمين الشريفين الملك فهد بن سامر", "فهد بن سامر"),
    ("مدير أمن شمال الوادي اللواء سامر حداد", "سامر حداد"),
    # the name of a title in the genitive is not the speaker's
    ("محامي الرئيس السابق سامر حداد", "محامي"),
    ("محامي الدفاع عن الوزير السابق سامر حداد", "محامي"),
])
def test_title_complement_then_name(phrase: str, expected: str) -> None:
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # only a word ending in ه is a surname; ـهم/ـها are pronouns
    ("سامر حداد علاقتهم بالحادث", "سامر حداد"),
    ("سامر حداد رسالتها إلى الوزير", "سامر حداد"),
    # a plural in construct and a word before a أن-clause are the verb's object
    ("سامر حداد مؤيديه أنه باق", "سامر حداد"),
    ("سامر حداد زائريه", "سامر حداد"),
    ("سامر حداد ضيوفه أن الوقت قد حان", "سامر حداد"),
])
def test_suffix_object_not_surname(phrase: str, expected: str) -> None:
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # عن the member stands for, then the name after a comma or a rank
    ("عضو مجلس البلدية عن الحي الشرقي، سامر نبيل حداد، للصحيفة", "سامر نبيل حداد"),
    ("رئيس جمعية الدفاع عن الغابات في الجنوب الدكتور سامر حداد", "سامر حداد"),
    # the verb's عن-object keeps the title as the speaker
    ("وزير الزراعة الفرنسي عن قلق الحكومة الفرنسية، مؤكدا دعمه", "وزير الزراعة الفرنسي"),
    ("الوزير عن خطة الرئيس سامر حداد", "الوزير"),
])
def test_an_phrase_then_name(phrase: str, expected: str) -> None:
    assert mention(phrase) == expected

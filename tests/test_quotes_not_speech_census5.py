"""Census 5: adversative "غير أن" and a condition "شريطة أن" after a speech verb's object
are narration, not the verb's words. Invented sentences, negative cases beside."""

from __future__ import annotations

import pytest

from tests.quote_helpers import texts


@pytest.mark.parametrize("text, expected", [
    ("وأكد الوزير سامي داود دعمه للخطة، غير أنه لم يحدد موعدا لتنفيذها.", []),
    ("ونفى المتحدث علاقته بالحادث، غير أن الشرطة لم تقتنع بروايته.", []),
    # a speech verb after it is still found
    ("وأكد الوزير سامي داود دعمه للخطة، غير أنه قال إن التمويل غير كاف.",
     ["التمويل غير كاف"]),
])
def test_ghayr_anna(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وأصرت المعلمة على الحديث شريطة أن تستخدم اسما مستعارا في التقرير.", []),
    ("ووافق الضابط على المقابلة بشرط أن لا يذكر اسمه في الصحيفة.", []),
    # the words after a plain complementizer are speech
    ("وأكدت المعلمة سلمى نوري أن المدرسة ستفتح أبوابها الأسبوع المقبل.",
     ["المدرسة ستفتح أبوابها الأسبوع المقبل"]),
])
def test_condition_clause(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وترى إحدى النظريات أن الكويكب تفتت فوق المحيط قبل آلاف السنين.", []),
    ("وتكشف تفاصيل جديدة عن الصفقة عن أن الشركة دفعت مبالغ كبيرة للوسطاء.", []),
    ("وتفيد الفرضية بأن الحرارة ترتفع مع العمق.", []),
    # a speaker after the same verbs still reports words
    ("ويرى الباحث سامر حداد أن الكويكب تفتت فوق المحيط قبل آلاف السنين.",
     ["الكويكب تفتت فوق المحيط قبل آلاف السنين"]),
    ("وكشف مصدر أمني أن الشركة دفعت مبالغ كبيرة للوسطاء.",
     ["الشركة دفعت مبالغ كبيرة للوسطاء"]),
])
def test_idea_or_details_as_subject(text: str, expected: list[str]) -> None:
    assert texts(text) == expected

"""What is not reported speech although a speech verb comes before إن/أن (census 3).

Every sentence here is invented for the test (no corpus text): adversative "إلا أن",
"فإن" answering a fronted clause, "إلى أن" meaning "until" or taken by a noun, an
expectation verb, a clock time's colon and a group's name in marks. Negative cases
(still speech) stand beside each.
"""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes, texts


@pytest.mark.parametrize("text, expected", [
    # adversative "إلا أن" after the verb's object: narration
    ("ونفى المتحدث سامي داود علاقته بالحادث، إلا أنهم لم يصدقوا روايته.", []),
    ("وأعلن الوزير سامي داود انطلاق المحادثات أمس، إلا أن الوفد لم يصل بعد.", []),
    # ... the speech verb after it is still found
    ("وأكد الوزير سامي داود دعمه للخطة، إلا أنه قال إن التمويل غير كاف.",
     ["التمويل غير كاف"]),
    ("وقال الوزير سامي داود إن الخطة جيدة.", ["الخطة جيدة"]),
])
def test_illa_anna(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "فإن" answers "رغم أن": narration, though a participle of أعلن stands before it
    ("ورغم أن الخطة لم تعد معلنة بوضوح، فإنها ما زالت حية في أذهان الناس.", []),
    ("وحسب مصادر محلية تتابع الأوضاع في المدينة، فإن الهدوء عاد إلى الأسواق.", []),
    # an aside "كما يقول X، فإن" and "برأي X فإن" are still the speaker's words
    ("وكما يقول المهندس سامي داود، فإن المشروع سيكتمل العام المقبل.",
     ["المشروع سيكتمل العام المقبل"]),
    ("وبرأي الخبير سامي داود، فإن الأسعار سترتفع.", ["الأسعار سترتفع"]),
])
def test_fa_inna(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_van_name_particle() -> None:
    """"فان" inside a Dutch name is not "فإن": the subject runs on to the real إن."""
    got = quotes("وقال رئيس المجلس يان فان دالين، في بيان، إن الاتفاق جاء بعد مفاوضات طويلة.")
    assert got == [("indirect", "الاتفاق جاء بعد مفاوضات طويلة", "يان فان دالين")]


@pytest.mark.parametrize("text, expected", [
    # "إلى أن" + present verb after a long subject: "until"
    ("وطالب الناشط سامي داود السلطات المحلية بمواصلة الاعتصام إلى أن تتغير الأوضاع.", []),
    # a noun that takes إلى: "بالإضافة إلى أن", "نظرا إلى أن", "في إشارة إلى أن"
    ("وأكد الوزير دعمه للخطة، في إشارة إلى أنه قد يشارك في الحكومة.", []),
    ("وشدد الوزيران على التعاون بين البلدين، بالإضافة إلى أن الوفد بحث ملف الحدود.", []),
    # verbs that take إلى keep it, even before a present verb
    ("وأشار الوزير سامي داود في كلمته أمام النواب إلى أن تكون الانتخابات في موعدها.",
     ["تكون الانتخابات في موعدها"]),
    ("ودعا الوزير سامي داود المنظمات الدولية إلى أن تفتح مكاتبها في المدينة.",
     ["تفتح مكاتبها في المدينة"]),
    # a short subject: "إلى أن" written for "إن"
    ("وقال الوزير إلى أن تنظيم المؤتمر تأجل.", ["تنظيم المؤتمر تأجل"]),
])
def test_ila_anna(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # expectation, not speech
    ("ويتوقع أن تعلن اللجنة أسماء الفائزين مساء الخميس، كما ينتظر أن يقدم الحكام ملاحظاتهم.", []),
    # a clock time's colon introduces nothing
    ("وأعلنت البلدية إغلاق السوق المركزي ابتداء من الساعة 11:30 ليلا لثلاثة أيام.", []),
    ("وأعلنت البلدية إغلاق السوق المركزي ابتداء من الساعة 30: 11 ليلا لثلاثة أيام.", []),
    # ... a speech colon still does
    ("وقال الوزير: الهدنة ستبدأ الليلة.", ["الهدنة ستبدأ الليلة"]),
])
def test_expectation_and_clock(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a group's name in marks right after a verb is not a quote
    ("اتهمت «وحدات حماية المدينة» الجيش باستهداف مواقعها.", []),
    # a clause in marks is
    ("وقال المتحدث «الوحدات لن تنسحب من المدينة».", ["الوحدات لن تنسحب من المدينة"]),
])
def test_group_name_marks(text: str, expected: list[str]) -> None:
    assert texts(text) == expected

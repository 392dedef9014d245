"""Direct quotes: which marked words are quotes, which are names (invented sentences)."""

from __future__ import annotations

import pytest

from analysis import segment
from analysis.quotes import find_quotes


def direct(text: str) -> list[str]:
    paras = segment.paragraphs("t", text)
    quotes, _ = find_quotes(text, paras, segment.sentences(text, paras))
    for q in quotes:
        assert text[q.start:q.end] == q.text
    return [q.text for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize("text, expected", [
    # a definite word before the marks is the subject, not a name's head
    ('وكتبت الصحيفة "الشرطة دخلت في إضراب عن العمل في ثلث المحافظات".',
     ["الشرطة دخلت في إضراب عن العمل في ثلث المحافظات"]),
    ("وتعثرت المحادثات بسبب ما سمته الحركة «تعنت الوفد في ملف الأسرى».",
     ["تعنت الوفد في ملف الأسرى"]),
    # long words after بـ are a quote, a short name after بـ is not
    ("ووصفت المعارضة العفو بـ«المصيدة الجديدة لتجنيد الشباب في الحرب».",
     ["المصيدة الجديدة لتجنيد الشباب في الحرب"]),
    ("وطالبوا بـ«خارطة طريق واضحة» للحل.", []),
    # the source follows the quote
    ("واتهم التقرير الحكومة «بأنها لا تبذل جهودا كافية»، طبقا للتقرير السنوي.",
     ["بأنها لا تبذل جهودا كافية"]),
    ("وأثنى البيان على الحكومة «فقد حققت كثيرا من المكاسب»، وذلك على حد وصف البيان.",
     ["فقد حققت كثيرا من المكاسب"]),
    # a fronted opinion: "وبرأي المصدر، فإن «...»"
    ("وبرأي المصدر، فإن «هذا التحول يقطع الطريق على المتسللين».",
     ["هذا التحول يقطع الطريق على المتسللين"]),
    # marked words of three or more words inside a reported clause
    ("وجاء في القرار أن الإعفاء يشمل «كامل الرسوم في المدارس الريفية»، و«جميع الطلاب من الأسر النازحة».",
     ["كامل الرسوم في المدارس الريفية", "جميع الطلاب من الأسر النازحة"]),
    ("ونقلت الوكالة (أ.ف.ب) عن مصدر أن المرسوم يشمل «فقط الذين لم يشاركوا في القتال».",
     ["فقط الذين لم يشاركوا في القتال"]),
])
def test_direct_quotes(text, expected):
    assert direct(text) == expected


@pytest.mark.parametrize("text", [
    # names of organisations, by their first word, as subjects or objects
    "وأعلن كل من «هيئة العمل المدني المستقلة» و«الائتلاف الشعبي لأهالي الساحل»، أمس، الاتفاق.",
    "ودعت الوثيقة إلى تنفيذ «بيان جنيف الأول» كاملا.",
    "وطالبوا دول «مجموعة العمل لأجل سوريا» بالتحرك.",
    "وأفادت «الوكالة الوطنية للإعلام» بمغادرة المبعوث.",
    # marked names inside the subject of a speech verb + إن
    "وقال «مكتب أخبار المدينة» إن القصف توقف.",
    "وقالت مصادر في «الجيش الوطني الحر»، لـ«الجريدة اليومية»، إن المبعوث وصل.",
    "ورجّح أمين عام «الائتلاف الوطني السوري» المعارض سامي داود أن تستأنف المفاوضات.",
    "وقال التقرير الذي نشر بعنوان «خمسة أعوام من الانتظار» إن المستشفيات مكتظة.",
])
def test_marked_names_are_not_quotes(text):
    assert direct(text) == []


def test_a_clause_in_marks_after_a_name_head_is_a_quote():
    # first word "الحكومة"/"حركة" heads a name only when no clause word follows
    assert direct("وقال سامي داود: «حركة المرور لن تتوقف غدا».") == ["حركة المرور لن تتوقف غدا"]

"""Names of military exercises and units in marks are no quotes (invented sentences)."""

from __future__ import annotations

from analysis import segment
from analysis.quotes import find_quotes


def direct(text: str) -> list[str]:
    paras = segment.paragraphs("t", text)
    quotes, _ = find_quotes(text, paras, segment.sentences(text, paras))
    return [q.text for q in quotes if q.kind == "direct"]


def test_exercise_name_after_its_head_is_no_quote() -> None:
    text = "وقال العميد سامر حداد إن القوات شاركت في تمرين «درع الوادي الكبير» العسكري الشهر الماضي."
    assert direct(text) == []


def test_unit_name_inside_marks_is_no_quote() -> None:
    text = "وأعلنت «الفرقة 12 مشاة» التابعة للجيش خطف قائدها أمس."
    assert direct(text) == []


def test_words_after_a_definite_unit_are_a_quote() -> None:
    # "الفرقة" definite before the marks is the subject: its words are a quote
    text = "وقالت الفرقة في بيانها «سنواصل القتال حتى النهاية» بعد الهجوم."
    assert direct(text) == ["سنواصل القتال حتى النهاية"]

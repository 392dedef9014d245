"""Plain-text articles: the seed's layout and plain title-then-body files."""

from __future__ import annotations

import pytest

from analysis.ingest.boilerplate import strip_boilerplate
from analysis.ingest.parse_text import is_byline, is_masthead, parse_text


@pytest.mark.parametrize("text, outlet, title, byline, body_start", [
    ("NORTH PULSE NETWORK NPN\n\nالعنوان هنا\n\nنورث بالس\n\nالفقرة الأولى.\n\nالفقرة الثانية.",
     "NORTH PULSE NETWORK NPN", "العنوان هنا", "نورث بالس", "الفقرة الأولى."),
    ("العنوان هنا\nالفقرة الأولى من المقال وهي جملة طويلة بما يكفي.\nالفقرة الثانية.",
     None, "العنوان هنا", None, "الفقرة الأولى"),
    ("العنوان هنا\r\n\r\nدمشق: مراسلنا\r\n\r\nقال المصدر إن الوضع هادئ.\r\n\r\nوأضاف أن الطرق مفتوحة.",
     None, "العنوان هنا", "دمشق: مراسلنا", "قال المصدر"),
    # a single body line after the title is the body, not a byline
    ("العنوان هنا\n\nخبر قصير", None, "العنوان هنا", None, "خبر قصير"),
])
def test_parse_text(text, outlet, title, byline, body_start):
    parsed = parse_text(text)
    assert (parsed.outlet, parsed.title, parsed.byline) == (outlet, title, byline)
    assert parsed.body.strip().startswith(body_start)


@pytest.mark.parametrize("line, expected", [
    ("NORTH PULSE NETWORK NPN", True), ("BBC ARABIC", True),
    ("العنوان", False), ("Breaking news today", False),
])
def test_is_masthead(line, expected):
    assert is_masthead(line) is expected


@pytest.mark.parametrize("line, expected", [
    ("نورث بالس", True), ("بغداد: حمزة مصطفى", True), ("لندن - أ ف ب", True),
    ("قال الوزير إن الخطة جاهزة.", False), ("وأكد «نحن ملتزمون»", False),
    ("كلمة " * 8, False),
])
def test_is_byline(line, expected):
    assert is_byline(line.strip()) is expected


@pytest.mark.parametrize("body, expected", [
    ("نص المقال.\n\nالتعليقات مغلقة، ولكن تركبكس وبينغبكس مفتوحة.", "نص المقال."),
    ("اقرأ أيضا: خبر آخر\nنص المقال.\nجميع الحقوق محفوظة 2024", "نص المقال."),
    ("نص المقال.\nتابعونا على تويتر\n", "نص المقال."),
    # only whole paragraphs at the edges go: the same words inside the text stay
    ("قال إن التعليقات مغلقة الآن.\nنص المقال.", "قال إن التعليقات مغلقة الآن.\nنص المقال."),
    ("نص.\nالتعليقات مغلقة.\nنص آخر.", "نص.\nالتعليقات مغلقة.\nنص آخر."),
])
def test_strip_boilerplate(body, expected):
    assert strip_boilerplate(body) == expected

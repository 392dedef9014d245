"""Marked names that a speech verb nearby does not make quotes (invented sentences)."""

from __future__ import annotations

import pytest

from analysis import segment
from analysis.quotes import find_quotes


def direct(text: str) -> list[str]:
    paras = segment.paragraphs("t", text)
    quotes, _ = find_quotes(text, paras, segment.sentences(text, paras))
    return [q.text for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize("text", [
    # an acronym spelt in Arabic letter names
    "ونقل تلفزيون «سي إن إن» عن الوزير قوله إن المحادثات مستمرة.",
    'وقال الوزير في حديث إلى "بي بي سي" إن الاتفاق قريب.',
    "وتوقعت الصحيفة أن يحقق «إف بي آي» في الأمر.",
    'وقال السفير لقناة "ان.بي.سي" إن بلاده لن تنسحب.',
    # a head noun behind a prefix: ل / ب / و
    "كما قال سامر عادل المدير المالي لشركة «نجوم الشرق للتجارة» في حديث هاتفي.",
    'وقال خالد يوسف، وهو مهندس بشركة "ريم سيتي للمقاولات"، إن العمل توقف.',
    "وقالت وداد سالم لصحيفة «صباح الخليج الجديدة» إن الأسعار ارتفعت.",
    "ودعت إلى الوقفة جماعات محلية ومجموعة «شباب من أجل المدينة» أمس.",
    # a naming word right before the marks
    "ويقول رامي فهد، وهو محلل لدى «نورث بريدج كابيتال بارتنرز»، إن السوق هادئة.",
    'وأعلنت جماعة مسلحة، تسمى "كتائب الفجر الأحمر الثورية"، مسؤوليتها عن الهجوم.',
    "وقال متحدث باسم «تجمع شباب الوادي» إن المسيرة سلمية.",
    'وقال قائد الفصيل ويدعى "أبو سالم الحمصي" إن الهجوم صد.',
])
def test_marked_names_near_speech_verbs_are_not_quotes(text):
    assert direct(text) == []


@pytest.mark.parametrize("text, expected", [
    # real speech after a definite head: the subject of the verb, not a name's head
    ("وقال مدير الشركة «لن نسرح أي عامل هذا العام».", ["لن نسرح أي عامل هذا العام"]),
    ("وقال مدير الشركة «الأرباح تضاعفت في الربع الأخير».", ["الأرباح تضاعفت في الربع الأخير"]),
    # a clause after a prefixed head or a naming word stays a quote
    ("وقال رئيس مجلس الإدارة لصحيفة محلية «نحن لن نبيع الشركة».", ["نحن لن نبيع الشركة"]),
    ("وقال متحدث باسم الوزارة «الحدود ستفتح غدا، والمعابر كذلك».",
     ["الحدود ستفتح غدا، والمعابر كذلك"]),
    # letter names among ordinary words are not an acronym
    ("وقال الطبيب «في كل بيت مريض يحتاج إلى رعاية».", ["في كل بيت مريض يحتاج إلى رعاية"]),
])
def test_speech_near_names_stays_a_quote(text, expected):
    assert direct(text) == expected


def marked(text: str) -> list[tuple[str, bool]]:
    from analysis.quotes.lexicon import lexicon
    from analysis.quotes.marks import find_marked
    return [(text[m.start:m.end], m.is_quote)
            for m in find_marked(text, segment.paragraphs("t", text), lexicon())]


@pytest.mark.parametrize("text, words", [
    ('وقال الوزير في حديث إلى "بي بي سي" إن الاتفاق قريب.', "بي بي سي"),
    ("وأشارت «سي آي إيه» إلى خطر قائم.", "سي آي إيه"),
    ('وقال خالد يوسف، وهو مهندس بشركة "ريم سيتي للمقاولات"، إن العمل توقف.', "ريم سيتي للمقاولات"),
    ("وقالت وداد سالم لصحيفة «صباح الخليج الجديدة» إن الأسعار ارتفعت.", "صباح الخليج الجديدة"),
    ("ويقول رامي فهد، وهو محلل لدى «نورث بريدج كابيتال بارتنرز»، إن السوق هادئة.",
     "نورث بريدج كابيتال بارتنرز"),
    ('وأعلنت جماعة مسلحة، تسمى "كتائب الفجر الأحمر الثورية"، مسؤوليتها.', "كتائب الفجر الأحمر الثورية"),
    ("وقال متحدث باسم «تجمع شباب الوادي» إن المسيرة سلمية.", "تجمع شباب الوادي"),
])
def test_names_are_marked_as_not_quotes(text, words):
    assert marked(text) == [(words, False)]


@pytest.mark.parametrize("text, words", [
    ("وقال مدير الشركة «الأرباح تضاعفت في الربع الأخير».", "الأرباح تضاعفت في الربع الأخير"),
    ("وقال رئيس مجلس الإدارة لصحيفة محلية «نحن لن نبيع الشركة».", "نحن لن نبيع الشركة"),
    ("وقال الطبيب «في كل بيت مريض يحتاج إلى رعاية».", "في كل بيت مريض يحتاج إلى رعاية"),
    ("وقال المتحدث «سي إن إن لم تنقل الخبر كاملا».", "سي إن إن لم تنقل الخبر كاملا"),
])
def test_speech_is_marked_as_a_quote(text, words):
    assert marked(text) == [(words, True)]

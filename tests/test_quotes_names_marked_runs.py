"""A speaker mention that opens a mark or bracket (invented sentences): it runs to the
closing mark when the name in marks closes within a few words, and stops before a
bracket that holds no name; a quote in marks is never taken into the name."""

from __future__ import annotations

import pytest

from analysis.quotes.names import _marked_end, _marked_start, _span, tokens
from analysis.speakers.canonical import clean
from tests.quote_helpers import mentions


@pytest.mark.parametrize("text, expected", [
    # a stop word inside the marked name ended the phrase ("اليوم", "ان", "في", "نت")
    ("وذكرت صحيفة «الوادي اليوم» أن الأسعار ارتفعت.", ["صحيفة «الوادي اليوم»"]),
    ("وقالت وكالة (ستار ان كو) للتصنيف إن الدين ارتفع.", ["وكالة (ستار ان كو)"]),
    ("وذكرت قناة (نور تي في) أن الطريق أغلق.", ["قناة (نور تي في)"]),
    ('وذكرت صحيفة "الوادي اليوم" أن الأسعار ارتفعت.', ['صحيفة "الوادي اليوم"']),
    # a name in brackets right after its head
    ("وقالت مجلة (نجوم) إن الحفل أُلغي.", ["مجلة (نجوم)"]),
    ("وقال حلف شمال الأطلسي (الناتو) إن جنديا أصيب.", ["حلف شمال الأطلسي (الناتو)"]),
])
def test_a_marked_name_runs_to_its_closing_mark(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bracket with a comma, a number or one letter holds no name: the mention stops before it
    ("وقال النائب سامر حداد (مستقل، عن الدائرة الأولى) إن القانون سيمر.", ["سامر حداد"]),
    ("وقال الشيخ سامر الحداد (م) إن المسجد أغلق.", ["سامر الحداد"]),
    # a bracket that opens on a place says where the speaker is
    ("وقالت محكمة الاستئناف في مدينة الواحة (شمال البلاد) إن الحكم نهائي.",
     ["محكمة الاستئناف في مدينة الواحة"]),
    # a bracket after a name in marks glosses it
    ("وذكرت صحيفة «الوادي» (المستقلة) أن الأسعار ارتفعت.", ["صحيفة «الوادي»"]),
])
def test_a_bracket_that_holds_no_name_ends_the_mention(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text, cut, expected", [
    # the mark closes a few words on: the name runs to it
    ("صحيفة «الوادي اليوم» أن", "صحيفة «الوادي", "صحيفة «الوادي اليوم»"),
    # a long marked run, a comma or a sentence end before the closing mark: a quote or a
    # clause, never taken into the name
    ("صحيفة «الوادي الجديد في المدينة الشرقية الكبرى» أن", "صحيفة «الوادي", "صحيفة «الوادي"),
    ("صحيفة «الوادي إن الحكومة لن تستقيل قبل نهاية العام»", "صحيفة «الوادي", "صحيفة «الوادي"),
    ("صحيفة «الوادي، وهي يومية» أن", "صحيفة «الوادي", "صحيفة «الوادي"),
    ("مركز «النور. وقال» إن", "مركز «النور", "مركز «النور"),
    # a number in marks right after the mention is the name's ("جماعة «14 آذار»")
    ('جماعة "14 آذار" إن', 'جماعة "14 آذار', 'جماعة "14 آذار"'),
    # a bracket that opens on a number is no name: the mention stops before it
    ("مصدر في الشرطة (40 كلم شمال المدينة) إن", "مصدر في الشرطة (40 كلم", "مصدر في الشرطة"),
    # a closed mark is left as it is
    ("صحيفة «الوادي» اليوم» أن", "صحيفة «الوادي»", "صحيفة «الوادي»"),
])
def test_marked_end(text, cut, expected):
    assert text[:_marked_end(text, 0, len(cut))] == expected


@pytest.mark.parametrize("form, shown", [
    # a name in brackets after its one head word is shown bare, as one in «» is
    ("صحيفة (النجم اليومي)", "صحيفة النجم اليومي"),
    ("مجلة (نجوم)", "مجلة نجوم"),
    # a bracketed short name after a longer name, or one letter, keeps its brackets
    ("حلف شمال الأطلسي (الناتو)", "حلف شمال الأطلسي (الناتو)"),
    ("سامر (م)", "سامر (م)"),
])
def test_a_bracketed_name_after_its_head_is_shown_bare(form, shown):
    assert clean(form) == shown


@pytest.mark.parametrize("text, start, end, expected", [
    # the mention starts right after the opening mark: the marked run is the name
    ("وأفاد (المرصد الوطني لحقوق الإنسان) المستقل بأن", "المرصد", " بأن",
     "المرصد الوطني لحقوق الإنسان"),
    ("وأعلنت «قوات الحماية» الجناح العسكري للحزب أن", "قوات", " أن", "قوات الحماية"),
    ("وأعلنت (قوات الحماية) الجناح العسكري للحزب أن", "قوات", " أن", "قوات الحماية"),
    # the mention starts inside a bracket that opened further back: the name after it
    ("وقال رئيس مكتب حركة الوادي (النور) سامر حداد إن", "النور", " إن", "سامر حداد"),
    ("وقال رئيس مكتب حركة الوادي (الحركة النور) سامر حداد إن", "النور", " إن", "سامر حداد"),
    # one word after the closing mark: left as it is
    ("وقال الرئيس (الإيراني سامر) حداد إن", "سامر", " إن", "سامر) حداد"),
])
def test_a_mention_that_starts_inside_marks(text, start, end, expected):
    s, e = text.index(start), text.index(end)
    seg = [t for t in tokens(text, s, e) if t.text not in "«»"]
    assert _span(text, seg).text == expected


def test_marked_end_without_a_stop_nearby_is_where_the_mention_ends():
    # no stop within reach of the mention's end: the mention ends where it did
    text = "صحيفة «الوادي" + " كلمة" * 30
    assert _marked_end(text, 0, len("صحيفة «الوادي")) == len("صحيفة «الوادي")


@pytest.mark.parametrize("before, mention, expected", [
    # the mark opens right before the mention (spaces between): the marked run alone,
    # however long the article before it
    ("وأضاف أن الأوضاع هادئة. " * 20 + "(", "المرصد الوطني) المستقل", "المرصد الوطني"),
    ("وأضاف أن الأوضاع هادئة. " * 20 + "(  ", "المرصد الوطني) المستقل", "المرصد الوطني"),
    # no opening mark right before: as it is
    ("وأضاف أن الأوضاع هادئة. " * 20, "المرصد الوطني) المستقل", "المرصد الوطني) المستقل"),
])
def test_marked_start_reads_only_the_text_right_before(before, mention, expected):
    text = before + mention
    s, e = _marked_start(text, len(before), len(text))
    assert text[s:e] == expected

"""Quote extraction on small hand-written Arabic sentences (no corpus text)."""

from __future__ import annotations

import pytest

from analysis import segment
from analysis.quotes import find_quotes
from analysis.quotes.lexicon import lexicon
from analysis.quotes.names import find_mention


def run(text: str):
    paras = segment.paragraphs("t", text)
    quotes, speakers = find_quotes(text, paras, segment.sentences(text, paras))
    for q in quotes:
        assert text[q.start:q.end] == q.text
        if q.mention is not None:
            assert text[q.mention.start:q.mention.end] == q.mention.text
    return quotes, speakers


@pytest.mark.parametrize("text, expected", [
    ("وقال الوزير سامي داود: «لن نتراجع عن هذا القرار أبدا».", "لن نتراجع عن هذا القرار أبدا"),
    ('وقال سامي داود: "لن نتراجع عن هذا القرار أبدا".', "لن نتراجع عن هذا القرار أبدا"),
    ("وقال سامي داود: “لن نتراجع عن هذا القرار أبدا”.", "لن نتراجع عن هذا القرار أبدا"),
    # a statement's words after "في بيان", with a space before the marks
    ("وقال سامي داود في بيان «لن نتراجع عن هذا القرار أبدا».", "لن نتراجع عن هذا القرار أبدا"),
    ("وقال سامي داود ”لن نتراجع عن هذا القرار أبدا”.", "لن نتراجع عن هذا القرار أبدا"),
    ("وقال سامي داود :””لن نتراجع عن هذا القرار أبدا”.", "لن نتراجع عن هذا القرار أبدا"),
    ("وقال سامي داود: «لن نتراجع عن هذا القرار أبدا", "لن نتراجع عن هذا القرار أبدا"),
    ("وقال سامي داود: «لن نتراجع عن قرار «الهيئة» أبدا».", "لن نتراجع عن قرار «الهيئة» أبدا"),
])
def test_direct_quote_conventions(text, expected):
    quotes, _ = run(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == [expected]
    assert direct[0].mention.text == "سامي داود"


@pytest.mark.parametrize("text", [
    "وسيطر تنظيم «داعش» على المدينة أمس.",
    'ونشرت صحيفة "التايمز" تقريرا مطولا عن الحرب.',
    "ووصف الاتفاق بأنه «خرق» واضح.",
    "وأطلق الجيش عملية «عاصفة الحزم الكبرى» فجر اليوم.",
    'ونبدأ من صحيفة "\nالتايمز\n" التي نشرت تقريرا عن الحرب في البلاد.',
    "وقال الوزير إن الحزب يقوده سامي داود الذي لا يعرف إلا بلقب «الحاج أبو علي».",
    "وأعلن الوزير أن حركة «شباب من أجل التغيير» ستشارك في الانتخابات.",
])
def test_marked_names_are_not_quotes(text):
    quotes, _ = run(text)
    assert [q for q in quotes if q.kind == "direct"] == []


@pytest.mark.parametrize("text, kind_texts", [
    ("وقال سامي داود إن الحكومة ستعلن الميزانية غدا.",
     [("indirect", "الحكومة ستعلن الميزانية غدا")]),
    ("وأشار المتحدث باسم الوزارة سامي داود إلى أن المفاوضات متوقفة.",
     [("indirect", "المفاوضات متوقفة")]),
    ("وأكد سامي داود أنه لن يستقيل من منصبه.", [("indirect", "لن يستقيل من منصبه")]),
    ("وقال سامي داود إن الوضع صعب، مضيفا أن الحل قريب.",
     [("indirect", "الوضع صعب"), ("indirect", "الحل قريب")]),
    ("وأكد سامي داود أن «الوضع صعب جدا»، وأنهم ملتزمون بالحل.",
     [("direct", "الوضع صعب جدا"), ("indirect", "ملتزمون بالحل")]),
    ("وسيطرت القوات على المدينة بحسب مصادر محلية.", []),
    ("وانسحب الجيش بعد أن قصف المدينة.", []),
])
def test_reported_speech(text, kind_texts):
    quotes, _ = run(text)
    assert [(q.kind, q.text) for q in quotes] == kind_texts


def test_continuation_goes_to_the_previous_speaker():
    text = ("قال وزير الخارجية سامي داود إن المحادثات مستمرة.\n"
            "وأضاف أن الوفد سيعود الأسبوع المقبل.\n"
            "وقالت مصادر عسكرية إن القصف توقف.")
    quotes, speakers = run(text)
    assert [q.mention.text for q in quotes] == ["سامي داود", "سامي داود", "مصادر عسكرية"]
    assert quotes[0].speaker_key == quotes[1].speaker_key != quotes[2].speaker_key


def test_name_after_the_quote():
    text = "«لن نتراجع عن هذا القرار أبدا»، قال سامي داود للصحافيين."
    quotes, _ = run(text)
    assert [(q.text, q.mention.text) for q in quotes] == [("لن نتراجع عن هذا القرار أبدا", "سامي داود")]


def test_unknown_speaker_is_kept():
    text = "«لن نتراجع عن هذا القرار أبدا»\nوانتهى الاجتماع."
    quotes, _ = run(text)
    assert [(q.text, q.speaker_key, q.mention) for q in quotes] == [
        ("لن نتراجع عن هذا القرار أبدا", None, None)]


@pytest.mark.parametrize("phrase, mention", [
    ("الجنرال كيفين كوبسي", "كيفين كوبسي"),
    ("وزير الخارجية الأميركي جون كيري", "جون كيري"),
    ("وزير خارجية إيران محمد جواد ظريف", "محمد جواد ظريف"),
    ("وزارة الخارجية الروسية في بيان", "وزارة الخارجية الروسية"),
    ("مصدر عسكري", "مصدر عسكري"),
    ("نائب قائد العمليات الخاصة في سوريا والعراق، كيفين كوبسي،", "كيفين كوبسي"),
    ("ظريف للنواب", "ظريف"),
    ("في تصريح صحافي", None),
])
def test_mention_spans(phrase, mention):
    found = find_mention(phrase, 0, len(phrase), lexicon())
    assert (found.text if found else None) == mention

"""Run-on and junk speaker mentions, mended after they are found (names.mention_in): a
verb before the name, an object or a cut modifier glued after it, a verb or a common noun
alone. Invented sentences only."""

from __future__ import annotations

import pytest

from analysis.quotes.lexicon import lexicon
from analysis.quotes.names import find_mention


def mention(phrase: str) -> str | None:
    m = find_mention(phrase, 0, len(phrase), lexicon())
    if m is not None:
        assert phrase[m.start:m.end] == m.text
    return m.text if m is not None else None


@pytest.mark.parametrize("phrase, expected", [
    # a non-speech verb first: the name is the word right after it
    ("تحاشى سالم دعوة الوفد صراحة إلى الحوار ،", "سالم"),
    ("تكون هالة واحدة من بين قلائل يعرفون الحقيقة", "هالة"),
    ("يزال نادر فريحات", "نادر فريحات"),
    # ... or the verb alone, or a verb with no name after it: nobody
    ("ويمضي", None),
    ("يميل لرفض المشروع", None),
    ("يمتنع نحو ألف زائر", None),
    # a verb after "أن" ends the subject before it
    ("مصدر نقابي رفيع أن تكون جولة المفاوضات هي الأخيرة", "مصدر نقابي رفيع"),
    # a name that is also a verb form stays ("واصل" is a first name)
    ("واصل أبو حمدان من اللجنة", "واصل أبو حمدان"),
])
def test_leading_verb(phrase, expected):
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("الطحاوي وجوب", "الطحاوي"),
    ("الكرمي إمكانية", "الكرمي"),
    ("مجلس بلدية نابلس غير المنتخب به", "مجلس بلدية نابلس"),
    ("بيانات غير", "بيانات"),
    # not cut: a noun in construct, an adjective, a nisba after "غير"
    ("رئيس الحكومة", "رئيس الحكومة"),
    ("مصادر المعارضة", "مصادر المعارضة"),
    ("الأحزاب المعارضة", "الأحزاب المعارضة"),
    ("جمعية غير حكومية", "جمعية غير حكومية"),
])
def test_glued_object_or_modifier(phrase, expected):
    assert mention(phrase) == expected


@pytest.mark.parametrize("text, phrase, expected", [
    ("واتهمت الحكومة المعارضة بأنها تعطل الحوار", "الحكومة المعارضة", "الحكومة"),
    ("وطالبت النقابة الحكومة الجديدة بأن تفي بوعودها", "النقابة الحكومة الجديدة", "النقابة"),
    # no verb that takes an object before it, or "المعارضة" as an adjective
    ("وقالت النقابة الحكومة الجديدة إن", "النقابة الحكومة الجديدة", "النقابة الحكومة الجديدة"),
    ("واتهمت الفصائل المعارضة الجيش بأنه", "الفصائل المعارضة", "الفصائل المعارضة"),
])
def test_body_after_subject_is_the_object(text, phrase, expected):
    s = text.index(phrase)
    m = find_mention(text, s, s + len(phrase), lexicon())
    assert (m.text if m is not None else None) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("لاستمرار وجود خطر ،", None),
    ("بازدراء الأديان ، للإذاعة", None),
    ("الضوء", None),
    ("السياق", None),
    # names that start with ل/ب, or a ل + head word, are left as they were
    ("لعمامرة", "لعمامرة"),
    ("باسل يوسف", "باسل يوسف"),
    ("بنسون", "بنسون"),
    ("الواقف", "الواقف"),
])
def test_junk_alone(phrase, expected):
    assert mention(phrase) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word mention before a speech participle is the verb: its subject came before
    ("ويستذكر قائلا: «كنا هناك»", None),
    ("ويسهب مضيفا إن الوضع صعب", None),
    # a name before a participle stays
    ("سمير قائلا: «كنا هناك»", "سمير"),
])
def test_verb_before_its_participle(text, expected):
    end = text.index(" ")
    m = find_mention(text, 0, end, lexicon())
    assert (m.text if m is not None else None) == expected

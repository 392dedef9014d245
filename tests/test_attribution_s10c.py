"""Which mention a quote goes to (attribution.py), round s10c: a speech verb with "فيه" /
"فيها" and no subject of its own after a document or speech noun speaks for the noun's
owner: the title or name behind ل / من or in construct after it, the subject of a relative
verb that carries it ("التي وجهها فلان"), or the subject of the verb that issued it
("أصدر فلان بيانا", "وكان فلان قد ألقى كلمة"). Invented sentences only."""

from __future__ import annotations

import pytest

from quote_helpers import mentions


@pytest.mark.parametrize("text, expected", [
    # the subject of the issuing verb, past a title before the name
    ("وأصدر اللواء سمير الحداد رئيس هيئة الموانئ العامة بيانا قال فيه إن الميناء مغلق.",
     ["سمير الحداد"]),
    # the pluperfect: the words between كان and قد
    ("وكانت الجامعة قد أصدرت بيانا توضح فيه أنها ستعيد النظر في الرسوم.", ["الجامعة"]),
    ("وكان رامون قد ألقى كلمة مطولة مساء أمس قال فيها إن الخصوم يحاولون إضعاف "
     "البلاد.", ["رامون"]),
    # a sentence that opens on another subject: the issuer, not it
    ("وتأتي الهجمات الأخيرة بعد أن نشرت الحركة شريط فيديو على موقعها أعلنت فيه أنها لم "
     "تهزم.", ["الحركة"]),
    # the owner after the noun: من, ل + title (the name after the title's words), لل + title
    ("وقرأ المحامي تصريحا من سمير الحداد قال فيه إنه كان نائما.", ["سمير الحداد"]),
    ("وغداة تصريح لنائب الرئيس الفرنسي كمال يوسف قال فيه إن الاتفاق قريب.",
     ["كمال يوسف"]),
    ("مستندا إلى خطاب للأمين العام للحزب السيد سمير الحداد، قال فيه إن المعركة مستمرة.",
     ["سمير الحداد"]),
    ("وأشارت المجلة إلى تصريحات للسيدة الأولى السابقة سلمى يوسف، قالت فيها إن العائلات "
     "تحكم.", ["سلمى يوسف"]),
    # the subject of a relative verb that carries the noun
    ("ونقلت الإذاعة البرقية التي وجهها الرئيس سمير الحداد وقال فيها إن الفقيد كان كبيرا.",
     ["سمير الحداد"]),
    ("واستشهد النائب بتصريحات أدلى بها كمال يوسف قال فيها إن الحكومة لن تتراجع.",
     ["كمال يوسف"]),
])
def test_document_owner_speaks(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the channel that aired the speech is no owner (review 7: the bare title is,
    # tests/test_attribution_s10_review.py)
    ("وبثت القناة كلمة للوزير قال فيها إن الخطة جاهزة.", ["للوزير"]),
    # a speech verb with its own subject after فيه
    ("وأصدرت الوزارة بيانا في الوقت الذي قال فيه الوزير إن الخطة جاهزة.", ["الوزير"]),
    # a document with no issuing verb before it: the sentence's subject, as before
    ("وتحدث الوزير عن البيان، وقال فيه إن الخطة جاهزة.", ["الوزير"]),
])
def test_document_owner_not_taken(text, expected):
    assert mentions(text) == expected


def test_cited_document_owner_does_not_speak_on():
    # a document cited behind إلى: its owner speaks in it, the citing source speaks on
    text = ("ويرى مصدر معارض بارز أن المعركة ليست الأخيرة، مستندا إلى خطاب للأمين العام للحزب "
            "السيد سمير الحداد، قال فيه إن المعركة مستمرة. ويقول إن الحزب يخسر.")
    assert mentions(text) == ["مصدر معارض بارز", "سمير الحداد", "مصدر معارض بارز"]


def test_issued_document_owner_speaks_on():
    # the issuer of the document speaks on
    text = ("وأصدر اللواء سمير الحداد رئيس هيئة الموانئ بيانا قال فيه إن الميناء مغلق. "
            "وأضاف أن العمل سيستأنف قريبا.")
    assert mentions(text) == ["سمير الحداد", "سمير الحداد"]

"""A bare title that stands for a person named only in the text (speakers.antecedent and
its use in speakers.resolve). Invented sentences."""

from __future__ import annotations

import pytest

from analysis.records import Mention
from analysis.speakers.antecedent import named_antecedent
from analysis.speakers.resolve import resolve_speakers


def _m(text: str, span: str, after: str = "") -> Mention:
    i = text.index(span, text.index(after) if after else 0)
    return Mention(span, i, i + len(span))


@pytest.mark.parametrize("text, title, name", [
    # a speech verb, the name, the title
    ("وأفاد سامر نجيب، المتحدث باسم الهيئة، بأن الطريق مقطوع. وقال المتحدث إن الإصلاح بدأ.",
     "المتحدث", "سامر نجيب"),
    ("وذكر كريم داود مراسل الإذاعة في المدينة أن الوضع هادئ. وقال المراسل إن السوق مفتوح.",
     "المراسل", "كريم داود"),
    # a title, its complement and the name set off by commas
    ("وزار الرئيس الكوري، كيم سونغ مين، المصنع. وقال الرئيس إن الإنتاج زاد.",
     "الرئيس", "كيم سونغ مين"),
    # the title right before the name
    ("ونقرأ مقالا لمراسلها توم بيكر من القاهرة. ويقول المراسل إن الأسعار ارتفعت.",
     "المراسل", "توم بيكر"),
])
def test_title_finds_the_name_beside_it(text, title, name):
    found = named_antecedent(text, _m(text, title, "وقال" if "وقال" in text else "ويقول"))
    assert found is not None and found.text == name
    assert text[found.start:found.end] == name


@pytest.mark.parametrize("text, title", [
    # the title's occurrence has no name next to it: a common noun is no name
    ("وركزت كلمة الرئيس على حماية البيئة. وقال الرئيس إن الخطة جاهزة.", "الرئيس"),
    ("وهي مسألة مهمة بالنسبة لمحامي المتهمين. وقال المحامي إن الجلسة أجلت.", "المحامي"),
    # a family name that is also an honorific
    ("وأعلن سامر السيد، قائد الفرقة، أن الهجوم صد. وقال السيد إن الوضع هادئ.", "السيد"),
    # no title word, or more than a bare title
    ("وأفاد سامر نجيب، المتحدث باسم الهيئة، بأن الطريق مقطوع. وقال الناطق إن الإصلاح بدأ.",
     "الناطق"),
    # two people named beside the same title before it: the title is no one's in particular
    ("واستقبل الرئيس الغاني، كوفي منصور، الوفد. وهنأ الرئيس الأميركي، جون ستيفنز، نظيره "
     "بالفوز. وقال الرئيس إن الزيارة مثمرة.", "الرئيس"),
])
def test_no_name_is_made_up(text, title):
    assert named_antecedent(text, _m(text, title, "وقال")) is None


def test_one_person_named_twice_beside_the_title_is_still_found():
    t = ("وزار الرئيس الغاني، كوفي منصور، المصنع. ثم افتتح الرئيس الغاني، منصور عادل، "
         "المدرسة. وقال الرئيس إن التعليم أولوية.")
    found = named_antecedent(t, _m(t, "الرئيس", "وقال"))
    assert found is not None and found.text == "منصور عادل"


def test_resolver_gives_the_quote_to_the_named_person():
    t = "وذكر كريم داود مراسل الإذاعة في المدينة أن الوضع هادئ. وقال المراسل إن السوق مفتوح."
    speakers, keys = resolve_speakers(t, [_m(t, "المراسل", "وقال")])
    assert keys == [0]
    assert speakers[0].name == "كريم داود" and speakers[0].kind == "person"
    assert speakers[0].forms == ["كريم داود", "المراسل"]


def test_resolver_prefers_a_speaker_already_named():
    t = ("وقال سامي داود المتحدث باسم الجيش إن الهدنة صامدة. وذكر كريم نجيب المتحدث باسم "
         "الهيئة أن الطريق مقطوع. وقال المتحدث إن الإصلاح بدأ.")
    speakers, keys = resolve_speakers(t, [_m(t, "سامي داود"), _m(t, "المتحدث", "وقال المتحدث")])
    assert [s.name for s in speakers] == ["سامي داود"] and keys == [0, 0]

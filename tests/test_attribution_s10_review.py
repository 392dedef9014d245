"""Which mention a quote goes to (attribution.py), round s10 review mends: the issuer of a
document, the citer after a cited document, the subject after "بيد أن" / "بل إن", the
subject before an object title, issuer verbs in ى with a pronoun, a definite document
behind بـ, and a speech behind لل + title. Invented sentences only."""

from __future__ import annotations

import pytest

from quote_helpers import mentions


@pytest.mark.parametrize("text, expected", [
    # "وجه" after a preposition is the noun "face", not the issuing verb
    ("وأصدرت الهيئة على وجه السرعة بيانا قالت فيه إن الحل قريب.", ["الهيئة"]),
    ("وأصدرت الهيئة على وجه الخصوص بيانا قالت فيه إن الحل قريب.", ["الهيئة"]),
    # the issuing verb itself still gives its subject
    ("ووجه الوزير رسالة قال فيها إن الحل قريب.", ["الوزير"]),
])
def test_issuer_not_after_preposition(text, expected):
    assert mentions(text) == expected


def test_cited_document_without_citer_does_not_reach_back():
    # the citer unread: the owner speaks on, not the speaker two sentences back
    text = ("وقال الوزير إن الوضع صعب. واستشهد النائب ببيان أصدره كمال يوسف قال فيه إن الحكومة "
            "لن تتراجع. وأضاف أن الشعب غاضب.")
    # (the citer النائب would be better still: "استشهد" is no speech verb, so unread)
    assert mentions(text) == ["الوزير", "كمال يوسف", "كمال يوسف"]


@pytest.mark.parametrize("text, expected", [
    # a noun and its adjective after بيد أن / بل إن: no full name, no one speaks
    ("قال الوزير إن الوضع صعب. بيد أن دراسة حديثة أكدت أن الحل قريب.", ["الوزير", None]),
    ("قال الوزير إن الوضع صعب. بل إن حياة كاملة تؤكد أن الحل قريب.", ["الوزير", None]),
    ("قال الوزير إن الوضع صعب. بيد أن أرقام رسمية تشير إلى أن الحل قريب.", ["الوزير", None]),
    # a full name of bare words still speaks
    ("قال الوزير إن الوضع صعب. بيد أن سامي داود أكد أن الحل قريب.", ["الوزير", "سامي داود"]),
])
def test_rule_opener_noun_adjective_is_no_name(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the object is the rightmost title: the subject keeps its adjective
    ("وانتقد الحزب الحاكم الرئيس الأمريكي قائلا إنه أخطأ.", ["الحزب الحاكم"]),
    ("وانتقد الحزب الرئيس الأمريكي قائلا إنه أخطأ.", ["الحزب"]),
    ("وانتقد وزير الخارجية الرئيس الأمريكي وقال إنه أخطأ.", ["وزير الخارجية"]),
    # the title may be the last word
    ("وانتقد المعارضون الرئيس وقالوا إنه أخطأ.", ["المعارضون"]),
    # a joined verb needs a sure speaker: a bare "الحزب" is none
    ("وانتقد الحزب الرئيس الأمريكي وقال إنه أخطأ.", [None]),
])
def test_object_cut_at_rightmost_title(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an issuer verb in ى with a pronoun: ألقاها / ألقاه is ألقى
    ("وفي كلمة ألقاها الوزير كمال يوسف قال فيها إن الحل قريب.", ["كمال يوسف"]),
    ("وفي خطاب ألقاه الوزير كمال يوسف قال فيه إن الحل قريب.", ["كمال يوسف"]),
])
def test_issuer_verb_in_alif_maqsura_with_pronoun(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a document cited behind بال, as behind ب: the citer speaks on
    ("واستشهد النائب بالتصريحات التي أدلى بها كمال يوسف وقال فيها إن الحكومة لن تتراجع. "
     "وأضاف أن الشعب غاضب.", ["كمال يوسف", "النائب"]),
    ("واستشهد النائب بتصريحات أدلى بها كمال يوسف وقال فيها إن الحكومة لن تتراجع. "
     "وأضاف أن الشعب غاضب.", ["كمال يوسف", "النائب"]),
])
def test_definite_cited_document(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a speech behind لل + a title: the title speaks (its span carries the لل), not the
    # channel that aired it
    ("وبثت القناة كلمة للوزير قال فيها إن الخطة جاهزة.", ["للوزير"]),
    ("وبثت القناة خطابا للرئيسة قالت فيه إن الخطة جاهزة.", ["للرئيسة"]),
    # the title named earlier: that holder
    ("وقال الوزير كمال يوسف إن الوضع صعب. وبثت القناة كلمة للوزير قال فيها إن الخطة "
     "جاهزة.", ["كمال يوسف", "كمال يوسف"]),
    # addressees, not owners: as before
    ("وبث التلفزيون تصريحا للصحفيين قال فيه إن الخطة جاهزة.", ["التلفزيون"]),
    ("وأدلى الوزير بتصريحات لوسائل الإعلام قال فيها إن الخطة جاهزة.", ["الوزير"]),
])
def test_speech_for_bare_title(text, expected):
    assert mentions(text) == expected

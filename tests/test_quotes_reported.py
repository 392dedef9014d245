"""Reported speech: where clauses start and end, and what is not reported speech.

Every sentence here is invented for the test (no corpus text). Each table lists the
(kind, text) pairs expected from one paragraph, negative cases beside positive ones.
"""

from __future__ import annotations

import pytest

from analysis import segment
from analysis.quotes import find_quotes
from analysis.quotes.lexicon import find_verbs, fold, lexicon


def kinds_texts(text: str) -> list[tuple[str, str]]:
    paras = segment.paragraphs("t", text)
    quotes, _ = find_quotes(text, paras, segment.sentences(text, paras))
    for q in quotes:
        assert text[q.start:q.end] == q.text
    return [(q.kind, q.text) for q in quotes]


@pytest.mark.parametrize("text, expected", [
    # a marked name inside the subject does not stop it
    ("وقال سامي داود في تصريحات لـ«الجريدة اليومية» إن الوفد سيصل غدا.",
     [("indirect", "الوفد سيصل غدا")]),
    ("وقال «مكتب الإعلام المحلي» إن القصف توقف صباحا.", [("indirect", "القصف توقف صباحا")]),
    ("وقالت مديرة «الجمعية الوطنية للإغاثة»، هدى سالم، إن المساعدات وصلت.",
     [("indirect", "المساعدات وصلت")]),
    # ... but a quote right after the verb is still a direct quote
    ("وقال سامي داود «لن نقبل بهذا الاتفاق أبدا» أمام الصحافيين.",
     [("direct", "لن نقبل بهذا الاتفاق أبدا")]),
    # a long subject with appositions
    ("وقال وزير الخارجية سامي داود، الذي قاد الوفد إلى المحادثات في العاصمة، للنواب أمس إن "
     "الاتفاق سيرفع العقوبات.", [("indirect", "الاتفاق سيرفع العقوبات")]),
    # the masdar with a pronoun introduces speech
    ("ونقلت الوكالة عن القائد سامي داود قوله إن الهجوم فشل.", [("indirect", "الهجوم فشل")]),
    # a two-word cue
    ("وجاء في البيان أن الحكومة ستستقيل.", [("indirect", "الحكومة ستستقيل")]),
])
def test_subjects(text, expected):
    assert kinds_texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # to the end of the sentence
    ("وقال سامي داود إن الوضع صعب. وانتهى الاجتماع.", [("indirect", "الوضع صعب")]),
    # "(أ.ف.ب)": the dots of an abbreviation do not end the sentence
    ("ونقلت وكالة الصحافة الفرنسية (أ.ف.ب) عن مصدر عسكري أن الهجوم فشل تماما.",
     [("indirect", "الهجوم فشل تماما")]),
    # a new attribution after a comma, after a connector, or a participle with no comma
    ("وقال سامي داود إن الوضع صعب، حيث توقع أن يتحسن قريبا.",
     [("indirect", "الوضع صعب"), ("indirect", "يتحسن قريبا")]),
    ("وقال سامي داود إن الوضع صعب كما أكد أن الحل قريب.",
     [("indirect", "الوضع صعب"), ("indirect", "الحل قريب")]),
    ("وأكد سامي داود أن الوضع صعب ولكنه أقر أن الحل قريب.",
     [("indirect", "الوضع صعب"), ("indirect", "الحل قريب")]),
    ("واعتبر سامي داود أن الحكومة حققت مكاسب كبيرة قائلا: «لقد كسبنا أكثر مما خسرنا».",
     [("indirect", "الحكومة حققت مكاسب كبيرة"), ("direct", "لقد كسبنا أكثر مما خسرنا")]),
    # the source after the words is not part of them
    ("وأكد مسؤول الشرطة أن ثلاثة أشخاص قتلوا في الهجوم، بحسب ما نقلت عنه الوكالة.",
     [("indirect", "ثلاثة أشخاص قتلوا في الهجوم")]),
    # a coordinated وأن starts a new clause of the same verb, with or without a comma
    ("وأكد سامي داود أنه لن يغادر البلاد وأنه باق فيها حتى الانتخابات.",
     [("indirect", "لن يغادر البلاد"), ("indirect", "باق فيها حتى الانتخابات")]),
    # after إنه / أنّه the pronoun is left out, shadda included
    ("وأشار سامي داود إلى أنّه سيزور المدينة.", [("indirect", "سيزور المدينة")]),
    # with a subject, an impersonal-looking verb reports speech
    ("ويتوقع الخبراء أن ترتفع الأسعار.", [("indirect", "ترتفع الأسعار")]),
    ("ووصف سامي داود الاتفاق بأنه خطوة مهمة.", [("indirect", "خطوة مهمة")]),
])
def test_clause_bounds(text, expected):
    assert kinds_texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # three or more marked words are a direct quote; a short unmarked lead is not a quote
    ("وقال سامي داود إن المسلحين «أطلقوا النار على السكان».",
     [("direct", "أطلقوا النار على السكان")]),
    # a complete unmarked clause beside the marked words is an indirect quote too (without
    # the marked words that close it)
    ("وقال سامي داود إن الحكومة رفعت الضرائب على الوقود مرتين هذا العام «بشكل غير منصف للناس».",
     [("indirect", "الحكومة رفعت الضرائب على الوقود مرتين هذا العام"),
      ("direct", "بشكل غير منصف للناس")]),
    # fewer than three marked words stay inside the indirect quote
    ("وقال سامي داود إن الرؤساء سعوا «لإخضاع» البلاد.", [("indirect", "الرؤساء سعوا «لإخضاع» البلاد")]),
])
def test_mixed_clauses(text, expected):
    assert kinds_texts(text) == expected


@pytest.mark.parametrize("text", [
    # impersonal present tense with no subject: "it is mentioned / believed / expected"
    "يذكر أن المدينة تعرضت لقصف عنيف العام الماضي.",
    "ويعتقد أن الرئيس غادر البلاد سرا.",
    "ويتوقع أن يصل الوفد غدا.",
    "وقضت المحكمة بإعدام المتهمين فيما وصف بأنها أكبر قضية فساد في البلاد.",
    # belief is not speech
    "ويعتقد الخبراء أن الأسعار سترتفع.",
    # "بين" is a preposition, "تبين" is "it turned out"
    "ويعني الفصل بين الجنسين أن النساء لا يعملن هناك.",
    "وتبين خلال الدراسة أن المرض منتشر.",
    # a noun with tanween is not a verb: "حذرًا" (caution) is not "حذرا" (they warned)
    "واتخذ الرئيس موقفا أكثر حذرًا ليرى إن كان الاتفاق قد خرق.",
    # "إن كان" is "whether"; "من الممكن أن" is not a subject
    "ويريد أن يعلن مثليته لكن كان من الممكن أن يقتله أقاربه.",
    # a subordinate clause ends the subject
    "وأعلن الوزير تفاؤلا حذرا لأن النظام على قناعة بأنه قادر على الصمود.",
    # attributions without a speech verb + أن are not quotes
    "وسيطرت القوات على المدينة بحسب مصادر محلية.",
    "وقتل عشرة أشخاص وفق حصيلة رسمية.",
    # a speech verb followed by a noun object
    "وأعلن الجيش حالة الطوارئ في المدينة.",
    "وذكر التقرير أسماء الضحايا.",
    # Ban Ki-moon is not بأن
    "وقال الأمين العام بان كي مون للصحافيين في نيويورك.",
])
def test_not_reported_speech(text):
    assert [k for k, _ in kinds_texts(text) if k == "indirect"] == []


@pytest.mark.parametrize("word, is_verb", [
    ("حذرًا", False),    # a noun with tanween
    ("حذرا", True),      # they both warned
    ("مشيرًا", True),    # a participle carries tanween
    ("بين", False),      # between
    ("بيّن", True),      # he showed
    ("وبينت", True),
    ("يعتقد", False),
])
def test_verb_words(word, is_verb):
    assert bool(find_verbs(fold(word), lexicon())) is is_verb

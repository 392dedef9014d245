"""Which earlier mention a quote goes to (attribution.py), round s10b: a speech verb right
after الذي / التي, with no subject of its own, speaks for the relative's antecedent when
that is a person or body, even when an earlier verb of the sentence has its own subject.
Invented sentences only."""

from __future__ import annotations

import pytest

from quote_helpers import mentions, quotes


@pytest.mark.parametrize("text, expected", [
    # the antecedent behind ل, after a predicate noun: the party, not the sentence's subject
    ("أعلن الحزب إضرابا عاما يوم الأحد. ويعتبر الحزب حليفا لحزب المؤتمر الذي قال إن "
     "القرارات ترمي إلى إضعاف النقابات.", ["حزب المؤتمر"]),
    ("أعلن الحزب إضرابا عاما يوم الأحد. ويعتبر الحزب حليفا للحزب الوطني الذي وصف "
     "القرارات بأنها ترمي إلى إضعاف النقابات.", ["حزب الوطني"]),
    # a titled name right before the relative
    ("وأكد المتحدث أن الاتفاق قريب، لكن ذلك يعود لموقف وزير المالية سمير الحداد الذي "
     "أوضح أن الميزانية لا تكفي.", ["المتحدث", "سمير الحداد"]),
])
def test_relative_antecedent_speaks(text, expected):
    assert mentions(text)[-len(expected):] == expected


@pytest.mark.parametrize("text, expected", [
    # a thing before the relative: the sentence's subject speaks
    ("أكد الوزير أن الحكومة ماضية في خطتها. وانتقد الوزير القرار الذي قال إنه يضر "
     "بالاقتصاد.", ["الوزير", "الوزير"]),
    # a masculine name before التي with a feminine verb: not him
    ("وأكد الوزير سمير الحداد تمسك الحكومة بالمبادرة التي أطلقها الرئيس محمد "
     "سالم التي تدعو إلى أن تتوقف المعارك فورا.", ["سمير الحداد"]),
    # a head behind ل after a definite noun belongs to that noun's phrase
    ("وحذر تقرير أصدره مكتب المنسق العام لشؤون اللاجئين الذي أضاف أن الأعداد تتزايد.",
     ["مكتب المنسق العام لشؤون اللاجئين"]),
    # a relative verb with its own object: the speech belongs to the main verb
    ("وقال كمال حداد عضو لجنة الحريات بنقابة الصحفيين التي أعلنت التضامن مع المعتقلين "
     "إنه لا يجوز حبس أحد بسبب رأيه.", ["كمال حداد"]),
])
def test_relative_antecedent_not_taken(text, expected):
    assert mentions(text)[-len(expected):] == expected


@pytest.mark.parametrize("text, expected", [
    # "بيد أن" / "بل إن" open a main clause: its subject speaks, not the earlier speaker
    ("قال الوزير إن الوضع صعب. بيد أن محللين يرون أن القوارب لا تبلغ الساحل.",
     ["الوزير", "محللين"]),
    ("وقال الوزير إن الحكومة لن تتراجع عن القرار. بيد أن وزارة الإعلام أصرت على أن "
     "القرار نهائي.", ["الوزير", "وزارة الإعلام"]),
    ("قال الوزير إن الوضع صعب. بيد أن بعض النقاد يرون أن الخطة فشلت.",
     ["الوزير", "بعض النقاد"]),
])
def test_main_clause_opener(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a subject no lexicon makes a speaker is not taken (nor is the earlier speaker: the
    # clause after "بيد أن" has its own subject)
    ("وقال الوزير إن الوضع صعب. بيد أن هذا الحل يؤكد أن الخطة فشلت.",
     ["الوزير", None]),
])
def test_main_clause_opener_not_taken(text, expected):
    assert mentions(text) == expected


def test_concession_is_no_main_clause_opener():
    # "رغم أن" opens a concession inside the minister's clause, not a main clause: his
    # reported clause runs on through it (the clause nested in it is left to the nesting
    # rules, not asserted here)
    text = "وقال الوزير إن الوضع صعب، رغم أن محللين يقولون إن الخطة نجحت."
    assert quotes(text)[0] == ("indirect", "الوضع صعب، رغم أن محللين يقولون إن الخطة نجحت", "الوزير")


@pytest.mark.parametrize("text, expected", [
    # "قال فيها" after "تصريحات لـ<title>": the owner of the statement speaks
    ("وقال الوزير إن بلاده مستعدة. وجاء ذلك إثر تصريحات لوزير الدفاع الألماني في ختام "
     "الاجتماعات قال فيها إن القوات ستبقى.", ["الوزير", "وزير الدفاع الألماني"]),
])
def test_document_owner(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an outlet after the noun is whom it was said to: the sentence's subject speaks
    ("وقال الوزير إن بلاده مستعدة. وأدلى الوزير بتصريح لوكالة الأنباء الرسمية قال فيه إن "
     "الحوار ممكن.", ["الوزير", "الوزير"]),
    # a plural noun after the noun is no title: the sentence's subject speaks
    ("وقال الوزير إن بلاده مستعدة. وأصدر الوزير تصريحا للصحفيين قال فيه إن الحوار ممكن.",
     ["الوزير", "الوزير"]),
])
def test_document_owner_not_taken(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a full name of bare words new to the article speaks after "بيد أن" / "بل إن" (review)
    ("قال الوزير إن الوضع صعب. بيد أن سامي داود أكد أن الحل قريب.", ["الوزير", "سامي داود"]),
    ("قال الوزير إن الوضع صعب. بل إن هالة حداد قالت إن الحل قريب.", ["الوزير", "هالة حداد"]),
    # one bare word is not enough
    ("قال الوزير إن الوضع صعب. بيد أن شعبنا يرى أن الحل قريب.", ["الوزير", None]),
])
def test_full_name_after_strict_opener(text, expected):
    assert mentions(text) == expected

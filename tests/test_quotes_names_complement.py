"""A description keeps the complement that names whom it stands for; a marked acronym
is not cut at its letter "إن" (invented phrases, no corpus text)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import mention
from tests.quote_helpers import mentions as speakers


@pytest.mark.parametrize("phrase, expected", [
    # عن + a definite phrase after a keeper word, in any inflection (matched by stem)
    ("المدافعون عن حقوق الطفل", "المدافعون عن حقوق الطفل"),
    ("المدافعات عن المعتقلين السياسيين", "المدافعات عن المعتقلين السياسيين"),
    ("منظمات مدافعة عن حقوق العمال", "منظمات مدافعة عن حقوق العمال"),
    ("محامٍ عن الموقوفين", "محامٍ عن الموقوفين"),
    ("ممثلو عن النقابات", "ممثلو عن النقابات"),
    # ب + an organisation head after an unnamed-source word
    ("مسؤول الإعلام بوزارة الداخلية، في بيان", "مسؤول الإعلام بوزارة الداخلية"),
    ("مسؤول الإعلام بهيئة الموانئ", "مسؤول الإعلام بهيئة الموانئ"),
    ("الناشطون بوزارة الداخلية", "الناشطون بوزارة الداخلية"),
])
def test_complement_kept(phrase: str, expected: str) -> None:
    assert mention(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    # a definite noun after the complement is the verb's object
    ("منظمات مدافعة عن حقوق العمال الوزارة", "منظمات مدافعة عن حقوق العمال"),
    ("المدافعات عن المعتقلين السياسيين الحكومة", "المدافعات عن المعتقلين السياسيين"),
    # a word with a pronoun suffix after عن: the object ("عن قلقهم")
    ("المحامون عن قلقهم", "المحامون"),
    # no keeper before عن: the object starts
    ("الوزير عن الخطة", "الوزير"),
    ("سامر حداد عن الحزب", "سامر حداد"),
    # a ب-phrase with ال is where it is, not whom it stands for
    ("مسؤول الإعلام بالوزارة", "مسؤول الإعلام"),
    # a ب-phrase is no complement of a person's name
    ("الناشط الإعلامي سامر حداد", "سامر حداد"),
])
def test_complement_not_taken(phrase: str, expected: str) -> None:
    assert mention(phrase) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال محامٍ عن المتهمين إن موكليه أبرياء من كل التهم.", ["محامٍ عن المتهمين"]),
    ("يقول المدافعون عن حقوق الإنسان إن القانون يستخدم ضد المعارضين.",
     ["المدافعون عن حقوق الإنسان"]),
    # after أعلن a lone عن starts the object
    ("وفي المدينة، أعلن مسؤولون عن وصول شحنة الأدوية المجمدة يشك في أنها تضم مواد سامة.",
     ["مسؤولون"]),
    ('وأعلن نائب الرئيس عن "إجراءات عاجلة" للرد على الحملة. وقال إن بلاده قررت طرد الملحق.',
     ["نائب الرئيس"]),
    # a second عن is the object: the first names whom they stand for
    ("وأعرب المدافعون عن حقوق الإنسان عن قلقهم من أن القانون سيستخدم ضد المعارضين.",
     ["المدافعون عن حقوق الإنسان"]),
    # a complementizer closes the phrase: its clause is the object of كشف
    ("وكشف نائب عن الحزب الإسلامي في برلمان الإقليم، أن الأحزاب اتفقت على موعد الانتخابات.",
     ["نائب عن الحزب الإسلامي في برلمان الإقليم"]),
])
def test_complement_in_quotes(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقالت «سي إن إن» إن الوزير سيستقيل غدا بعد الخلافات.", ["سي إن إن"]),
    ("وقال رئيس «إف بي آي» إن مئتي شخص سافروا إلى هناك.", ["رئيس «إف بي آي»"]),
    ("وقال مراسل «سي إن إن» سامر حداد إن الوضع هادئ في المدينة.", ["سامر حداد"]),
    # a marked name that is no acronym keeps its own reading
    ("وقالت «الهيئة الوطنية للإعلام» إن البث سيتوقف غدا.", ["الهيئة الوطنية للإعلام"]),
])
def test_marked_acronym_subject(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected
